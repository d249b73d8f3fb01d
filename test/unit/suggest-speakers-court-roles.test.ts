import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, speakers } from './suggestQueries';

test('Irish police ranks, written out or abbreviated, are not part of the name', () => {
  const text = [
    'Van driver gave false address, court told',
    'Garda Colm Fahy told the court that the van was seen on the Navan road twice that night.',
    'Det Gda Fahy said that the driver gave a false address in Kells.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Colm Fahy', 'Colm Fahy'],
    ['Fahy', 'Colm Fahy'],
  ]);
});

test('a barrister’s letters after the name are dropped, and a later surname takes the full name', () => {
  const text = [
    'Treasurer repaid charity, court hears',
    'Cross-examined by Oisín Barrett SC, defending, the inspector accepted that the ledger had been lost.',
    'Mr Barrett said his client had repaid most of the money to the charity.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['Barrett', 'Oisín Barrett']]);
});

test('"counsel" with no article is the barrister named before, and "the garda" the officer', () => {
  const text = [
    'Man who broke into shed twice is spared jail',
    'Garda Aoife Clancy told Eamon Kiely BL, prosecuting, that the shed had been broken into twice.',
    'Under cross-examination by Ruth Mallon BL, defending, the garda agreed that no fingerprints were found.',
    'Ms Mallon said her client had moved back to Sligo to care for his mother.',
    '"He has not been in any trouble since," counsel said.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Aoife Clancy', 'Aoife Clancy'],
    ['the garda', 'Aoife Clancy'],
    ['Mallon', 'Ruth Mallon'],
    ['counsel', 'Ruth Mallon'],
  ]);
});

test('a judge who "ruled that" or "found that" speaks the content clause; a study that "found that" is the article\'s own statement', () => {
  const text = [
    'In a reserved judgment on Tuesday, Mr Justice Alan Whitcombe found that the landlord had breached the lease by failing to repair the roof.',
    '',
    'He ruled that the tenants were owed £48,000 in damages.',
    '',
    'A 2024 study found that most leases in the city ignore repair duties.',
  ].join('\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [
    ['Alan Whitcombe', 'Alan Whitcombe'],
    ['He', 'Alan Whitcombe'],
  ]);
  assert.deepEqual(r.claims, [
    ['the landlord had breached the lease by failing to repair the roof', 'indirect', 'Alan Whitcombe'],
    ['the tenants were owed £48,000 in damages', 'indirect', 'Alan Whitcombe'],
    ['A 2024 study found that most leases in the city ignore repair duties', 'assertion', undefined],
  ]);
});

test('"told the court Mr Brandt, then 52, had been …": a titled name and its age open the reported clause', () => {
  const got = pairs('Prosecuting, Dalia Ferraz told the court Mr Brandt, then 52, had been walking home when the defendant attacked him.');
  assert.deepEqual(got.speakers, [['Dalia Ferraz', 'Dalia Ferraz']]);
  assert.deepEqual(got.claims, [['Mr Brandt, then 52, had been walking home when the defendant attacked him', 'indirect', 'Dalia Ferraz']]);
});

test('"told the board her lease had …": a possessive with its noun and verb opens the reported clause after the listener', () => {
  const got = pairs('Ines Calder, who runs a bakery on the square, told the board her lease had doubled since the spring.');
  assert.deepEqual(got.speakers, [['Ines Calder', 'Ines Calder']]);
  assert.deepEqual(got.claims, [['her lease had doubled since the spring', 'indirect', 'Ines Calder']]);
  // a possessive with no verb after its noun is an object, not a clause: no reported speech
  assert.deepEqual(pairs('Ines Calder told the board her plans for the square.').speakers, []);
});

test('a name with a role or a "whose" clause in apposition, then "… and said" / "… but said": the name speaks the second verb', () => {
  const a = pairs('In a letter, Omar Vidal, a spokesman for the port, called the decision hasty and said the terminal would stay open.');
  assert.deepEqual(a.speakers, [['Omar Vidal', 'Omar Vidal']]);
  assert.deepEqual(a.claims, [['the terminal would stay open', 'indirect', 'Omar Vidal']]);
  const b = pairs('Nell Ostrow, whose farm borders the quarry, welcomed the fine but said the dust had not stopped.');
  assert.deepEqual(b.speakers, [['Nell Ostrow', 'Nell Ostrow']]);
  assert.deepEqual(b.claims, [['the dust had not stopped', 'indirect', 'Nell Ostrow']]);
});
