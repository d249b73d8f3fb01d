import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of } from './suggestQueries';

const names = (text: string): [string, string | undefined][] => of(suggest(text), 'speaker').map((s) => [s.text, s.attrs.name]);

test('a company first written with "Inc." keeps the full stop in its short mentions', () => {
  const text = [
    'Brindle Optics Inc. agreed to buy a lens maker in Oslo for $2 billion.',
    'Brindle said the purchase would close in the spring.',
  ].join('\n\n');
  assert.deepEqual(names(text), [['Brindle', 'Brindle Optics Inc.']]);
});
