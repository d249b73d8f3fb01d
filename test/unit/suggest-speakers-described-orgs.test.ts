import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { attributed, pairs } from './suggestQueries';


test('"the company" is the business named on the page', () => {
  const got = attributed('Brightwater Ferries cancelled all crossings to the islands on Monday because of high winds, the company said.\n');
  assert.deepEqual(got, ['Brightwater Ferries']);
});

test('"the company" is the business that spoke last, not a parent named in passing', () => {
  const got = attributed(
    [
      'Kestrel Quarrying, which is owned by Dutch-listed Veld Minerals, said the blasting had been within its permit.',
      '“We monitor every blast with four seismographs and publish the readings,” the company said.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Kestrel Quarrying', 'Kestrel Quarrying']);
});

test('"the council" and "the transport ministry" take the full name, written before or after', () => {
  const got = attributed(
    [
      'Residents of Marlow Street have complained about the potholes for three years, the council said in a letter to them.',
      'The Harrowgate Borough Council budget for road repairs was cut by a third in 2024.',
      'The bridge will stay shut until engineers finish their survey, the transport ministry said.',
      'A spokesman for the Ministry of Transport and Infrastructure declined to say when the survey would end.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Harrowgate Borough Council', 'Ministry of Transport and Infrastructure']);
});

test('a short form takes the full name of the organisation introduced earlier', () => {
  const got = attributed('Coldharbour Brewing has closed its taproom in Deptford.\n\nColdharbour said the rent on the railway arch had tripled since 2022.\n');
  assert.deepEqual(got, ['Coldharbour Brewing']);
});

test('a description with nothing on the page to stand for keeps its own words', () => {
  const got = attributed('Drivers at the depot will strike for two days next week, the union said on Tuesday.\n');
  assert.deepEqual(got, ['union']);
});

test('a name before "of" is not part of the organisation after it', () => {
  const got = attributed(
    ['Sergeant Lena Moss of Carrow Valley Police attended the scene in the early hours of Sunday.', 'The road was closed for nine hours while the crash was investigated, the police said.'].join('\n\n'),
  );
  assert.deepEqual(got, ['Carrow Valley Police']);
});

test('"the company" is the one-word business the article is about when no name has a business ending', () => {
  const got = attributed(
    [
      'Quillo’s new budget phone goes on sale in May',
      'Quillo, the Helsinki-based maker of the Aava handsets, showed the Aava Lite in Berlin on Tuesday.',
      'The phone has a 6.1-inch screen and a battery that lasts two days, according to the company.',
      'Quillo says it will sell the phone in 14 countries, starting in Finland and Estonia.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Quillo', 'Quillo']);
});

test('a place named in the headline is not taken for the business', () => {
  const got = attributed(
    ['Rain delays harvest across Tarrow', 'Farmers in Tarrow have lost a month of harvesting to rain, and in Tarrow the roads are flooded.', 'Prices for grain will rise by a fifth this autumn, the company said.'].join('\n\n'),
  );
  assert.deepEqual(got, ['company']);
});

test('"the union" of a strike story is not the European Union', () => {
  const got = attributed('Dock workers walked out on Monday over pay.\n\nThe European Union has no role in the dispute.\n\nThe strike will last until Friday, the union said.\n');
  assert.deepEqual(got, ['union']);
});

test('"the group" of campaigners is not the business the article is about', () => {
  const got = attributed(
    [
      'Protesters block Fenwick depot',
      'Fenwick said on Monday that deliveries from its Hull depot had stopped after about 40 protesters chained themselves to the gates. Fenwick’s shares fell 2%.',
      'Fenwick says it has asked the police to clear the road.',
      'The protest will go on until the depot stops handling palm oil, the group said.',
    ].join('\n\n'),
  );
  assert.equal(got[got.length - 1], 'group');
});

test('a name after a sentence end is read on its own; "the lender" and "the broadcaster" find their organisation', () => {
  const got = attributed(
    [
      'Regulators acted on Monday. Ofcom fined Northgate Media Group £40,000 over a phone-in quiz. The broadcaster said it would appeal against the fine.',
      'Kestrel Bank of Wales raised its mortgage rates on Friday. The lender said approvals had dropped by a tenth in May.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Northgate Media Group', 'Kestrel Bank of Wales']);
});

