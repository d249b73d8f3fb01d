import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

const labels = (text: string): { speakers: string[]; claims: string[] } => {
  const r = suggest(text);
  return {
    speakers: r.suggestions.filter((s) => s.label === 'speaker').map((s) => s.attrs.name),
    claims: r.suggestions.filter((s) => s.label === 'claim').map((c) => c.text),
  };
};

test('headlines of other stories listed under the article give no speaker or claim', () => {
  const text = [
    'Bridge repairs delayed again',
    '',
    'Repairs to the Old Quay bridge will not finish before June, the county council said on Tuesday, blaming a shortage of steel.',
    '',
    'Read next',
    'Ferry fares to rise by 8% in April, operator says',
    'Harbourmaster: we need a second pier',
  ].join('\n');
  const r = labels(text);
  assert.deepEqual(r.speakers, ['county council']);
  assert.ok(!r.claims.some((c) => /Ferry fares|second pier/.test(c)), JSON.stringify(r.claims));
});

test('a live blog whose entry headlines follow their timestamps keeps those headlines', () => {
  const text = [
    'Storm Ida live: winds ease on the coast',
    '',
    'Winds of 120 km/h were measured on the coast overnight, and 30,000 homes are without power.',
    '09:40',
    'Northgrid: Power Back For Most Homes By Friday',
  ].join('\n');
  const r = labels(text);
  assert.ok(r.claims.some((c) => c.includes('Power Back For Most Homes')), JSON.stringify(r.claims));
  assert.deepEqual(r.speakers, ['Northgrid']);
});

test('a greeting and a title-case line are not assertions', () => {
  const text = [
    'Good evening and welcome to our coverage of the 2026 county elections.',
    '',
    'Turnout reached 61% in Eastvale, up from 48% four years ago.',
    '',
    'Our Editorial Code: The Eastvale Gazette Standards And Values.',
  ].join('\n');
  const r = labels(text);
  assert.deepEqual(r.claims, ['Turnout reached 61% in Eastvale, up from 48% four years ago']);
});
