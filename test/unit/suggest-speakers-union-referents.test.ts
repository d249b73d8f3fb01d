import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('"the union" is the teachers\' association named before, not a group named after it', () => {
  const r = suggest([
    'School closures plan draws fire',
    'The Harlow Creek Teachers Association, with 300 members across the district, said it opposed the plan. The union said no teacher should be laid off as a result.',
    'The Eastern Liberation Front (ELF) militia has fought the army since 2021.',
  ].join('\n\n') + '\n');
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['The Harlow Creek Teachers Association', 'Harlow Creek Teachers Association'],
    ['The union', 'Harlow Creek Teachers Association'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'indirect').map((c) => speakerOf(r, c)), ['Harlow Creek Teachers Association', 'Harlow Creek Teachers Association']);
});

test('"the union" of a European story with a trade union named is still not the European Union', () => {
  const r = suggest([
    'Dock strike spreads',
    'The European Union has urged talks. The Port Workers Federation said the strike would go on. The union said members had voted 9 to 1.',
  ].join('\n\n') + '\n');
  assert.equal(of(r, 'speaker').find((s) => s.text === 'The union')?.attrs.name, 'Port Workers Federation');
});