test('"said a spokeswoman for X" is the spokeswoman, named after the organisation X (and "the council" after the council the page names)', () => {
  const got = attributed(
    ['Bins left uncollected for a fortnight', 'Harlow Vale District Council has hired 12 agency drivers. Collections will be back to normal by Friday, said a spokeswoman for the council.', '“Every street will be cleared this week,” said a spokesperson for Harlow Vale District Council.'].join('\n\n'),
  );
  assert.deepEqual(got, ['spokeswoman for Harlow Vale District Council', 'spokesperson for Harlow Vale District Council']);
});

test('"the campaign group Clean Rivers Now" introduces a name that a later "the group" stands for', () => {
  const text = [
    'Sewage protest at council offices',
    '',
    'Members of the campaign group Clean Rivers Now gathered outside the town hall. The group said the spills had doubled since spring.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const group = r.suggestions.find((s) => s.label === 'speaker' && s.text === 'The group');
  assert.equal(group?.attrs.name, 'Clean Rivers Now');
});

test('"Bakers union Kestra, which …, said …": a sentence opening with the description names the union a later "the union" stands for', () => {
  const text = [
    'Brindle Foods to close its Leeds bakery',
    '',
    'Brindle Foods said on Monday it would close its bakery in Leeds next year.',
    '',
    "Bakers union Kestra, which represents about 400 of the bakery's staff, said it would fight the closure. No talks had been offered, according to the union.",
    '',
  ].join('\n');
  const { speakers: found } = pairs(text);
  assert.deepEqual(found.find(([s]) => s === 'the union'), ['the union', 'Kestra']);
});

test('"the central bank" is the "Bank of …" named before, not a commercial bank named nearer', () => {
  const text = [
    'Pound slides after rate cut',
    '',
    'The pound slid after the Bank of Wessex lowered rates. Analysts at Harbour Bank were surprised.',
    '',
    'Explaining the cut, the central bank said hiring had slowed sharply.',
    '',
  ].join('\n');
  const { speakers: found, claims } = pairs(text);
  assert.deepEqual(found, [['the central bank', 'Bank of Wessex']]);
  assert.deepEqual(claims.find((c) => c[1] === 'indirect'), ['hiring had slowed sharply', 'indirect', 'Bank of Wessex']);
});

test('"the forum" is the "… Ratepayers\' Forum" named before', () => {
  const text = "Tariff case\n\nThe application, brought by the Hill Ratepayers' Forum on Thursday, will be heard on Monday.\n\nIn sworn papers, the forum argues that the tariff vote was unlawful.\n";
  const { speakers: found, claims } = pairs(text);
  assert.deepEqual(found, [['the forum', "Hill Ratepayers' Forum"]]);
  assert.deepEqual(claims.find((c) => c[1] === 'indirect'), ['the tariff vote was unlawful', 'indirect', "Hill Ratepayers' Forum"]);
});

test('"the trust" is the "… Trust" even just after "The Hale Estate said"; "the ministry" keeps a portfolio listed with commas; an unnamed volunteer is no organisation', () => {
  const text = [
    'Orchard charity fights for its nursery',
    '',
    'In 2004 she founded the Severn Pear Trust, which now grafts cuttings from old trees.',
    '',
    'The Hale Estate, the orchard\'s landlord, said in a statement that the higher rent matched local prices.',
    '',
    'The trust says the move will cost £40,000 it does not have. One longtime volunteer says several members could host saplings at home.',
    '',
    'She has written to the Ministry of Culture, Sport and Tourism twice. In its reply, the ministry said old orchards were eligible for grants.',
    '',
  ].join('\n');
  const { speakers: found } = pairs(text);
  assert.deepEqual(found, [
    ['The Hale Estate', 'Hale Estate'],
    ['The trust', 'Severn Pear Trust'],
    ['One longtime volunteer', 'longtime volunteer'],
    ['the ministry', 'Ministry of Culture, Sport and Tourism'],
  ]);
});

test('"the regulator" is a US "… Administration" named before it', () => {
  const text = [
    'Baby formula recall widened',
    '',
    'The Food and Drug Administration (FDA) widened the recall on Monday to three more batches. The regulator said no illnesses had been reported.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers.filter((s) => s[0] === 'The regulator'), [['The regulator', 'Food and Drug Administration']]);
});
