import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OffsetMap, codePointLength, stripBom } from '../../src/core/offsets';

test('code-point offsets of text with emoji match Python-style indexing', () => {
  const text = 'A 😀 said “hi” 🇺🇦 today';
  const map = new OffsetMap(text);
  const cps = Array.from(text);
  assert.equal(map.codePointLength, cps.length);
  const u16 = text.indexOf('said');
  const cp = map.toCodePoint(u16);
  assert.equal(cps.slice(cp, cp + 4).join(''), 'said');
  assert.equal(map.toUtf16(cp), u16);
  assert.equal(map.sliceCodePoints(cp, cp + 4), 'said');
});

test('a leading BOM is excluded', () => {
  assert.equal(stripBom('\uFEFFabc'), 'abc');
  assert.equal(stripBom('abc'), 'abc');
});

test('UTF-16 ↔ code point round-trips on text full of non-BMP characters (property)', () => {
  const unit = fc.oneof(
    fc.constantFrom('a', 'é', '\n', '\r\n', '“', '😀', '𝔘', '🇺🇦', '中'),
  );
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const map = new OffsetMap(text);
      const cps = Array.from(text);
      assert.equal(map.codePointLength, cps.length);
      assert.equal(codePointLength(text), cps.length);
      let u16 = 0;
      for (let cp = 0; cp <= cps.length; cp++) {
        assert.equal(map.toUtf16(cp), u16);
        assert.equal(map.toCodePoint(u16), cp);
        if (cp < cps.length) u16 += cps[cp].length;
      }
      for (let a = 0; a <= cps.length; a++) {
        for (let b = a; b <= cps.length; b++) {
          assert.equal(map.sliceCodePoints(a, b), cps.slice(a, b).join(''));
        }
      }
    }),
  );
});
