import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

const story = (...paras: string[]): string => ['Health Secretary faces revolt over hospital closures', '', ...paras].join('\n\n') + '\n';

test('"Allies of Ms X said" are the allies, named after the full name, not X', () => {
  const r = suggest(story(
    'Ruth Penrose has told colleagues she will not accept the cuts.',
    'Allies of Ms Penrose said she was ready to quit over the plan.',
    'Friends of Mr Dalton said he was furious, after Tom Dalton was left out of the talks.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Ruth Penrose', 'Ruth Penrose'],
    ['Allies of Ms Penrose', 'allies of Ruth Penrose'],
    ['Friends of Mr Dalton', 'friends of Tom Dalton'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'indirect').map((c) => speakerOf(r, c)), ['Ruth Penrose', 'allies of Ruth Penrose', 'friends of Tom Dalton']);
});

test('"one ally of the Health Secretary" is named after the person introduced with that office', () => {
  const r = suggest(story(
    'The Health Secretary, Ruth Penrose, has told colleagues she will not accept the cuts.',
    '"Ruth will not back down," one ally of the Health Secretary said.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Ruth Penrose', 'Ruth Penrose'],
    ['one ally of the Health Secretary', 'ally of Ruth Penrose'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'direct').map((c) => speakerOf(r, c)), ['ally of Ruth Penrose']);
});

test('"A close friend of Ms X" in the singular still names one friend', () => {
  const r = suggest(story(
    'The singer Ana Vale cancelled her tour on Monday.',
    'A close friend of Ms Vale said she was "exhausted".',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['close friend of Ana Vale']);
});
