import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { pairs } from './suggestQueries';

function claims(text: string): [string, string, string | undefined][] {
  const r = suggest(text);
  const names = new Map(r.suggestions.filter((s) => s.label === 'speaker').map((s) => [s.id, String(s.attrs.name)]));
  return r.suggestions.filter((s) => s.label === 'claim').map((s) => [String(s.attrs.kind), s.text, s.links?.speaker === undefined ? undefined : names.get(s.links.speaker)]);
}

test('"…, the company said in a filing with the exchange on Monday": the clause before is the claim, not the prepositional phrase', () => {
  const text = 'Lumora Foods Plc posted record sales in the first quarter.\n\nSales rose 18 per cent to N96.2 billion in the three months to March, Lumora Foods said in a filing with the stock exchange on Monday.\n';
  assert.deepEqual(claims(text)[1], ['indirect', 'Sales rose 18 per cent to N96.2 billion in the three months to March', 'Lumora Foods Plc']);
});

test('"said during a visit to …" followed by no clause is not a reported claim', () => {
  const text = 'The minister Ada Nwosu spoke during a visit to the Kano plant on Friday.\n\nAda Nwosu said during a visit to the plant in Kano on Friday.\n';
  assert.ok(!claims(text).some(([kind]) => kind === 'indirect'));
});

test('"has just announced that A and that B" and "projected on Monday that …" are reported claims of their subjects', () => {
  const text = [
    'The chief electoral officer, Tomas Berg, has just announced that the recount in Nordvik finished at 01:40 and that 18,204 ballots were counted.',
    '',
    'The Northern Water Agency projected Monday that the Silver Lake reservoir will fall below 30 per cent by October.',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['indirect', 'the recount in Nordvik finished at 01:40', 'Tomas Berg'],
    ['indirect', '18,204 ballots were counted', 'Tomas Berg'],
    ['indirect', 'the Silver Lake reservoir will fall below 30 per cent by October', 'Northern Water Agency'],
  ]);
});

test('"said A, noting that B" is two reported claims of the same speaker', () => {
  const text = 'Analyst Wale Adebayo said the figures were better than expected, noting that his team had forecast a loss of N2 billion.\n';
  assert.deepEqual(claims(text), [
    ['indirect', 'the figures were better than expected', 'Wale Adebayo'],
    ['indirect', 'his team had forecast a loss of N2 billion', 'Wale Adebayo'],
  ]);
});

test('"CLAUSE, X told the Courier, though they said …" is two claims of X, and "…, the company said, but added that …" is the company\'s second', () => {
  const r = pairs('Smelter talks\n\nThe smelter is likely to stay shut until the spring, two union sources told the Courier on Tuesday, though they said no final decision had been made.\n\nThe furnace will be relit in April, the company said, but added that half the jobs would go.\n');
  assert.deepEqual(r.speakers, [
    ['two union sources', 'union sources'],
    ['they', 'union sources'],
    ['the company', 'company'],
  ]);
  assert.deepEqual(r.claims, [
    ['The smelter is likely to stay shut until the spring', 'indirect', 'union sources'],
    ['no final decision had been made', 'indirect', 'union sources'],
    ['The furnace will be relit in April', 'indirect', 'company'],
    ['half the jobs would go', 'indirect', 'company'],
  ]);
});

test('"X told the Gazette the levy …" without "that": the paper is the object and the clause after it is reported', () => {
  assert.deepEqual(claims('Harbour commissioner Nadia Pereira told the Coastal Gazette the mooring levy would double in spring.'), [
    ['indirect', 'the mooring levy would double in spring', 'Nadia Pereira'],
  ]);
  assert.deepEqual(claims('Fisheries minister Owen Tait told the House of Keys the quota talks had stalled.'), [
    ['indirect', 'the quota talks had stalled', 'Owen Tait'],
  ]);
});

