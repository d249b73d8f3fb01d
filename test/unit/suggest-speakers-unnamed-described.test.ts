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
