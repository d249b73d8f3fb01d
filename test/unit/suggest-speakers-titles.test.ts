import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf, speakers } from './suggestQueries';
import { stripTitles } from '../../src/core/suggest/names';

test('police ranks, abbreviated or not, are not part of the speaker name', () => {
  const r = suggest(
    [
      'Detective Chief Inspector Helen Marsh led the search of the quarry on Tuesday.',
      '“We found the van under a tarpaulin near the north gate,” DCI Marsh said.',
      '“Two men were seen running towards the railway line,” Sgt Owen Pryce told reporters.',
      'Ch Supt Dana Whitlow said the force would review its patrols in the valley.',
    ].join('\n\n'),
  );
  const names = of(r, 'speaker').map((s) => s.attrs.name);
  assert.deepEqual(names, ['Helen Marsh', 'Owen Pryce', 'Dana Whitlow']);
});

test('a titled surname takes the full name given elsewhere on the page', () => {
  const r = suggest(
    [
      'Representing the landlord, barrister Simon Achterberg told the tribunal the rent rise was lawful.',
      '“My client followed every step of the notice procedure,” Mr Achterberg said.',
      'Tenants were represented by Priya Olsen of the Renters Advice Centre.',
      '“The notice was served to the wrong address for six months,” Miss Olsen said.',
    ].join('\n\n'),
  );
  const direct = of(r, 'claim').filter((c) => c.attrs.kind === 'direct');
  assert.deepEqual(direct.map((c) => speakerOf(r, c)), ['Simon Achterberg', 'Priya Olsen']);
});

test('an occupation before a name is a description, not part of it', () => {
  const r = suggest('“I walked four miles to get to my exam this morning,” nursing Student Ella Brandt said.\n\n“We have sold out of bread by nine,” said Shopkeeper Amir Haddadi.\n');
  assert.deepEqual(of(r, 'claim').map((c) => speakerOf(r, c)), ['Ella Brandt', 'Amir Haddadi']);
});

test('a transcript label with a rank and surname names the person introduced in full', () => {
  const r = suggest(
    [
      'Assistant Chief Constable Moira Delaney and Det Insp Ravi Kapoor briefed journalists at Harbour Street station.',
      'Asst Chief Constable Delaney: Nine people were arrested this morning across the city.',
      'Reporter: How many officers took part?',
      'Det Insp Kapoor: About eighty, including dog handlers and the marine unit.',
      'Reporter: Will there be more arrests?',
      'Asst Chief Constable Delaney: We expect so, yes, within the next fortnight.',
    ].join('\n\n'),
  );
  const named = new Set(of(r, 'speaker').map((s) => s.attrs.name));
  assert.deepEqual([...named].sort(), ['Moira Delaney', 'Ravi Kapoor']);
});

test('titles come off the front of a name, never the surname itself', () => {
  assert.equal(stripTitles('Cllr Joan Baker'), 'Joan Baker');
  assert.equal(stripTitles('Pupil Sam Cook'), 'Sam Cook');
  assert.equal(stripTitles('Emma Baker'), 'Emma Baker');
  assert.equal(stripTitles('Revd Hart'), 'Hart');
  assert.equal(stripTitles('Prime Minister'), 'Prime Minister');
});

test('a capitalised title alone names the person introduced with it, or stays the title', () => {
  const r = suggest(
    [
      'Summit opens in Varna',
      'President Maria Ostrova opened the summit on Monday with a call for a ceasefire.',
      'Later the President said the talks would resume in April.',
      '“We will send a delegation,” the Prime Minister said.',
    ].join('\n\n'),
  );
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind !== 'assertion').map((c) => speakerOf(r, c)), ['Maria Ostrova', 'Prime Minister']);
});

test('a capitalised "The" opening an organisation name is not part of the name', () => {
  const r = suggest('Budget row deepens\n\nThe Treasury was blunt: “There is no more money for the scheme this year.”\n');
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['The Treasury', 'Treasury']]);
});

test('a colon after a description that is not a name gives the quotation no speaker', () => {
  const r = suggest('Budget row deepens\n\nThe talks ended at noon. His verdict was blunt: “There is no more money for the scheme this year.”\n\nLast year: “The scheme will be funded in full.”\n');
  assert.deepEqual(of(r, 'speaker'), []);
});

test('a party and state label after a lawmaker’s name is not the speaker', () => {
  const r = suggest('Senate vote looms\n\nSen. Dana Whitcombe, D-Ore., said the bill would pass the chamber next week.\n');
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Dana Whitcombe']);
});

