import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

const dates = (text: string, reference?: string): [string, string][] =>
  suggest(text, { reference }).suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);

test('day-first numeric dates and datelines', () => {
  assert.deepEqual(dates('Published: 09:15, 03.04.2022\n\nThe court met on 05/04/2022 to hear the case.\n'), [
    ['09:15, 03.04.2022', '2022-04-03T09:15'],
    ['05/04/2022', '2022-04-05'],
  ]);
});

test('a weekday is resolved by the tense of its clause', () => {
  // 2023-03-15 is a Wednesday
  const found = dates('15 March 2023\n\nThe minister resigned on Monday. The vote will take place on Friday.\n');
  assert.deepEqual(found, [['15 March 2023', '2023-03-15'], ['on Monday', '2023-03-13'], ['on Friday', '2023-03-17']]);
});

test('times with zones, weeks, quarters, parts of months, holidays and years in context', () => {
  const text = '10 November 2021\n\nThe results came at 17:15 GMT. Sales fell in the first quarter of 2021. Talks began last week and will end in mid-November or before the New Year, as in 2014.\n';
  assert.deepEqual(dates(text), [
    ['10 November 2021', '2021-11-10'],
    ['at 17:15 GMT', '2021-11-10T17:15Z'],
    ['the first quarter of 2021', '2021-Q1'],
    ['last week', '2021-W44'],
    ['mid-November', '2021-11'],
    ['New Year', '2022-01-01'],
    ['2014', '2014'],
  ]);
});

test('durations, money, ages and scores are not dates', () => {
  const text = '2 May 2024\n\nThe club won 3-1 after two hours of play. The striker, 31, cost £12.5 million and signed for three years. Article 5 applies 24/7.\n';
  assert.deepEqual(dates(text), [['2 May 2024', '2024-05-02']]);
});

test('in a live blog each entry is resolved against its own timestamp', () => {
  const text = 'Live: election night\n\n23:40 GMT 05.05.2024\nThe count will finish tomorrow.\n08:10 GMT 04.05.2024\nPolls opened yesterday in the north.\n';
  assert.deepEqual(dates(text).filter(([t]) => !/GMT/.test(t)), [['tomorrow', '2024-05-06'], ['yesterday', '2024-05-03']]);
});

test('the reference option is used when the article states no date', () => {
  assert.deepEqual(dates('The plant closed last month.\n', '2020-06-15'), [['last month', '2020-05']]);
});
