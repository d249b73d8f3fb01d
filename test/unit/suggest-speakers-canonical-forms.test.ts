import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('a full name first written as an owner ("Crofter Isla Menzies\'s flock") is the name a later surname stands for', () => {
  const text = [
    'Island ferry cut leaves crofters short of feed',
    'Crofter Isla Menzies’s flock has grazed the machair since 1952, and the timetable change gives her a fortnight to ship in hay.',
    '“We have never been asked what the boat means to us,” Menzies said by telephone on Monday. She said she might have to sell half of the ewes.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Menzies', 'Isla Menzies'],
    ['She', 'Isla Menzies'],
  ]);
});

test('a party group written with "&" or "/" is no name, and "the envoy" after a quote is the unnamed one introduced with "One"', () => {
  const text = [
    'Fishing quota deal stalls',
    'The talks are stuck, and Maltese R&P deputy Carmela Vassallo told reporters she would only sign if the trawler ban was dropped.',
    '“I will not sell out the harbours,” she said.',
    'One Nordic envoy, speaking on condition of anonymity, said most capitals could accept a smaller cut.',
    '“The argument is about the size of the cut, not the cut,” the envoy added.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Carmela Vassallo', 'Carmela Vassallo'],
    ['she', 'Carmela Vassallo'],
    ['One Nordic envoy', 'Nordic envoy'],
    ['the envoy', 'Nordic envoy'],
  ]);
});

test('"the Leeds-based operator", "the agency" for a ratings firm, and a short form take the fullest name on the page', () => {
  const text = [
    'Pennine Rail returns to profit',
    'Pennine Rail Holdings posted a profit of £12mn for the first half, helped by commuter demand.',
    'Ticket income rose 9 per cent, the Leeds-based operator said on Tuesday.',
    'Brindle Ratings raised its outlook on the group last week. The agency said debt had fallen faster than planned. It added that a further upgrade was possible.',
    'Pennine said it would keep fares frozen until spring.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['the Leeds-based operator', 'Pennine Rail Holdings'],
    ['The agency', 'Brindle Ratings'],
    ['It', 'Brindle Ratings'],
    ['Pennine', 'Pennine Rail Holdings'],
  ]);
});

test('live-blog match labels ("FULL TIME:") name no one, and "Here is what X had to say:" gives the quotation below to X', () => {
  const text = [
    'Live: Harbour Shield final',
    '18:05',
    'FULL TIME: Kilmory Rangers 3-1 Dunmore Athletic',
    '',
    'Kilmory have lifted the shield for the first time in forty years. The away end is empty already.',
    '',
    '16:20',
    'Dunmore boss Rhona Keddie was in a relaxed mood earlier this week.',
    '',
    '"We have beaten them twice this season and we know exactly how they play," Keddie said.',
    '',
    '12:15',
    'Here is what Kilmory\'s Struan Petrie had to say on Friday afternoon:',
    '',
    '"Nobody fancied us in the first round. We were rank outsiders and now we are one game from silverware."',
    '',
    'Petrie said the club had sold all of its tickets within two days.',
  ].join('\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Keddie', 'Rhona Keddie'],
    ['Struan Petrie', 'Struan Petrie'],
    ['Petrie', 'Struan Petrie'],
  ]);
  const quote = pairs(text).claims.find((c) => c[0].startsWith('Nobody fancied us'));
  assert.equal(quote?.[2], 'Struan Petrie');
});

test('"the headteacher says" in a lede is the person introduced with that role just after', () => {
  const text = [
    'Village school shuts flooded hall',
    'Pupils at a small school in the fens will eat lunch in the church hall from Monday after flooding closed their dining room, and the headteacher says the council has left them "stranded".',
    'Headteacher Marion Ashdown said the school first reported the leaking roof to the council two winters ago.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['the headteacher', 'Marion Ashdown'],
    ['Marion Ashdown', 'Marion Ashdown'],
  ]);
});

test('"They" after an organisation\'s claim and its chief executive\'s quotation is the organisation', () => {
  const text = [
    'Housing charity warns of crisis',
    'The government has promised more homes by the end of the decade, but the pace of building has slowed.',
    'Shelterline say their advice line answered 18,500 calls in March, twice as many as a year before.',
    '“Teachers are ringing us from the car park at night,” said Amira Stone, Shelterline’s chief executive.',
    'They also warned that evictions had reached a ten-year high.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Shelterline', 'Shelterline'],
    ['Amira Stone', 'Amira Stone'],
    ['They', 'Shelterline'],
  ]);
});

