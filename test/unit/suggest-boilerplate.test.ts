import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

test('site chrome lines are boilerplate and get no suggestions', () => {
  const text = ['Home | News | Sport | Weather', 'Advertisement', 'Fire crews saved the old mill, chief officer Dana Price said on Tuesday.', 'Share this story!', 'Related: Ten mills to visit', '© 2024 Valley Gazette', 'Заголовок материала'].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, ['Home | News | Sport | Weather', 'Advertisement', 'Share this story!', 'Related: Ten mills to visit', '© 2024 Valley Gazette', 'Заголовок материала']);
  for (const s of r.suggestions) for (const b of r.boilerplate) assert.ok(s.end <= b.start || s.start >= b.end, `${s.text} inside chrome`);
  assert.ok(r.suggestions.some((s) => s.label === 'speaker' && s.attrs.name === 'Dana Price'));
});

test('offsets are code points with CRLF line endings and emoji', () => {
  const text = '🔥🔥 Breaking\r\n\r\n“We are safe 🙏,” resident Omar Haddad said.\r\n';
  const r = suggest(text);
  const cps = Array.from(text);
  for (const s of r.suggestions) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
  const speaker = r.suggestions.find((s) => s.label === 'speaker');
  assert.equal(speaker?.text, 'Omar Haddad');
  assert.equal(speaker?.start, cps.indexOf('O'));
  const claim = r.suggestions.find((s) => s.label === 'claim');
  assert.equal(claim?.text, 'We are safe 🙏');
});

test('credit and bio lines at the foot of a story are boilerplate, an update note is not a claim', () => {
  const text = [
    'Orchard growers lose half the cherry crop',
    'Late frost destroyed about half of the cherry blossom in the valley, Ivan Bell said on Friday.',
    'Gazette staff writer Ruth Okafor contributed to this report.',
    'Milan Petrov is a reporter covering agriculture for the Valley Gazette.',
    'Petrov covers farming and food prices in the valley for The Valley Gazette.',
    'Copyright 2024 Valley Gazette. All rights reserved.',
    'This story was updated to correct the size of the harvest.',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(2, 6));
  assert.deepEqual(
    r.suggestions.filter((s) => s.label === 'claim').map((s) => s.text),
    ['Late frost destroyed about half of the cherry blossom in the valley'],
  );
});
