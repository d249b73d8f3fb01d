import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('"one of the people" is one of the unnamed group introduced before, named as the group', () => {
  const text = [
    'Rail merger close',
    '',
    'Two people familiar with the plan said on Monday that the rail operators would merge by the autumn.',
    '',
    'The boards could vote as early as Friday, one of the people said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  // (the group's own span is the group rules' business; "one of the people" is what is tested here)
  assert.deepEqual(p.speakers.map(([, name]) => name), ['people familiar with the plan', 'people familiar with the plan']);
  assert.deepEqual(p.speakers[1], ['one of the people', 'people familiar with the plan']);
  assert.deepEqual(p.claims.map(([c, kind, who]) => [c, kind, who]), [
    ['the rail operators would merge by the autumn', 'indirect', 'people familiar with the plan'],
    ['The boards could vote as early as Friday', 'indirect', 'people familiar with the plan'],
  ]);
});

test('"a senior Gulf official, who asked not to be named," is a new unnamed source, and "the official" stays with it', () => {
  const text = [
    'Trawler crew still held',
    '',
    'Rear Admiral Ines Carvalho told reporters in Lisbon that two frigates were now escorting fishing fleets.',
    '',
    'A senior Gulf official, who asked not to be named, said the mediators disagreed over a ransom.',
    '',
    '"Each side is waiting for the other to blink," the official said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Ines Carvalho', 'Ines Carvalho'],
    ['A senior Gulf official', 'senior Gulf official'],
    ['the official', 'senior Gulf official'],
  ]);
  assert.deepEqual(p.claims.slice(1).map(([c, , who]) => [c, who]), [
    ['the mediators disagreed over a ransom', 'senior Gulf official'],
    ['Each side is waiting for the other to blink', 'senior Gulf official'],
  ]);
});

test('"the diplomat" after "a Western diplomat in Lisbon" is that unnamed source, not the spokesman named before', () => {
  const text = [
    'Envoys meet',
    '',
    'Foreign ministry spokesman Karim Haddad told a briefing that no date had been set.',
    '',
    'A Western diplomat in Lisbon said Washington was watching closely.',
    '',
    '"They are happy to let others lead," the diplomat said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  const source = p.speakers.find(([s]) => s === 'A Western diplomat in Lisbon')?.[1];
  assert.match(source ?? '', /^(?:[Aa] )?Western diplomat in Lisbon$/);
  assert.deepEqual(p.speakers, [
    ['Karim Haddad', 'Karim Haddad'],
    ['A Western diplomat in Lisbon', source],
    ['the diplomat', source],
  ]);
  assert.deepEqual(p.claims.find(([c]) => c === 'They are happy to let others lead')?.[2], source);
});

test('someone quoted as "a woman" or "one fisherman" and named in the next sentence ("The woman, Agnes Moffat,") is that person', () => {
  const text = [
    'Fire on the pier',
    '',
    '"The smoke came over the wall in seconds," said a woman walking her dog past the chip shop on Friday.',
    '',
    'The woman, Agnes Moffat, 66, said she had called the fire brigade twice.',
    '',
    '"Everyone just ran," one fisherman, a regular on the pier for forty years, told reporters. The man, Duncan Reid, 70, said the boats had been moved in time.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['a woman', 'Agnes Moffat'],
    ['Agnes Moffat', 'Agnes Moffat'],
    ['one fisherman', 'Duncan Reid'],
    ['Duncan Reid', 'Duncan Reid'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'direct').map(([c, , who]) => [c, who]), [
    ['The smoke came over the wall in seconds', 'Agnes Moffat'],
    ['Everyone just ran', 'Duncan Reid'],
  ]);
});

test('"a shopper said" with no name after it is an unnamed speaker of its own, not the person named before', () => {
  const text = [
    'Street closed',
    '',
    'Council leader Ruth Adair said the road would reopen on Monday.',
    '',
    'A shopper said the street had been closed for hours.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Ruth Adair', 'Ruth Adair'],
    ['A shopper', 'shopper'],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['the road would reopen on Monday', 'Ruth Adair'],
    ['the street had been closed for hours', 'shopper'],
  ]);
});

test('"One steward said" is an unnamed speaker of its own', () => {
  const text = ['Scuffle at full-time', '', 'One steward said the trouble had lasted less than a minute.'].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [['One steward', 'steward']]);
  assert.deepEqual(p.claims, [['the trouble had lasted less than a minute', 'indirect', 'steward']]);
});
