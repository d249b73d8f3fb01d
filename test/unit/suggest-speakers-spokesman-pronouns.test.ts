import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakerOf } from './suggestQueries';

test('"he told reporters" after an office\'s spokesman is the spokesman, not an earlier source or the man he spoke of', () => {
  const r = suggest([
    'Ministers split over rail fares',
    'A Whitehall source said the Transport Department had known the figures for months.',
    'The Prime Minister\'s official spokesman said on Friday that Paul Hendry still backed the fares review.',
    '"Cabinet will settle this together," he told reporters outside Number 10.',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['A Whitehall source', 'Whitehall source'],
    ['The Prime Minister\'s official spokesman', 'Prime Minister\'s official spokesman'],
    ['he', 'Prime Minister\'s official spokesman'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'direct').map((c) => speakerOf(r, c)), ['Prime Minister\'s official spokesman']);
});

test('"he added" after a spokesman for a body is that spokesman, not the spokesman before him', () => {
  const r = suggest([
    'Library hours cut',
    'The Prime Minister\'s official spokesman said the cuts were a matter for councils.',
    'A spokesman for the council said the hours would be reviewed. "Nothing is final," he added.',
  ].join('\n\n') + '\n');
  const he = of(r, 'speaker').find((s) => s.text === 'he');
  const spokes = of(r, 'speaker').find((s) => /council/.test(s.text));
  assert.ok(spokes !== undefined);
  assert.equal(he?.attrs.name, spokes.attrs.name);
});

test('"it" after an organisation\'s unnamed spokesperson stands for the organisation, not the spokesperson', () => {
  const got = pairs(
    [
      '"We read every study that helps us warn people earlier," a Coastal Flood Agency spokesperson said.',
      'The agency issued 14 flood warnings during the winter, it said in its annual report.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.speakers.at(-1), ['it', 'Coastal Flood Agency']);
});
