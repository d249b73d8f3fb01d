import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, speakers } from './suggestQueries';

test('"Rival" before a company is no word of its name, so its short form later gets the full name', () => {
  const text = [
    'Paint makers count the cost of a wet summer',
    'Rival Ostrava Coatings Ltd on Friday reported a 9 per cent drop in sales. Ostrava said in its filing that demand had slowed in the north.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['Ostrava', 'Ostrava Coatings Ltd']]);
});

test('the honorific "Comrade" before a union leader\'s name is left out of the name', () => {
  const text = [
    'Dock workers threaten strike',
    'The chairman of the dockworkers\' union, Comrade Emeka Obi, said members would down tools on Monday.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['Emeka Obi', 'Emeka Obi']]);
});

test('a party and seat in brackets, closed by a comma, between a lawmaker and "said" still leaves the lawmaker as speaker', () => {
  const text = [
    'Lawmakers query water tariff',
    'The Deputy Whip of the House, Hon. Chidi Okafor (LP, Nsukka), said the committee would summon the water board.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [['Chidi Okafor', 'Chidi Okafor']]);
  assert.deepEqual(r.claims, [['the committee would summon the water board', 'indirect', 'Chidi Okafor']]);
});

test('a short form in brackets closing an apposition is not taken for a party label ("…, organiser for the X Union (XU), says")', () => {
  const text = ['Ferry crews walk out', 'Mairi Dunn, organiser for the Island Crews Union (ICU), says the strike will last a week.'].join('\n\n');
  assert.deepEqual(speakers(text), [['Mairi Dunn', 'Mairi Dunn']]);
});

test('"assured that" reports what the speaker said', () => {
  const text = ['Council backs library', 'The council leader, Ruth Ambler, assured that no branch would close this year.'].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [['Ruth Ambler', 'Ruth Ambler']]);
  assert.deepEqual(r.claims, [['no branch would close this year', 'indirect', 'Ruth Ambler']]);
});

test('"Transport for …" is the transport authority, not the place it serves', () => {
  const text = [
    'Tram line shut after flooding',
    'Trams between the harbour and the airport will not run until Friday, Transport for Nordhaven said.',
    'Transport for Nordhaven said replacement buses would run every ten minutes.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Transport for Nordhaven', 'Transport for Nordhaven'],
    ['Transport for Nordhaven', 'Transport for Nordhaven'],
  ]);
});

test('any "<field> for <place>" body opening a name is one organisation; "Secretary of State for Transport" before a name stays a title', () => {
  const text = [
    'Health for Carrowmore said waiting lists for hip operations had fallen by a fifth.',
    'Sport for Calder said the grant for the new pool had been cut.',
    'Secretary of State for Transport Ines Varga said the line would reopen in April.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Health for Carrowmore', 'Health for Carrowmore'],
    ['Sport for Calder', 'Sport for Calder'],
    ['Ines Varga', 'Ines Varga'],
  ]);
});

test('an unnamed source with "who did not wish to be named" before the verb still speaks', () => {
  const text = ['Bridge repairs delayed', 'A senior council official who did not wish to be named said the steel had not yet been ordered.'].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [['A senior council official', 'senior council official']]);
  assert.deepEqual(r.claims, [['the steel had not yet been ordered', 'indirect', 'senior council official']]);
});

test('"a person familiar with the plans told <outlet>" is an unnamed source; a bare "a person said" is not', () => {
  const withTie = ['Studio weighs sale', 'The studio had hoped to find a buyer by spring, a person familiar with the talks told Screen Daily.'].join('\n\n');
  assert.deepEqual(speakers(withTie), [['a person familiar with the talks', 'person familiar with the talks']]);
  assert.deepEqual(speakers(['Studio weighs sale', 'The studio had hoped to find a buyer by spring, a person said.'].join('\n\n')), []);
});

test('an organisation with a long "which" clause holding commas before "said" is the speaker', () => {
  const text = [
    'Ferry crews to strike',
    "The Coastal Ferry Workers' Union, which represents about 3,000 pursers, cooks, deckhands and cleaners on the island routes, said in a statement that it would strike next month.",
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [["The Coastal Ferry Workers' Union", "Coastal Ferry Workers' Union"]]);
  assert.deepEqual(r.claims, [['it would strike next month', 'indirect', "Coastal Ferry Workers' Union"]]);
});

test('a person whose apposition names a firm with a "which" clause stays the speaker', () => {
  const text = ['Pound slips', 'Omar Fenn, a trader at Bellweather Funds, which manages about £4 billion, said the pound looked weak.'].join('\n\n');
  assert.deepEqual(speakers(text), [['Omar Fenn', 'Omar Fenn']]);
});

test('"the union" standing for a body the page defines by its initials gets the full name, not the initials', () => {
  const text = [
    'Teachers weigh strike',
    'READ ALSO: GTF threatens walkout over arrears',
    'Reacting, Chairman of the Ghana Teachers Federation (GTF) in the region, Kofi Mensah, said members welcomed the offer.',
    'In a communique issued on Monday, the union said it would review the payments every month.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Kofi Mensah', 'Kofi Mensah'],
    ['the union', 'Ghana Teachers Federation'],
  ]);
});

