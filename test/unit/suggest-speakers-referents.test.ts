// What a later mention of a speaker stands for: a councillor's short title, an organisation's
// description, a pronoun, a surname — resolved to the full name given on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs, speakers } from './suggestQueries';

test('"Cr Lindqvist" (an Australian councillor) and "the mayor" are the mayor named before (the title stays out of the span)', () => {
  const text = [
    'Wattle Creek Shire Mayor Ingrid Lindqvist said the council had written to the state twice about the road.',
    '',
    '"People are driving forty minutes around a washed-out bridge," Cr Lindqvist said.',
    '',
    'According to the mayor, the shire has set aside money for a temporary crossing.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Ingrid Lindqvist', 'Ingrid Lindqvist'],
    ['Lindqvist', 'Ingrid Lindqvist'],
    ['the mayor', 'Ingrid Lindqvist'],
  ]);
});

test('"X, the state agency running the scheme, said": "It" and "the agency" are X, not a service named in the footer', () => {
  const text = [
    'Coastal Homes Tasmania, the state agency running the buyback scheme, said on Friday that it had bought 31 houses.',
    '',
    'It said valuations had taken longer than planned because of the floods.',
    '',
    '"We know families have been waiting too long," the agency said.',
    '',
    'This program may include material from the Northern Wire Service which is copyrighted.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Coastal Homes Tasmania', 'Coastal Homes Tasmania'],
    ['It', 'Coastal Homes Tasmania'],
    ['the agency', 'Coastal Homes Tasmania'],
  ]);
});

test('a short form the page defines in brackets ("(DfE)") is the organisation\'s full name, and so is "It" after it', () => {
  const text = [
    'The Department for Education (DfE) publishes figures on school absence every term.',
    '',
    'The DfE said that the new figures would include pupils educated at home. It said the autumn figures would be out in May.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['The DfE', 'Department for Education'],
    ['It', 'Department for Education'],
  ]);
});

test('"Name MP, speaking on local radio on DATE: “…”" credits the quotation to the name, without the post-nominal letters', () => {
  const r = pairs('Fiona Castellan MSP, speaking on Radio Tweed on 3 March 2026: “Ferry fares to the islands have doubled in two years.”');
  assert.deepEqual(r.speakers, [['Fiona Castellan', 'Fiona Castellan']]);
  assert.deepEqual(r.claims, [['Ferry fares to the islands have doubled in two years', 'direct', 'Fiona Castellan']]);
});

test('"told a radio phone-in about … last month that …": a long object before "that" still makes the rest the claim', () => {
  const r = pairs('Labour councillor Dev Raman told a community radio phone-in about late-night ferry sailings last week that demand had halved since the timetable changed.');
  assert.deepEqual(r.speakers, [['Dev Raman', 'Dev Raman']]);
  assert.deepEqual(r.claims, [['demand had halved since the timetable changed', 'indirect', 'Dev Raman']]);
});

test('"Dean" before a surname is a first name: a later "Pryor" is "Dean Pryor"', () => {
  const text = [
    "Green Party's Dean Pryor arrived at the count hall just after midnight, having spent the evening in the estates.",
    '',
    '"We doubled our vote in the north of the ward and nobody gave us a chance," Pryor told the Gazette.',
  ].join('\n');
  assert.deepEqual(speakers(text), [['Pryor', 'Dean Pryor']]);
});

test('"X UK said … The party added …": a description stands for the organisation that has just spoken when its name shows no kind', () => {
  const text = [
    'Forward UK said in a statement that its canvass returns had been the best in the region.',
    '',
    'The party added that it would stand candidates in every county seat next spring.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Forward UK', 'Forward UK'],
    ['The party', 'Forward UK'],
  ]);
});

test('"He, however, cautioned that …": the pronoun before an inserted adverb is the speaker named before', () => {
  const r = pairs([
    '“The new kiln is the real story here,” Chidi Okafor noted.',
    '',
    'He, however, cautioned that higher haulage costs could squeeze margins later in the year.',
  ].join('\n'));
  assert.deepEqual(r.speakers, [
    ['Chidi Okafor', 'Chidi Okafor'],
    ['He', 'Chidi Okafor'],
  ]);
  assert.deepEqual(r.claims[1], ['higher haulage costs could squeeze margins later in the year', 'indirect', 'Chidi Okafor']);
});

test('"according to Spanish newspaper Diario del Puerto": the newspaper speaks, not the nationality', () => {
  const r = pairs('According to Spanish newspaper Diario del Puerto, the harbour board rejected three offers for the site last year.');
  assert.deepEqual(r.speakers, [['Diario del Puerto', 'Diario del Puerto']]);
  assert.deepEqual(r.claims, [['the harbour board rejected three offers for the site last year', 'indirect', 'Diario del Puerto']]);
});

