import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimKinds as claims } from './suggestQueries';


test('the clause before ", and X says …" is the article\'s own assertion', () => {
  const text = 'Ferry crossings resume at 6am on Saturday, and the harbour authority says a full timetable is expected by noon.\n';
  assert.deepEqual(claims(text), [
    ['assertion', 'Ferry crossings resume at 6am on Saturday'],
    ['indirect', 'a full timetable is expected by noon'],
  ]);
});

test('a short sentence stating a number is an assertion; a shorter one without a number is not', () => {
  const text = 'The ferry line was opened in 1964 to link the islands.\n\nNine ferries are running.\n\nThe islanders are waiting.\n';
  assert.deepEqual(claims(text), [
    ['assertion', 'The ferry line was opened in 1964 to link the islands'],
    ['assertion', 'Nine ferries are running'],
  ]);
});

test('an impression ("sounds like …") and the presenter\'s own voice ("with me now") are not assertions', () => {
  const text = [
    'The harbour master, Iain Moffat, has just left the quay and looks like a man who expected the storm to last two more days.',
    '',
    'Three skippers who lost nets in the storm are with me now in the studio in Oban.',
    '',
    'The storm damaged 14 boats in Oban harbour on Thursday night.',
  ].join('\n');
  assert.deepEqual(claims(text), [['assertion', 'The storm damaged 14 boats in Oban harbour on Thursday night']]);
});

test('a statement each side of a colon is two assertions', () => {
  const text = 'The returning officer read out the result at 2.15am: Grace Lowe took 9,120 votes to Idris Khan\'s 7,455.\n';
  assert.deepEqual(claims(text), [
    ['assertion', 'The returning officer read out the result at 2.15am'],
    ['assertion', "Grace Lowe took 9,120 votes to Idris Khan's 7,455"],
  ]);
});

test('a stance that leads into someone\'s words ("X was more sceptical.", "Not everyone was worried.") is no assertion', () => {
  const text = [
    'Published 3 March 2026',
    '',
    'Harlow Foods cut its profit forecast on Tuesday, sending its shares down 9%.',
    '',
    'Not everyone at the brokers was worried. "One bad quarter proves nothing," said Omar Reid of Fenwick Partners.',
    '',
    'Jo Tan of Pell Securities was more sceptical. "Two warnings in twelve months is a pattern," she wrote.',
    '',
    'The bakers\' union was warmer.',
  ].join('\n');
  const kinds = claims(text).filter(([kind]) => kind === 'assertion').map(([, t]) => t);
  assert.deepEqual(kinds, ['Harlow Foods cut its profit forecast on Tuesday, sending its shares down 9%']);
});

test('a ranking told by the article ("It is the largest … in the world") is an assertion; a promo\'s "the best apps" is not', () => {
  const text = [
    'Published 3 March 2026',
    '',
    'The lake has shrunk by a third since the dam opened. It is now the deepest body of water on the continent.',
    '',
    'A weekly letter about the best walks and trails.',
  ].join('\n');
  assert.deepEqual(claims(text).map(([, t]) => t), ['The lake has shrunk by a third since the dam opened', 'It is now the deepest body of water on the continent']);
});

test('"X reported first-quarter sales that beat forecasts" is the article\'s statement of results, not X\'s reported speech', () => {
  const text = 'Published 3 March 2026\n\nHarlow Foods reported first-quarter sales that beat forecasts, but its outlook for the year disappointed investors.\n\nThe company reported that its bakeries had run at full capacity.\n';
  assert.deepEqual(claims(text), [
    ['assertion', 'Harlow Foods reported first-quarter sales that beat forecasts, but its outlook for the year disappointed investors'],
    ['indirect', 'its bakeries had run at full capacity'],
  ]);
});

