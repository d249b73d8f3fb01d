import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('a paragraph opening with a straight single quote is a quotation, split by its attribution', () => {
  const text = [
    'Choir left without a rehearsal hall',
    '',
    "'The hall has served us for forty years,' said festival director Aoife Brennan. 'But the heating fails every January.'",
    '',
    "'We asked for help in March and we're still waiting,' said the choir's conductor, Liam Doyle. 'Fifty singers have nowhere to go.'",
  ].join('\n') + '\n';
  const r = suggest(text);
  const claims = of(r, 'claim');
  assert.deepEqual(claims.map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['direct', 'Aoife Brennan'],
    ['direct', 'Aoife Brennan'],
    ['direct', 'Liam Doyle'],
    ['direct', 'Liam Doyle'],
  ]);
  assert.equal(claims[2].text, "We asked for help in March and we're still waiting");
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Aoife Brennan', 'Liam Doyle']);
});
