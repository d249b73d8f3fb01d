import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakers } from './suggestQueries';

test('an age between a name and "said:" does not hide the speaker', () => {
  const text = [
    'Bakery owner praised after flood',
    '',
    'Customer Dorothy Wainwright, 72, said: "She kept the ovens going for all of us."',
    '',
    'Marcus Bell, 45, said the street had been under water for two days.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const names = of(r, 'speaker').map((s) => s.attrs.name);
  assert.ok(names.includes('Dorothy Wainwright'), JSON.stringify(names));
  assert.ok(names.includes('Marcus Bell'), JSON.stringify(names));
  const quote = of(r, 'claim').find((c) => c.text.startsWith('She kept the ovens'));
  assert.ok(quote !== undefined);
});

test('"cops said" is credited to the police force named on the page', () => {
  const text = [
    'Raid on post office',
    '',
    'Detectives from Northumbria Police are studying CCTV footage.',
    '',
    'The gang escaped in a silver hatchback, cops said.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const cops = of(r, 'speaker').find((s) => s.text === 'cops');
  assert.equal(cops?.attrs.name, 'Northumbria Police');
  const claim = of(r, 'claim').find((c) => c.text.startsWith('The gang escaped'));
  assert.equal(claim?.attrs.kind, 'indirect');
});

test('"the mum-of-two said" stands for the person the story has just named', () => {
  const text = [
    'Dog walker rescues swan',
    '',
    'Dog walker Jodie Marsh waded into the canal on Tuesday to free a swan caught in fishing line.',
    '',
    'The mum-of-two said the bird had been trapped for hours.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const mum = of(r, 'speaker').find((s) => s.text === 'The mum-of-two');
  assert.equal(mum?.attrs.name, 'Jodie Marsh');
  const claim = of(r, 'claim').find((c) => c.text.startsWith('the bird had been trapped'));
  assert.equal(claim?.attrs.kind, 'indirect');
});

test('"the Mensah family said" is one speaker, and a later "They said" is the family', () => {
  const text = [
    'Family thanks rescuers',
    '',
    'In a statement, the Mensah family said: "We cannot thank the lifeboat crew enough."',
    '',
    'They said their son was recovering at home.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const speakers = of(r, 'speaker');
  assert.equal(speakers.find((s) => s.text === 'the Mensah family')?.attrs.name, 'Mensah family');
  assert.equal(speakers.find((s) => s.text === 'They')?.attrs.name, 'Mensah family');
});

test('a family epithet before a name ("Mum-of-three") is stripped from the span like a title', () => {
  const p = pairs('Mum-of-three Gail Hewitt, 38, said the nearest swimming pool was two buses away.\n\n“We have no car,” she said.\n');
  assert.deepEqual(p.speakers, [['Gail Hewitt', 'Gail Hewitt'], ['she', 'Gail Hewitt']]);
  assert.deepEqual(p.claims.map((c) => c[2]), ['Gail Hewitt', 'Gail Hewitt']);
});

test('tabloid sources: "Her rep", "A pal of the star", "Insiders at <broadcaster>" are named after whom they speak for', () => {
  const text = [
    'Reality TV star Kayla Dunmore has split from her boyfriend, the rugby player Owen Priddy.',
    '',
    'Her rep said the couple remained friends.',
    '',
    'A pal of the star added that she was "doing OK".',
    '',
    'Insiders at Channel Nine said bosses were keen to sign her for a new show.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Her rep', 'rep of Kayla Dunmore'],
    ['A pal of the star', 'pal of Kayla Dunmore'],
    ['Insiders at Channel Nine', 'insiders at Channel Nine'],
  ]);
});