test('a club written bare in a live blog takes the "FC" name its oldest entry, lower down, gives it', () => {
  const text = [
    'Deadline day LIVE: late deals across the league',
    '10.40pm',
    'Harbourside have confirmed that the winger signed a three-year deal.',
    '9.00am',
    'Welcome to our coverage. Harbourside FC, Glenmore and Dunford Athletic have made only five signings between them.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['Harbourside', 'Harbourside FC']]);
});

test('"a spokeswoman for the hospital" speaks for the hospital the page names, a "… Medical Center" too', () => {
  const hospital = ['Cyclist hurt on bypass', 'The rider was taken to Kelso Valley Hospital. A spokeswoman for the hospital said he was stable.'].join('\n\n');
  assert.deepEqual(speakers(hospital), [['A spokeswoman for the hospital', 'spokeswoman for Kelso Valley Hospital']]);
  const center = ['Cyclist hurt on bypass', 'The rider was taken to Brackett Regional Medical Center. A spokesman for the hospital said he was stable.'].join('\n\n');
  assert.deepEqual(speakers(center), [['A spokesman for the hospital', 'spokesman for Brackett Regional Medical Center']]);
});

test('a document quoted just before ("the indictment says") is not the body "a spokeswoman for the hospital" speaks for', () => {
  const text = [
    'Man charged over pub assault',
    'The man hit the bartender with a bottle, according to a criminal complaint. The complaint says he fled on foot.',
    'The bartender was taken to Brackett Regional Medical Center. A spokeswoman for the hospital said he was stable.',
  ].join('\n\n');
  const spokes = speakers(text).find(([surface]) => surface === 'A spokeswoman for the hospital');
  assert.deepEqual(spokes, ['A spokeswoman for the hospital', 'spokeswoman for Brackett Regional Medical Center']);
});

test('"St Mirren\'s chairman Ann Roe": the club named after a saint is no person a later "He" stands for', () => {
  const text = [
    'Window shuts quietly',
    "St Aldric's chairman Ross Keane has issued a statement after fans criticised the club. He said the club had made offers for four players.",
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['He', 'Ross Keane']]);
  // a person's possessive before a title still leaves that person to be named again
  const person = ['Appeal planned', "Tom Hale's lawyer Ann Roe spoke to reporters on Monday. Hale said he would appeal."].join('\n\n');
  assert.deepEqual(speakers(person), [['Hale', 'Tom Hale']]);
});

test('"The mayor, in a statement signed by his director of public affairs, Ann Roe, said": the mayor speaks, and no "Public Affairs" person is made up', () => {
  const text = [
    'Harbour plan approved',
    'The Mayor, Kwesi Boateng, presented the plan on Monday.',
    'The Mayor, in a statement signed by his Director of Press and Public Affairs, Efua Mensah, on Tuesday, said the harbour would reopen in spring. He said the fishermen would be paid first.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['The Mayor', 'Kwesi Boateng'],
    ['He', 'Kwesi Boateng'],
  ]);
});

test('"ACCRA—Volta Regional Minister, Ama Owusu, on Monday …": the office before the name lets "The Minister" later be her', () => {
  const text = [
    'Roads budget unveiled',
    'HO—Volta Regional Minister, Ama Owusu, on Monday presented a roads plan to the assembly.',
    'The plan was drawn up by the consultant Kofi Asare over two years.',
    'The Minister, in a statement on Tuesday, said the first contracts would be signed in March.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [['The Minister', 'Ama Owusu']]);
});

test('"has reminded clubs that …" and "assured residents that …" report speech; "reminded me of" does not', () => {
  const reminded = ['Registration window', 'The Ice Hockey Association has reminded teams that any player not registered by Friday will miss the play-offs.'].join('\n\n');
  assert.deepEqual(pairs(reminded).claims, [['any player not registered by Friday will miss the play-offs', 'indirect', 'Ice Hockey Association']]);
  const assured = ['Flood defences', 'The council leader, Ruth Ambler, assured residents that the wall would be finished by winter.'].join('\n\n');
  assert.deepEqual(pairs(assured).claims, [['the wall would be finished by winter', 'indirect', 'Ruth Ambler']]);
  assert.deepEqual(speakers(['Old friends', 'Ruth Ambler reminded him of his sister.'].join('\n\n')), []);
});

test('"a senior official in the Kelso Ministry of Finance told …" is an unnamed source in that ministry, not the ministry', () => {
  const text = [
    'Pension arrears grow',
    'A senior official in the Kelso Ministry of Finance, who asked for anonymity, told reporters that the arrears had been revised upward.',
    'An official at the Kelso Ministry of Finance said the figures would be published in May.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['A senior official in the Kelso Ministry of Finance', 'senior official in Kelso Ministry of Finance'],
    ['An official at the Kelso Ministry of Finance', 'official at Kelso Ministry of Finance'],
  ]);
  // a named person whose apposition says where they work is still that person
  assert.deepEqual(speakers(['Budget', 'Ann Roe, a senior official at the Kelso Treasury, said the figure was revised.'].join('\n\n')), [['Ann Roe', 'Ann Roe']]);
});

test('"A Met Office forecaster said" is an unnamed forecaster of that body, not the person named just before', () => {
  const text = [
    'More rain on the way',
    'Environment Secretary Ann Roe said the recovery scheme would open. She said details would follow.',
    'A Weather Bureau forecaster said up to 40mm more rain could fall on the hills.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Ann Roe', 'Ann Roe'],
    ['She', 'Ann Roe'],
    ['A Weather Bureau forecaster', 'Weather Bureau forecaster'],
  ]);
});

test('"the analysts" taken up again after "analysts at Kestrel Partners" keeps the firm in the name', () => {
  const text = [
    'Toymaker cuts outlook',
    'Analysts at Kestrel Partners said the recall could cost $40 million. The analysts added that online sales were holding up.',
  ].join('\n\n');
  assert.deepEqual(speakers(text), [
    ['Analysts at Kestrel Partners', 'analysts at Kestrel Partners'],
    ['The analysts', 'analysts at Kestrel Partners'],
  ]);
});
