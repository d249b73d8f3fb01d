import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import type { Suggestion } from '../../src/core/model';
import { speakers as spans } from './suggestQueries';

const speakers = (text: string): string[] => suggest(text).suggestions.filter((s: Suggestion) => s.label === 'speaker').map((s) => s.attrs.name);

test('a country or body abbreviation opening an organisation name stays in it', () => {
  assert.deepEqual(speakers('The EU Maritime Safety Agency said the tanker had been inspected twice since March.\n'), ['EU Maritime Safety Agency']);
  assert.deepEqual(speakers('NHS Lothian said the ward would reopen on Monday after a deep clean.\n'), ['NHS Lothian']);
});

test('department words inside an organisation name are not stripped as titles', () => {
  assert.deepEqual(speakers('The Interior Ministry said 40 border guards had been sent to the crossing.\n'), ['Interior Ministry']);
  assert.deepEqual(speakers('The Home Office said the new rules would apply from the autumn.\n'), ['Home Office']);
});

test('a person whose title is a department word still loses the title', () => {
  assert.deepEqual(speakers('Finance Minister Lars Ekholm said the budget would balance by 2028.\n'), ['Lars Ekholm']);
});

test('a sports club written with its abbreviation is an organisation, not a person', () => {
  const r = suggest('FC Altmark lost 4-1 at home on Saturday, their third defeat in a row.\n\n“We have to look at ourselves after a night like this,” the captain said.\n');
  const names = r.suggestions.filter((s) => s.label === 'speaker').map((s) => s.attrs.name);
  assert.ok(!names.includes('FC Altmark') && !names.includes('Altmark'), JSON.stringify(names));
});

test('a name ending in a business word is an organisation: "it" refers to it, "he" never does', () => {
  const r = suggest(
    [
      'Mine to reopen',
      'Site manager Owen Tallis showed reporters round the pit on Monday.',
      'Halden Quarrying said the pit would reopen in June. It added that 40 jobs would return.',
      '“We have waited a long time for this,” he said.',
    ].join('\n\n'),
  );
  const speakerOf = (c: Suggestion): string | undefined => r.suggestions.find((s) => s.id === c.links?.speaker)?.attrs.name;
  const claims = r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind !== 'assertion');
  assert.deepEqual(claims.map(speakerOf), ['Halden Quarrying', 'Halden Quarrying', 'Owen Tallis']);
});


test('a determiner opening the sentence ("No Wexford Buses services …") is not part of the operator\'s name', () => {
  const text = 'No Wexford Buses services are running on Tuesday, the first walkout in years.\n\nWexford Buses said the strike would go ahead. The operator said replacement taxis would run.\n';
  assert.deepEqual(spans(text), [
    ['Wexford Buses', 'Wexford Buses'],
    ['The operator', 'Wexford Buses'],
  ]);
});

test('"for" inside a campaign group\'s name ("Ohio Parents for Road Safety, an advocacy group founded in …") keeps the whole name', () => {
  const text = 'Lawmakers debated the toll bill on Monday.\n\nOhio Parents for Road Safety, a Columbus-based advocacy group founded in 2015, said it supports the plan.\n';
  assert.deepEqual(spans(text), [['Ohio Parents for Road Safety', 'Ohio Parents for Road Safety']]);
});

test('"the alliance" stands for the "… Alliance" named on the page, "the authority" for the council', () => {
  assert.deepEqual(spans('The Buckeye Anglers Alliance sent 50 members to the hearing. The alliance said the fee was too high.\n'), [['The alliance', 'Buckeye Anglers Alliance']]);
  assert.deepEqual(spans('Cardiff City Council approved the bus lanes on Tuesday. The authority said work would start in May.\n'), [['The authority', 'Cardiff City Council']]);
});

test('a plural acronym ("The NFAs said") is the awards the page spells out', () => {
  const text = 'The singer will headline the Northern Film Awards next month.\n\nThe NFAs said in a statement: "We wish her well and look forward to the night."\n';
  assert.deepEqual(spans(text), [['The NFAs', 'Northern Film Awards']]);
});

test('a press release: "Name ASA ("Short") today announced that …" has the company as its speaker', () => {
  const text = 'BERGEN, Norway, 4 May 2026 – Brekke Marine ASA ("Brekke") today announced that it has signed a contract for two electric ferries.\n';
  const r = suggest(text);
  const speaker = r.suggestions.find((s: Suggestion) => s.label === 'speaker');
  assert.deepEqual([speaker?.text, speaker?.attrs.name], ['Brekke Marine ASA', 'Brekke Marine ASA']);
  const claim = r.suggestions.find((s: Suggestion) => s.label === 'claim');
  assert.deepEqual([claim?.text, claim?.attrs.kind, claim?.links?.speaker], ['it has signed a contract for two electric ferries', 'indirect', speaker?.id]);
});

test('a subsidiary written as a title\'s prefix ("TRX Trains president Ana Ruiz") does not rename the operator "TRX", nor speak as a person', () => {
  const text = 'Trains stopped for three hours on the Green Line on Monday, rail operator TRX said.\n\nTRX Trains president Ana Ruiz apologised to commuters at a briefing.\n\nShe said TRX would run extra checks on the cables.\n';
  assert.deepEqual(spans(text), [
    ['TRX', 'TRX'],
    ['She', 'Ana Ruiz'],
  ]);
});

test('a country\'s ministry in lower case ("Peru\'s mines ministry, which …, said") speaks, named without the country, and "the ministry" is it later', () => {
  const text = 'Talks on the mining treaty resumed in Geneva on Monday.\n\nPeru\'s mines ministry, which has long pushed for a deal, said in a statement on Thursday that it would not sign the annex.\n\n"We came in good faith," the ministry said.\n';
  assert.deepEqual(spans(text), [
    ["Peru's mines ministry", 'mines ministry'],
    ['the ministry', 'mines ministry'],
  ]);
});

test('a place written as a public body\'s owner is in the span but not in the name; a person written as its owner stays in both', () => {
  const text = [
    'Fishing row deepens',
    '',
    'Norway\'s fisheries ministry said on Tuesday that quotas would be cut. "The stocks are too low," the ministry said.',
    '',
    'Chile\'s Ministry of Mining said output had risen.',
    '',
    'Peter Halloran\'s government said it would not comment.',
  ].join('\n') + '\n';
  assert.deepEqual(spans(text), [
    ["Norway's fisheries ministry", 'fisheries ministry'],
    ['the ministry', 'fisheries ministry'],
    ["Chile's Ministry of Mining", 'Ministry of Mining'],
    ["Peter Halloran's government", "Peter Halloran's government"],
  ]);
});
