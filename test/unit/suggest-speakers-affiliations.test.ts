import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakerOf } from './suggestQueries';

const story = (...paras: string[]): string => ['Drought talks stall', '', ...paras].join('\n\n') + '\n';

test('an agency name keeps its dotted "U.S." and an inner "on"', () => {
  const r = suggest(story(
    'Reservoir storage fell to a record low in August, according to the U.S. Geological Survey.',
    'The Arizona Council on Water Policy said in a statement that it would appeal the ruling.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['U.S. Geological Survey', 'Arizona Council on Water Policy']);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['U.S. Geological Survey', 'Arizona Council on Water Policy']);
});

test('a party label or an age after a name does not replace the name', () => {
  const r = suggest(story(
    'State Rep. Lena Baca, R-Hobbs, whose voters rely on the aquifer, said the plan would ruin small farms.',
    'Gil Moya, 71, who has farmed the valley since the 1970s, said nobody had asked his opinion.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Lena Baca', 'Gil Moya']);
});

test('the city after an employer is where the speaker works, not the speaker', () => {
  const r = suggest(story(
    'Karel Novak of Moravia Capital in Prague said the central bank would probably wait until autumn.',
    'Tomas Berg at Baltic Freight in Riga said container volumes had fallen by a third.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Karel Novak', 'Tomas Berg']);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Karel Novak', 'Tomas Berg']);
});

test('"the governor\'s spokesperson, Maya Lin, said the state would sue": the state is what she said, not who spoke', () => {
  const text = [
    'State to sue over water rule',
    '',
    "Governor Gavin Thorne's spokesperson, Maya Lin, said the state would sue.",
    '',
    'Lin said papers would be filed on Friday.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Maya Lin', 'Maya Lin'],
    ['Lin', 'Maya Lin'],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['the state would sue', 'Maya Lin'],
    ['papers would be filed on Friday', 'Maya Lin'],
  ]);
});

test('"a lawyer for Tom Reed" speaks for him, and "Ann Price\'s office" for her: neither is the person named', () => {
  const text = [
    'Appeal lodged',
    '',
    'A lawyer for Tom Reed said the verdict would be appealed.',
    '',
    "Senator Ann Price's office said she was recovering in hospital.",
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['A lawyer for Tom Reed', 'lawyer for Tom Reed'],
    ["Ann Price's office", "Ann Price's office"],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['the verdict would be appealed', 'lawyer for Tom Reed'],
    ['she was recovering in hospital', "Ann Price's office"],
  ]);
});
