import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

const story = (...paras: string[]): string => ['Council budget draws fire from the opposition', '', ...paras].join('\n\n') + '\n';

test('"the treasurer" is the one introduced as treasurer, not the shadow treasurer who spoke since', () => {
  const r = suggest(story(
    'The treasurer, Ann Colby, announced a freeze on council tax rates.',
    'Dan Pruitt, the shadow treasurer, said the freeze was a gimmick.',
    '"We will not borrow to pay the bills," the treasurer said.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Dan Pruitt', 'Dan Pruitt'],
    ['the treasurer', 'Ann Colby'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind !== 'assertion').map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['indirect', 'Dan Pruitt'],
    ['direct', 'Ann Colby'],
  ]);
});

test('"the shadow treasurer" is the opposition spokesman, also when the treasurer was named after him', () => {
  const r = suggest(story(
    'The shadow treasurer, Dan Pruitt, attacked the plan on Monday.',
    'Treasurer Ann Colby defended the freeze in the chamber.',
    'Asked about it later, the shadow treasurer said it was "reckless".',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['the shadow treasurer', 'Dan Pruitt']]);
});
