import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('an organisation whose name holds a list with commas is read whole, and "the department" is it', () => {
  const r = pairs('The Department for Science, Innovation and Technology said its grants scheme had not changed. Funding for 40 new laboratories was secure, the department added.');
  assert.deepEqual(r.speakers, [
    ['The Department for Science, Innovation and Technology', 'Department for Science, Innovation and Technology'],
    ['the department', 'Department for Science, Innovation and Technology'],
  ]);
  assert.deepEqual(r.claims.map((c) => c[2]), ['Department for Science, Innovation and Technology', 'Department for Science, Innovation and Technology']);
});

test('a person with a role of a firm and a second apposition speaks, not the firm', () => {
  const r = pairs('Coffee traders were more cautious. Maria Wanjiku Kamau, managing director of Blue Ridge Coffee Traders, one of the firms that grade beans for the Nairobi sale, cautioned that weekly figures could mislead growers.');
  assert.deepEqual(r.speakers, [['Maria Wanjiku Kamau', 'Maria Wanjiku Kamau']]);
  assert.deepEqual(r.claims, [['weekly figures could mislead growers', 'indirect', 'Maria Wanjiku Kamau']]);
});

test('a bay named after a preposition is no person a later "she" stands for', () => {
  const r = pairs('On a Monday night in March, with rain blowing off Penobscot Bay, Mirela Strand-Okoye trims fennel behind the counter at Saltgrain. “Cooking is patience,” she says.');
  assert.deepEqual(r.speakers, [['she', 'Mirela Strand-Okoye']]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'direct'), [['Cooking is patience', 'direct', 'Mirela Strand-Okoye']]);
});
