import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemLabel } from '../../src/core/store/storeItem';
import { clipLine } from '../../src/core/clip';

test('a long annotation text is cut for the picker without splitting an emoji in half', () => {
  // 46 letters, then emoji: the cut at 47 code points falls right after the first emoji
  const text = `${'a'.repeat(46)}🙏🙏🙏 and more words after the emoji`;
  const label = itemLabel({ label: 'claim', text });
  assert.equal(label, `claim “${'a'.repeat(46)}🙏…”`);
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(label), 'no lone high surrogate');
});

test('a short text is shown whole, on one line', () => {
  assert.equal(itemLabel({ label: 'speaker', text: 'Dmitry\nPeskov' }), 'speaker “Dmitry Peskov”');
});

test('clipped quotes in reports keep emoji whole and show line breaks', () => {
  assert.equal(clipLine(`${'b'.repeat(56)}🚢🚢🚢🚢🚢`, 60), `${'b'.repeat(56)}🚢…`);
  assert.equal(clipLine('one\ntwo', 60), 'one⏎two');
});