test('a correction note ("An earlier version named the wrong village") is about the page, not a claim', () => {
  const text = [
    'Library wins funding',
    'The county library in Marlow won a grant of 40,000 pounds on Tuesday.',
    'This article was amended on 4 May 2026. An earlier version named the wrong village as the home of the second branch.',
    'An earlier version of this report, published on Monday, misstated the size of the grant.',
  ].join('\n\n');
  assert.deepEqual(claims(text), [['assertion', 'The county library in Marlow won a grant of 40,000 pounds on Tuesday']]);
});

test('a lead-in to someone\'s words ("X struck a softer tone.", "Y sought to play down the dispute.", "Z were less patient.") is no assertion', () => {
  const text = [
    'Port strike talks',
    'Dock workers at Brackenhaven walked out for 48 hours on Monday.',
    'Port director Ilse Marchetti struck a more conciliatory tone. "We want them back at work and we will listen," she said.',
    'Her deputy, Jonas Achterberg, sought to play down the dispute. "It is one port and one week," he said.',
    'The shipping lines were less patient. "Every day costs us money," said Orla Finch of the Coastal Carriers Group.',
  ].join('\n\n');
  assert.deepEqual(claims(text).filter(([kind]) => kind === 'assertion'), [['assertion', 'Dock workers at Brackenhaven walked out for 48 hours on Monday']]);
});

test('a short statement of a count ("It employs 85 people.") is an assertion; "X rejected the criticism." is a lead-in, not one', () => {
  const text = [
    'Glassworks expands',
    'Brightwater Glass opened its second kiln hall in Lisburn on Monday. It employs 85 people.',
    'Local residents say the kilns are too loud. Works manager Oona Devlin rejected the criticism. "We measure the noise every week," she said.',
  ].join('\n\n');
  assert.deepEqual(claims(text).filter(([kind]) => kind === 'assertion'), [
    ['assertion', 'Brightwater Glass opened its second kiln hall in Lisburn on Monday'],
    ['assertion', 'It employs 85 people'],
  ]);
});

test('a reaction ("Told of the review, Ahlberg laughs.", "Asked about the delay, the mayor shrugged.") is neither a reported claim nor an assertion', () => {
  const text = [
    'The glassblower of Kosta',
    'Ahlberg has run the studio in Kosta since 2011 and sells about 900 pieces a year.',
    'Told of the critic\'s review, Ahlberg laughs. "He has never liked blue glass," she says.',
    'Asked about the delay to the new furnace, the mayor shrugged.',
  ].join('\n\n');
  assert.deepEqual(claims(text), [
    ['assertion', 'Ahlberg has run the studio in Kosta since 2011 and sells about 900 pieces a year'],
    ['direct', 'He has never liked blue glass'],
  ]);
});

test('in a fact check, the statement under "What was claimed" is not the article\'s own assertion; the verdict below is', () => {
  const text = [
    'Have ferry fares doubled since 2020?',
    'What was claimed',
    'Ferry fares to the islands have doubled since 2020.',
    'Our verdict',
    'Wrong. The operator\'s published fares rose by 34% between 2020 and 2026.',
  ].join('\n');
  assert.deepEqual(claims(text), [['assertion', 'The operator\'s published fares rose by 34% between 2020 and 2026']]);
});

test('"…, which" + a verb that reports nothing: the sentence is one assertion, not also its clause before "which"', () => {
  const text = [
    'The heatwave cut output at rival Halvorsen Dairies, which confirmed the closure of two creameries.',
    '',
    'The stoppage spread to rival Ostby Haulage, which told its drivers to stay home on Friday.',
    '',
    'The fine hit rival Marlow Water, which said on Monday that it would appeal.',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['assertion', 'The heatwave cut output at rival Halvorsen Dairies, which confirmed the closure of two creameries'],
    ['assertion', 'The stoppage spread to rival Ostby Haulage, which told its drivers to stay home on Friday'],
    ['assertion', 'The fine hit rival Marlow Water'],
    ['indirect', 'it would appeal'],
  ]);
});

