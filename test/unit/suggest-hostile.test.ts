import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

test('empty text gives an empty result', () => {
  assert.deepEqual(suggest(''), { meta: {}, boilerplate: [], suggestions: [] });
});

test('a page of only chrome gives no suggestions', () => {
  const r = suggest('Menu\nSearch\nLog in or register\nAdvertisement\n0:00\n29:12\n');
  assert.equal(r.suggestions.length, 0);
  assert.ok(r.boilerplate.length >= 4);
});

test('a 10 MB line without breaks and binary-looking text finish', () => {
  const chunk = 'The council said on Monday that “rents rose 4% in 2023,” officials added 12.05.2022 ';
  const big = chunk.repeat(Math.ceil(10_000_000 / chunk.length));
  const r = suggest(big);
  assert.ok(r.suggestions.length > 0);
  let bin = '';
  for (let i = 0; i < 200_000; i++) bin += String.fromCharCode((i * 7919) % 65536 === 0xfeff ? 32 : ((i * 7919) % 0xd7ff));
  const binary = suggest(bin);
  assert.ok(Array.isArray(binary.suggestions));
  // whatever it finds in noise still points at the text exactly (code points)
  const cps = Array.from(bin);
  for (const s of binary.suggestions) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
  for (const b of binary.boilerplate) assert.ok(b.start >= 0 && b.start <= b.end && b.end <= cps.length);
});
