import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

const claims = (text: string): [string, string, string | undefined][] => {
  const r = suggest(text);
  return r.suggestions
    .filter((s) => s.label === 'claim' && s.attrs.kind === 'indirect')
    .map((c) => [c.text, c.attrs.kind, r.suggestions.find((s) => s.id === c.links?.speaker)?.attrs.name]);
};

test('"X says A, and that B" gives two indirect claims of X', () => {
  const text = 'Hamid Rostami runs the bakery on Dock Street. Rostami says flour prices have doubled since the spring, and that two of his suppliers have stopped delivering.';
  assert.deepEqual(claims(text), [
    ['flour prices have doubled since the spring', 'indirect', 'Hamid Rostami'],
    ['two of his suppliers have stopped delivering', 'indirect', 'Hamid Rostami'],
  ]);
});

test('"X said that A and that B" gives two claims: each content clause can be checked on its own', () => {
  const text = 'Council leader Priya Nand said that the depot would close in May and that its staff would move to the new site.';
  assert.deepEqual(claims(text), [
    ['the depot would close in May', 'indirect', 'Priya Nand'],
    ['its staff would move to the new site', 'indirect', 'Priya Nand'],
  ]);
});

test('"and that was …" is a demonstrative, not a second claim', () => {
  const text = 'Olu Bankole said the ferry had left an hour late and that was the last one of the day.';
  assert.equal(claims(text).length, 1);
});

test('a "that" inside the reported content does not move the start of the claim', () => {
  const text = 'Greta Solberg, a nurse, trained in Bergen. The nurse says she chose the night shift because it was the only rota that let her study.';
  assert.deepEqual(claims(text), [['she chose the night shift because it was the only rota that let her study', 'indirect', 'Greta Solberg']]);
});

test('"has yet told her" is one verb phrase, not a second reporting verb', () => {
  const text = 'Amara Diallo said the grant runs out in June, and that nobody at the ministry has yet told her what happens next.';
  assert.deepEqual(claims(text).map((c) => c[0]), ['the grant runs out in June', 'nobody at the ministry has yet told her what happens next']);
});

test('a quoted fragment with the comma inside the marks stays inside one indirect claim', () => {
  const text = 'Devika Rao heads the ferry company. Rao said the night crossings had been “our lifeline this winter,” with bookings up 22% on last year.';
  assert.deepEqual(claims(text), [['the night crossings had been “our lifeline this winter,” with bookings up 22% on last year', 'indirect', 'Devika Rao']]);
  assert.ok(!suggest(text).suggestions.some((s) => s.label === 'claim' && s.attrs.kind === 'direct'), 'the fragment is no direct quotation');
});
