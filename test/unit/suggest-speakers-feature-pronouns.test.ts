import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers } from './suggestQueries';

test('a place after a capitalised preposition is never the person "she" stands for', () => {
  const text = [
    'Tove Lindahl has restored church organs for thirty years.',
    '',
    'Her workshop is full of pipes. In Kristinehamn, where her brother still plays every Sunday, the organ is older than the town hall.',
    '',
    'She says the bellows are the first thing to fail.',
  ].join('\n');
  assert.deepEqual(speakers(text), [['She', 'Tove Lindahl']]);
});

test('an agency named after its country and a sea are not people', () => {
  const text = [
    'Oskar Brandvold, a marine biologist, has tagged seals for a decade.',
    '',
    'His tags report to Fisheries Norway every hour. The data also cover the North Atlantic.',
    '',
    'He says the colony has halved since 2015.',
  ].join('\n');
  assert.deepEqual(speakers(text), [['He', 'Oskar Brandvold']]);
});

test('"she said" after a quote refers to the person the sentence before it named by role', () => {
  const text = [
    'Inger Salvesen, a professor of glaciology, has measured the ice for 20 years.',
    '',
    'The Polar Shipping Council has said the new rules cost its members millions.',
    '',
    'The professor said she understood the frustration. "I would be angry too," she said.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['The Polar Shipping Council', 'Polar Shipping Council'],
    ['The professor', 'Inger Salvesen'],
    ['she', 'Inger Salvesen'],
  ]);
});

test('a role noun never falls back to the organisation that spoke last', () => {
  const text = [
    'Mbeki, a retired teacher, runs the village library.',
    '',
    'The Regional Education Board said the library would lose its grant.',
    '',
    'The teacher said the books would stay on the shelves.',
  ].join('\n');
  const got = speakers(text);
  assert.ok(!got.some(([s, n]) => s === 'The teacher' && n.includes('Board')), JSON.stringify(got));
  assert.deepEqual(got.find(([s]) => s === 'The teacher'), ['The teacher', 'Mbeki']);
});

test('a surname that is also a country name is still a person ("Patricia Scotland")', () => {
  const text = 'Patricia Scotland chaired the meeting. Scotland said the report would be published in May.';
  assert.deepEqual(speakers(text), [['Scotland', 'Patricia Scotland']]);
});

test('an obituary: "she" is never the minister named "Robert …", a school, a journal or her birth name, but the woman the headline names', () => {
  const text = [
    'Agnes Whitlow, glaciologist who warned of the Alpine retreat – obituary',
    '',
    'Professor Agnes Whitlow, who has died aged 88, measured the Rhône glacier for forty years.',
    '',
    'Her paper in the journal Alpine Studies in 1979 said the ice had thinned by a third. The then environment minister, Robert Caine, told parliament that her numbers were "alarmist".',
    '',
    '"I was called hysterical, a word they never used about the men," she told a newspaper in 1999.',
    '',
    'She was born Agnes Moss on May 2 1937 in Keswick, the daughter of a quarryman. She won a place at Keswick Grammar School and read geology at Durham.',
    '',
    'Her brother kept sheep. The farm flooded twice. A road was built. The village shrank. The chapel closed.',
    '',
    'Asked in 2015 whether she felt vindicated, she told the BBC: "Vindication does not refreeze anything."',
    '',
  ].join('\n');
  const shes = speakers(text).filter(([s]) => /^she$/i.test(s));
  assert.deepEqual(shes, [
    ['she', 'Agnes Whitlow'],
    ['she', 'Agnes Whitlow'],
  ]);
});
