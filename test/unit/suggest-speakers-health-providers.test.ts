import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of } from './suggestQueries';

test('"the hospital network" stands for the health provider named on the page, not the health ministry', () => {
  const text = [
    'Operations cancelled after cyberattack on hospitals',
    '',
    'More than 900 operations have been postponed across Northgate Valley Health and its four hospitals since the attack, according to the Ministry of Health.',
    '',
    'No patient data has been published, the hospital network said on Monday.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const network = of(r, 'speaker').find((s) => s.text === 'the hospital network');
  assert.equal(network?.attrs.name, 'Northgate Valley Health');
});