test('"The Westport Herald reported … The paper said …": the paper is the newspaper just named', () => {
  const text = 'The Westport Herald reported on Monday that the ferry operator would cut two winter routes. The paper said the harbour trust had refused to lower its fees.';
  assert.deepEqual(speakers(text), [
    ['The Westport Herald', 'Westport Herald'],
    ['The paper', 'Westport Herald'],
  ]);
});

test('a one-word operator is not short for a newspaper that opens with the same word', () => {
  const text = [
    'Southern said trains would run every half hour on Saturday, the Southern Chronicle reported.',
    '',
    'Southern said it was sorry for the delays on Friday night.',
  ].join('\n');
  assert.deepEqual(speakers(text).filter(([surface]) => surface === 'Southern').map(([, name]) => name), ['Southern', 'Southern']);
});

test('"the club said" in a transfer story is the club the story is about, not the selling club named nearer', () => {
  const text = [
    'Kingsmere Rovers agree £12m fee with FC Almeria for winger Tomas Reyes',
    '',
    'Kingsmere Rovers have agreed a fee for the Spanish winger Tomas Reyes with FC Almeria.',
    '',
    'Kingsmere are ninth in the table and have lost four of their last six games. Kingsmere manager Alan Brodie said last week that he wanted two more signings.',
    '',
    'In a statement on Friday evening, the club said that the player would have a medical on Monday.',
  ].join('\n');
  assert.deepEqual(speakers(text).filter(([surface]) => surface === 'the club'), [['the club', 'Kingsmere Rovers']]);
});

test('"a fee with FC Almeria for the winger": the club before "for" is still an organisation "the club" can stand for', () => {
  const text = 'The deal was agreed with FC Almeria for the Spanish winger Tomas Reyes on Thursday. In a statement on Friday, the club said that it wished the player well.';
  assert.deepEqual(speakers(text), [['the club', 'FC Almeria']]);
});

test('"The Dutchman", "The Sri Lankan": a nationality written as a noun is the person the sentence before was about', () => {
  const text = [
    'Cup tie',
    '',
    'Visiting manager Joris de Haan said the pitch had cost his side. The Dutchman also said his striker was injured.',
    '',
    'Home coach Ruwan Jayasuriya said the win was deserved.',
    '',
    'The Sri Lankan, in his second season at the club, added that the squad was tired.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Joris de Haan', 'Joris de Haan'],
    ['The Dutchman', 'Joris de Haan'],
    ['Ruwan Jayasuriya', 'Ruwan Jayasuriya'],
    ['The Sri Lankan', 'Ruwan Jayasuriya'],
  ]);
  assert.deepEqual(p.claims.map(([c, , who]) => [c, who]), [
    ['the pitch had cost his side', 'Joris de Haan'],
    ['his striker was injured', 'Joris de Haan'],
    ['the win was deserved', 'Ruwan Jayasuriya'],
    ['the squad was tired', 'Ruwan Jayasuriya'],
  ]);
});

test('"the 48-year-old" is the person the story is about, not a team written with a plural verb nor a place named before a branch', () => {
  const text = [
    'Harbour City manager Luis Moreira said winger Dan Okoye would start against Blackwater Rovers on Saturday.',
    '',
    '"Dan has been our best player in training. He deserves this chance," he said.',
    '',
    'Rovers, who are second, beat Harbour City 2-0 in August. Moreira\'s side are 14th in the table.',
    '',
    '"Rovers are a very good team, but we are not afraid of anybody," the 48-year-old added.',
    '',
    'Councillor Ruth Keane lost her seat on Friday. She had chaired the party\'s Glasgow North branch until March, when Ms Keane resigned.',
    '',
    'The 52-year-old said she was proud of her record on housing.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Luis Moreira', 'Luis Moreira'],
    ['he', 'Luis Moreira'],
    ['the 48-year-old', 'Luis Moreira'],
    ['The 52-year-old', 'Ruth Keane'],
  ]);
});

test('"the Rovers coach" in the first paragraph is the coach named with that role a paragraph or two later', () => {
  const got = pairs(
    [
      'Harbourside won by two wickets on Saturday, and the Rovers coach admitted he had "stopped watching" during the final over.',
      'The win lifts them to second in the table.',
      '"I could not look," Rovers coach Dan Pike said.',
    ].join('\n\n'),
  );
  assert.deepEqual(got.speakers, [['the Rovers coach', 'Dan Pike'], ['Dan Pike', 'Dan Pike']]);
});
