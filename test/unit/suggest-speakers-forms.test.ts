import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakerOf } from './suggestQueries';

test('a role named by its principal is a speaker of its own', () => {
  const r = suggest(['"We will not comment on rumours," Chancellor Olaf Brenner’s spokeswoman told reporters.', 'The union’s lawyer said the strike was legal.'].join('\n\n'));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Olaf Brenner’s spokeswoman', 'Olaf Brenner’s spokeswoman'],
    ['The union’s lawyer', 'union’s lawyer'],
  ]);
  assert.ok(of(r, 'claim').every((c) => speakerOf(r, c) !== undefined));
});

test('several lower-case words may describe the speaker after "said"', () => {
  const r = suggest('"The course is faster than last year," said two-time former winner Kofi Mensah on local radio.\n');
  assert.deepEqual(of(r, 'claim').map((c) => [c.attrs.kind, speakerOf(r, c)]), [['direct', 'Kofi Mensah']]);
});

test('"a statement from X …, saying …" attributes the clause to X', () => {
  const r = suggest('A statement from the Harbour Board also confirmed the closure, saying the pier would reopen after an inspection in June.\n');
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [['the pier would reopen after an inspection in June', 'indirect', 'Harbour Board']]);
});

test('reported speech before a direct quotation in the same sentence is claimed too', () => {
  const r = suggest('Deputy Mayor Ines Falk said the tram line had been delayed by two years and the city wanted to “start again with a clean sheet,” she added.\n');
  assert.deepEqual(of(r, 'claim').map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['indirect', 'Ines Falk'],
    ['direct', 'Ines Falk'],
  ]);
  assert.ok(of(r, 'claim')[0].text.startsWith('the tram line had been delayed by two years'));
});

test('a clock time at the end of a sentence ends it, one before a weekday does not', () => {
  const r = suggest('Polling stations close at 10 p.m. The count starts on Friday morning in 14 halls across Northshire.\n\nThe first results are due at 7 a.m. Saturday in the county hall of Northshire.\n');
  const texts = of(r, 'claim').map((c) => c.text);
  assert.ok(texts.includes('The count starts on Friday morning in 14 halls across Northshire'), JSON.stringify(texts));
  assert.ok(texts.includes('The first results are due at 7 a.m. Saturday in the county hall of Northshire'), JSON.stringify(texts));
});

test('a headline attributed to an unnamed report has no speaker', () => {
  const r = suggest('Ferry Operator to Cut Winter Sailings by Half, Report Says\n\nThe operator has not commented.\n');
  assert.deepEqual(of(r, 'speaker').map((s) => s.text), []);
});

test('a TV page: an age stands for the person, emoji and a closing attribution stay out of the claim', () => {
  const text = [
    'Presenter Dana Whitlock has said she is leaving Morning Live after nine years, the broadcaster confirmed on Sunday. 📺',
    '',
    'In a post on Instagram, Whitlock told followers she wanted "more time at home with the family."',
    '',
    '"It has been the privilege of my life," the 48-year-old said. ❤️',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['she is leaving Morning Live after nine years', 'indirect', 'Dana Whitlock'],
    ['she wanted "more time at home with the family."', 'indirect', 'Dana Whitlock'],
    ['It has been the privilege of my life', 'direct', 'Dana Whitlock'],
  ]);
  assert.equal(of(r, 'speaker').find((s) => s.text === 'the 48-year-old')?.attrs.name, 'Dana Whitlock');
});

test('a wire story: unnamed sources are the speaker and the dateline stays out of the claim', () => {
  const r = suggest('OSLO, June 2 (Reuters) - Norway\'s largest salmon farmer will close two hatcheries this year, three people familiar with the plans said on Monday.\n');
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ["Norway's largest salmon farmer will close two hatcheries this year", 'indirect', 'people familiar with the plans'],
  ]);
});

test('a quantity in words makes a sentence checkable; "the two leaders" alone does not', () => {
  const r = suggest('The festival sold out in four hours for the first time in its history.\n\nThe two leaders shook hands before the talks began in private.\n');
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind]), [['The festival sold out in four hours for the first time in its history', 'assertion']]);
});

test('an occupation before a name is not part of it, and "X and Y Directorate" is one organisation', () => {
  const text = [
    'Volcanologist Sigrun Eyolfsdottir said the eruption could last for months.',
    'Rivers in the west are at record levels, according to the Icelandic Roads and Coastal Directorate.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Sigrun Eyolfsdottir', 'Sigrun Eyolfsdottir'],
    ['the Icelandic Roads and Coastal Directorate', 'Icelandic Roads and Coastal Directorate'],
  ]);
});

test('"said one farmer" is someone new, not the person quoted before', () => {
  const r = suggest('"The field is under water," farmer Ruth Adeyemi said.\n\n"We will lose the whole crop," said one neighbouring farmer, who did not want to be named.\n');
  const claims = of(r, 'claim');
  assert.equal(speakerOf(r, claims[0]), 'Ruth Adeyemi');
  assert.equal(speakerOf(r, claims[1]), 'neighbouring farmer');
});

test('"X welcomed the plan but said …": the second verb shares the subject, and a plural possessive inside an organisation’s name stays', () => {
  const text = [
    "The Union of Harbour Pilots' Associations welcomed the new tugs but said the training budget was still too small.",
    'Ferry captain Ola Brenne met the minister and said the crossings would be cut in winter.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ["The Union of Harbour Pilots' Associations", "Union of Harbour Pilots' Associations"],
      ['Ola Brenne', 'Ola Brenne'],
    ],
    claims: [
      ['the training budget was still too small', 'indirect', "Union of Harbour Pilots' Associations"],
      ['the crossings would be cut in winter', 'indirect', 'Ola Brenne'],
    ],
  });
});

test('", with X saying …" makes X the speaker of what follows, and the clause before "with" the article\'s own', () => {
  const p = pairs('Mill to close\n\nThe Harrowgate paper mill will close in March, with owner Petra Lindqvist saying orders had halved since the spring.\n\nShares in the group fell 9%, with analysts warning that a second mill could follow.\n');
  assert.deepEqual(p.speakers, [['Petra Lindqvist', 'Petra Lindqvist'], ['analysts', 'analysts']]);
  assert.deepEqual(p.claims, [
    ['The Harrowgate paper mill will close in March', 'assertion', undefined],
    ['orders had halved since the spring', 'indirect', 'Petra Lindqvist'],
    ['Shares in the group fell 9%', 'assertion', undefined],
    ['a second mill could follow', 'indirect', 'analysts'],
  ]);
});

test('"The farming group Green Acres Network welcomed the plan but warned that …": the named body speaks', () => {
  const got = pairs('The farming group Green Acres Network welcomed the plan but warned that the water target was too low.');
  assert.deepEqual(got.speakers, [['Green Acres Network', 'Green Acres Network']]);
  assert.deepEqual(got.claims, [['the water target was too low', 'indirect', 'Green Acres Network']]);
});
