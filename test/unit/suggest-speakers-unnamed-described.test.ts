import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('"…, one NATO diplomat, who asked not to be named, told Reuters." speaks the clause, and "The diplomat" is the same source, not the minister before', () => {
  const text = [
    'Alliance split over drone budget',
    '',
    '"We will pay our share," defence minister Kari Nyberg said on Monday.',
    '',
    'Greece and Portugal oppose the higher target, one NATO diplomat, who asked not to be named, told Reuters. The diplomat said six members wanted a slower timetable.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers.filter(([s]) => /diplomat/i.test(s)), [
    ['one NATO diplomat', 'NATO diplomat'],
    ['The diplomat', 'NATO diplomat'],
  ]);
  assert.ok(!p.speakers.some(([s]) => s === 'Reuters'));
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'indirect'), [
    ['Greece and Portugal oppose the higher target', 'indirect', 'NATO diplomat'],
    ['six members wanted a slower timetable', 'indirect', 'NATO diplomat'],
  ]);
});

test('"a source familiar with the Federal Reserve\'s plans, who spoke on condition of anonymity, told …": the named body stays in the source\'s name', () => {
  const text = [
    'Rate cut seen as unlikely',
    '',
    'Borrowing costs will stay on hold until spring, a source familiar with the Federal Reserve\'s plans, who spoke on condition of anonymity, told Bloomberg on Tuesday. The source said two governors had argued for a cut.',
  ].join('\n') + '\n';
  const p = pairs(text);
  const source = 'source familiar with the Federal Reserve\'s plans';
  assert.deepEqual(p.speakers, [
    ['a source familiar with the Federal Reserve\'s plans', source],
    ['The source', source],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['Borrowing costs will stay on hold until spring', source],
    ['two governors had argued for a cut', source],
  ]);
});

test('"A source close to Okafor told …": the source speaks, named after the full name the page gave before', () => {
  const text = [
    'Striker misses training',
    '',
    'Striker Emeka Okafor did not train with the squad on Thursday.',
    '',
    'A source close to Okafor told the Evening Echo that the player was "frustrated" and wanted a transfer.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [['A source close to Okafor', 'source close to Emeka Okafor']]);
  assert.equal(p.claims.find(([c]) => c.startsWith('the player was'))?.[2], 'source close to Emeka Okafor');
});

test('an unnamed person told apart by a phrase after the noun ("a Twitch user in Brazil", "a marshal at the finish") speaks, named without the article', () => {
  const text = [
    'Stream outage angers viewers',
    '',
    'The streaming service went dark for three hours on Saturday.',
    '',
    'A Twitch user in Brazil said the chat had frozen twice before the picture went black; they said the refund offer was "an insult".',
    '',
    'The race will be rerun next month, a marshal at the finish line said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers.filter(([s]) => s !== 'they'), [
    ['A Twitch user in Brazil', 'Twitch user in Brazil'],
    ['a marshal at the finish line', 'marshal at the finish line'],
  ]);
  assert.ok(!p.speakers.some(([, n]) => n === 'Brazil'));
  assert.equal(p.claims.find(([c]) => c.startsWith('the chat had frozen'))?.[2], 'Twitch user in Brazil');
  assert.equal(p.claims.find(([c]) => c.startsWith('The race will be rerun'))?.[2], 'marshal at the finish line');
});

test('"wrote one reader on the paper\'s letters page", "A moderator of the fan forum told …", "A cyclist who saw the crash told …": the described person speaks', () => {
  const text = [
    'Bridge closure row',
    '',
    '"Nobody asked the people who cross it every day," wrote one reader on the paper\'s letters page.',
    '',
    'A moderator of the town\'s community forum told the Courier that the thread had drawn 400 replies.',
    '',
    'A cyclist who saw the crash, who asked not to be named because she works for the council, told the Courier that the barrier had been missing for weeks.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['one reader on the paper\'s letters page', 'reader on the paper\'s letters page'],
    ['A moderator of the town\'s community forum', 'moderator of the town\'s community forum'],
    ['A cyclist who saw the crash', 'cyclist who saw the crash'],
  ]);
  assert.deepEqual(p.claims.map(([c, kind, who]) => [c, kind, who]), [
    ['Nobody asked the people who cross it every day', 'direct', 'reader on the paper\'s letters page'],
    ['the thread had drawn 400 replies', 'indirect', 'moderator of the town\'s community forum'],
    ['the barrier had been missing for weeks', 'indirect', 'cyclist who saw the crash'],
  ]);
});

test('a phrase of time or a named relation after the noun is no description: "said one passenger on Monday", "a neighbour of Mr Ruddock"', () => {
  const text = [
    'Train stuck for hours',
    '',
    'Retired teacher Alan Ruddock, 71, was among those on board.',
    '',
    '"We had no water at all," said one passenger on Monday.',
    '',
    'A neighbour of Mr Ruddock said he had come home exhausted.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['one passenger', 'passenger'],
    ['A neighbour of Mr Ruddock', 'neighbour of Alan Ruddock'],
  ]);
});

test('"According to him" right after an unnamed person spoke stands for that person, not a place or a name met earlier', () => {
  const text = [
    'Lorry sheds load on bypass',
    '',
    'Councillor Dean Hollis said the Marsh Lane junction had been a worry for years.',
    '',
    'A cyclist who saw the crash told the Herald that the lorry had braked hard. According to him, the driver climbed out unhurt.',
    '',
    'One woman at the bus stop said the road was closed for an hour. According to him, the council had been warned.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.equal(p.speakers.find(([s]) => s === 'him')?.[1], 'cyclist who saw the crash');
  // (a woman is no "him")
  assert.ok(!p.speakers.some(([s, n]) => s === 'him' && n === 'woman at the bus stop'));
  assert.notEqual(p.claims.find(([c]) => c.startsWith('the council had been warned'))?.[2], 'woman at the bus stop');
  assert.equal(p.claims.find(([c]) => c.startsWith('the driver climbed out'))?.[2], 'cyclist who saw the crash');
});

test('"X said A; they said B": the pronoun after the semicolon opens a second reported clause of the same speaker', () => {
  const text = [
    'Smart meter glitch',
    '',
    'A Facebook user in Leeds said their meter had shown a £900 bill overnight; they said the supplier had not replied for a week.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['A Facebook user in Leeds', 'Facebook user in Leeds'],
    ['they', 'Facebook user in Leeds'],
  ]);
  assert.deepEqual(p.claims, [
    ['their meter had shown a £900 bill overnight', 'indirect', 'Facebook user in Leeds'],
    ['the supplier had not replied for a week', 'indirect', 'Facebook user in Leeds'],
  ]);
});
