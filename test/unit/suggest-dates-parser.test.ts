import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedResult } from 'chrono-node';
import { newsParser } from '../../src/core/suggest/dateParsers';

// The news parser runs its own copy of chrono's parse loop, which skips a parser when the text
// lacks a word its pattern needs, and hands only some results to the time zone refiner. Whatever
// it skips must change nothing: it has to give exactly what chrono's own loop gives.

const TEXTS = [
  'The talks resumed on Tuesday evening after two hours of delay.',
  'The plant closed three weeks ago and will reopen two days later, officials said.',
  'Over the next 3 days and the past two months, prices rose by 12 percent.',
  'Work must be finished within a month, or in 2 weeks at the latest.',
  'The filing, dated 2024-05-06T09:30Z, covers the period to 05/06/2024 and 6/2024.',
  'Kick-off is at 7.45pm GMT on Saturday; doors open at 18:30 BST, then the band plays.',
  'She landed on 12 March in Paris and left at 5pm (EST) on March 14, 2025.',
  'We spoke this morning, tonight we fly, and yesterday we met at noon.',
  'By the end of the month, or by mid-October, the Q3 2021 figures will be out.',
  'Sales before Christmas beat the 1990s record, the firm said in its last financial year report.',
  'The 2024-25 season opened in 2019 terms; the 2008 financial crisis is long gone.',
  'He was born 1985 Jun and worked 2010/11/04 to 2012.03.09 in Term 2.',
  'aged 47, with a 3-1 win, at a cost of $4.5 million, under Article 5, for 18 months',
  'Updated09:14, 15 JAN 2026 — posted 3 hrs later, about an hour before the vote.',
  'A couple of days after the weekend, last Monday, and next week too.',
];

const shape = (results: ParsedResult[]): unknown =>
  results.map((r) => {
    const parts = r as unknown as { start: { knownValues: object; impliedValues: object }; end?: { knownValues: object; impliedValues: object } | null };
    return { index: r.index, text: r.text, tags: [...r.tags()].sort(), start: parts.start, end: parts.end ?? null };
  });

test("the news parser's guarded parse finds exactly what chrono's own parse loop finds", () => {
  const parser = newsParser();
  const chronoParse = Object.getPrototypeOf(parser).parse as typeof parser.parse;
  assert.notEqual(parser.parse, chronoParse, 'the news parser has its own parse loop');
  const ref = { instant: new Date(Date.UTC(2025, 2, 10, 12)), timezone: 0 };
  let found = 0;
  for (const text of TEXTS) {
    const ours = parser.parse(text, ref);
    found += ours.length;
    assert.deepEqual(shape(ours), shape(chronoParse.call(parser, text, ref)), text);
  }
  assert.ok(found > 30, 'the texts hold many dates');
});

test('a zone abbreviation after a time is read into it, and a short word that is no zone is left out', () => {
  const parser = newsParser();
  const ref = { instant: new Date(Date.UTC(2025, 5, 10, 12)), timezone: 0 };
  const read = (text: string): [string, number | null][] => parser.parse(text, ref).map((r) => [r.text, r.start.get('timezoneOffset')]);
  assert.deepEqual(read('Doors open at 18:30 BST, then the band plays'), [['at 18:30 BST', 60]]);
  assert.deepEqual(read('The call was at 9pm (EST) on Friday'), [['at 9pm (EST) on Friday', -300]]);
  assert.deepEqual(read('She landed on 12 March in Paris'), [['on 12 March', null]]);
});
