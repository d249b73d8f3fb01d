import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { claimKinds as claims, of } from './suggestQueries';


test('a topic name before a colon in the page headline is no speaker and the headline is no claim', () => {
  const text = [
    'Lena Vogt: Harbour City agree £20m fee with Alder Rovers for German midfielder',
    'Harbour City agree fee with Alder Rovers for Lena Vogt; midfielder to have medical on Thursday; manager Rob Kerr says deal is "nearly done"',
    '',
    'Harbour City have agreed a £20m fee with Alder Rovers for midfielder Lena Vogt.',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'speaker').map((s) => s.text), []);
  assert.deepEqual(claims(text), [['assertion', 'Harbour City have agreed a £20m fee with Alder Rovers for midfielder Lena Vogt']]);
});

test('a live-blog entry headed "Result: …" or "Recap: …" names no speaker and makes no claim', () => {
  const text = [
    'Council by-election live',
    '01.12 GMT',
    'Result: Greens gain Millbrook East',
    'Ruth Amadi has won Millbrook East for the Green party with 2,431 votes.',
    '00.40 GMT',
    'Recap: turnout low in the rain',
    'Turnout was 24.8%, the lowest in the ward since 2004.',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'speaker').map((s) => s.text), []);
  assert.deepEqual(claims(text), [
    ['assertion', 'Ruth Amadi has won Millbrook East for the Green party with 2,431 votes'],
    ['assertion', 'Turnout was 24.8%, the lowest in the ward since 2004'],
  ]);
});

test('a link to a video with its running time is chrome', () => {
  const text = ['📺 Rob Kerr says the squad is ready for the derby ▶ 1:58', '', 'Harbour City host Alder Rovers on Saturday, with kick-off at 3pm.'].join('\n');
  const r = suggest(text);
  assert.equal(r.boilerplate.length, 1);
  assert.deepEqual(claims(text), [['assertion', 'Harbour City host Alder Rovers on Saturday, with kick-off at 3pm']]);
});

test('a "Name: statement" entry inside a live blog still credits the name', () => {
  const text = ['Flood live', '10.02 GMT', 'The Environment Agency says river levels will peak tonight.', '09.40 GMT', 'Ines Carter: Insurers Must Pay Out Within A Month', 'The housing minister posted the message shortly after nine.'].join('\n');
  assert.ok(claims(text).some(([kind, t]) => kind === 'indirect' && t === 'Insurers Must Pay Out Within A Month'));
});

test('a standfirst between the headline and the byline is no claim, full stop or not', () => {
  const text = [
    'Orchestra cancels autumn season as players walk out over pay',
    'The Halden Philharmonic\'s October concerts are off, and its musicians are blaming the board.',
    'By Wenna Tregothnan',
    '',
    'The Halden Philharmonic cancelled all 14 of its autumn concerts on Tuesday after 60 players walked out.',
    '',
  ].join('\n');
  assert.deepEqual(claims(text), [['assertion', 'The Halden Philharmonic cancelled all 14 of its autumn concerts on Tuesday after 60 players walked out']]);
});

test('items under "Key points" written as sentences are assertions without a full stop; headline-style items are not', () => {
  const text = [
    'Harbour vote: results as they come in',
    '',
    'Key points',
    'The Greens are on course to win the most seats on the harbour board',
    'Turnout fell to 31 percent in the northern wards',
    'Recount ordered in Eastquay',
    'Shares in the port operator up 2%',
    '',
    'The count began at 10pm on Thursday in the Corn Exchange.',
    '',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['assertion', 'The Greens are on course to win the most seats on the harbour board'],
    ['assertion', 'Turnout fell to 31 percent in the northern wards'],
    ['assertion', 'The count began at 10pm on Thursday in the Corn Exchange'],
  ]);
});

test('a summary line right above an "Author:" byline gives no claim and no speaker, whatever the headline above it looks like', () => {
  const text = [
    'LOCAL NEWS',
    'Fire chief: six homes lost as wildfire jumps Route 9',
    'Crews say a downed power line started the blaze near Millford.',
    'Author: Dana Okafor (WKTV)',
    'Published: 6:10 PM CST March 3, 2026',
    '',
    'A wildfire destroyed six homes near Millford on Tuesday, the county fire chief said.',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').filter((s) => s.text === 'Crews'), []);
  assert.deepEqual(of(r, 'claim').filter((c) => c.text.includes('downed power line')), []);
});
