// What a later mention of a speaker stands for: a councillor's short title, an organisation's
// description, a pronoun, a surname — resolved to the full name given on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers } from './suggestQueries';

test('"Cr Lindqvist" (an Australian councillor) and "the mayor" are the mayor named before (the title stays out of the span)', () => {
  const text = [
    'Wattle Creek Shire Mayor Ingrid Lindqvist said the council had written to the state twice about the road.',
    '',
    '"People are driving forty minutes around a washed-out bridge," Cr Lindqvist said.',
    '',
    'According to the mayor, the shire has set aside money for a temporary crossing.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Ingrid Lindqvist', 'Ingrid Lindqvist'],
    ['Lindqvist', 'Ingrid Lindqvist'],
    ['the mayor', 'Ingrid Lindqvist'],
  ]);
});

test('"X, the state agency running the scheme, said": "It" and "the agency" are X, not a service named in the footer', () => {
  const text = [
    'Coastal Homes Tasmania, the state agency running the buyback scheme, said on Friday that it had bought 31 houses.',
    '',
    'It said valuations had taken longer than planned because of the floods.',
    '',
    '"We know families have been waiting too long," the agency said.',
    '',
    'This program may include material from the Northern Wire Service which is copyrighted.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Coastal Homes Tasmania', 'Coastal Homes Tasmania'],
    ['It', 'Coastal Homes Tasmania'],
    ['the agency', 'Coastal Homes Tasmania'],
  ]);
});

test('a short form the page defines in brackets ("(DfE)") is the organisation\'s full name, and so is "It" after it', () => {
  const text = [
    'The Department for Education (DfE) publishes figures on school absence every term.',
    '',
    'The DfE said that the new figures would include pupils educated at home. It said the autumn figures would be out in May.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['The DfE', 'Department for Education'],
    ['It', 'Department for Education'],
  ]);
});
