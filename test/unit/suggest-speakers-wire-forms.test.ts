import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { pairs } from './suggestQueries';

test('"Asked whether …, X said: “…”" gives the quotation, not the question, as the claim', () => {
  const r = pairs('Asked whether she would stand again, Mayor Ilona Varga said: "Not this time, my family comes first."');
  assert.deepEqual(r.claims, [['Not this time, my family comes first', 'direct', 'Ilona Varga']]);
});

test('"“…,” recalls X" and other present-tense feature verbs name the speaker', () => {
  const r = pairs('"We slept in the school gym for a week," recalls Jonas Petrauskas, who drives the village bus.');
  assert.deepEqual(r.claims, [['We slept in the school gym for a week', 'direct', 'Jonas Petrauskas']]);
});

test('"a Downing Street spokesperson added" is an unnamed source named after Downing Street, without its "a"', () => {
  const r = pairs('Ministers met on Monday. A Whitehall spokesperson added that no decision had been taken.');
  assert.deepEqual(r.claims.filter((c) => c[1] === 'indirect'), [['no decision had been taken', 'indirect', 'Whitehall spokesperson']]);
});

test('a feature verb that takes an object is no attribution without a clause ("recalls the flood")', () => {
  const r = pairs('Maria Lindqvist recalls the flood of 1987 every spring when the river rises.');
  assert.ok(!r.claims.some((c) => c[1] === 'indirect'), JSON.stringify(r.claims));
});

test('"X told reporters at a news conference." ends a reported clause like "X said."', () => {
  const text = [
    'Bridge to reopen',
    '',
    'The bridge will reopen to traffic in March, Transport Minister Olu Adeyemi told reporters at a news conference.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const speaker = r.suggestions.find((s) => s.label === 'speaker');
  assert.equal(speaker?.attrs.name, 'Olu Adeyemi');
  const claim = r.suggestions.find((s) => s.label === 'claim' && s.text.startsWith('The bridge will reopen'));
  assert.equal(claim?.attrs.kind, 'indirect');
  assert.equal(claim?.text, 'The bridge will reopen to traffic in March');
});

test('a wire service\'s "This report by … was first published …" note is no claim', () => {
  const text = [
    'Ferry service cut',
    '',
    'The ferry will run twice a day instead of four times from next month, the operator said.',
    '',
    'This report by the Northern Wire Service was first published June 3, 2026.',
  ].join('\n') + '\n';
  const r = suggest(text);
  assert.ok(!r.suggestions.some((s) => s.label === 'claim' && s.text.startsWith('This report')));
});

test('"X took a harder line, arguing in a report on Friday that …": the firm is the speaker and the claim starts after "that"', () => {
  const p = pairs('Wheat fell 2% on Wednesday.\n\nFjordvik Kreditbank took a harder line, arguing in a report early on Friday that poor rains would leave stocks short until the harvest.\n');
  assert.deepEqual(p.speakers, [['Fjordvik Kreditbank', 'Fjordvik Kreditbank']]);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'indirect').map((c) => [c[0], c[2]]), [['poor rains would leave stocks short until the harvest', 'Fjordvik Kreditbank']]);
});

test('"In Lagos, NAME welcomed the ruling but said …": a short opening phrase before a shared subject is passed over', () => {
  const p = pairs('Port ruling\n\nIn Lagos, Transport Commissioner Funmi Adeyemi welcomed the ruling but said that ships would queue for weeks. Meanwhile, Ibrahim Sule accepted the delay but argued it was avoidable.\n');
  assert.deepEqual(p.speakers, [['Funmi Adeyemi', 'Funmi Adeyemi'], ['Ibrahim Sule', 'Ibrahim Sule']]);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'indirect').map((c) => [c[0], c[2]]), [['ships would queue for weeks', 'Funmi Adeyemi'], ['it was avoidable', 'Ibrahim Sule']]);
});
