import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import type { Suggestion } from '../../src/core/model';

function claims(text: string): [string, string, string | undefined][] {
  const r = suggest(text);
  const names = new Map(r.suggestions.filter((s) => s.label === 'speaker').map((s) => [s.id, String(s.attrs.name)]));
  return r.suggestions.filter((s) => s.label === 'claim').map((s) => [String(s.attrs.kind), s.text, s.links?.speaker === undefined ? undefined : names.get(s.links.speaker)]);
}

test('"…, the company said in a filing with the exchange on Monday": the clause before is the claim, not the prepositional phrase', () => {
  const text = 'Lumora Foods Plc posted record sales in the first quarter.\n\nSales rose 18 per cent to N96.2 billion in the three months to March, Lumora Foods said in a filing with the stock exchange on Monday.\n';
  assert.deepEqual(claims(text)[1], ['indirect', 'Sales rose 18 per cent to N96.2 billion in the three months to March', 'Lumora Foods Plc']);
});

test('"said during a visit to …" followed by no clause is not a reported claim', () => {
  const text = 'The minister Ada Nwosu spoke during a visit to the Kano plant on Friday.\n\nAda Nwosu said during a visit to the plant in Kano on Friday.\n';
  assert.ok(!claims(text).some(([kind]) => kind === 'indirect'));
});

test('"has just announced that A and that B" and "projected on Monday that …" are reported claims of their subjects', () => {
  const text = [
    'The chief electoral officer, Tomas Berg, has just announced that the recount in Nordvik finished at 01:40 and that 18,204 ballots were counted.',
    '',
    'The Northern Water Agency projected Monday that the Silver Lake reservoir will fall below 30 per cent by October.',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['indirect', 'the recount in Nordvik finished at 01:40', 'Tomas Berg'],
    ['indirect', '18,204 ballots were counted', 'Tomas Berg'],
    ['indirect', 'the Silver Lake reservoir will fall below 30 per cent by October', 'Northern Water Agency'],
  ]);
});

test('"said A, noting that B" is two reported claims of the same speaker', () => {
  const text = 'Analyst Wale Adebayo said the figures were better than expected, noting that his team had forecast a loss of N2 billion.\n';
  assert.deepEqual(claims(text), [
    ['indirect', 'the figures were better than expected', 'Wale Adebayo'],
    ['indirect', 'his team had forecast a loss of N2 billion', 'Wale Adebayo'],
  ]);
});

test('"CLAUSE, X told the Courier, though they said …" is two claims of X, and "…, the company said, but added that …" is the company\'s second', () => {
  const r = suggest('Smelter talks\n\nThe smelter is likely to stay shut until the spring, two union sources told the Courier on Tuesday, though they said no final decision had been made.\n\nThe furnace will be relit in April, the company said, but added that half the jobs would go.\n');
  const speaker = (c: Suggestion): string | undefined => r.suggestions.find((s) => s.id === c.links?.speaker)?.attrs.name;
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['two union sources', 'union sources'],
    ['they', 'union sources'],
    ['the company', 'company'],
  ]);
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'claim').map((c) => [c.text, c.attrs.kind, speaker(c)]), [
    ['The smelter is likely to stay shut until the spring', 'indirect', 'union sources'],
    ['no final decision had been made', 'indirect', 'union sources'],
    ['The furnace will be relit in April', 'indirect', 'company'],
    ['half the jobs would go', 'indirect', 'company'],
  ]);
});
