import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { speakerOf } from './suggestQueries';

test('dash dialogue: questions give no claim, answers are the answerer’s direct claims', () => {
  const r = suggest(
    [
      'Cyclists angry after stage cancelled',
      'The riders gathered at the finish line in silence after the stage was called off.',
      '— Was it the right decision?',
      '— Yes, answered team leader Pietro Salvi. The descent was a river. Someone would have died.',
      '— And the fans who waited for hours?',
      '— I understand them. We wanted to race as much as they wanted to watch.',
    ].join('\n\n'),
  );
  const claims = r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind === 'direct');
  assert.deepEqual(
    claims.map((c) => [c.text, speakerOf(r, c)]),
    [
      ['Yes', 'Pietro Salvi'],
      ['The descent was a river. Someone would have died', 'Pietro Salvi'],
      ['I understand them. We wanted to race as much as they wanted to watch', 'Pietro Salvi'],
    ],
  );
  assert.ok(!claims.some((c) => c.text.includes('right decision')));
});

test('a dashed list with no questions is not read as dialogue', () => {
  const r = suggest(['Budget at a glance', 'The main measures announced on Wednesday:', '– Fuel duty frozen for a further year, said the Treasury.', '– Income tax thresholds unchanged until 2028.'].join('\n\n'));
  const direct = r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind === 'direct');
  assert.deepEqual(direct, []);
});
