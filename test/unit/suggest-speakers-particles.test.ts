import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('names with lower-case particles keep the whole name, in every position', () => {
  const text = [
    'Bord na Gaeilge said the new signs would be in place by the autumn.',
    'Commissioner Liesel von der Brugge said the fund would double next year.',
    '“We will appeal,” said coach Mateo de la Fuente.',
    'Imam Yusuf al-Rashidi told worshippers the mosque would reopen on Friday.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Bord na Gaeilge', 'Bord na Gaeilge'],
    ['Liesel von der Brugge', 'Liesel von der Brugge'],
    ['Mateo de la Fuente', 'Mateo de la Fuente'],
    ['Yusuf al-Rashidi', 'Yusuf al-Rashidi'],
  ]);
  assert.equal(of(r, 'claim').filter((c) => speakerOf(r, c) !== undefined).length, 4);
});

test('a later short form with a particle, or after a sentence adverb, resolves to the full name', () => {
  const text = [
    'Economist Piet van den Berg said inflation would stay above target until next spring.',
    'Later van den Berg said the central bank had waited too long.',
    'Trainer Rosa de la Vega said the horse had recovered from its injury.',
    'De la Vega said it would run in the autumn cup.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Piet van den Berg', 'Piet van den Berg'],
    ['van den Berg', 'Piet van den Berg'],
    ['Rosa de la Vega', 'Rosa de la Vega'],
    ['De la Vega', 'Rosa de la Vega'],
  ]);
});
