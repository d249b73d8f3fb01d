import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { reanchor } from '../../src/core/anchor/reanchor';
import { OffsetMap } from '../../src/core/offsets';
import { contextAround } from '../../src/core/sidecar/sidecar';

const seed = readFileSync(new URL('../../seeds/000_5dcf652f0b54eb45.txt', import.meta.url), 'utf8');

function target(text: string, needle: string, occurrence = 0) {
  const cps = Array.from(text);
  const joined = (i: number) => cps.slice(i, i + Array.from(needle).length).join('');
  let seen = 0;
  for (let i = 0; i < cps.length; i++) {
    if (joined(i) === needle) {
      if (seen === occurrence) {
        const end = i + Array.from(needle).length;
        return { start: i, end, text: needle, ...contextAround(text, i, end) };
      }
      seen++;
    }
  }
  throw new Error(`${needle} not in text`);
}

test('an annotation whose text is still at its position stays', () => {
  const t = target(seed, 'Dmitry Peskov');
  assert.deepEqual(reanchor(new OffsetMap(seed), t), { kind: 'unchanged', start: t.start, end: t.end, text: 'Dmitry Peskov' });
});

test('a paragraph added above moves the annotation to the same words', () => {
  const t = target(seed, 'Dmitry Peskov');
  const changed = 'Editor’s note 🗞️: updated.\r\n\r\n' + seed;
  const r = reanchor(new OffsetMap(changed), t);
  assert.ok(r.kind === 'exact', r.kind);
  assert.equal(Array.from(changed).slice(r.start, r.end).join(''), 'Dmitry Peskov');
});

test('of several occurrences, the one with the stored prefix and suffix wins over the nearest', () => {
  const text = 'Biden said yes. Later, Putin said no. Then Biden said maybe.';
  const second = target(text, 'Biden', 1);
  // the second "Biden" sentence moves to the front; the first occurrence is now nearest the old offset
  const changed = 'Then Biden said maybe. Biden said yes. Later, Putin said no.';
  const r = reanchor(new OffsetMap(changed), second);
  assert.ok(r.kind === 'exact', r.kind);
  assert.equal(r.start, 5);
});

test('a small correction inside the text is found by the bounded fuzzy match', () => {
  const t = target(seed, 'the discussion will go on');
  const changed = seed.replace('the discussion will go on', 'the discussions will go on');
  const r = reanchor(new OffsetMap(changed), t);
  assert.ok(r.kind === 'fuzzy', r.kind);
  assert.match(r.text, /discussions? will go on/);
});

test('text that is gone is orphaned, not moved somewhere wrong', () => {
  const t = target(seed, 'Dmitry Peskov');
  const changed = seed.split('Dmitry Peskov').join('the spokesman');
  assert.deepEqual(reanchor(new OffsetMap(changed), t), { kind: 'orphaned' });
});

test('after random insertions outside the annotations, every annotation is found at its text (property, non-BMP)', () => {
  const unit = fc.constantFrom('a', 'b', ' ', 'é', '\r\n', '😀', '𝔘', '🇺🇦', '中', '“', 'Biden');
  fc.assert(
    fc.property(
      fc.array(unit, { minLength: 5, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.array(unit, { minLength: 1, maxLength: 5 })), { maxLength: 4 }),
      fc.nat(),
      fc.integer({ min: 1, max: 6 }),
      (parts, inserts, at, len) => {
        const text = parts.join('');
        const cps = Array.from(text);
        const start = at % cps.length;
        const end = Math.min(cps.length, start + len);
        const stored = { start, end, text: cps.slice(start, end).join(''), ...contextAround(text, start, end) };
        // insert only outside [start, end), from the back so earlier positions stay valid
        let next = [...cps];
        const placed = inserts.map(([pos, ins]) => [pos % (cps.length + 1), ins] as const).sort((x, y) => y[0] - x[0]);
        for (const [p, ins] of placed) {
          if (p > start && p < end) continue;
          next = [...next.slice(0, p), ...Array.from(ins.join('')), ...next.slice(p)];
        }
        const r = reanchor(new OffsetMap(next.join('')), stored);
        assert.notEqual(r.kind, 'orphaned');
        if (r.kind !== 'orphaned') {
          assert.equal(next.slice(r.start, r.end).join(''), stored.text);
          assert.equal(r.text, stored.text);
        }
      },
    ),
    { numRuns: 500 },
  );
});
