import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

const pairs = (text: string): { speakers: [string, string][]; claims: [string, string | undefined][] } => {
  const r = suggest(text);
  const name = (id: string | undefined): string | undefined => r.suggestions.find((s) => s.id === id)?.attrs.name;
  return {
    speakers: r.suggestions.filter((s) => s.label === 'speaker').map((s) => [s.text, s.attrs.name]),
    claims: r.suggestions.filter((s) => s.label === 'claim').map((c) => [c.text, name(c.links?.speaker)]),
  };
};

test('"told KTVX A, but said B": the station is not the speaker and B is a second claim', () => {
  const r = pairs('Sheriff Lonnie Pratt told KTVX 4 News the driver was not impaired, but said speed was a factor.');
  assert.deepEqual(r.speakers, [['Lonnie Pratt', 'Lonnie Pratt']]);
  assert.deepEqual(r.claims, [
    ['the driver was not impaired', 'Lonnie Pratt'],
    ['speed was a factor', 'Lonnie Pratt'],
  ]);
});

test('"Officials with the X Department said" credits the department', () => {
  const r = pairs('Officials with the Marlow County Water Department said the boil notice would stay in place until Monday.');
  assert.deepEqual(r.speakers, [['Marlow County Water Department', 'Marlow County Water Department']]);
});

test('"the group" stands for a "Friends of …" campaign group named before', () => {
  const p = pairs('The council plans to shut the Elm Road lido in July.\n\nFriends of Elm Road Lido, which was set up last year, has gathered 1,200 signatures on a petition. The group said on its website that it would hand the petition to councillors on May 3.\n');
  assert.deepEqual(p.speakers, [['The group', 'Friends of Elm Road Lido']]);
  assert.deepEqual(p.claims.filter((c) => c[1] !== undefined), [['it would hand the petition to councillors on May 3', 'Friends of Elm Road Lido']]);
});
