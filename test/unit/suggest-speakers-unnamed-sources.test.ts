import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('"a source close to the goalkeeper" is a speaker of its own, named after the goalkeeper without its article; "the source" and "they" stay with it', () => {
  const text = [
    'Keeper set to leave Rovers',
    '',
    'Goalkeeper Tomas Brekke said on Monday that he was "happy at the club".',
    '',
    'A source close to the goalkeeper told the Evening Post: "He has already agreed terms with another side."',
    '',
    'The source claimed the deal was signed in a hotel in Leeds last week.',
    '',
    '"Nobody at the club knows yet," they added.',
  ].join('\n') + '\n';
  const p = pairs(text);
  const source = 'source close to Tomas Brekke';
  assert.deepEqual(p.speakers.filter(([, n]) => n === source).map(([s]) => s), ['A source close to the goalkeeper', 'The source', 'they']);
  assert.deepEqual(p.claims.filter(([, , who]) => who === source).map(([c, kind]) => [c, kind]), [
    ['He has already agreed terms with another side', 'direct'],
    ['the deal was signed in a hotel in Leeds last week', 'indirect'],
    ['Nobody at the club knows yet', 'direct'],
  ]);
  assert.ok(p.speakers.some(([s, n]) => s === 'Tomas Brekke' && n === 'Tomas Brekke'));
});

test('"a European diplomat" is not the ambassador named before, and "the diplomat" is the same unnamed source', () => {
  const text = [
    'Fishing talks stall in Oslo',
    '',
    '"We need one more week," Irish ambassador Ciaran Dolan told reporters on Tuesday.',
    '',
    'The quotas for cod were the main obstacle, a European diplomat said on condition of anonymity.',
    '',
    '"Nobody wants to go home with less fish than last year," the diplomat said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers.filter(([s]) => /diplomat/.test(s)), [
    ['a European diplomat', 'European diplomat'],
    ['the diplomat', 'European diplomat'],
  ]);
  const quote = p.claims.find(([c]) => c.startsWith('Nobody wants to go home'));
  assert.equal(quote?.[2], 'European diplomat');
});

test('"an industry insider" and "the insider" are one unnamed source', () => {
  const text = [
    'Festival line-up in doubt',
    '',
    'An industry insider insisted the organisers had found a new headliner.',
    '',
    '"They signed a contract on Friday," the insider said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['An industry insider', 'industry insider'],
    ['the insider', 'industry insider'],
  ]);
  assert.deepEqual(p.claims.map(([c, kind, who]) => [c, kind, who]), [
    ['the organisers had found a new headliner', 'indirect', 'industry insider'],
    ['They signed a contract on Friday', 'direct', 'industry insider'],
  ]);
});

test('"according to three negotiators who …" names the unnamed group as introduced', () => {
  const text = [
    'Port strike ends',
    '',
    'The dock workers accepted a pay offer late on Sunday night, according to three negotiators who attended the meeting.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [['three negotiators', 'negotiators']]);
  assert.equal(p.claims[0]?.[2], 'negotiators');
});

test('"a spokesperson for the actor" speaks as a spokesperson named after the actor; "they" stays with it', () => {
  const text = [
    'Actor quits West End play',
    '',
    'Marta Lindqvist said in a video on Sunday: "I need a break from the stage."',
    '',
    'A spokesperson for the actor confirmed that Lindqvist would not return to the play.',
    '',
    '"Her health comes first," they said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers.filter(([s]) => s !== 'Marta Lindqvist'), [
    ['A spokesperson for the actor', 'spokesperson for Marta Lindqvist'],
    ['they', 'spokesperson for Marta Lindqvist'],
  ]);
  const quote = p.claims.find(([c]) => c.startsWith('Her health'));
  assert.equal(quote?.[2], 'spokesperson for Marta Lindqvist');
});

