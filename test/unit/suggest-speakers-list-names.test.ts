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

test('"it said" after a firm read as a name stands for the firm; "but it warned" for the body opening the sentence', () => {
  const a = pairs('Harlan Valley Ceramics said in a statement on Monday that its kiln hall would remain closed until Friday. Around 90 people work at the Dunmore plant. Shift workers will still receive their wages, it said.');
  assert.deepEqual(a.speakers, [['Harlan Valley Ceramics', 'Harlan Valley Ceramics'], ['it', 'Harlan Valley Ceramics']]);
  assert.equal(a.claims.find((c) => c[0].startsWith('Shift workers'))?.[2], 'Harlan Valley Ceramics');
  const b = pairs("The Kipsang Coffee Growers' Association welcomed the levy, but it warned that the levy alone would not protect smallholders.");
  assert.deepEqual(b.speakers, [['it', "Kipsang Coffee Growers' Association"]]);
  assert.deepEqual(b.claims.filter((c) => c[1] === 'indirect'), [['the levy alone would not protect smallholders', 'indirect', "Kipsang Coffee Growers' Association"]]);
});

test('"the department" is a ministry and "the thinktank" the institute named as one; "a leading thinktank" is no speaker', () => {
  const r = pairs('The Ministry of Transport and Ports said its timetable had not changed. More than 40 ferries had been ordered since March, the department added. A study by the Harrow Institute, a transport thinktank, suggests most of the boats are past their prime. The thinktank estimated that half the ferries would need replacing. Opposition parties and a leading thinktank argue the plan is behind schedule.');
  assert.deepEqual(r.speakers, [
    ['The Ministry of Transport and Ports', 'Ministry of Transport and Ports'],
    ['the department', 'Ministry of Transport and Ports'],
    ['the Harrow Institute', 'Harrow Institute'],
    ['The thinktank', 'Harrow Institute'],
  ]);
  assert.equal(r.claims.find((c) => c[0].startsWith('half the ferries'))?.[2], 'Harrow Institute');
});

test('"Name, who told MPs that …" makes the name before the relative pronoun the speaker', () => {
  const r = pairs('Critics pointed to the transport secretary, Ruth Calloway, who told MPs in June that the line would be "running again" by 2029.');
  assert.deepEqual(r.speakers, [['Ruth Calloway', 'Ruth Calloway']]);
  assert.deepEqual(r.claims, [['the line would be "running again" by 2029', 'indirect', 'Ruth Calloway']]);
});

test('"said A and that B" with A opening without "that" gives two claims, not only B', () => {
  const r = pairs('The Ministry of Transport said its plans for rural buses were unchanged and that a three-year grant, which starts in April, would let operators buy new vehicles.');
  assert.deepEqual(r.claims, [
    ['its plans for rural buses were unchanged', 'indirect', 'Ministry of Transport'],
    ['a three-year grant, which starts in April, would let operators buy new vehicles', 'indirect', 'Ministry of Transport'],
  ]);
});
