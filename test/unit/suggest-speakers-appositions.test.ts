import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, speakers } from './suggestQueries';

test('a role and a name in apposition at the end of a reported sentence are the speaker', () => {
  const text = [
    'Beekeeper dies at 91',
    'He had kept bees on the same hillside for seventy years and died at home in his sleep, his granddaughter, Ottilie Brandvik-Moe, said.',
    'The society will plant a memorial orchard at its apiary next spring, Juris Avotins, its secretary, said.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['Ottilie Brandvik-Moe', 'Ottilie Brandvik-Moe'],
      ['Juris Avotins', 'Juris Avotins'],
    ],
    claims: [
      ['He had kept bees on the same hillside for seventy years and died at home in his sleep', 'indirect', 'Ottilie Brandvik-Moe'],
      ['The society will plant a memorial orchard at its apiary next spring', 'indirect', 'Juris Avotins'],
    ],
  });
});

test('"said in a video posted on its website that …" reports a claim of the person named before', () => {
  const text = ['Ferry fares to rise', 'Ines Corvalan, operations director of Skerry Ferries, said in a video posted on the firm’s website that winter timetables would start a week early.'].join('\n\n');
  assert.deepEqual(pairs(text).claims, [['winter timetables would start a week early', 'indirect', 'Ines Corvalan']]);
});

test('a place at the end of a relative clause is not the speaker', () => {
  const text = ['Fuel prices', 'Royce Amberley, who runs a tyre shop in Dunmore, about ten miles from the coast, told the Courier that his customers fill up across the county line.'].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['Royce Amberley', 'Royce Amberley']],
    claims: [['his customers fill up across the county line', 'indirect', 'Royce Amberley']],
  });
});

test('after a quotation, a role with the name in apposition ("the report’s co-author, Dr …, told") is that person', () => {
  const text = ['Otters return to city canals', '“We counted otters on nine of the twelve canals we surveyed,” the survey’s co-author, Dr Hanne Vestergaard, told the Courier.'].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['Hanne Vestergaard', 'Hanne Vestergaard']],
    claims: [['We counted otters on nine of the twelve canals we surveyed', 'direct', 'Hanne Vestergaard']],
  });
});

test('"she said at least …" reports a claim, not a place where it was said', () => {
  const text = ['Toll bridge plan', 'Mirela Dascalu opened the hearing for the county.', 'She said at least three bridges in the valley charge a toll already.'].join('\n\n');
  assert.deepEqual(pairs(text).claims.filter((c) => c[1] === 'indirect'), [['at least three bridges in the valley charge a toll already', 'indirect', 'Mirela Dascalu']]);
});

test('the places an unnamed group lives in are not a speaker', () => {
  const text = ['Bus route cut', 'Villagers in Ashby Parva and Little Hemsted say the new timetable leaves them stranded after 6pm.'].join('\n\n');
  assert.deepEqual(pairs(text).speakers, []);
});

test('"X noted that …, and added: “…”" credits the quotation to X', () => {
  const text = [
    'Heart study welcomed',
    'Prof Ivo Brandt, a cardiologist in Leeds, welcomed the study.',
    'Brandt noted that home monitors tend to read high, and added: "The real gap may be even larger than the paper says."',
  ].join('\n\n');
  const direct = pairs(text).claims.filter((c) => c[1] === 'direct');
  assert.deepEqual(direct, [['The real gap may be even larger than the paper says', 'direct', 'Ivo Brandt']]);
});

test('"CLAUSE, her son, Michael, said": a relative named by first name alone is the speaker, with the full name the page gives', () => {
  const text = [
    'Retired teacher Joan Whitfield dies at 91',
    'Joan Whitfield, who taught at Castlebrook Primary for 40 years, died on Sunday.',
    'The cause was heart failure, her son, Michael, said.',
    'She is survived by her son, Michael Whitfield of Leeds, and a daughter.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [['Michael', 'Michael Whitfield']]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'indirect'), [['The cause was heart failure', 'indirect', 'Michael Whitfield']]);
});

test('"Hooker Jamie Finlay, who …, said the squad backed the coach": the name opening the sentence speaks, not a role word ending the content', () => {
  const text = [
    'Quarry firm drops expansion plan',
    'Ruth Okoye, who joined the firm in 2019, said the drivers trusted the director.',
    'Mechanic Sam Hale, whose brother also works there, said the crews backed the chairman.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [
    ['Ruth Okoye', 'Ruth Okoye'],
    ['Sam Hale', 'Sam Hale'],
  ]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'indirect'), [
    ['the drivers trusted the director', 'indirect', 'Ruth Okoye'],
    ['the crews backed the chairman', 'indirect', 'Sam Hale'],
  ]);
});

test('after a quotation, "said Canada\'s ambassador, Louise Tremblay": the name in apposition to a role owned by a country speaks', () => {
  const p = pairs('Embassy reopens\n\n"We are glad to be back," said Canada\'s ambassador, Louise Tremblay. Tremblay said visa services would resume in March.\n');
  assert.deepEqual(p.speakers, [['Louise Tremblay', 'Louise Tremblay'], ['Tremblay', 'Louise Tremblay']]);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'direct'), [['We are glad to be back', 'direct', 'Louise Tremblay']]);
});

test('a role owned by a firm or a place in apposition ("Ann Roe, Tamsin Foods\' chief executive,") leaves the name before it as the speaker', () => {
  const text = [
    'Dairy prices',
    '',
    "Owen Pryce, Tamsin Dairy's chief executive, said milk prices would rise. Hiroko Sato, Japan's Minister for Agriculture, said imports would double.",
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [['Owen Pryce', 'Owen Pryce'], ['Hiroko Sato', 'Hiroko Sato']]);
});

test('after a quotation, a role named by its owner speaks through the name in apposition or just after it', () => {
  const text = [
    'Jonah Vire cancels his autumn tour',
    '"Jonah is devastated and wants to get back on stage," Vire\'s manager, Ada Kwan, told reporters.',
    '"We saw this coming for months," said the band\'s co-founder Ilse Brandt.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Ada Kwan', 'Ada Kwan'],
    ['Ilse Brandt', 'Ilse Brandt'],
  ]);
});

test('after "said", a role named by its owner and a region, then a name in apposition: the name speaks', () => {
  const text = [
    'Cleaners strike over unpaid wages',
    '"We have not been paid for three months now," said NEHAWU\'s Tembisa regional secretary, Kagiso Molefe.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['Kagiso Molefe', 'Kagiso Molefe']]);
});

test('a clause, then a name and a role with where it is held between commas, then "told the committee": the name speaks', () => {
  const got = pairs('Only $20 million of the fund had been paid out by June, Priya Nair, a deputy minister at the department, told the standing committee on fisheries on Tuesday.');
  assert.deepEqual(got.speakers, [['Priya Nair', 'Priya Nair']]);
  assert.deepEqual(got.claims, [['Only $20 million of the fund had been paid out by June', 'indirect', 'Priya Nair']]);
});
