import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers } from './suggestQueries';

test('"she says" skips a man named in between and finds the woman the paragraph is about', () => {
  const text = 'Mathilde Reverchon has kept bees in the Jura for 30 years. Her neighbour, Thomas Girard, sells her honey at the market. She says the summer was the worst she has known.';
  assert.deepEqual(speakers(text), [['She', 'Mathilde Reverchon']]);
});

test('"he says" skips a woman named in between', () => {
  const text = 'Tadeusz Wróbel repairs clocks in Kraków. His daughter, Agnieszka Wróbel, keeps the books. He says no one under 40 wants to learn the trade.';
  assert.deepEqual(speakers(text), [['He', 'Tadeusz Wróbel']]);
});

test('"the 54-year-old" is the person introduced with that age, or the one the story is about', () => {
  assert.deepEqual(speakers('Siobhan Kearney, 61, has farmed the hill since 1990. Her cattle are housed early this year. The 61-year-old says the rain came too late.'), [['The 61-year-old', 'Siobhan Kearney']]);
  assert.deepEqual(speakers('Piotr Nowak has driven the night bus for a decade. The 47-year-old says the route is quieter since the pandemic.'), [['The 47-year-old', 'Piotr Nowak']]);
});
