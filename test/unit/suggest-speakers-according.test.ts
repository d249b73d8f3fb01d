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
    ['a memo seen by the Guardian', 'memo seen by the Guardian'],
    ['Breathe Easy', 'Breathe Easy'],
  ]);
  const claims = of(r, 'claim');
  assert.ok(claims.every((c) => c.attrs.kind === 'indirect' && speakerOf(r, c) !== undefined), JSON.stringify(claims.map((c) => [c.text, c.attrs.kind])));
  assert.equal(claims[0].text, 'The ferry company lost two of its five routes');
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

test('a court or police paper is the source: "according to a civil complaint", "the complaint says", "the affidavit states"', () => {
  const text = [
    'According to a civil complaint, Dora Pell and the landlord had exchanged threats for months before the eviction.',
    'The landlord changed the locks while the family was at church, the complaint says.',
    'The affidavit states that the tenant paid rent until March.',
    'The bridge was last inspected in 2019, according to court records.',
    'Cases rose by a third, according to the study.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['a civil complaint', 'civil complaint'],
      ['the complaint', 'civil complaint'],
      ['The affidavit', 'affidavit'],
      ['court records', 'court records'],
    ],
    claims: [
      ['Dora Pell and the landlord had exchanged threats for months before the eviction', 'indirect', 'civil complaint'],
      ['The landlord changed the locks while the family was at church', 'indirect', 'civil complaint'],
      ['the tenant paid rent until March', 'indirect', 'affidavit'],
      ['The bridge was last inspected in 2019', 'indirect', 'court records'],
      ['Cases rose by a third, according to the study', 'assertion', undefined],
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