test('"X said:" over a bulleted list: each item is reported speech of X, without its marker or full stop', () => {
  const text = [
    'Island ferry to run twice a day while its older vessels wait for new engines',
    '',
    'The island ferry will run twice a day from next month, the operator confirmed on Thursday after weeks of talks with the harbour board.',
    '',
    'Fleet Manager Tomasz Wierzbicki said:',
    '- both older vessels need new engines',
    '• the crew rota cannot cover a third daily crossing.',
    '',
    'Islanders have started a petition against the cut.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const speaker = r.suggestions.filter((s) => s.label === 'speaker' && s.attrs.name === 'Tomasz Wierzbicki');
  assert.deepEqual(speaker.map((s) => s.text), ['Tomasz Wierzbicki']);
  const items = claims(text).filter((c) => c[2] === 'Tomasz Wierzbicki');
  assert.deepEqual(items, [
    ['indirect', 'both older vessels need new engines', 'Tomasz Wierzbicki'],
    ['indirect', 'the crew rota cannot cover a third daily crossing', 'Tomasz Wierzbicki'],
  ]);
});

test('"X shot back that …" and "X went on to say …" report the clause; "hit back at critics" reports nothing', () => {
  assert.deepEqual(claims('Opposition leader Ruth Kamau shot back that the treasury had hidden the deficit.'), [
    ['indirect', 'the treasury had hidden the deficit', 'Ruth Kamau'],
  ]);
  assert.deepEqual(claims('Coach Elias Brandt went on to say the squad was the fittest he had managed.'), [
    ['indirect', 'the squad was the fittest he had managed', 'Elias Brandt'],
  ]);
  assert.ok(!claims('The goalkeeper hit back at critics after the derby.').some((c) => c[0] === 'indirect'));
});

test('a quotation named in the next sentence ("That was the verdict of X", "So says X") is X\'s, and that sentence is no claim', () => {
  assert.deepEqual(claims('"Nobody will buy a flat above a bus depot." That was the verdict of Ingrid Solberg, an estate agent in Drammen.'), [
    ['direct', 'Nobody will buy a flat above a bus depot', 'Ingrid Solberg'],
  ]);
  assert.deepEqual(claims('"The river will flood again within five years." So says Patrick Doyle, who has farmed the valley since 1990.'), [
    ['direct', 'The river will flood again within five years', 'Patrick Doyle'],
  ]);
});

test('"X went on:" before a quotation names its speaker like "X added:"', () => {
  assert.deepEqual(claims('Curator Amara Nwosu went on: "Half of the collection has never been on display."'), [
    ['direct', 'Half of the collection has never been on display', 'Amara Nwosu'],
  ]);
});

test('"told the tribunal Okonjo had …, and that …": a name with its verb right after the listener starts the reported clause', () => {
  const text = [
    'Roofer fined',
    'Defence lawyer Rhian Tudor told the tribunal Okonjo had paid back the deposits in full, and that he had since closed the firm.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['Okonjo had paid back the deposits in full', 'indirect', 'Rhian Tudor'],
    ['he had since closed the firm', 'indirect', 'Rhian Tudor'],
  ]);
});

test('"X said A, and she told reporters that B": the pronoun is a second mention of X and B a second claim', () => {
  const text = [
    'Rail upgrade',
    'Transport commissioner Helka Virtanen said the agency had finished 80 km of new track this year, and she told reporters that the line would open in the spring.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['Helka Virtanen', 'Helka Virtanen'],
      ['she', 'Helka Virtanen'],
    ],
    claims: [
      ['the agency had finished 80 km of new track this year', 'indirect', 'Helka Virtanen'],
      ['the line would open in the spring', 'indirect', 'Helka Virtanen'],
    ],
  });
});

test('"X said A, and the union said B": a body named in the second clause speaks B', () => {
  const text = ['Ferry cuts', 'Harbour Lines said on Sunday that it would drop two winter sailings, and the union said its members would strike.'].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['Harbour Lines', 'Harbour Lines'],
      ['the union', 'union'],
    ],
    claims: [
      ['it would drop two winter sailings', 'indirect', 'Harbour Lines'],
      ['its members would strike', 'indirect', 'union'],
    ],
  });
});

test('"CLAUSE, X said, adding that …": the clause before the attribution and the one after the participle are both X\'s', () => {
  const text = [
    'More than 300 trains were cancelled on Monday, Nordrail said on Tuesday, adding that it expected disruption to last all week.',
    '',
    'Flooding has cut off four villages, the county council has said, warning that more rain is forecast.',
  ].join('\n');
  assert.deepEqual(pairs(text).claims, [
    ['More than 300 trains were cancelled on Monday', 'indirect', 'Nordrail'],
    ['it expected disruption to last all week', 'indirect', 'Nordrail'],
    ['Flooding has cut off four villages', 'indirect', 'county council'],
    ['more rain is forecast', 'indirect', 'county council'],
  ]);
});

test('a few scare-quoted words the sentence goes on to report ("called X “…” and said …") are no direct claim', () => {
  const text = [
    'Rent rise angers tenants',
    '',
    'Harbourside Renters, which represents 4,000 households in the docks, called the rise "a kick in the teeth" and said it would ballot members on a rent strike.',
    '',
    'Quayline Homes has called the union\'s campaign "politics dressed up as housing advice".',
    '',
  ].join('\n');
  const got = pairs(text);
  assert.deepEqual(got.claims, [
    ['it would ballot members on a rent strike', 'indirect', 'Harbourside Renters'],
    ["politics dressed up as housing advice", 'direct', 'Quayline Homes'],
  ]);
});

test('"X said A, although she stressed that B": the pronoun is a second mention of X and B a second claim', () => {
  const got = pairs('Judge Elena Marsh said the cost of the scheme did not excuse the council, although she stressed that the ruling did not oblige it to reopen the pool.');
  assert.deepEqual(got.speakers, [['Elena Marsh', 'Elena Marsh'], ['she', 'Elena Marsh']]);
  assert.deepEqual(got.claims, [
    ['the cost of the scheme did not excuse the council', 'indirect', 'Elena Marsh'],
    ['the ruling did not oblige it to reopen the pool', 'indirect', 'Elena Marsh'],
  ]);
});
