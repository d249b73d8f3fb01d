import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('a quotation followed by a name with a long description in apposition links to that name', () => {
  const text = [
    'Copper slides',
    'Copper fell for a third day on Tuesday.',
    '"The rally has run out of buyers, and it is not coming back before spring," Elin Strandberg, a senior metals analyst at Fjordvik Securities in Bergen, said by phone. She said she had cut her forecast.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['Elin Strandberg', 'Elin Strandberg'],
      ['She', 'Elin Strandberg'],
    ],
    claims: [
      ['Copper fell for a third day on Tuesday', 'assertion', undefined],
      ['The rally has run out of buyers, and it is not coming back before spring', 'direct', 'Elin Strandberg'],
      ['she had cut her forecast', 'indirect', 'Elin Strandberg'],
    ],
  });
});

test('"…," the Rovers coach, Ana Pike, told … : a role named by its club, with the name in apposition, is the speaker', () => {
  const text = [
    'Rovers edge the derby',
    '"We were anxious for twenty minutes," the Rovers coach, Ana Pike, told the local radio station. "After the break we were much calmer."',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['Ana Pike', 'Ana Pike']],
    claims: [
      ['We were anxious for twenty minutes', 'direct', 'Ana Pike'],
      ['After the break we were much calmer', 'direct', 'Ana Pike'],
    ],
  });
});

test('a party in brackets after the subject does not hand a later participle clause to a place', () => {
  const text = [
    'Harbour levy defended',
    'Councillor Moira Teague (Lib Dem) defended the levy at a meeting at Guild Hall on Tuesday, saying the harbour fund was nearly empty.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['Moira Teague', 'Moira Teague']],
    claims: [['the harbour fund was nearly empty', 'indirect', 'Moira Teague']],
  });
});

test('the common attribution forms still link their claims', () => {
  const text = [
    'Ferry operator cuts routes',
    'Selwyn Marsh said on Sunday that the company would drop two winter crossings.',
    '"Demand has not recovered," said the operator.',
    'Marsh told reporters the timetable would be published next week. "We looked at every option," she said.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['the company would drop two winter crossings', 'indirect', 'Selwyn Marsh'],
    ['Demand has not recovered', 'direct', 'operator'],
    ['the timetable would be published next week', 'indirect', 'Selwyn Marsh'],
    ['We looked at every option', 'direct', 'Selwyn Marsh'],
  ]);
});

test('"estimates that" and "remembered that" report a claim; without "that" they do not', () => {
  const text = [
    'Rural bus use',
    'The transport board estimates that 31% of village households have no car.',
    'One retired driver remembered that the last bus once left at midnight.',
    'Nell Arkwright remembered the old depot well.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['31% of village households have no car', 'indirect', 'transport board'],
    ['the last bus once left at midnight', 'indirect', 'retired driver'],
    ['Nell Arkwright remembered the old depot well', 'assertion', undefined],
  ]);
});

test('a group of sources placed by "at", "in" or "from" speaks under the whole description', () => {
  const text = [
    'Mill closure',
    'The mill shut its gates on Friday.',
    'Union sources at the mill say they expect two hundred job losses.',
    'The owners did not answer calls on Saturday.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['Union sources at the mill', 'Union sources at the mill']],
    claims: [
      ['The mill shut its gates on Friday', 'assertion', undefined],
      ['they expect two hundred job losses', 'indirect', 'Union sources at the mill'],
      ['The owners did not answer calls on Saturday', 'assertion', undefined],
    ],
  });
});

test('an unnamed person described by a count and a place ("a father of two from the X estate") is the speaker', () => {
  const text = [
    'Bus route axed',
    'The council voted on Monday to end the route.',
    'A father of two from the Larchfield estate told the Gazette that he would now drive his children to school.',
    'The operator declined to comment on Tuesday.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [['A father of two from the Larchfield estate', 'father of two from the Larchfield estate']],
    claims: [
      ['The council voted on Monday to end the route', 'assertion', undefined],
      ['he would now drive his children to school', 'indirect', 'father of two from the Larchfield estate'],
      ['The operator declined to comment on Tuesday', 'assertion', undefined],
    ],
  });
});