test('short statements without a number or a name are assertions: a day told ("It reopens Monday"), an event of a definite subject', () => {
  const text = [
    'Rail bridge at Kelso shut after barge strike',
    '',
    'A barge struck the Teviot rail bridge at Kelso on Friday. The skipper, a local man, was treated at the scene. No motive has been established. The bridge reopens Monday.',
    '',
    'The operator did not change its timetable. Then the storm flooded the yard. A new signal box opens next month.',
    '',
    'Will it hold? The operator did not say why. The operator posted the notice on its website. This conversation has been trimmed for length. All rights reserved.',
    '',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['assertion', 'A barge struck the Teviot rail bridge at Kelso on Friday'],
    ['assertion', 'The skipper, a local man, was treated at the scene'],
    ['assertion', 'No motive has been established'],
    ['assertion', 'The bridge reopens Monday'],
    ['assertion', 'The operator did not change its timetable'],
    ['assertion', 'Then the storm flooded the yard'],
    ['assertion', 'A new signal box opens next month'],
  ]);
});

test('a short count and what befell it is an assertion: "Four climbers were rescued.", "Dozens were evacuated."', () => {
  const text = 'Avalanche on Ben Nevis\n\nFour climbers were rescued. Dozens were evacuated. Two remain.\n';
  assert.deepEqual(claims(text), [
    ['assertion', 'Four climbers were rescued'],
    ['assertion', 'Dozens were evacuated'],
  ]);
});

test('short statements of a court report count: judges agreeing, an argument rejected, a refusal to say whether', () => {
  const text = [
    'The tribunal heard the licensing appeal over two days in the spring.',
    '',
    'Judge Ottoline Farrant and Judge Cyril Mbeki agreed.',
    '',
    'The panel rejected that submission.',
    '',
    'The licensing board declined to say whether it would apply for a further hearing.',
    '',
    'The licensing board did not say whether its fees would rise.',
    '',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['assertion', 'The tribunal heard the licensing appeal over two days in the spring'],
    ['assertion', 'Judge Ottoline Farrant and Judge Cyril Mbeki agreed'],
    ['assertion', 'The panel rejected that submission'],
    ['assertion', 'The licensing board declined to say whether it would apply for a further hearing'],
  ]);
});

test('a sentence opening with a name counts though nothing else in it is capitalised; a title ending in "said" does not', () => {
  const text = [
    'Portugal, the largest buyer of the vaccine, withdrew its order before the trial was over.',
    '',
    'Officials in Lisbon say the decision was taken late. Portugal blocked the earlier deal too, according to officials.',
    '',
    'Costs went up again and again over the winter.',
    '',
    'Chief Executive Officer Mirela Santos Ferreira said.',
    '',
  ].join('\n');
  const got = claims(text);
  assert.deepEqual(got.filter(([kind]) => kind === 'assertion').map(([, t]) => t).filter((t) => !t.includes('Lisbon')), [
    'Portugal, the largest buyer of the vaccine, withdrew its order before the trial was over',
  ]);
});

test('a sentence telling the mood of someone about to be quoted is no assertion', () => {
  const text = [
    'Okonjo, who scored 31 of the side\'s 58 points, did not hide her disappointment. "We gave them the game," the guard said.',
    '',
    'Head coach Pieter Valk was more relaxed than his players. "It is one loss," he said.',
    '',
    'The governor, however, brushed aside the warnings. "We have heard this every winter," she said.',
    '',
  ].join('\n');
  assert.deepEqual(claims(text), [
    ['direct', 'We gave them the game'],
    ['direct', 'It is one loss'],
    ['direct', 'We have heard this every winter'],
  ]);
});

test('a count in plural words ("Dozens of …") and an order left by a ruling ("has been quashed and must be …") are assertions', () => {
  const text = [
    'Hundreds of objections were lodged during the consultation.',
    '',
    'The permit has been revoked and must be applied for again.',
    '',
    'The permit must be applied for again.',
    '',
  ].join('\n');
  assert.deepEqual(claims(text).map(([, t]) => t), [
    'Hundreds of objections were lodged during the consultation',
    'The permit has been revoked and must be applied for again',
  ]);
});
