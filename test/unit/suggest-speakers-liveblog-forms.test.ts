import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('"Name at the press conference: “…”" credits the name, not the place it was said', () => {
  const r = pairs('Lindgren at the post-match press conference: "We ran out of legs in the last ten minutes."');
  assert.deepEqual(r.speakers, [['Lindgren', 'Lindgren']]);
  assert.deepEqual(r.claims, [['We ran out of legs in the last ten minutes', 'direct', 'Lindgren']]);
});

test('"Pundit Name on the radio: “…”" drops the occupation from the name', () => {
  const r = pairs('Pundit Dara Quinlan on the evening show: "That was the worst refereeing decision of the season."');
  assert.deepEqual(r.speakers, [['Dara Quinlan', 'Dara Quinlan']]);
});

test('"X\'s coach, grandmaster Name, told us …": the titled name in the apposition speaks', () => {
  const r = pairs("Okafor's coach, grandmaster Ilse Brandt, told us the Nigerian had slept badly before the game.");
  assert.deepEqual(r.speakers, [['Ilse Brandt', 'Ilse Brandt']]);
  assert.deepEqual(r.claims, [['the Nigerian had slept badly before the game', 'indirect', 'Ilse Brandt']]);
});

test('"told a briefing in Geneva" is where it was said, and what follows is the claim', () => {
  const r = pairs('UNHCR spokesman Piet de Wit told a briefing in Geneva the camps were already over capacity.');
  assert.deepEqual(r.claims, [['the camps were already over capacity', 'indirect', 'Piet de Wit']]);
});

test('"has confirmed A, an apposition, will be …" is a reported clause, not an assertion', () => {
  const r = pairs('Race director Colm Byrne has confirmed the two stages, 180 km and 212 km, will be merged into one.');
  assert.deepEqual(r.claims, [['the two stages, 180 km and 212 km, will be merged into one', 'indirect', 'Colm Byrne']]);
});