test('"the forward said" takes up the player just quoted, and "the forum argues that" is the forum speaking', () => {
  const text = [
    'Rovers edge the derby',
    'Ola Brenne scored twice on Saturday. "I just kept running into the box," he said. The forward said his father had watched from the stand.',
    'In its court papers, the forum argues that the club raised ticket prices without consulting members.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['he', 'Ola Brenne'],
      ['The forward', 'Ola Brenne'],
      ['the forum', 'forum'],
    ],
    claims: [
      ['Ola Brenne scored twice on Saturday', 'assertion', undefined],
      ['I just kept running into the box', 'direct', 'Ola Brenne'],
      ['his father had watched from the stand', 'indirect', 'Ola Brenne'],
      ['the club raised ticket prices without consulting members', 'indirect', 'forum'],
    ],
  });
});

test('an advocate\'s "Adv." title before a name is no speaker of its own and no sentence end', () => {
  const text = [
    'Levy challenged in court',
    'The hearing opened on Monday.',
    '"Nobody was asked before the vote," said the association\'s counsel, Adv. Pieter Naidoo.',
    'The case resumes on Friday.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [['Pieter Naidoo', 'Pieter Naidoo']]);
  assert.deepEqual(r.claims.filter((c) => c[1] !== 'assertion'), [['Nobody was asked before the vote', 'direct', 'Pieter Naidoo']]);
});

test('a fact-check\'s claim line "Name, role, in a speech …: “…”" quotes the name at its start', () => {
  const text = [
    'Clinic closures claim checked',
    'What was claimed',
    'Ann Reed, Shadow Health Secretary, in a speech in Leeds on 3 May 2026: “Half of all rural clinics have closed.”',
    'Tom Pike, in an interview with the Post: “Waiting lists have doubled.”',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [
    ['Ann Reed', 'Ann Reed'],
    ['Tom Pike', 'Tom Pike'],
  ]);
  assert.deepEqual(r.claims, [
    ['Half of all rural clinics have closed', 'direct', 'Ann Reed'],
    ['Waiting lists have doubled', 'direct', 'Tom Pike'],
  ]);
});

test('"According to the latest rail passenger figures from X, published on 2 June, …": X speaks, and the release date is no part of the claim', () => {
  const text = [
    'Rail use checked',
    'The claim was made on Monday.',
    'According to the latest rail passenger figures from the Office of Transport Data (OTD), published on 2 June, 61% of commuters travelled by train in the year to March. That is one in three trips.',
    'The minister did not reply.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [['the Office of Transport Data', 'Office of Transport Data']]);
  assert.deepEqual(r.claims.filter((c) => c[1] !== 'assertion'), [['61% of commuters travelled by train in the year to March', 'indirect', 'Office of Transport Data']]);
});

test('in a transcript, two paragraphs between one turn and the next both carry on the turn before them', () => {
  const text = [
    'Flood briefing: full transcript',
    'CHAIR: Good morning. The councillor will speak first.',
    'RUTH ALDANA: Thank you. The river peaked at 4.2 metres overnight.',
    'Crews pumped out 60 homes on Tuesday and the ring road reopened at noon.',
    'The relief fund now stands at two million dollars.',
    'REPORTER: When will the bridge reopen?',
    'RUTH ALDANA: Engineers will inspect it on Friday.',
    'REPORTER: And the school?',
    'RUTH ALDANA: It reopens on Monday.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    // (the thanks opening the turn is a courtesy, outside the claim)
    ['The river peaked at 4.2 metres overnight', 'direct', 'Ruth Aldana'],
    ['Crews pumped out 60 homes on Tuesday and the ring road reopened at noon', 'direct', 'Ruth Aldana'],
    ['The relief fund now stands at two million dollars', 'direct', 'Ruth Aldana'],
    ['Engineers will inspect it on Friday', 'direct', 'Ruth Aldana'],
    ['It reopens on Monday', 'direct', 'Ruth Aldana'],
  ]);
});

test('short sentences of a subject, its verb and a number, and "a fifth of", are the article\'s own assertions', () => {
  const text = [
    'Council seat count',
    'The count began at 11pm in Hale Leisure Centre.',
    'Turnout was 38.2%. Doors open at 9pm.',
    'The ward has lost about a fifth of its voters since the last boundary review.',
    'It was fine.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['The count began at 11pm in Hale Leisure Centre', 'assertion', undefined],
    ['Turnout was 38.2%', 'assertion', undefined],
    ['Doors open at 9pm', 'assertion', undefined],
    ['The ward has lost about a fifth of its voters since the last boundary review', 'assertion', undefined],
  ]);
});