test('"a spokesman for Ivo Marsh" is the spokesman, named after the person; an organisation\'s spokesman is named after the organisation', () => {
  const text = [
    'Chef closes restaurant',
    '',
    'Celebrity chef Ivo Marsh has closed his restaurant in Bath.',
    '',
    'A spokesman for Ivo Marsh said the staff would be paid until March.',
    '',
    'The building had been sold in January, said a spokeswoman for Marsh.',
    '',
    'A spokesman for Bath and North East Somerset Council said the licence had been returned.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['A spokesman for Ivo Marsh', 'spokesman for Ivo Marsh'],
    ['a spokeswoman for Marsh', 'spokeswoman for Ivo Marsh'],
    ['A spokesman for Bath and North East Somerset Council', 'spokesman for Bath and North East Somerset Council'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'indirect').map(([c, , who]) => [c, who]), [
    ['the staff would be paid until March', 'spokesman for Ivo Marsh'],
    ['The building had been sold in January', 'spokeswoman for Ivo Marsh'],
    ['the licence had been returned', 'spokesman for Bath and North East Somerset Council'],
  ]);
});

test('"The sources said … They said a cap was one of several ideas that …": "the sources" and "they" are the exporter sources introduced before, and the claim is the whole clause', () => {
  const p = pairs('Cocoa slipped 3% on Thursday, after two exporter sources said the board might cap sales to foreign buyers this season.\n\nThe sources, who asked not to be identified as the talks are private, said the members had not agreed a quota. They said a cap was one of several ideas that may come up when the board gathers on May 4.\n');
  assert.deepEqual(p.speakers, [['two exporter sources', 'exporter sources'], ['The sources', 'exporter sources'], ['They', 'exporter sources']]);
  assert.deepEqual(p.claims.map((c) => [c[0], c[2]]), [
    ['the board might cap sales to foreign buyers this season', 'exporter sources'],
    ['the members had not agreed a quota', 'exporter sources'],
    ['a cap was one of several ideas that may come up when the board gathers on May 4', 'exporter sources'],
  ]);
});

test('an unnamed group keeps the acronym or capitalised word that describes it but not its count; "the sources" and "they" later are that group', () => {
  const text = [
    'Copper talks stall',
    '',
    "Peru's copper exports could fall this year, five EU sources said on Monday.",
    '',
    'The sources, who asked not to be named, said no deal had been reached. They said talks would resume in April.',
    '',
    'Several Kremlin officials said the visit was off.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['five EU sources', 'EU sources'],
    ['The sources', 'EU sources'],
    ['They', 'EU sources'],
    ['Several Kremlin officials', 'Kremlin officials'],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ["Peru's copper exports could fall this year", 'EU sources'],
    ['no deal had been reached', 'EU sources'],
    ['talks would resume in April', 'EU sources'],
    ['the visit was off', 'Kremlin officials'],
  ]);
});

test('a source close to someone written as a role is named after that person, without "a"; a source close to no person keeps its words', () => {
  const text = [
    'Tour called off',
    '',
    'Singer Lina Moreau cancelled her autumn tour on Friday.',
    '',
    'A source close to the singer said she was exhausted. "She needs a long rest," the source added.',
    '',
    'A source close to the promoters said refunds would be paid.',
    '',
    'A top adviser in Lisbon said the venue had been told.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['A source close to the singer', 'source close to Lina Moreau'],
    ['the source', 'source close to Lina Moreau'],
    ['A source close to the promoters', 'source close to the promoters'],
    ['A top adviser in Lisbon', 'top adviser in Lisbon'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind !== 'assertion').map(([c, kind, who]) => [c, kind, who]), [
    ['she was exhausted', 'indirect', 'source close to Lina Moreau'],
    ['She needs a long rest', 'direct', 'source close to Lina Moreau'],
    ['refunds would be paid', 'indirect', 'source close to the promoters'],
    ['the venue had been told', 'indirect', 'top adviser in Lisbon'],
  ]);
});

test('an unnamed spokesperson or official is named after the organisation, without "a" or "one"; a lower-case "council" is the council the page names', () => {
  const text = [
    'Harbour closed after storm',
    '',
    'Larkfield Borough Council shut the harbour on Sunday. A council spokesperson said repairs would take a month.',
    '',
    'A Coastguard Agency spokeswoman said two boats had been damaged. "Nobody was hurt," the spokeswoman added.',
    '',
    'One EU official said emergency funds could be released.',
    '',
    'A spokesman for the Port of Ardnish said ferries would sail from Tuesday.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['A council spokesperson', 'Larkfield Borough Council spokesperson'],
    ['A Coastguard Agency spokeswoman', 'Coastguard Agency spokeswoman'],
    ['the spokeswoman', 'Coastguard Agency spokeswoman'],
    ['One EU official', 'EU official'],
    ['A spokesman for the Port of Ardnish', 'spokesman for Port of Ardnish'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind !== 'assertion').map(([c, , who]) => [c, who]), [
    ['repairs would take a month', 'Larkfield Borough Council spokesperson'],
    ['two boats had been damaged', 'Coastguard Agency spokeswoman'],
    ['Nobody was hurt', 'Coastguard Agency spokeswoman'],
    ['emergency funds could be released', 'EU official'],
    ['ferries would sail from Tuesday', 'spokesman for Port of Ardnish'],
  ]);
});

