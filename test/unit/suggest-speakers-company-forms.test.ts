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

test('"the company" after an analyst "at … Bank" is still the business the story is about, and "the group" is not an agency named later', () => {
  const text = [
    'Dorfmann lowers forecast after grid ruling',
    '',
    'HAMBURG, Nov 18 (Reuters) - Power supplier Dorfmann Energie (DORF.DE) lowered its outlook for the year on Wednesday, blaming a proposed cap on network returns.',
    '',
    'The Bonn-based group said it now saw core profit of 4.6 billion euros for 2026.',
    '',
    'Nine-month sales slipped 4%, the company said.',
    '',
    "The country's Federal Network Agency set out the proposed cap in a consultation paper this month.",
    '',
    '"The cap matters more than the quarter," said Anke Roth, an analyst at Weber Bank in Frankfurt. Dorfmann shares fell 7%.',
    '',
    'The company said it would keep its dividend at 1.15 euros per share.',
    '',
  ].join('\n');
  const { speakers } = pairs(text);
  assert.deepEqual(speakers, [
    ['The Bonn-based group', 'Dorfmann Energie'],
    ['the company', 'Dorfmann Energie'],
    ['Anke Roth', 'Anke Roth'],
    ['The company', 'Dorfmann Energie'],
  ]);
});

test('a phone maker named "… Mobile" is a business, not a person: "the company" is it', () => {
  const text = [
    'Korvo keeps Beacon off Canadian phones',
    '',
    'Korvo Mobile says Beacon, its voice helper, will not ship on handsets sold in Canada for now. The company said its lawyers were still studying the privacy rules.',
    '',
    '"Beacon never sends your voice to our servers," the company wrote in a blog post on Thursday.',
    '',
  ].join('\n');
  const { speakers, claims } = pairs(text);
  assert.deepEqual(speakers, [
    ['Korvo Mobile', 'Korvo Mobile'],
    ['The company', 'Korvo Mobile'],
    ['the company', 'Korvo Mobile'],
  ]);
  assert.deepEqual(claims.find((c) => c[0] === 'Beacon never sends your voice to our servers'), ['Beacon never sends your voice to our servers', 'direct', 'Korvo Mobile']);
});

test('an ampersand joins a company\'s name ("Harlow & Finch", "B&Q"), and "(H&F)" defined after it stands for it', () => {
  const text = [
    'Hardware chains report',
    '',
    'Harlow & Finch (H&F) said sales had risen by 4%. H&F said it would open ten stores. B&Q said trading was flat.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['Harlow & Finch', 'Harlow & Finch'],
    ['H&F', 'Harlow & Finch'],
    ['B&Q', 'B&Q'],
  ]);
});