test('contact lines, editing and update notes, and the author\'s bio are not assertions', () => {
  const text = [
    'Bridge closed',
    'The bridge closed on 3 May after a crack was found in Pier 4.',
    'My colleague Ann Lee will have more from the site today. Have a news tip? Email news@kxyz.example or call 555-0100.',
    'This transcript has been prepared by the Mayor\'s office and may contain errors. Added comment from the Highways Agency on 4 May.',
    'Hannah Low is a writer based in Leeds.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [['The bridge closed on 3 May after a crack was found in Pier 4', 'assertion', undefined]]);
});

test('a compound sentence of two main clauses, each with its own subject, is two assertions', () => {
  const text = [
    'Warehouse thefts',
    'Lena Ortiz was arrested at a flat in Hull on 9 June after her prints were found, and Omar Vance was detained in York the following week. The firm bought the unit in 2019 for storage; it has been empty since March 2023.',
    'The van was found in 2024 and was sold at auction later that year.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['Lena Ortiz was arrested at a flat in Hull on 9 June after her prints were found', 'assertion', undefined],
    ['Omar Vance was detained in York the following week', 'assertion', undefined],
    ['The firm bought the unit in 2019 for storage', 'assertion', undefined],
    ['it has been empty since March 2023', 'assertion', undefined],
    ['The van was found in 2024 and was sold at auction later that year', 'assertion', undefined],
  ]);
});

test('a compound sentence splits at ", and" / ", but" before a clause with a past-tense verb, however short its clauses', () => {
  const text = [
    'Harbour regatta',
    'Strong winds delayed the first race by two hours, but the fleet finished before dark. Kestrel took line honours, and the two visiting crews retired.',
    'No protests were lodged, and the organisers thanked the volunteers on the quay.',
    'She sails with her brother, a surveyor, and two dogs named after islands.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['Strong winds delayed the first race by two hours', 'assertion', undefined],
    ['the fleet finished before dark', 'assertion', undefined],
    ['Kestrel took line honours', 'assertion', undefined],
    ['the two visiting crews retired', 'assertion', undefined],
    ['No protests were lodged', 'assertion', undefined],
    ['the organisers thanked the volunteers on the quay', 'assertion', undefined],
    ['She sails with her brother, a surveyor, and two dogs named after islands', 'assertion', undefined],
  ]);
});

test('"Forward" opening a party\'s name is no title: "Forward UK said … The party added …"', () => {
  const text = [
    'New party launches',
    'Forward UK said on Monday that it would stand in 40 seats. The party added that its manifesto would follow in June.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Forward UK', 'Forward UK'],
    ['The party', 'Forward UK'],
  ]);
});

test('honorifics with a stop ("Rt. Hon.", "Engr.", "Supt.") do not end the sentence before the name', () => {
  const text = [
    'Harbour bill passes',
    'The chairman of the committee, Rt. Hon. Bola Adeyemi, assured that the harbour bill would be signed in March.',
    'Engr. Tunde Okafor said the dredging would start in May.',
  ].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['Bola Adeyemi', 'Bola Adeyemi'],
      ['Tunde Okafor', 'Tunde Okafor'],
    ],
    claims: [
      ['the harbour bill would be signed in March', 'indirect', 'Bola Adeyemi'],
      ['the dredging would start in May', 'indirect', 'Tunde Okafor'],
    ],
  });
});

test('a second clause whose subject holds a percentage ("and the 8% rise was …") is split off too', () => {
  const text = ['Bus fares', 'The 5% cut applies only to weekly tickets, and the 8% rise was approved in January.'].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['The 5% cut applies only to weekly tickets', 'assertion', undefined],
    ['the 8% rise was approved in January', 'assertion', undefined],
  ]);
});

test('a second clause whose subject is a list of names ("and Rovers, Athletic and St Mungo\'s have …") is split off too', () => {
  const text = ['Cup draw', 'The draw for the quarter-finals takes place at noon on Monday, and Harbour Rovers, Eastfield, Glen Athletic and St Mungo\'s have all reached that stage before.'].join('\n\n');
  assert.deepEqual(pairs(text).claims, [
    ['The draw for the quarter-finals takes place at noon on Monday', 'assertion', undefined],
    ['Harbour Rovers, Eastfield, Glen Athletic and St Mungo\'s have all reached that stage before', 'assertion', undefined],
  ]);
});
