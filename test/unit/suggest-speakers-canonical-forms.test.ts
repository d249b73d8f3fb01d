import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('a full name first written as an owner ("Crofter Isla Menzies\'s flock") is the name a later surname stands for', () => {
  const text = [
    'Island ferry cut leaves crofters short of feed',
    'Crofter Isla Menzies’s flock has grazed the machair since 1952, and the timetable change gives her a fortnight to ship in hay.',
    '“We have never been asked what the boat means to us,” Menzies said by telephone on Monday. She said she might have to sell half of the ewes.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Menzies', 'Isla Menzies'],
    ['She', 'Isla Menzies'],
  ]);
});
