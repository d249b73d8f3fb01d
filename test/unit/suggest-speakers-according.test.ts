import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakerOf } from './suggestQueries';

test('"according to" names the source in every common form', () => {
  const text = [
    'The ferry company lost two of its five routes, according to its chairman, Olav Brekke, who called the news "a blow."',
    'Turnout rose to 71 percent in the northern districts, according to the state electoral office.',
    'Rents in the capital rose 9 percent last year, according to Statistics Norway figures.',
    'The ministry had planned to close three prisons, according to a memo seen by the Guardian.',
    'Asthma costs the economy about $2 billion a year, according to the charity Breathe Easy.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Olav Brekke', 'Olav Brekke'],
    ['the state electoral office', 'state electoral office'],
    ['Statistics Norway figures', 'Statistics Norway'],
    ['Breathe Easy', 'Breathe Easy'],
  ]);
  const claims = of(r, 'claim');
  // a memo seen by a newspaper is a paper, not a person or body: the sentence stays the article's own
  assert.deepEqual(claims.map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['indirect', 'Olav Brekke'],
    ['indirect', 'state electoral office'],
    ['indirect', 'Statistics Norway'],
    ['assertion', undefined],
    ['indirect', 'Breathe Easy'],
  ]);
  assert.equal(claims[0].text, 'The ferry company lost two of its five routes');
  assert.equal(claims[3].text, 'The ministry had planned to close three prisons, according to a memo seen by the Guardian');
});

test('a name with a relative clause before "said" speaks the clause after it', () => {
  const r = suggest('Independent MP Sara Quist, whose vote decided the motion, said she had not been offered anything in return.\n');
  const c = of(r, 'claim');
  assert.deepEqual(c.map((x) => [x.text, x.attrs.kind, speakerOf(r, x)]), [['she had not been offered anything in return', 'indirect', 'Sara Quist']]);
  assert.deepEqual(of(r, 'speaker').map((s) => s.text), ['Sara Quist']);
});

test('"the minister" late in a story is the person introduced as minister, not the last one quoted', () => {
  const text = [
    'Fisheries Minister Anton Vries presented the quota bill on Tuesday.',
    'Opposition MP Greta Lunde said the bill ignored the advice of scientists.',
    '"The cod stock is collapsing," Lunde said.',
    'Lunde said her party would vote against it.',
    'Two other parties said they would abstain.',
    'The vote is expected next month.',
    'Coastal towns have lost a third of their boats since 2010.',
    'The minister later told reporters that the quotas would be reviewed every year.',
  ].join('\n\n');
  const r = suggest(text);
  const minister = of(r, 'speaker').find((s) => s.text === 'The minister');
  assert.equal(minister?.attrs.name, 'Anton Vries');
});

test('"according to the BBC\'s projection" names the BBC; "Okay, thanks everybody" closes a briefing without a claim', () => {
  const r = suggest('The Greens will win 12 seats, according to the regional broadcaster NRK\'s projection.\n\nTurnout was 61 percent, according to the Reuters tally.\n');
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['NRK', 'Reuters']);
  const t = suggest(['MS. ALVES: The minister will visit the port on Friday.', 'Q: Will she meet the dockers?', 'MS. ALVES: She will.', 'Q: And the strike?', 'MS. ALVES: Okay, thanks everybody.'].join('\n'));
  assert.deepEqual(of(t, 'claim').map((c) => c.text), ['The minister will visit the port on Friday', 'She will']);
});

test('a court paper, a report or a memo is no speaker (SPEC: a person or organisation): its statements stay the article\'s own assertions', () => {
  const text = [
    'According to a civil complaint, Dora Pell and the landlord had exchanged threats for months before the eviction.',
    'The landlord changed the locks while the family was at church, the complaint says.',
    'The affidavit states that the tenant paid rent until March.',
    'The bridge was last inspected in 2019, according to court records.',
    'Cases rose by a third, according to the study.',
    'Crews found the boiler had failed, the inspection report says.',
    'Union delegates at the count say they expect a recount.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['Union delegates at the count', 'Union delegates at the count']],
    claims: [
      ['According to a civil complaint, Dora Pell and the landlord had exchanged threats for months before the eviction', 'assertion', undefined],
      ['The landlord changed the locks while the family was at church, the complaint says', 'assertion', undefined],
      ['The affidavit states that the tenant paid rent until March', 'assertion', undefined],
      ['The bridge was last inspected in 2019, according to court records', 'assertion', undefined],
      ['Cases rose by a third, according to the study', 'assertion', undefined],
      ['Crews found the boiler had failed, the inspection report says', 'assertion', undefined],
      ['they expect a recount', 'indirect', 'Union delegates at the count'],
    ],
  });
});

test('"according to figures the harbour board released", "data that the agency published": whoever released the document is the source', () => {
  const p = pairs('Ferry numbers fall\n\nPassenger numbers fell 6% last winter, according to figures the harbour board released on Tuesday.\n\nFreight rose 2% in March, according to data that the Islands Transport Agency published last week.\n');
  assert.deepEqual(p.speakers, [
    ['the harbour board', 'harbour board'],
    ['the Islands Transport Agency', 'Islands Transport Agency'],
  ]);
  assert.deepEqual(p.claims, [
    ['Passenger numbers fell 6% last winter', 'indirect', 'harbour board'],
    ['Freight rose 2% in March', 'indirect', 'Islands Transport Agency'],
  ]);
});
