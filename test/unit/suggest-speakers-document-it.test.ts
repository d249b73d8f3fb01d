import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('"The lawsuit alleges … It also claims X told Y that …": the court paper and the "It" standing for it are no speakers, nor X inside it', () => {
  const text = [
    'Chef sues restaurant group',
    '',
    'Chef Lucia Ferro sued the Oakhaven group on Friday. Her spokesman said she was "owed every penny".',
    '',
    'The complaint alleges that Oakhaven kept €1.2 million in service charges. It also claims Oakhaven told staff in June that tips would be paid monthly.',
    '',
    'Oakhaven Group said on Saturday that the case had no merit. It said it would defend itself in court.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.claims.filter(([c]) => /^(?:The complaint|It also claims)/.test(c)), [
    ['The complaint alleges that Oakhaven kept €1.2 million in service charges', 'assertion', undefined],
    ['It also claims Oakhaven told staff in June that tips would be paid monthly', 'assertion', undefined],
  ]);
  // (only the organisation's "It said" below is a speaker "It")
  assert.deepEqual(p.speakers.filter(([s]) => s === 'It'), [['It', 'Oakhaven Group']]);
  // an organisation's "It said" after it spoke is still the organisation
  assert.equal(p.claims.find(([c]) => c.startsWith('it would defend'))?.[2], 'Oakhaven Group');
  assert.ok(!p.claims.some(([c]) => c === 'tips would be paid monthly'));
});
