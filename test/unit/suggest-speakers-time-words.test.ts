import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, speakers } from './suggestQueries';

test('a time zone before a weekday is no person a later pronoun can stand for', () => {
  const p = pairs('The briefing began at 2 p.m. EDT Thursday, and Ana Ruiz said the probe was healthy. She said the team would publish results in March.\n');
  assert.deepEqual(p.speakers, [['Ana Ruiz', 'Ana Ruiz'], ['She', 'Ana Ruiz']]);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'indirect').map((c) => c[2]), ['Ana Ruiz', 'Ana Ruiz']);
});

test('a weekday after a role word is not taken for the name of the role holder', () => {
  assert.deepEqual(speakers('The river rose two metres overnight, the harbour master said on Tuesday.\n').filter(([, name]) => name === 'Tuesday'), []);
});

test('a subject inside an "after" clause does not speak for the clause before the comma', () => {
  const p = pairs('Grain prices slid 3% on Friday to a four-year low, after members of the export pact including Norway agreed on Sunday to lift shipments by 200,000 tonnes in May.\n');
  assert.deepEqual(p.speakers, []);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'indirect'), []);
});

test('a plain "CLAUSE, X said" still attributes the clause', () => {
  const p = pairs('The ferry will not sail until the storm passes, Transport Minister Ola Brekke said on Monday.\n');
  assert.deepEqual(p.claims.map((c) => [c[1], c[2]]), [['indirect', 'Ola Brekke']]);
});
