import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

const dates = (text: string, reference?: string): [string, string][] =>
  suggest(text, { reference }).suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);

test('a statement verb right before a weekday and "that" dates the statement, not what it forecasts', () => {
  // 2027-04-15 is a Thursday
  assert.deepEqual(dates('The weather office predicted Monday that the river will crest by next weekend.\n', '2027-04-15'), [
    ['Monday', '2027-04-12'],
    ['next weekend', '2027-W16'],
  ]);
});

test('a headline infinitive points a weekday forward even when a later clause is in the past', () => {
  // 2027-04-15 is a Thursday
  assert.deepEqual(dates('Orchestra strikes deal; violinist to sign contract on Saturday; conductor says talks were tough\n', '2027-04-15'), [['on Saturday', '2027-04-17']]);
});
