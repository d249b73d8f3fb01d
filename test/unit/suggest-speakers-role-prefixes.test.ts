import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

const story = (...paras: string[]): string => ['Harbour town weighs ferry plan', '', ...paras].join('\n\n') + '\n';
const speakers = (text: string): string[][] => of(suggest(text), 'speaker').map((s) => [s.text, s.attrs.name]);

test("a portfolio of several words ('Minister for Regional Growth') is no part of the minister's name", () => {
  const r = suggest(story('Minister for Regional Growth Tan Wei Ling said on Monday that the ferry would run daily.', 'She said the fares would not rise.'));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Tan Wei Ling', 'Tan Wei Ling'], ['She', 'Tan Wei Ling']]);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Tan Wei Ling', 'Tan Wei Ling']);
  assert.deepEqual(speakers(story('Minister for National Security Omar Haddad wrote in a post that the border would stay open.')), [['Omar Haddad', 'Omar Haddad']]);
});

test("a county supervisor's place and title before the name are left out of it", () => {
  const r = suggest(story('Marin County Supervisor Dana Whitlock, whose district covers the coast, said the county would seek federal aid.', 'Whitlock said crews would work overnight.'));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Dana Whitlock', 'Dana Whitlock'], ['Whitlock', 'Dana Whitlock']]);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Dana Whitlock', 'Dana Whitlock']);
});

test("a plural title opening a list of names ('Trustees A and B') is no part of the first name", () => {
  const r = suggest(story('Trustees Paula Brennan and Ivo Marsh voted against the budget. Brennan said the cuts went too far.', 'She said she would try again.'));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Brennan', 'Paula Brennan'], ['She', 'Paula Brennan']]);
});

test("a barrister's letters after an honorific and a surname ('Ms Keane SC') leave the person already named", () => {
  const r = suggest(story('Defending, Joan Keane SC said her client was remorseful.', 'Ms Keane SC said her client had repaid the money.'));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Joan Keane', 'Joan Keane'], ['Keane', 'Joan Keane']]);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Joan Keane', 'Joan Keane']);
});

test("a weather pattern ('El Niño', 'Hurricane Delia') is no one a pronoun can stand for", () => {
  const r = suggest(story('Dr Rosa Lind of the Harbour Institute said the models agreed.', 'Buoys in the Pacific show that El Niño is forming again. She said the effect could last into winter.'));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Rosa Lind', 'Rosa Lind'], ['She', 'Rosa Lind']]);
  const h = suggest(story('Omar Reyes, the port director, said the gauge had failed.', 'It broke as Hurricane Delia came ashore. He said repairs would take a week.'));
  assert.deepEqual(of(h, 'speaker').map((s) => s.attrs.name), ['Omar Reyes', 'Omar Reyes']);
});

test("a station named after a force ('Tralee Garda Station') is a place, not a person the rank stands for", () => {
  const r = suggest(story(
    'Garda Sergeant Aoife Rooney told the court that the money was never recovered.',
    'The accused was arrested at Tralee Garda Station in March and made admissions, she said.',
    'Under cross-examination, the garda agreed that he had repaid part of the sum.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['Aoife Rooney', 'Aoife Rooney'], ['she', 'Aoife Rooney'], ['the garda', 'Aoife Rooney']]);
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Aoife Rooney', 'Aoife Rooney', 'Aoife Rooney']);
});
