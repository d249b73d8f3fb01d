import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakers } from './suggestQueries';

test('a state department "of Health and Environment" keeps its whole name, and "the agency" is that department', () => {
  const text = [
    'Smoke from the landfill fire drifted over the town on Tuesday.',
    '',
    'The Oregon Department of Water and Air Quality said in a statement its sensors recorded no dangerous levels. The agency said children should stay indoors until Friday.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['The Oregon Department of Water and Air Quality', 'Oregon Department of Water and Air Quality'],
    ['The agency', 'Oregon Department of Water and Air Quality'],
  ]);
});

test('"the WHO" and "the agency" take the full name the page spells out', () => {
  const text = [
    'Polio cases in the region rose for a third year, the World Health Organization said on Friday.',
    '',
    'Most of the 212 cases were in children, the WHO said. The agency said vaccination rates had fallen below 80% in six countries.',
  ].join('\n');
  const names = speakers(text).map(([, n]) => n);
  assert.deepEqual(names, ['World Health Organization', 'World Health Organization', 'World Health Organization']);
});

test('Indian government speakers: "Union Ministry of X" is "Ministry of X", "the Centre" is the Government of India', () => {
  const text = [
    'The Union Ministry of Ports said on Monday that Rs 1,200 crore would go to dredging in Gujarat.',
    '',
    'The Ministry said the work would start in October. It said three ports would be dredged first.',
    '',
    'The Centre said the State had not sent its detailed project report.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['The Union Ministry of Ports', 'Ministry of Ports'],
    ['The Ministry', 'Ministry of Ports'],
    ['It', 'Ministry of Ports'],
    ['The Centre', 'Government of India'],
  ]);
});

test('"the Centre" on a page that is not Indian stays as written', () => {
  const text = 'The Centre said visitor numbers had doubled since the exhibition opened in May, with 40,000 tickets sold.';
  assert.ok(!speakers(text).some(([, n]) => n === 'Government of India'));
});

test('a number with a thousands comma inside an apposition does not cut the speaker', () => {
  const text = "The Coastal Ferry Workers' Union, which represents about 12,000 deckhands, said it would strike on Saturday.";
  assert.deepEqual(speakers(text), [["The Coastal Ferry Workers' Union", "Coastal Ferry Workers' Union"]]);
});

test('"the agency" after a spokesperson of an acronym-named body is that body', () => {
  const text = 'UNHCR spokeswoman Mira Daskalova told a briefing in Geneva that 60,000 people had crossed the border. The agency said it needed $25 million for shelter.';
  assert.deepEqual(speakers(text), [
    ['Mira Daskalova', 'Mira Daskalova'],
    ['The agency', 'UNHCR'],
  ]);
});

test('"the governing body" and "the body" speak for the organisation named before', () => {
  const text = 'The International Rowing Federation said the regatta would be moved to Lucerne. The governing body said crews would keep their entries.';
  assert.deepEqual(speakers(text).map(([, n]) => n), ['International Rowing Federation', 'International Rowing Federation']);
});

test('an acronym that skips some words of the name ("ECDC") takes the full name', () => {
  const text = 'The European Centre for Disease Prevention and Control said 14 countries had reported cases. The ECDC said most patients were unvaccinated.';
  assert.deepEqual(speakers(text).map(([, n]) => n), ['European Centre for Disease Prevention and Control', 'European Centre for Disease Prevention and Control']);
});

test('"the attorney general\'s office" stands for the state attorney general\'s office the page names', () => {
  assert.deepEqual(speakers("The Ohio Attorney General's Office, which defended the rule, was reviewing the ruling, said spokeswoman Dana Holt.\n\nIn court papers filed last month, the attorney general's office argued that the toll waiver already protected poorer drivers.\n"), [['Dana Holt', 'Dana Holt'], ["the attorney general's office", "Ohio Attorney General's Office"]]);
});

test('a country\'s ministry still loses the owner before its possessive', () => {
  assert.deepEqual(speakers("Norway's Ministry of Fisheries said the quota would be cut by a tenth next year.\n").map(([, name]) => name), ['Ministry of Fisheries']);
});

test('"A Health Norway spokesman said": a federal department named by its field and its country keeps its field word', () => {
  assert.deepEqual(speakers('Heat warning\n\nA Health Norway spokesman said officials would look at the guidance again in the autumn.\n\n"We are watching the data," Finance Canada said on Friday.\n'), [
    ['A Health Norway spokesman', 'Health Norway spokesman'],
    ['Finance Canada', 'Finance Canada'],
  ]);
});

test('"A Department of Health spokesperson said" is the department\'s spokesperson, not the person who spoke before', () => {
  const text = [
    "Green Party's Órla Tiernan said the hospital had been promised for a decade.",
    '',
    'A Department of Health spokesperson said the tender would be published in June.',
    '',
    'An Office for Road Safety official said the figures were provisional.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Órla Tiernan', 'Órla Tiernan'],
    ['A Department of Health spokesperson', 'Department of Health spokesperson'],
    ['An Office for Road Safety official', 'Office for Road Safety official'],
  ]);
});
