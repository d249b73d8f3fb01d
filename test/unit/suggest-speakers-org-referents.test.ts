import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { speakerOf } from './suggestQueries';

const attributed = (text: string): (string | undefined)[] => {
  const r = suggest(text);
  return r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind !== 'assertion').map((c) => speakerOf(r, c));
};

test('an unnamed "a consumer group" is never what a later "the company" stands for', () => {
  const got = attributed(
    [
      'A consumer group says the new smart kettle sends usage data abroad.',
      'Brindle Appliances launched the kettle in Manchester on Monday.',
      'The company said in a statement that the data never leaves the device.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.slice(-1), ['Brindle Appliances']);
});

test('"Name, a nonprofit, …" makes a later "the group" that nonprofit', () => {
  const got = attributed(
    [
      'Brindle Appliances launched the kettle in Manchester on Monday.',
      'Fair Plug, a Leeds-based nonprofit, wrote to the trading standards office on Tuesday. In its letter, the group argues that the kettle breaks consumer law.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Fair Plug']);
});

test('"the Authority" alone, capitalised, is the organisation named on the page that ends with it', () => {
  const got = attributed(
    [
      'The Lower Tamsin Water Authority has begun work on a new reservoir.',
      'Half of the budget has been spent, according to figures released by the Authority.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Lower Tamsin Water Authority']);
});
