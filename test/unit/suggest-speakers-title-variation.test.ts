import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of } from './suggestQueries';

test('a title no one is named with stands for the person the sentence before was about', () => {
  const text = [
    'Budget day',
    '',
    'Marion Keele arrived at the despatch box with a thick folder. The Chancellor told MPs that fuel duty would be frozen for another year.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const chancellor = of(r, 'speaker').find((s) => s.text === 'The Chancellor');
  assert.equal(chancellor?.attrs.name, 'Marion Keele');
});

test('what a title holder owns ("the Mayor\'s Question Time") is nobody\'s name', () => {
  const text = [
    'City hall',
    '',
    "At every Mayor's Question Time the public gallery fills up early. The Mayor said the budget would balance.",
  ].join('\n') + '\n';
  const r = suggest(text);
  const mayor = of(r, 'speaker').find((s) => s.text === 'The Mayor');
  assert.ok(mayor !== undefined);
  assert.notEqual(mayor.attrs.name, 'Question Time');
});

test('"the Speaker said" after a quotation is the presiding officer just named, not an organisation called "Speaker"', () => {
  const text = [
    'Uproar in the chamber',
    '',
    'By then Sir Malcolm Trevithick had heard enough. "Order. Members will resume their seats," the Speaker said.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const speaker = of(r, 'speaker').find((s) => s.text === 'the Speaker');
  assert.equal(speaker?.attrs.name, 'Malcolm Trevithick');
});
