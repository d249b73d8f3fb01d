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

test('a "… Health System" is an organisation, and its first word alone later is short for it', () => {
  const text = [
    'Clinic to close',
    '',
    'Bayview Health System, which bought the clinic in 2019, announced on Monday that it would close in June.',
    '',
    'Bayview said in a statement that patients would be sent to Eastport.',
  ].join('\n') + '\n';
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Bayview Health System', 'Bayview Health System'],
    ['Bayview', 'Bayview Health System'],
  ]);
});

test('"St. Brendan’s Medical Center said": a saint\'s possessive opens the hospital\'s name, it is no owner', () => {
  const text = ['Unit to move', '', 'St. Brendan’s Medical Center said the dialysis unit would move in June.'].join('\n') + '\n';
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['St. Brendan’s Medical Center', 'St. Brendan’s Medical Center']]);
});