test('a lone word that opens exactly one full name on the page is that person', () => {
  const r = suggest('Talks in Beijing\n\nPremier Li Qiang met the delegation on Monday.\n\nLi said the talks had been useful and would continue in May.\n\nCoach Maren Holt was pleased. “We ran hard for ninety minutes,” Maren said.\n');
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind !== 'assertion').map((c) => speakerOf(r, c)), ['Li Qiang', 'Maren Holt']);
});

test('a lone word opening two different full names stays as written', () => {
  const r = suggest('Derby day\n\nAnna Berg and Anna Lind both scored on Sunday.\n\n“It was a great afternoon for the club,” Anna said.\n');
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Anna']);
});

test('"said Dr. Ana Ruiz", "said Lt. Col. Ben Odaga": a title abbreviated with a full stop after the verb is not the speaker, the name after it is', () => {
  const text = [
    'Clinic hours cut',
    '',
    '"We cannot staff the night shift," said Dr. Ana Ruiz, the clinic\'s director.',
    '',
    '"The convoy left at dawn," said Lt. Col. Ben Odaga, a spokesman for the garrison.',
  ].join('\n') + '\n';
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Ana Ruiz', 'Ana Ruiz'],
    ['Ben Odaga', 'Ben Odaga'],
  ]);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, speakerOf(r, c)]), [
    ['We cannot staff the night shift', 'Ana Ruiz'],
    ['The convoy left at dawn', 'Ben Odaga'],
  ]);
});

test('office titles of finance and governance ("Treasurer", "Regent", "Interim Provost", "Acting") are not part of the name; "Provost" as a surname stays', () => {
  const text = [
    'Harbour board short of funds',
    '',
    'Treasurer Odile Fanshawe said the harbour board would borrow $40 million. Ms Fanshawe said rates would rise.',
    '',
    'Regent Tobias Achterberg said the vote had been rushed.',
    '',
    'Interim Provost Wren Castellanos said the campus would stay open.',
    '',
    'Acting Comptroller Ivo Petrakis said the accounts were sound.',
    '',
    'Miriam Provost, a retired teacher, said she would attend the next meeting.',
  ].join('\n') + '\n';
  assert.deepEqual(of(suggest(text), 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Odile Fanshawe', 'Odile Fanshawe'],
    ['Fanshawe', 'Odile Fanshawe'],
    ['Tobias Achterberg', 'Tobias Achterberg'],
    ['Wren Castellanos', 'Wren Castellanos'],
    ['Ivo Petrakis', 'Ivo Petrakis'],
    ['Miriam Provost', 'Miriam Provost'],
  ]);
});

test('"Teenager Kofi Mensah heads late winner": a describing word opening a headline name is no part of it, so "he" is Kofi Mensah', () => {
  const text = [
    'Teenager Kofi Mensah heads late winner as Rovers lose',
    '',
    'Rovers lost 2-1 at home on Saturday.',
    '',
    'Mensah, 19, came off the bench after an hour. "I just kept going," he said.',
    '',
  ].join('\n');
  assert.deepEqual(speakers(text), [['he', 'Kofi Mensah']]);
});

test('a member\'s letters are no part of the name, before it with the party ("Plaid Cymru MS Elin Rowlands") or after it ("Dafydd Price MP")', () => {
  const text = [
    'Plaid Cymru MS Elin Rowlands said the rail timetable had been cut without warning.',
    '',
    'Dafydd Price MP said the operator had broken its franchise terms.',
    '',
    '"Passengers deserve an apology," said Fine Gael TD Orla Brennan.',
    '',
    'The Labour MP said the figures were wrong.',
    '',
    'TD Securities said rates would fall in the spring.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Elin Rowlands', 'Elin Rowlands'],
    ['Dafydd Price', 'Dafydd Price'],
    ['Orla Brennan', 'Orla Brennan'],
    ['The Labour MP', 'Labour MP'],
    ['TD Securities', 'TD Securities'],
  ]);
});

test('the Irish heads of government\'s titles ("Taoiseach", "Tánaiste") are no part of the name', () => {
  const text = ['Tánaiste Siobhán Kelleher said the budget would protect pensions.', '', 'Taoiseach Declan Furlong told the Dáil that the deal was done.'].join('\n');
  assert.deepEqual(speakers(text), [
    ['Siobhán Kelleher', 'Siobhán Kelleher'],
    ['Declan Furlong', 'Declan Furlong'],
  ]);
});