test('dealers are an unnamed group, and "a No 10 spokesman" keeps the number in the name', () => {
  const p = pairs('Ferry deal near\n\nThe ferry contract could be signed within a week, two dealers said on Friday.\n\nA No 10 spokesman said the minister would visit the port on Monday.\n');
  assert.deepEqual(p.speakers, [
    ['two dealers', 'dealers'],
    ['A No 10 spokesman', 'No 10 spokesman'],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['The ferry contract could be signed within a week', 'dealers'],
    ['the minister would visit the port on Monday', 'No 10 spokesman'],
  ]);
});

test('"the actor\'s lawyers said" speak for the person the role stands for, named after that person', () => {
  const r = pairs('Film actor Rupert Vasquez was questioned by police on Monday, the actor\'s lawyers said on Tuesday.');
  assert.deepEqual(r.speakers, [["the actor's lawyers", "Rupert Vasquez's lawyers"]]);
  assert.deepEqual(r.claims, [['Film actor Rupert Vasquez was questioned by police on Monday', 'indirect', "Rupert Vasquez's lawyers"]]);
});

test('"They said" after "sources close to the board" or "people familiar with the talks" stays with those sources', () => {
  const r = pairs('The ferry company is up for sale, people familiar with the talks told the Courier. They said two bidders had made offers.');
  assert.deepEqual(r.speakers, [['people familiar with the talks', 'people familiar with the talks'], ['They', 'people familiar with the talks']]);
  assert.deepEqual(r.claims.map((c) => c[2]), ['people familiar with the talks', 'people familiar with the talks']);
});

test('"the minister\'s office said" is named after the minister the page introduced, else kept as written', () => {
  const named = pairs('Transport Minister Elif Demir visited the depot on Monday. The drivers would get a new contract, the minister\'s office said later.');
  assert.deepEqual(named.speakers, [["the minister's office", "Elif Demir's office"]]);
  assert.deepEqual(named.claims.filter((c) => c[1] === 'indirect'), [['The drivers would get a new contract', 'indirect', "Elif Demir's office"]]);
  const unnamed = pairs("The governor's office said the bridge would reopen in spring.");
  assert.deepEqual(unnamed.speakers, [["The governor's office", "governor's office"]]);
});

test('"according to two Democratic aides familiar with the talks": the aides are the source, named without the count, not the party', () => {
  assert.deepEqual(pairs('Budget talks\n\nThe bill would fund the agencies through March, according to two Democratic aides familiar with the talks.\n').speakers, [
    ['two Democratic aides familiar with the talks', 'Democratic aides familiar with the talks'],
  ]);
});

test('"A neighbour of Mr Okoye, who sat with him, told …": the neighbour speaks, named after the full name of the person, not Okoye himself', () => {
  const { speakers, claims } = pairs('Raid on pensioner\n\nDennis Okoye, 81, was hurt in the raid.\n\nA neighbour of Mr Okoye, who sat with him until the ambulance came, told the paper the street had changed.\n\nA close friend of Okoye said he was recovering.\n');
  assert.deepEqual(speakers, [
    ['A neighbour of Mr Okoye', 'neighbour of Dennis Okoye'],
    ['A close friend of Okoye', 'close friend of Dennis Okoye'],
  ]);
  assert.deepEqual(claims.filter((c) => c[1] === 'indirect'), [
    ['the street had changed', 'indirect', 'neighbour of Dennis Okoye'],
    ['he was recovering', 'indirect', 'close friend of Dennis Okoye'],
  ]);
});

