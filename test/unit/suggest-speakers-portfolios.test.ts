import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

const story = (...paras: string[]): string => ['Ministers announce funding for housing and the arts', '', ...paras].join('\n\n') + '\n';

test("a minister's portfolio between the title and the name is not part of the name", () => {
  const r = suggest(story(
    "In a statement, Minister for Housing Brid Nolan said: 'The scheme will be extended to every county next year.'",
    '"It is a good day for the sector," said Minister for Arts and Heritage Siobhán Ní Bhriain.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Brid Nolan', 'Brid Nolan'],
    ['Siobhán Ní Bhriain', 'Siobhán Ní Bhriain'],
  ]);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Brid Nolan', 'Siobhán Ní Bhriain']);
});

test('a party or ward in brackets after a councillor leaves the councillor as speaker', () => {
  const r = suggest(story(
    'Cllr Ana Ruiz (Green, Northside), whose ward borders the site, said she would oppose the scheme.',
    'But the cabinet member for housing, Cllr Dev Patel (Lab), said the city had to build 4,000 homes by 2035.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Ana Ruiz', 'Dev Patel']);
  const claims = of(r, 'claim');
  assert.deepEqual(claims.map((c) => [c.attrs.kind, speakerOf(r, c)]), [['indirect', 'Ana Ruiz'], ['indirect', 'Dev Patel']]);
});

test('a South African MEC is a title: its portfolio, before or after it, is no part of the name', () => {
  const r = suggest(story(
    'Taps ran dry across the district on Monday. MEC for Human Settlements and Traditional Affairs Nomsa Dlamini said a repair crew had been sent to the pump station, and she warned that the council could be fined.',
    'Cooperative Governance MEC Sizwe Ntuli said the province would pay for the repairs.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Nomsa Dlamini', 'Nomsa Dlamini'],
    ['she', 'Nomsa Dlamini'],
    ['Sizwe Ntuli', 'Sizwe Ntuli'],
  ]);
});
