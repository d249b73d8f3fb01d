import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs } from './suggestQueries';

const page = [
  'Brightwell recalls 300,000 kettles over scald risk',
  '',
  'Update: The recall now covers a second model, Brightwell said on Thursday.',
  '',
  'Brightwell Appliances is recalling about 300,000 electric kettles whose lids can open while boiling.',
  '',
  'Brightwell said the fault was traced to a hinge supplier. "We are sorry for the trouble," the company said.',
  '',
  'Homeware Weekly Media Ltd. All rights reserved.',
].join('\n') + '\n';

test('"the company" is the business the story is about, not a publisher named lower down', () => {
  const r = suggest(page);
  const company = of(r, 'speaker').find((s) => s.text === 'the company');
  assert.equal(company?.attrs.name, 'Brightwell Appliances');
});

test('a company written short above its full name ("Brightwell said", then "Brightwell Appliances") gets the full name', () => {
  const r = suggest(page);
  const first = of(r, 'speaker').find((s) => s.text === 'Brightwell');
  assert.equal(first?.attrs.name, 'Brightwell Appliances');
});

test('a company written with "Ltd." keeps the full stop in its name, in its short form too', () => {
  const text = [
    'Bakery chain shuts three shops',
    'Lakemoor Foods Ltd., the family-owned bakery chain, said rising energy bills had made the shops unviable.',
    'Lakemoor said staff would be offered jobs at its other branches.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Lakemoor Foods Ltd.', 'Lakemoor Foods Ltd.'],
    ['Lakemoor', 'Lakemoor Foods Ltd.'],
  ]);
});
