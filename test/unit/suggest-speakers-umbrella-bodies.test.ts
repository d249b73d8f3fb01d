import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('"the UN agency" is the programme or fund the page named, not a speaker called "UN agency"', () => {
  const r = suggest([
    'Refugee camp runs short of clean water',
    'Water deliveries to the Kalma camp have halved since June, the United Nations Children’s Fund (Unicef) said on Monday.',
    'The UN agency said it would fly in purification tablets within a week.',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['the United Nations Children’s Fund', 'United Nations Children’s Fund'],
    ['The UN agency', 'United Nations Children’s Fund'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'indirect').map((c) => speakerOf(r, c)), ['United Nations Children’s Fund', 'United Nations Children’s Fund']);
});

test('"the EU body" is the authority the page named', () => {
  const r = suggest([
    'Drug approval delayed',
    'The European Pharmaceuticals Authority said on Tuesday it needed more data.',
    'The EU body said a decision was now expected in the spring.',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['European Pharmaceuticals Authority', 'European Pharmaceuticals Authority']);
});
