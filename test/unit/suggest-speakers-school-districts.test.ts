import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('"the district said" is the school district named before', () => {
  const r = suggest([
    'School closures plan draws fire',
    'The Harlow Creek School District plans to close two schools. The district said the plan would save $2 million a year.',
    'Parent Dana Ortiz said the savings were "a mirage".',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['The district', 'Harlow Creek School District'],
    ['Dana Ortiz', 'Dana Ortiz'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'indirect').map((c) => [c.text, speakerOf(r, c)]), [
    ['the plan would save $2 million a year', 'Harlow Creek School District'],
    ['the savings were "a mirage"', 'Dana Ortiz'],
  ]);
});

test('residents of a district are the residents, not the district', () => {
  const r = suggest([
    'Road safety fears',
    'Residents of the district said the junction was dangerous.',
  ].join('\n\n') + '\n');
  assert.ok(!of(r, 'speaker').some((s) => /district/i.test(s.attrs.name ?? '') && !/^residents/i.test(s.attrs.name ?? '')));
});