test('a nickname in quotation marks inside a name is in the span but not in the canonical name', () => {
  const text = [
    'Pitch flooded again',
    '',
    '"It was a swamp by half-time," said Bartholomew “Bart” Kowalczyk, the club\'s groundsman for 30 years.',
    '',
    'Mr. Kowalczyk said the drains had not been replaced since 1994.',
    '',
    'Henrietta "Hettie" Lowe, the club secretary, said the match would be replayed in April.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Bartholomew “Bart” Kowalczyk', 'Bartholomew Kowalczyk'],
    ['Kowalczyk', 'Bartholomew Kowalczyk'],
    ['Henrietta "Hettie" Lowe', 'Henrietta Lowe'],
  ]);
  assert.deepEqual(p.claims.map(([c, kind, who]) => [c, kind, who]), [
    ['It was a swamp by half-time', 'direct', 'Bartholomew Kowalczyk'],
    ['the drains had not been replaced since 1994', 'indirect', 'Bartholomew Kowalczyk'],
    ['the match would be replayed in April', 'indirect', 'Henrietta Lowe'],
  ]);
});

test('"Mr." and "Ms." tell apart a couple who share a surname, the husband named by first name only', () => {
  const text = [
    'River floods farm',
    '',
    'Margaret Okafor, 64, and her husband, Daniel, have farmed the valley since 1988.',
    '',
    'Mr. Okafor said the river had never come so close to the house. "We lost every ewe," he said.',
    '',
    'Ms. Okafor said she had called the council three times.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Okafor', 'Daniel Okafor'],
    ['he', 'Daniel Okafor'],
    ['Okafor', 'Margaret Okafor'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind !== 'assertion').map(([c, , who]) => [c, who]), [
    ['the river had never come so close to the house', 'Daniel Okafor'],
    ['We lost every ewe', 'Daniel Okafor'],
    ['she had called the council three times', 'Margaret Okafor'],
  ]);
});

test('"said Lisbon-based analyst Tiago Ferreira": a place joined to "-based" is no speaker, the person after the role is', () => {
  const text = [
    'Fuel prices climb',
    '',
    '"The line will hold until winter," said Lisbon-based energy analyst Tiago Ferreira.',
    '',
    'Ferreira said diesel would cost more by the end of the month.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Tiago Ferreira', 'Tiago Ferreira'],
    ['Ferreira', 'Tiago Ferreira'],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['The line will hold until winter', 'Tiago Ferreira'],
    ['diesel would cost more by the end of the month', 'Tiago Ferreira'],
  ]);
});

test('"Rory and Niamh Gallagher": two first names share the surname after them, and "Mr"/"Ms" pick the right one', () => {
  const text = [
    'Lifeguards questioned at inquest',
    '',
    'Lifeguards Rory and Niamh Gallagher, twins who patrol the same beach, were questioned at the inquest on Wednesday.',
    '',
    'Mr Gallagher said he had flagged a frayed rescue rope in May. Ms Gallagher said she had not been trained on the new radios.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Gallagher', 'Rory Gallagher'],
    ['Gallagher', 'Niamh Gallagher'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'indirect').map(([c, , who]) => [c, who]), [
    ['he had flagged a frayed rescue rope in May', 'Rory Gallagher'],
    ['she had not been trained on the new radios', 'Niamh Gallagher'],
  ]);
});

test('"Castillo said" after "Andrés Felipe Castillo Rojas": the first of two Spanish surnames stands for the full name', () => {
  const text = [
    'Peace talks resume',
    '',
    'Government negotiator Marta Lucía Herrera Quintero said the talks would resume in Havana.',
    '',
    'Herrera said a ceasefire was "within reach". Ms. Herrera said the next round would start on Monday.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Marta Lucía Herrera Quintero', 'Marta Lucía Herrera Quintero'],
    ['Herrera', 'Marta Lucía Herrera Quintero'],
    ['Herrera', 'Marta Lucía Herrera Quintero'],
  ]);
});

test('a playing position opening a sentence ("Wicketkeeper …", "Quarterback …") is no part of the player\'s name', () => {
  const text = [
    'Harriers hold on for narrow win',
    'Wicketkeeper Tom Ashby said the pitch had turned sharply after lunch. “It was a lottery by the end,” Ashby said.',
    'Quarterback Eli Drummond said his shoulder was fine.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Tom Ashby', 'Tom Ashby'],
    ['Ashby', 'Tom Ashby'],
    ['Eli Drummond', 'Eli Drummond'],
  ]);
});

