import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of } from './suggestQueries';

const names = (text: string): [string, string | undefined][] => of(suggest(text), 'speaker').map((s) => [s.text, s.attrs.name]);

test('a company first written with "Inc." keeps the full stop in its short mentions', () => {
  const text = [
    'Brindle Optics Inc. agreed to buy a lens maker in Oslo for $2 billion.',
    'Brindle said the purchase would close in the spring.',
  ].join('\n\n');
  assert.deepEqual(names(text), [['Brindle', 'Brindle Optics Inc.']]);
});

test('a share rating in a headline is no part of the company name after it', () => {
  const text = [
    'Cardell to Buy Merrow in $2 Billion Frozen-Food Deal',
    'Merrow Foods Group reported lower sales for the third quarter.',
    'Merrow said demand for frozen meals had weakened in the autumn.',
  ].join('\n\n');
  assert.deepEqual(names(text).map(([, n]) => n), ['Merrow Foods Group']);
});

test('people at a firm whose founder’s name looks like an occupation keep the firm, and "they" is them', () => {
  const text = [
    'Economists at Bergqvist & Co. said the central bank would cut rates twice.',
    'They said inflation had fallen faster than expected.',
  ].join('\n\n');
  assert.deepEqual(names(text), [
    ['Economists at Bergqvist & Co.', 'economists at Bergqvist & Co.'],
    ['They', 'economists at Bergqvist & Co.'],
  ]);
});

test('a reporter signing off with "I\'m X" is named X, without "I\'m"', () => {
  const text = [
    'Valley floods close three bridges',
    'Transcript',
    'NOA BRENNER, HOST:',
    'Flooding closed three bridges in the valley overnight. Our reporter is there.',
    'PIET OLANDER, BYLINE: The river rose two metres in six hours, and the town council said the schools would stay shut.',
    'OLANDER: Crews expect the water to fall by Friday. For Valley Radio, I\'m Piet Olander in Dunmore.',
    'NOA BRENNER: Thanks for that report.',
  ].join('\n\n');
  const labels = names(text).filter(([t]) => t === t.toUpperCase());
  assert.deepEqual(labels, [
    ['PIET OLANDER', 'Piet Olander'],
    ['OLANDER', 'Piet Olander'],
  ]);
});

test('a time phrase opening the sentence ("After Monday\'s race") is never the person "he" stands for', () => {
  const text = [
    'After Monday\'s race, veteran rider Tomas Reyes, who finished third, said the wind had ruined the final climb.',
    '"We could not hold the wheel," he said.',
  ].join('\n\n');
  assert.deepEqual(names(text), [
    ['Tomas Reyes', 'Tomas Reyes'],
    ['he', 'Tomas Reyes'],
  ]);
});
