import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('a quotation split by its attribution gives two direct claims with one speaker', () => {
  const r = suggest('“The harbour will reopen,” harbour master Ingrid Solberg said, “but not before spring.”\n');
  const claims = of(r, 'claim');
  assert.deepEqual(claims.map((c) => [c.text, c.attrs.kind]), [['The harbour will reopen', 'direct'], ['but not before spring', 'direct']]);
  assert.deepEqual(claims.map((c) => speakerOf(r, c)), ['Ingrid Solberg', 'Ingrid Solberg']);
  assert.deepEqual(of(r, 'speaker').map((s) => s.text), ['Ingrid Solberg']);
});

test('a pronoun is resolved to the person the previous sentence is about', () => {
  const r = suggest('Mayor Tomasz Nowak opened the new bridge on a rainy morning.\n\n“It took eleven years of planning,” he said.\n');
  const he = of(r, 'speaker').find((s) => s.text === 'he');
  assert.equal(he?.attrs.name, 'Tomasz Nowak');
  assert.equal(speakerOf(r, of(r, 'claim').find((c) => c.attrs.kind === 'direct')!), 'Tomasz Nowak');
});

test('a later surname gets the canonical full name and titles are stripped from the span', () => {
  const r = suggest('Deputy Health Minister Rosa Alvarez said the clinics would stay open.\n\n“We have the staff,” Alvarez added.\n');
  const speakers = of(r, 'speaker');
  assert.deepEqual(speakers.map((s) => [s.text, s.attrs.name]), [['Rosa Alvarez', 'Rosa Alvarez'], ['Alvarez', 'Rosa Alvarez']]);
});

test('organisations speak too, and "according to X" attributes the clause', () => {
  const r = suggest('The airline cancelled 40 flights, according to the Civil Aviation Authority.\n\nThe Kremlin has said it will not attend the talks.\n');
  const claims = of(r, 'claim').filter((c) => c.attrs.kind === 'indirect');
  assert.deepEqual(claims.map((c) => [c.text, speakerOf(r, c)]), [
    ['The airline cancelled 40 flights', 'Civil Aviation Authority'],
    ['it will not attend the talks', 'Kremlin'],
  ]);
});

test('reported speech after the verb is an indirect claim', () => {
  const r = suggest('Coach Lena Brandt said on Monday that the team would travel without its captain.\n');
  const c = of(r, 'claim')[0];
  assert.equal(c.text, 'the team would travel without its captain');
  assert.equal(c.attrs.kind, 'indirect');
  assert.equal(speakerOf(r, c), 'Lena Brandt');
});

test('Q:/A: transcripts attribute answers to the interviewee and questions are not claims', () => {
  const text = 'Interview with Energy Minister Paul Okoye\n\nEnergy Minister Paul Okoye spoke to reporters.\nQ: Will prices fall?\nA: Prices will fall by the summer.\nQ: And the grid?\nA: The grid is being rebuilt.\n';
  const r = suggest(text);
  const answers = of(r, 'claim').filter((c) => c.rule.startsWith('claim.transcript'));
  assert.deepEqual(answers.map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['Prices will fall by the summer', 'direct', 'Paul Okoye'],
    ['The grid is being rebuilt', 'direct', 'Paul Okoye'],
  ]);
  assert.ok(!of(r, 'claim').some((c) => c.text.includes('Will prices fall')));
});

test('guillemets are quotation marks', () => {
  const r = suggest('«Nous resterons ici», said union leader Sophie Martin, «until the end of the strike.»\n');
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, speakerOf(r, c)]), [['Nous resterons ici', 'Sophie Martin'], ['until the end of the strike', 'Sophie Martin']]);
});

test('an organisation with a possessive, "of", "for" or "and" in its name keeps the whole name', () => {
  const text = [
    'The lorry driver was released on bail, the Marion County Prosecutor’s Office said.',
    'Rail fares will rise by 3 per cent in March, said the Office for Rail and Road.',
    'Flu admissions doubled over the winter, the Centers for Disease Control and Prevention said.',
    '“Exports held up better than expected,” said the Office of National Statistics.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['the Marion County Prosecutor’s Office', 'Marion County Prosecutor’s Office'],
    ['the Office for Rail and Road', 'Office for Rail and Road'],
    ['the Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention'],
    ['the Office of National Statistics', 'Office of National Statistics'],
  ]);
  assert.equal(of(r, 'claim').filter((c) => c.links?.speaker !== undefined).length, 4);
});

test('a person named with an affiliation is the speaker, not the affiliation', () => {
  const text = [
    'Night-shift nurses slept two hours less than day staff, said Omar Haddad of Lakeside University.',
    '“The gap did not close after a week off,” said Lena Brandt of the University of Leeds.',
    'Lena Brandt, a sleep researcher at Lakeside University, said the study was small.',
    'Shift workers also ate more at night, lead author Professor Lena Brandt from Lakeside University said.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Omar Haddad', 'Omar Haddad'],
    ['Lena Brandt', 'Lena Brandt'],
    ['Lena Brandt', 'Lena Brandt'],
    ['Lena Brandt', 'Lena Brandt'],
  ]);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Omar Haddad', 'Lena Brandt', 'Lena Brandt', 'Lena Brandt']);
});

test('reported speech ending in a short quotation is indirect; a quotation on its own is direct', () => {
  const text = [
    'The head teacher, Ruth Mensah, spoke to parents on Monday.',
    'Mensah said the new timetable was “long overdue.”',
    'After the meeting, Mensah said she would “write to every family this week.”',
    '“The children deserve longer breaks,” Mensah said.',
  ].join('\n\n');
  const r = suggest(text);
  const claims = of(r, 'claim').filter((c) => c.attrs.kind !== 'assertion');
  assert.deepEqual(claims.map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['the new timetable was “long overdue.”', 'indirect', 'Ruth Mensah'],
    ['she would “write to every family this week.”', 'indirect', 'Ruth Mensah'],
    ['The children deserve longer breaks', 'direct', 'Ruth Mensah'],
  ]);
});

test('"they" is the plural group named just before', () => {
  const text = [
    'Investigators searched the warehouse on the edge of town for six hours.',
    'They said the fire had been started deliberately.',
    'Mayor Joan Pike visited the site in the afternoon. She said the town would pay for the clean-up.',
    '“We have never seen anything like it,” they said.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['They', 'investigators'],
    ['She', 'Joan Pike'],
  ]);
  const quote = of(r, 'claim').find((c) => c.attrs.kind === 'direct');
  assert.equal(quote?.links?.speaker, undefined, 'a "they" with no group nearby is left unresolved');
});
