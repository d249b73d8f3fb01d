import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { attributed, speakerOf, speakers } from './suggestQueries';


test('an unnamed "a consumer group" is never what a later "the company" stands for', () => {
  const got = attributed(
    [
      'A consumer group says the new smart kettle sends usage data abroad.',
      'Brindle Appliances launched the kettle in Manchester on Monday.',
      'The company said in a statement that the data never leaves the device.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.slice(-1), ['Brindle Appliances']);
});

test('"Name, a nonprofit, …" makes a later "the group" that nonprofit', () => {
  const got = attributed(
    [
      'Brindle Appliances launched the kettle in Manchester on Monday.',
      'Fair Plug, a Leeds-based nonprofit, wrote to the trading standards office on Tuesday. In its letter, the group argues that the kettle breaks consumer law.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Fair Plug']);
});

test('"the Authority" alone, capitalised, is the organisation named on the page that ends with it', () => {
  const got = attributed(
    [
      'The Lower Tamsin Water Authority has begun work on a new reservoir.',
      'Half of the budget has been spent, according to figures released by the Authority.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Lower Tamsin Water Authority']);
});

test('a name with its initials in brackets is one organisation, however it is shortened later', () => {
  const r = suggest(
    [
      'Parks and Wildlife Tasmania (PWT) said three walking tracks near Cradle Valley would stay closed until Friday.',
      'The tracks were damaged by floods last month, Parks Tasmania said in an update on Monday.',
    ].join('\n\n'),
  );
  const claims = r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind !== 'assertion');
  assert.deepEqual(
    claims.map((c) => speakerOf(r, c)),
    ['Parks and Wildlife Tasmania', 'Parks and Wildlife Tasmania'],
  );
});

test('"the state agency" after a nameless-kind organisation spoke is that organisation, not a "… Centre" named elsewhere', () => {
  const got = attributed(
    [
      'The Hobart Regional Rehabilitation Centre reopened its pool on Monday.',
      'Parks and Wildlife Tasmania (PWT) said three walking tracks would stay closed until Friday.',
      '“Walkers should check the alerts page before they set out,” the state agency said in its statement.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Parks and Wildlife Tasmania', 'Parks and Wildlife Tasmania']);
});

test('"… District Health Unit" keeps its whole name: "Health" there is no title', () => {
  const got = attributed('The Kawartha District Health Unit said two beaches were closed because of algae.\n');
  assert.deepEqual(got, ['Kawartha District Health Unit']);
});

test('"A council spokeswoman said" is the spokeswoman of the council named on the page, not the last person quoted', () => {
  const got = speakers(
    [
      'Residents of Alder Row say the bins have not been emptied for a month, Priya Dace said.',
      'A council spokeswoman said the missed rounds were caused by a broken lorry.',
      'The Marlby District Council has promised a second lorry from May.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.find(([surface]) => surface === 'A council spokeswoman'), ['A council spokeswoman', 'Marlby District Council spokeswoman']);
});

test('"They said" after the police said something about officers is the police, not the officers', () => {
  const got = speakers('Harbour Bay Police said officers were sent to the pier at dawn. They said the search would go on until dark.\n');
  assert.deepEqual(got, [
    ['Harbour Bay Police', 'Harbour Bay Police'],
    ['They', 'Harbour Bay Police'],
  ]);
});

test('", the energy watchdog has found." credits the one watchdog-like body on the page', () => {
  const r = suggest('Some households were overcharged for more than two years, the energy watchdog has found.\n\nThe Office of Fuel Markets Commission (OFMC) fined three suppliers on Friday.\n');
  const claims = r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind === 'indirect');
  assert.deepEqual(
    claims.map((c) => [c.text, speakerOf(r, c)]),
    [['Some households were overcharged for more than two years', 'Office of Fuel Markets Commission']],
  );
});

test('the speaker span of "Parks and Wildlife Tasmania (PWT) said" is the whole name, "and" included', () => {
  const got = speakers('Parks and Wildlife Tasmania (PWT) said three walking tracks near Cradle Valley would stay closed until Friday.\n');
  assert.deepEqual(got, [['Parks and Wildlife Tasmania', 'Parks and Wildlife Tasmania']]);
});

test('a place\'s possessive before a ministry is no part of its name; a possessive inside an "of" name is', () => {
  const got = speakers(
    [
      'Eleven fires were burning near Flin Flon on Sunday, according to Manitoba\'s Ministry of Mines and Forests.',
      'The Federation of Selkirk Renters\' Associations said the smoke had closed two schools.',
    ].join('\n\n'),
  );
  assert.deepEqual(
    got.map(([, name]) => name),
    ['Ministry of Mines and Forests', "Federation of Selkirk Renters' Associations"],
  );
});

test('"the U.N. agency" written with full stops is the UN body named before; "It" after "The U.S. <body> cut …" is that body', () => {
  const text = [
    'ROME, Nov 10 - Wheat stocks are at their lowest in a decade, the Food and Agriculture Organization said on Tuesday.',
    '',
    'In its quarterly outlook, published as ministers met in Rome, the U.N. agency said prices could rise by a fifth by March.',
    '',
    '"Stocks are dangerously thin," said Mara Lindqvist, an economist at Nordbank.',
    '',
    'The U.S. Department of Agriculture cut its forecast for the Argentine harvest in October. It said in its monthly report last week that dry weather had damaged the crop.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['the Food and Agriculture Organization', 'Food and Agriculture Organization'],
    ['the U.N. agency', 'Food and Agriculture Organization'],
    ['Mara Lindqvist', 'Mara Lindqvist'],
    ['It', 'Department of Agriculture'],
  ]);
});

test('"the company" is the one-word business the story is about, even when a later sentence reads that name as a person', () => {
  const got = attributed(
    [
      'Pelliq recalls its Stride 2 smartwatch after straps snap',
      'Pelliq has halted sales of the Stride 2 after buyers reported broken straps within weeks.',
      'Pelliq spokesperson Orla Brennan confirmed that replacements would ship in January.',
      'The company said that refunds would be offered to anyone who asks.',
      'It is not the first time Pelliq has had to recall a watch.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.slice(1), ['Pelliq']);
});

test('"the water utility" with words of its field is the one-word business the story is about; "the rival utility" is not', () => {
  const text = (modifier: string): string =>
    [
      'Aquavel cuts supply to three towns over unpaid bills',
      'Residents of three towns were without running water on Monday after Aquavel cut supply over unpaid bills.',
      "Aquavel's board met on Sunday. Aquavel said in a statement that the towns owed it R90 million.",
      `The ${modifier} utility said on Tuesday that supply would return once a payment plan was signed.`,
    ].join('\n\n');
  assert.deepEqual(speakers(text('water')).at(-1), ['The water utility', 'Aquavel']);
  assert.notDeepEqual(speakers(text('rival')).at(-1), ['The rival utility', 'Aquavel']);
});

test('"the association" after a body whose name shows no kind just spoke is that body, not a person who spoke before', () => {
  const text = [
    'Hockey: Harbourside edge Lakeview in overtime thriller',
    'Harbourside beat Lakeview 3-2 in overtime on Saturday night.',
    'According to Hockey Tarrant, goaltender Ben Okoro, who left the ice in the second period holding his wrist, will have an X-ray on Monday. The association said he was doubtful for next weekend.',
  ].join('\n\n');
  assert.deepEqual(speakers(text).filter(([s]) => /association/.test(s)), [['The association', 'Hockey Tarrant']]);
  const person = [
    'Baking: first-time entrant takes the title',
    'Mirela Costache, who won the final on Sunday, said her plum tart took two years to perfect.',
    '"I still cannot believe it," she told viewers.',
    'The programme drew four million viewers, the broadcaster said.',
  ].join('\n\n');
  assert.deepEqual(speakers(person).filter(([s]) => /broadcaster/.test(s)), [['the broadcaster', 'broadcaster']]);
});

test('"the label" is the record company named "… Records"; "the company" the "… Packaging" firm introduced before it', () => {
  const label = [
    'Rapper drops lawsuit against his former label',
    'Jonah Vire sued Bluefinch Records in March, saying it had withheld royalties.',
    '"We are pleased this matter is behind us," the label said on Friday.',
  ].join('\n\n');
  assert.deepEqual(speakers(label).at(-1), ['the label', 'Bluefinch Records']);
  const packaging = [
    'Town mourns the bottle plant that shaped it',
    "The plant's owner, the Denver-based Orlen Packaging, announced the closure in 2017. In a statement at the time, the company said demand had fallen.",
    'Later, a regional haulage firm, Ridgeway Haulage, leased part of the site.',
  ].join('\n\n');
  assert.deepEqual(speakers(packaging)[0], ['the company', 'Orlen Packaging']);
});
