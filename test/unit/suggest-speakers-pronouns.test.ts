import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakers } from './suggestQueries';

test('"he" is the last speaker, not the player merely talked about and named again in the claim', () => {
  const text = [
    'Rovers beat Harbour City 3-1 on Saturday.',
    'Manager Dario Costa said Finn Alder had been the best player on the pitch.',
    'Alder limped off ten minutes from the end after a late tackle.',
    'He said Alder would have a scan on Tuesday.',
  ].join('\n\n');
  const r = suggest(text);
  const he = of(r, 'speaker').find((s) => s.text === 'He');
  assert.equal(he?.attrs.name, 'Dario Costa');
  const claim = of(r, 'claim').find((c) => c.text.startsWith('Alder would have a scan'));
  assert.equal(r.suggestions.find((s) => s.id === claim?.links?.speaker)?.attrs.name, 'Dario Costa');
});

test('"she" still goes to the subject of the previous sentence when nobody has spoken', () => {
  const text = ['Judge Maria Okonkwo adjourned the trial until March.', 'She said the jury needed time to read the new evidence.'].join('\n\n');
  const r = suggest(text);
  assert.equal(of(r, 'speaker').find((s) => s.text === 'She')?.attrs.name, 'Maria Okonkwo');
});

test('"it said" is the organisation that spoke last', () => {
  const text = 'All flights from the northern runway were cancelled, the airport operator said. It said passengers would be rebooked free of charge.\n';
  const r = suggest(text);
  const it = of(r, 'speaker').find((s) => s.text === 'It');
  assert.equal(it?.attrs.name, 'airport operator');
  const claim = of(r, 'claim').find((c) => c.text.startsWith('passengers would be rebooked'));
  assert.equal(r.suggestions.find((s) => s.id === claim?.links?.speaker)?.attrs.name, 'airport operator');
});

test('"She kept her “buy” rating but said …": a pronoun sharing its subject with a second verb is resolved, scare quotes and all', () => {
  const { speakers, claims } = pairs('Shares\n\nMaja Lindt estimated that profits would fall. She kept her "buy" rating on the shares but said a merger would help.\n');
  assert.deepEqual(speakers, [
    ['Maja Lindt', 'Maja Lindt'],
    ['She', 'Maja Lindt'],
  ]);
  assert.deepEqual(claims.at(-1), ['a merger would help', 'indirect', 'Maja Lindt']);
});

test('a radio station an interview was given to is not who a later "she" stands for', () => {
  const got = speakers(
    [
      'Speaking to Radio Almsfeld, Green candidate Henrike Vogt said her party had doubled its vote.',
      '"We have changed the conversation," Vogt said. "The rest will follow."',
      'The Social Democrats have provided every Almsfeld mayor since 1950. "This is only the start," she told supporters.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.at(-1), ['she', 'Henrike Vogt']);
});