test('"the club" is the rugby club named "… RFC", not the union whose name only holds the word "Rugby"', () => {
  const text = [
    'Valley side fined over late kick-off',
    'Pontypridd RFC said the floodlight failure was beyond its control.',
    'The Welsh Rugby Union said the fine of £2,000 would stand.',
    '“We will pay it, but we think it is unfair,” the club said.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Pontypridd RFC', 'Pontypridd RFC'],
    ['The Welsh Rugby Union', 'Welsh Rugby Union'],
    ['the club', 'Pontypridd RFC'],
  ]);
});

test('"Madam Aishah" after "Siti Aishah Mohd Yusof": a Malay name is called by its second word', () => {
  const text = [
    'Hawker centre to close for repairs',
    'Stallholder Siti Aishah Mohd Yusof said the six-week closure would cost her most of her savings.',
    '“We were told only last week,” Madam Aishah said.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Siti Aishah Mohd Yusof', 'Siti Aishah Mohd Yusof'],
    ['Aishah', 'Siti Aishah Mohd Yusof'],
  ]);
});

test('a body named "… Force" is itself, not the police named before it, and its initials stand for it ("CRF")', () => {
  const text = [
    'Ferry passengers rescued off Tema',
    'The Tema Police Command said the ferry had been overloaded.',
    'The Coastal Rescue Force said its boats had pulled 40 people from the water by midnight.',
    'CRF said two people were still missing.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['The Tema Police Command', 'Tema Police Command'],
    ['The Coastal Rescue Force', 'Coastal Rescue Force'],
    ['CRF', 'Coastal Rescue Force'],
  ]);
});

test('of two people sharing a surname, a surname with a title of no gender ("Dr Lindqvist") is the one named last', () => {
  const text = [
    'Glacier survey cut short',
    'Maja Lindqvist, who led the survey, said the team had left the ice early because of storms.',
    'Erik Lindqvist, a geologist at Uppsala who is not related to her, said the cores were intact. They would be shipped to Sweden in the spring, Dr Lindqvist said.',
    '"We lost eleven days," Ms Lindqvist said.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [
    ['Maja Lindqvist', 'Maja Lindqvist'],
    ['Erik Lindqvist', 'Erik Lindqvist'],
    ['Lindqvist', 'Erik Lindqvist'],
    ['Lindqvist', 'Maja Lindqvist'],
  ]);
});

test('a sentence ending in a sum with a one-letter unit ("£4m.") ends there, so the surname after it opens the next sentence', () => {
  const p = pairs('Hospice appeal closes\n\nThe appeal, led by Kwame Osei, raised £4m. Osei said the money would pay for twelve new beds.\n');
  assert.deepEqual(p.speakers, [['Osei', 'Kwame Osei']]);
  assert.deepEqual(p.claims.filter((c) => c[1] === 'indirect'), [['the money would pay for twelve new beds', 'indirect', 'Kwame Osei']]);
});

test('a maker and a model number ("a Northwind Airbus A321") name no person, so the carrier keeps its own name', () => {
  const p = pairs('Jet diverted\n\nA Northwind Airbus A321 bound for Oslo landed in Bergen on Friday after a cabin alarm. Northwind said the alarm had been false.\n');
  assert.deepEqual(p.speakers, [['Northwind', 'Northwind']]);
});

test('a title word that closes a name after a first name is a surname ("Harriet Bishop", "Samuel Judge Jr."), and the surname alone is that person', () => {
  const text = [
    'Choir funding saved',
    '',
    'Harriet Bishop said the choir would sing at the festival. Bishop said the grant had arrived just in time.',
    '',
    'Samuel Judge Jr. said the hall would reopen in May.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['Harriet Bishop', 'Harriet Bishop'],
    ['Bishop', 'Harriet Bishop'],
    ['Samuel Judge Jr.', 'Samuel Judge Jr.'],
  ]);
});

test('"Sra. Ruiz" after "Elena Ruiz Castaño": a titled first surname of a three-word Spanish name is that name', () => {
  const text = [
    'Port strike ends',
    '',
    'Elena Ruiz Castaño said the dockers had accepted the deal. Ms Ruiz said work would restart at dawn.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['Elena Ruiz Castaño', 'Elena Ruiz Castaño'],
    ['Ruiz', 'Elena Ruiz Castaño'],
  ]);
});
