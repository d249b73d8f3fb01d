import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs } from './suggestQueries';

test('an acronym that leaves out a country abbreviation in front stands for the full agency name', () => {
  const text = [
    'Space heaters recalled',
    '',
    'The recall was agreed with the US Federal Trade Safety Board on Monday.',
    '',
    'Owners should unplug the heaters at once, the FTSB said.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const board = of(r, 'speaker').find((s) => s.text.endsWith('FTSB'));
  assert.equal(board?.attrs.name, 'US Federal Trade Safety Board');
});

test('a weekday after "on" is not part of an agency name, so the acronym still finds it', () => {
  const text = [
    'Ferry checks ordered',
    '',
    'Inspections were ordered by the UK Coastal Vessel Safety Commission on Friday.',
    '',
    'Older ferries will be checked first, the CVSC said.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const body = of(r, 'speaker').find((s) => s.text.endsWith('CVSC'));
  assert.equal(body?.attrs.name, 'UK Coastal Vessel Safety Commission');
});

test('"the agency" stands for an acronym written only as a possessive before, or in the next sentence', () => {
  const filler = 'The probe carries a spectrometer and a large dish for talking to the ground stations. '.repeat(20);
  const p = pairs(`ESA's Halo probe reached orbit on Friday.\n\n${filler}\n\nA landing next spring remains the goal, the agency maintains. In a statement, ESA said the probe was healthy.\n`);
  assert.deepEqual(p.speakers, [['the agency', 'ESA'], ['ESA', 'ESA']]);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'indirect').map((c) => [c[0], c[2]]), [['A landing next spring remains the goal', 'ESA'], ['the probe was healthy', 'ESA']]);
});

test('initials written with full stops ("the N.P.W.U.") stand for the organisation the page spells out', () => {
  const text = [
    'Dock strike called',
    '',
    'The Northern Ports Workers Union said on Tuesday that its members would walk out next week.',
    '',
    'The N.P.W.U. said talks with the employers had failed after six weeks.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['The Northern Ports Workers Union', 'Northern Ports Workers Union'],
    ['The N.P.W.U', 'Northern Ports Workers Union'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'indirect').map(([c, , who]) => [c, who]), [
    ['its members would walk out next week', 'Northern Ports Workers Union'],
    ['talks with the employers had failed after six weeks', 'Northern Ports Workers Union'],
  ]);
});

test('an acronym that leaves out the place before a public body ("DPS" for a state\'s "Department of Public Safety") stands for that body', () => {
  const p = pairs('Junction shut after crash\n\nThe junction was closed overnight, according to the Nevada Department of Public Safety.\n\nDPS said the driver had been taken to hospital in Reno.\n');
  assert.deepEqual(p.speakers, [
    ['the Nevada Department of Public Safety', 'Nevada Department of Public Safety'],
    ['DPS', 'Nevada Department of Public Safety'],
  ]);
});

test('a short form with lower-case letters the page never defines ("AzDOT") stands for the one organisation it spells; "McAllister" stays a person', () => {
  const text = [
    'Highway reopens',
    '',
    'The Arizona Department of Transportation said the highway would reopen on Friday.',
    '',
    'AzDOT said crews had worked through the night. Gary McAllister, the site foreman, said the last lane was paved at dawn.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['The Arizona Department of Transportation', 'Arizona Department of Transportation'],
    ['AzDOT', 'Arizona Department of Transportation'],
    ['Gary McAllister', 'Gary McAllister'],
  ]);
});

test('a short form in title case the page defines ("… Regulator of Scotland (Wirs)") and "the regulator" take the full name', () => {
  const text = 'Water bills\n\nThe rise is double the cap set by the Water Industry Regulator of Scotland (Wirs) in June.\n\nIn a statement on Friday, Wirs said it had received the application.\n\n"No bill may rise without approval," the regulator said.\n';
  assert.deepEqual(pairs(text).speakers, [
    ['Wirs', 'Water Industry Regulator of Scotland'],
    ['the regulator', 'Water Industry Regulator of Scotland'],
  ]);
});

test('a short form in brackets that takes the small words\' initials too ("(Corfo)") stands for the name before it', () => {
  const text = [
    'Ferry operators warn of fuel costs',
    '',
    'The Council of Rural Ferry Operators (Corfo) said on Tuesday that nine routes could close this winter. "Some islands would be cut off for days," Corfo said.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['The Council of Rural Ferry Operators', 'Council of Rural Ferry Operators'],
    ['Corfo', 'Council of Rural Ferry Operators'],
  ]);
});