test('"One former Leeds colleague remembered that …", "a friend said": a colleague or friend met unnamed is the speaker, the place keeping its capital', () => {
  const { speakers, claims } = pairs('Obituary\n\nOne former Leeds colleague remembered that she kept every field note in pencil.\n\nA friend said she never missed a tide.\n');
  assert.deepEqual(speakers, [
    ['One former Leeds colleague', 'former Leeds colleague'],
    ['A friend', 'friend'],
  ]);
  assert.deepEqual(claims.map((c) => c[2]), ['former Leeds colleague', 'friend']);
});

test('"Green sources at the leisure centre say … One told me: …": "One" is one of those sources, named as the group', () => {
  const { speakers, claims } = pairs('By-election\n\nGreen sources at the leisure centre say the party is heading for second place. One told me: "We can live with that."\n');
  assert.deepEqual(speakers, [
    ['Green sources at the leisure centre', 'Green sources at the leisure centre'],
    ['One', 'Green sources at the leisure centre'],
  ]);
  assert.deepEqual(claims.find((c) => c[1] === 'direct'), ['We can live with that', 'direct', 'Green sources at the leisure centre']);
});

test('an unnamed source opening its sentence with "One" or "Another" is named without it', () => {
  const text = [
    'Fisheries deal slips',
    '',
    'One Danish negotiator said the quota talks would run into January. Another official said Norway had not moved.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['One Danish negotiator', 'Danish negotiator'],
    ['Another official', 'official'],
  ]);
});

test('a short form the page defines, inside an unnamed official\'s description, is written out in the name', () => {
  const text = [
    'Grid operator misses target',
    '',
    'The Baltic Grid Coordination Office (BGCO) published its winter plan on Monday. A senior BGCO official, who asked not to be named, said two links would stay shut until March.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [['A senior BGCO official', 'senior Baltic Grid Coordination Office official']]);
});

test('a place written before a lower-case force ("the Kottayam district police", "Hebei provincial authorities") is part of its name', () => {
  const text = [
    'Temple festival curbs',
    '',
    'Traffic will be diverted around the temple until Sunday, the Kottayam district police said. Hebei provincial authorities said the mine would stay shut.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['the Kottayam district police', 'Kottayam district police'],
    ['Hebei provincial authorities', 'Hebei provincial authorities'],
  ]);
});

test('"his publicist", "Her lawyer", "His family": an unnamed source named after the person the pronoun stands for', () => {
  const text = [
    'The cellist Jonas Ekberg cancelled the rest of his autumn tour on Monday. His publicist said the decision had been taken on medical advice.',
    '',
    '"He will be back on stage in the spring," said his manager.',
    '',
    'The novelist Marta Quiroga was not in court for the ruling. Her lawyer told reporters that she would appeal against the fine.',
    '',
    'The former mayor Colm Dervan died on Sunday. His family said in a statement that he had died peacefully at home.',
  ].join('\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [
    ['His publicist', 'publicist of Jonas Ekberg'],
    ['his manager', 'manager of Jonas Ekberg'],
    ['Her lawyer', 'lawyer of Marta Quiroga'],
    ['His family', 'family of Colm Dervan'],
  ]);
  assert.deepEqual(r.claims.filter((c) => c[1] !== 'assertion'), [
    ['the decision had been taken on medical advice', 'indirect', 'publicist of Jonas Ekberg'],
    ['He will be back on stage in the spring', 'direct', 'manager of Jonas Ekberg'],
    ['she would appeal against the fine', 'indirect', 'lawyer of Marta Quiroga'],
    ['he had died peacefully at home', 'indirect', 'family of Colm Dervan'],
  ]);
});

test('"according to her lawyer" is the lawyer speaking for her; "according to her" is she herself', () => {
  const text = [
    'The climber Ines Lothar was detained at the border on Friday. According to her lawyer, she was released without charge.',
    '',
    'According to her, the guards had confiscated her passport.',
  ].join('\n');
  assert.deepEqual(pairs(text).speakers, [
    ['her lawyer', 'lawyer of Ines Lothar'],
    ['her', 'Ines Lothar'],
  ]);
});

test('"The family of Mr X said" is the family, named after the full name the page gave', () => {
  const text = [
    'Ronan Keeley, 34, died in the crash on the N17 on Friday.',
    '',
    'The family of Mr Keeley said in a statement that they were heartbroken.',
  ].join('\n');
  assert.deepEqual(pairs(text).speakers, [['The family of Mr Keeley', 'family of Ronan Keeley']]);
});
