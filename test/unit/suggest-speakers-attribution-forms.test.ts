import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('a research note opening the sentence: the analysts at the bank speak, not the weekday of the note', () => {
  const r = pairs([
    'Mining stocks slide',
    'In a client note on Thursday, analysts at Pellworth Securities, led by Irma Vance, wrote that copper demand had peaked.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['analysts at Pellworth Securities', 'analysts at Pellworth Securities']]);
  assert.deepEqual(r.claims, [['copper demand had peaked', 'indirect', 'analysts at Pellworth Securities']]);
});

test('"Economists at X wrote" opening a sentence are named with their firm, as inside one', () => {
  const r = pairs([
    'Rates outlook',
    'Economists at Tarrant Bank wrote that the central bank would hold rates in March.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['Economists at Tarrant Bank', 'economists at Tarrant Bank']]);
  assert.deepEqual(r.claims.map((c) => c[2]), ['economists at Tarrant Bank']);
});

test('a company acting with a verb of its own and then "saying …" speaks the participle\'s clause', () => {
  const r = pairs([
    'Glassmaker warns',
    'Veldt Glass Group is the region\'s largest employer. The company also trimmed its forecast, saying gas prices had doubled.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['The company', 'Veldt Glass Group']]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'indirect'), [['gas prices had doubled', 'indirect', 'Veldt Glass Group']]);
});

test('"Shares fell after the carmaker cut its forecast, saying …": the carmaker speaks, the fall is the article\'s own', () => {
  const r = pairs([
    'Brenner Motorwerke AG recalls vans',
    'Brenner Motorwerke AG builds vans in Ulm. Shares fell 6% on Friday after the German carmaker cut its forecast, saying chip supplies had dried up.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['the German carmaker', 'Brenner Motorwerke AG']]);
  assert.deepEqual(r.claims.slice(-2), [
    ['Shares fell 6% on Friday', 'assertion', undefined],
    ['chip supplies had dried up', 'indirect', 'Brenner Motorwerke AG'],
  ]);
});

test('"X was quoted as saying" after a quotation and before reported speech', () => {
  const r = pairs([
    'Orchard closes',
    '"The frost took everything," Lotte Brenninkmeijer was quoted as saying.',
    'Brenninkmeijer was quoted as saying that the farm would not replant.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.claims, [
    ['The frost took everything', 'direct', 'Lotte Brenninkmeijer'],
    ['the farm would not replant', 'indirect', 'Lotte Brenninkmeijer'],
  ]);
});

test('", which said …" after an organisation: the organisation speaks, and the clause naming it is an assertion', () => {
  const r = pairs([
    'Ferry bookings',
    'The price war hurt rival Skerry Lines, which said on Monday that its bookings were down 12%.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['Skerry Lines', 'Skerry Lines']]);
  assert.deepEqual(r.claims, [
    ['The price war hurt rival Skerry Lines', 'assertion', undefined],
    ['its bookings were down 12%', 'indirect', 'Skerry Lines'],
  ]);
});

test('"his party", "their union": the party or union the page names, not the words as written', () => {
  const r = pairs([
    'Vote on nurses\' pay',
    'Two members of the Liberal Reform Party, Owen Tarr and Beth Lyle, voted against the bill. His party said Tarr would lose the whip.',
    'The Midwives\' Alliance of Westmark said it would ballot members. Many midwives travelled to the capital. Their union said buses would run on Saturday.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers.filter((s) => /^(?:His|Their)\s/.test(s[0])), [
    ['His party', 'Liberal Reform Party'],
    ['Their union', "Midwives' Alliance of Westmark"],
  ]);
});

test('"her ministry" with no ministry on the page stays as written', () => {
  const r = pairs([
    'Minister absent',
    'Health Minister Carla Brite missed the vote. Her ministry said she was abroad.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['Her ministry', 'Her ministry']]);
});

test('"Its chair, NAME, said:" over a paragraph without quotation marks: the paragraph is her direct claim', () => {
  const r = pairs([
    'Brewers welcome first beer duty cut since 2019',
    'The chancellor cut beer duty by 2p a pint on Wednesday, the first cut since 2019.',
    'The Cask Brewers\' Federation welcomed the cut. Its chair, Rhona Peel, said:',
    'Pubs have waited a decade for this. It will keep doors open in every town.',
    'Other trade bodies were quieter.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['Rhona Peel', 'Rhona Peel']]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'direct'), [['Pubs have waited a decade for this. It will keep doors open in every town', 'direct', 'Rhona Peel']]);
});

test('a live-blog entry headline "Name: \'quote\'" under its time names no extra speaker when the entry below names the person', () => {
  const r = pairs([
    'Harbour strike live: talks resume',
    '2:15pm',
    'Mahony: \'We are ready to talk tonight\'',
    'Dock union leader Kieran Mahony said his members would return to talks at 7pm. "We are ready to talk tonight," Mahony said.',
    '1:40pm',
    'Port Authority: Gates Will Stay Shut All Weekend',
    'That was the message posted on its website an hour ago.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [
    ['Kieran Mahony', 'Kieran Mahony'],
    ['Mahony', 'Kieran Mahony'],
    ['Port Authority', 'Port Authority'],
  ]);
  assert.equal(r.claims.filter((c) => c[0].includes('ready to talk')).length, 1);
});

test('"Osei\'s spokesperson" and "Tarvo\'s lawyers": the owner by the full name the page gives', () => {
  const r = pairs([
    'Minister misses vote',
    'Education Minister Rachel Osei missed the vote on the schools bill. Osei\'s spokesperson said the minister would return on Friday.',
    'Tarvo Shipping is based in Tallinn. Tarvo\'s lawyers said the claim had no merit.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [
    ["Osei's spokesperson", "Rachel Osei's spokesperson"],
    ["Tarvo's lawyers", "Tarvo Shipping's lawyers"],
  ]);
});

test('"a source in the premier\'s office": the unnamed source speaks, named after the office of the person who holds it', () => {
  const r = pairs([
    'Bill expected to pass',
    'Premier Dana Whitlock tabled the bill on Monday. A source in the premier\'s office told the Ledger that the bill would pass easily.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [["A source in the premier's office", "source in Dana Whitlock's office"]]);
  assert.deepEqual(r.claims.at(-1), ['the bill would pass easily', 'indirect', "source in Dana Whitlock's office"]);
});

test('"X was quick to point out that …" reports speech', () => {
  const r = pairs([
    'Port offer',
    'The port\'s chief executive, Mo Akhtar, defended the offer. Akhtar was quick to point out that wages had risen 6% last year.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.claims.at(-1), ['wages had risen 6% last year', 'indirect', 'Mo Akhtar']);
});

test('present-tense reporting in a feature: "cautions that", "the authors write in the paper that", "argues that" after ", but"', () => {
  const r = pairs([
    'Bees are foraging later in the day',
    'Bumblebees in Scottish gardens now forage two hours later than in 2005, a survey shows. The authors write in the paper that heat is the likeliest cause.',
    'Ines Dorr, who led the survey, cautions that the data come from only six gardens. Omar Haig accepts the finding, but argues that light pollution plays a part.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.claims.filter((c) => c[1] === 'indirect'), [
    ['heat is the likeliest cause', 'indirect', 'authors'],
    ['the data come from only six gardens', 'indirect', 'Ines Dorr'],
    ['light pollution plays a part', 'indirect', 'Omar Haig'],
  ]);
});

test('"X puts it more bluntly:" over an unquoted paragraph: X\'s direct claim', () => {
  const r = pairs([
    'Bees are foraging later in the day',
    'Bumblebees in Scottish gardens now forage two hours later than in 2005. Omar Haig, a beekeeper in Perth, was not surprised.',
    'Haig puts it more bluntly:',
    'The gardens are hotter at noon than they were. The bees are not stupid.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.claims.filter((c) => c[1] === 'direct'), [['The gardens are hotter at noon than they were. The bees are not stupid', 'direct', 'Omar Haig']]);
});

test('"NAME, who …, calls the plan “…”": the name before the relative clause characterises', () => {
  const r = pairs([
    'Bridge plan',
    'Council engineers unveiled the bridge plan on Monday.',
    'Ruth Abara, who chairs the residents\' forum on the east bank, calls the plan "a gift to the hauliers".',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.claims.at(-1), ['a gift to the hauliers', 'direct', 'Ruth Abara']);
});

test('"Its chair, NAME, called the rise “…”": the name in apposition characterises; "the plan, called “…”" names no one', () => {
  const r = pairs([
    'Allowance raised',
    'The Small Traders Federation welcomed the budget. Its chair, Ravi Patel, called the rise "a lifeline for corner shops".',
    'Ministers unveiled the plan, called "Shops First", on Monday.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [['Ravi Patel', 'Ravi Patel']]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'direct'), [['a lifeline for corner shops', 'direct', 'Ravi Patel']]);
});

test('"a spokesperson for the foundation": named after the foundation the page names, or as written when it names none', () => {
  const r = pairs([
    'Grants renewed',
    'The study was paid for by the Halvard Science Foundation. In an email, a spokesperson for the foundation said grants would be renewed in March.',
    'Crowds gathered outside the stadium. A spokeswoman for the council said the road would reopen at noon.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [
    ['a spokesperson for the foundation', 'spokesperson for Halvard Science Foundation'],
    ['A spokeswoman for the council', 'spokeswoman for the council'],
  ]);
});

test('"… said:" over a quotation or a block paragraph: the reporting verb\'s subject speaks, an organisation or a family too', () => {
  const r = pairs([
    'Hospital waiting lists grow again in Leinster region',
    'Waiting lists at hospitals in the Leinster region rose by 4% in October, figures published on Tuesday show.',
    'The Department of Health said in a statement:',
    'The increase reflects a very busy autumn. Extra theatre sessions will open in December.',
    'Aoife Brennan, 81, waited 14 months for a hip operation. In a statement read by their solicitor, Mrs Brennan\'s family said:',
    '"She was in pain every day of those 14 months."',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.speakers, [
    ['The Department of Health', 'Department of Health'],
    ["Brennan's family", 'family of Aoife Brennan'],
  ]);
  assert.deepEqual(r.claims.filter((c) => c[1] === 'direct').map((c) => c[2]), ['Department of Health', 'family of Aoife Brennan']);
});

test('a quoted fragment after a passive "had been told" stays inside the prosecutor\'s reported clause', () => {
  const r = pairs([
    'Crane firm trial',
    'Prosecutor Ines Varga told jurors that the driver had been told "more than once" that the crane was unsafe.',
  ].join('\n\n') + '\n');
  assert.deepEqual(r.claims, [['the driver had been told "more than once" that the crane was unsafe', 'indirect', 'Ines Varga']]);
});
