import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { shiftSpan } from '../../src/core/anchor/shiftSpan';
import { codePointLength } from '../../src/core/offsets';

/** Applies an edit to a code-point array, as the editor would to the text. */
function applyEdit(cps: string[], start: number, end: number, insert: string[]): string[] {
  return [...cps.slice(0, start), ...insert, ...cps.slice(end)];
}

test('typing a paragraph above an annotation moves it by the inserted code points', () => {
  const r = shiftSpan({ start: 10, end: 15 }, { start: 0, end: 0, length: codePointLength('New 😀 paragraph\r\n') });
  assert.deepEqual(r, { kind: 'kept', span: { start: 27, end: 32 } });
});

test('typing right before a word does not pull it into the annotation; typing after it does not either', () => {
  assert.deepEqual(shiftSpan({ start: 10, end: 15 }, { start: 10, end: 10, length: 3 }), { kind: 'kept', span: { start: 13, end: 18 } });
  assert.deepEqual(shiftSpan({ start: 10, end: 15 }, { start: 15, end: 15, length: 3 }), { kind: 'kept', span: { start: 10, end: 15 } });
});

test('an edit inside an annotation resizes it; deleting all its text destroys it', () => {
  assert.deepEqual(shiftSpan({ start: 10, end: 20 }, { start: 12, end: 14, length: 5 }), { kind: 'kept', span: { start: 10, end: 23 } });
  assert.deepEqual(shiftSpan({ start: 10, end: 20 }, { start: 8, end: 22, length: 1 }), { kind: 'destroyed' });
  assert.deepEqual(shiftSpan({ start: 10, end: 20 }, { start: 10, end: 20, length: 0 }), { kind: 'destroyed' });
});

test('an edit across one edge keeps the surviving part', () => {
  assert.deepEqual(shiftSpan({ start: 10, end: 20 }, { start: 5, end: 12, length: 2 }), { kind: 'kept', span: { start: 7, end: 15 } });
  assert.deepEqual(shiftSpan({ start: 10, end: 20 }, { start: 18, end: 25, length: 2 }), { kind: 'kept', span: { start: 10, end: 18 } });
});

const unit = fc.constantFrom('a', 'b', ' ', 'é', '\r\n', '😀', '𝔘', '🇺🇦', '中', '“');

test('text outside every edit is still under its annotation after the edit (property, non-BMP text)', () => {
  fc.assert(
    fc.property(
      fc.array(unit, { minLength: 2, maxLength: 40 }),
      fc.array(unit, { maxLength: 6 }),
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.nat(),
      (parts, insertParts, a0, b0, e0, f0) => {
        const cps = Array.from(parts.join(''));
        const n = cps.length;
        const [s, e] = [a0 % n, (b0 % n) + 1].sort((x, y) => x - y);
        if (s === e) return;
        const [es, ee] = [e0 % (n + 1), f0 % (n + 1)].sort((x, y) => x - y);
        const insert = Array.from(insertParts.join(''));
        const next = applyEdit(cps, es, ee, insert);
        const r = shiftSpan({ start: s, end: e }, { start: es, end: ee, length: insert.length });
        if (ee <= s || es >= e) {
          // untouched text: exactly the same characters
          assert.equal(r.kind, 'kept');
          if (r.kind === 'kept') assert.equal(next.slice(r.span.start, r.span.end).join(''), cps.slice(s, e).join(''));
        } else if (es <= s && ee >= e) {
          assert.equal(r.kind, 'destroyed');
        } else {
          assert.equal(r.kind, 'kept');
          if (r.kind === 'kept') {
            assert.ok(r.span.start < r.span.end && r.span.end <= next.length);
            // the parts of the old text that survived are inside the new span
            const survivedBefore = cps.slice(s, Math.max(s, es)).join('');
            const survivedAfter = cps.slice(Math.min(e, Math.max(ee, s)), e).join('');
            const now = next.slice(r.span.start, r.span.end).join('');
            assert.ok(now.startsWith(survivedBefore) || es < s, `${now} should start with ${survivedBefore}`);
            assert.ok(now.endsWith(survivedAfter) || ee > e, `${now} should end with ${survivedAfter}`);
          }
        }
      },
    ),
    { numRuns: 2000 },
  );
});
