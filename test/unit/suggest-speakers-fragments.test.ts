import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';
import type { Suggestion } from '../../src/core/model';

const claims = (r: { suggestions: Suggestion[] }): [string, string, string | undefined][] => of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]);

test('a quoted fragment inside reported speech makes one indirect claim over the whole clause', () => {
  const r = suggest(
    [
      'Union leader Kasia Nowak said the drivers would return to work with "a deal that respects their hours" by the end of the week.',
      'Finance director Omar Bell admitted the cuts had been "deeper than anyone wanted".',
    ].join('\n\n'),
  );
  assert.deepEqual(claims(r), [
    ['the drivers would return to work with "a deal that respects their hours" by the end of the week', 'indirect', 'Kasia Nowak'],
    ['the cuts had been "deeper than anyone wanted"', 'indirect', 'Omar Bell'],
  ]);
});

test('a quotation right after the verb, "that" or a colon, or followed by its speaker, stays direct', () => {
  const r = suggest(
    [
      'Port manager Ewa Lind said: "The cranes will be back in service on Friday."',
      'Lind told the board that "nobody was hurt in the collapse."',
      '"We lost two days of loading," Lind said.',
    ].join('\n\n'),
  );
  assert.deepEqual(of(r, 'claim').map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['direct', 'Ewa Lind'],
    ['direct', 'Ewa Lind'],
    ['direct', 'Ewa Lind'],
  ]);
});

test('a short scare-quoted phrase in the article\'s own sentence is not a claim', () => {
  const r = suggest('The vote was a defeat for the coalition, whose leader, Ivo Marek, called the outcome "hard but deserved."\n');
  assert.ok(!of(r, 'claim').some((c) => c.attrs.kind === 'direct'), JSON.stringify(claims(r)));
});

test('coordinated reporting verbs give two indirect claims of the same speaker', () => {
  const r = suggest('Team captain Lars Holm conceded the defence had collapsed in the second half but said the squad would be ready for the final.\n');
  assert.deepEqual(claims(r), [
    ['the defence had collapsed in the second half', 'indirect', 'Lars Holm'],
    ['the squad would be ready for the final', 'indirect', 'Lars Holm'],
  ]);
});

test('a reported clause with a fragment after a direct quotation, or after "by telling", is attributed too', () => {
  const r = suggest(
    [
      '"The plan is ready," Mayor Rita Oduya said, adding that the council would "start digging in the spring".',
      'Councillor Ben Tamm opened the meeting by telling members that the budget was "the tightest in a decade."',
    ].join('\n\n'),
  );
  assert.deepEqual(claims(r), [
    ['The plan is ready', 'direct', 'Rita Oduya'],
    ['the council would "start digging in the spring"', 'indirect', 'Rita Oduya'],
    ['the budget was "the tightest in a decade."', 'indirect', 'Ben Tamm'],
  ]);
});
