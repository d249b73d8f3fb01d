import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('"X, the MP for Place, who …, said" is X speaking, not the place', () => {
  const r = suggest([
    'Police cuts letter',
    'Tom Wade, the MP for Selby, who organised the letter, said residents had noticed the difference.',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Tom Wade', 'Tom Wade']]);
  assert.deepEqual(of(r, 'claim').map((c) => [c.attrs.kind, speakerOf(r, c)]), [['indirect', 'Tom Wade']]);
});

test('"according to figures presented Tuesday" names no speaker "Tuesday"', () => {
  const r = suggest([
    'School numbers fall',
    'Enrolment has fallen every year since 2015, according to figures presented Tuesday.',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker'), []);
  assert.deepEqual(of(r, 'claim').map((c) => c.attrs.kind), ['assertion']);
});
