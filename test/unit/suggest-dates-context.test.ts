// Dates whose value depends on the clause around them, on the time of publication, or on what
// surrounds a number: each test is one phenomenon, with its own invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { dates } from './suggestQueries';


test('"would" in reported speech points forward, even far from the date', () => {
  // 2024-10-09 is a Wednesday
  const found = dates('9 October 2024\n\nShe said the union would present its offer to all the employers of the northern region on Monday morning.\n');
  assert.deepEqual(found.slice(1), [['on Monday morning', '2024-10-14']]);
});

test('"would have" + a noun is a plan; "would have" + a participle looks back', () => {
  const found = dates('9 October 2024\n\nThe coach said the striker would have a scan on Friday. Without the rain, the match would have finished on Monday.\n');
  assert.deepEqual(found.slice(1), [['on Friday', '2024-10-11'], ['on Monday', '2024-10-07']]);
});

test('the present tense of a fixture is the coming day, after a past clause joined by "and"', () => {
  // 2025-03-08 is a Saturday
  const found = dates('8 March 2025\n\nThe Comets have lost four of their last five and host Denby at 7 p.m. Wednesday. The festival opens on Friday.\n');
  assert.deepEqual(found.slice(1), [['at 7 p.m. Wednesday', '2025-03-12T19:00'], ['on Friday', '2025-03-14']]);
});

test('a bare time of day moves to the next or previous day when the tense and the publication hour say so', () => {
  const late = dates('Monday 2 June 2025, 23:50\n\nThe last ballots are expected to be counted by 3 a.m.\n');
  assert.deepEqual(late.slice(1), [['3 a.m', '2025-06-03T03:00']]);
  const early = dates('Tuesday 3 June 2025, 07:30\n\nThe fire broke out at 11 p.m. and was put out two hours later.\n');
  assert.deepEqual(early.slice(1), [['at 11 p.m', '2025-06-02T23:00']]);
  // published without a time: a time of day stays on the publication day
  const untimed = dates('3 June 2025\n\nThe fire broke out at 11 p.m.\n');
  assert.deepEqual(untimed.slice(1), [['at 11 p.m', '2025-06-03T23:00']]);
});

test('a participle after "stay" or "remain" is not a past tense', () => {
  const found = dates('Published 20 January 2024, 07:00 GMT\n\nThe bridge will stay closed until at least 15:00 GMT.\n');
  assert.deepEqual(found.slice(1), [['15:00 GMT', '2024-01-20T15:00Z']]);
});

test('match clocks are not times of day', () => {
  const found = dates('1 February 2025\n\nOkoro scored 3:12 into extra time after Vance had equalised with 0:48 remaining, and the visitors led at 14:05 of the second period. Kick-off is at 19:45.\n');
  assert.deepEqual(found.slice(1), [['at 19:45', '2025-02-01T19:45']]);
});

test('"this morning" and "last night" are the day they point at; "every Friday" is no date', () => {
  const found = dates('Published 16 May 2025, 12:00\n\nThe mayor resigned this morning after a vote last night. The market is held every Friday.\n');
  assert.deepEqual(found.slice(1), [['this morning', '2025-05-16'], ['last night', '2025-05-15']]);
});

test('a year after "on" or "than" in a comparison is a date', () => {
  const found = dates('5 May 2026\n\nTurnout was down four points on 2022 and higher than 2018.\n');
  assert.deepEqual(found.slice(1), [['2022', '2022'], ['2018', '2018']]);
});

test('a short line near the top that states a full date is the dateline, whatever its label', () => {
  const r = suggest('City Radio\nDrive Time\nAired Thu 4 Sep 2025, 17:20 · Listen\n\nThe council said on Monday it would close the bridge in October.\n');
  assert.equal(r.meta.published, '2025-09-04T17:20');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found.slice(1), [['on Monday', '2025-09-01'], ['October', '2025-10']]);
});

test('without any publication date, year-less months take the year the page mentions, not a made-up one', () => {
  const found = dates('Harbour news\n\nThe harbour reopened in March after the 2023 storms. © Harbour Herald 2024\n');
  const march = found.find(([t]) => t === 'March');
  assert.ok(march !== undefined && march[1].startsWith('2024-'), `March resolved to ${march?.[1]}`);
});

test('player captions and "browse" links are page chrome, not dates', () => {
  const r = suggest('Morning Show\nListen · 6:12\nBrowse today\'s topics\n\nThe show aired on 4 May 2025.\n');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => s.text);
  assert.deepEqual(found, ['on 4 May 2025']);
});

test('a range of months is two dates; a year stated at the end is lent to the start', () => {
  const found = dates('5 March 2025\n\nPrices rose from June to August 2024, and the season ran from September to December.\n');
  assert.deepEqual(found.slice(1), [['June', '2024-06'], ['August 2024', '2024-08'], ['September', '2024-09'], ['December', '2024-12']]);
});

test('irregular past verbs look back; a participle after "be" does not', () => {
  const found = dates('5 March 2025\n\nSales grew in November. The first payment will be paid in April.\n');
  assert.deepEqual(found.slice(1), [['November', '2024-11'], ['April', '2025-04']]);
});

test('a byline with bars keeps its date, and a time in the next segment joins it', () => {
  const r = suggest('Harbour Herald\nBy Jo Bloggs | 05 March 2025 | 10:02 GMT\n\nThe ferry company said on Monday it would cut sailings.\n');
  assert.equal(r.meta.published, '2025-03-05T10:02Z');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found.at(-1), ['on Monday', '2025-03-03']);
});

test('numeric dates are read month first on an American page, day first elsewhere', () => {
  const us = dates('Published 9:15 a.m. EST, Tue February 11, 2025\n\nThe filing, dated 03/04/2025, follows a hearing on 02/10/2025.\n');
  assert.deepEqual(us.slice(1), [['03/04/2025', '2025-03-04'], ['02/10/2025', '2025-02-10']]);
  const uk = dates('Published 11 February 2025, 09:15 GMT\n\nThe filing, dated 03/04/2025, follows a hearing on 10/02/2025.\n');
  assert.deepEqual(uk.slice(1), [['03/04/2025', '2025-04-03'], ['10/02/2025', '2025-02-10']]);
  // a date that can only be read one way settles the page
  const decided = dates('Notice\n\nIssued 25/03/2025. The offer closes on 04/05/2025.\n');
  assert.deepEqual(decided.map(([, v]) => v), ['2025-03-25', '2025-05-04']);
});

test('decades take ISO 8601 reduced precision; an age in the forties is no date', () => {
  const found = dates('5 March 2025\n\nThe mill closed in the 1970s and the town recovered in the early 2000s, unlike in the \'80s. The owner is in her 40s.\n');
  assert.deepEqual(found.slice(1), [['1970s', '197'], ['early 2000s', '200'], ["'80s", '198']]);
});

test('seasons are the year they fall in; "last" is the latest one over', () => {
  const found = dates('Published 12 March 2025, 09:00\n\nLast summer was dry, next spring may be wet, and the summer of 2019 was worse.\n');
  assert.deepEqual(found.slice(1), [['Last summer', '2024'], ['next spring', '2026'], ['2019', '2019']]);
});

test('wire times without a colon, o\'clock times and counts of years ago keep the precision they state', () => {
  const found = dates('Published 12 March 2025, 09:00\n\nCopper was up 1% by 1400 GMT. The raid began at six o\'clock yesterday morning. The mine opened ten years ago.\n');
  assert.deepEqual(found.slice(1), [['1400 GMT', '2025-03-12T14:00Z'], ["six o'clock yesterday", '2025-03-11T06:00'], ['ten years ago', '2015']]);
});

test('quarter results are the quarter just over; a quarter forecast is one still to come', () => {
  // 23 January 2025: Q4 2024 has just ended
  const found = dates('Published 23 January 2025\n\nThe carrier will report its fourth-quarter results on Tuesday. Its chief said the first-quarter forecast had been cut.\n');
  assert.deepEqual(found.slice(1), [['fourth-quarter', '2024-Q4'], ['on Tuesday', '2025-01-28'], ['first-quarter', '2025-Q1']]);
});

test('an -ed adjective ("discounted volumes") is not a past tense, nor is a word cut at the window edge', () => {
  const found = dates('Published 23 January 2025\n\nThe brewer said it expected discounted volumes of around 4 million barrels in the first quarter.\n');
  assert.deepEqual(found.slice(1), [['the first quarter', '2025-Q1']]);
});

test('"fiscal 2026", "the council\'s 2027 budget" and "the end of the month" are dates; a clip length is not', () => {
  const found = dates('Published 10 October 2026\n\nThe club expects a profit in fiscal 2026 and the council\'s 2027 budget by the end of the month. Watch the goals (1:42).\n');
  assert.deepEqual(found.slice(1), [['2026', '2026'], ['2027', '2027'], ['the end of the month', '2026-10']]);
});

test('a freshness counter is chrome and never the publication date; the headline is the first line long enough to be one', () => {
  const r = suggest('Markets\nFear & Greed Index\nHome / News / Health\nHeat raises the risk of premature birth, study finds ☀️\nUpdated 3 hours ago\nWed 12 Mar 2025 06.00 GMT\n\nThe study was published on Wednesday.\n');
  assert.equal(r.meta.published, '2025-03-12T06:00Z');
  assert.equal(r.meta.title, 'Heat raises the risk of premature birth, study finds ☀️');
  assert.ok(!r.suggestions.some((s) => s.text.includes('ago')), 'no suggestion on the counter');
});

test('"between January and March 2023" lends the year to January; "14 November last year" is a day, with its time', () => {
  const found = dates('Published 9 April 2025, 16:30\n\nHe was banned between January and March 2023. The crash happened at 11.20pm on 14 November last year. He had started drinking that afternoon.\n');
  assert.deepEqual(found.slice(1), [['January', '2023-01'], ['March 2023', '2023-03'], ['at 11.20pm on 14 November last year', '2024-11-14T23:20'], ['that afternoon', '2024-11-14']]);
});

test('a "Modified" line beside the dateline is not a live-blog entry: "tonight" stays the publication evening', () => {
  const found = dates('Published on: 16/03/2025 - 22:41\nModified: 17/03/2025 - 09:05\n\n"We played well tonight," the coach said.\n');
  assert.deepEqual(found.at(-1), ['tonight', '2025-03-16']);
});

test('"a year earlier" counts back from the date told just before, as precise as that date', () => {
  const found = dates('Published 3 September 2025\n\nVisitor numbers in August were 9 percent higher than a year earlier. Profit in the fourth quarter rose to $4m from $2m a year earlier. We spent two years on the design.\n');
  assert.deepEqual(found.slice(1), [['August', '2025-08'], ['a year earlier', '2024-08'], ['the fourth quarter', '2024-Q4'], ['a year earlier', '2023-Q4']]);
});

test('a live blog with day headers: the entries under "Saturday 24 January" are on that day', () => {
  const text = 'Masters live\nPublished 25 January 2026, 18:00 CET\n\nSunday 25 January\n14:05 CET\nPlay starts today.\nSaturday 24 January\n21:48 CET\nThe leaders drew tonight and play again tomorrow.\n';
  const found = dates(text).filter(([t]) => !/January/.test(t));
  assert.deepEqual(found, [['14:05 CET', '2026-01-25T14:05+01:00'], ['today', '2026-01-25'], ['21:48 CET', '2026-01-24T21:48+01:00'], ['tonight', '2026-01-24'], ['tomorrow', '2026-01-25']]);
});

test('a date and its time across a slash are one date; "the 2024 surge" is a year; "to be released" and "had not expected" set the tense', () => {
  const r = suggest('KVRN News\nJan. 14, 2026 / 3:40 p.m. CST\n\nThe gaps behind the 2024 surge remain. The money is to be released before March 31. He said he had not expected to be in contention after losing on Monday. The 1800 workers left.\n');
  assert.equal(r.meta.published, '2026-01-14T15:40-06:00');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found, [['Jan. 14, 2026 / 3:40 p.m. CST', '2026-01-14T15:40-06:00'], ['2024', '2024'], ['March 31', '2026-03-31'], ['on Monday', '2026-01-12']]);
});

test('"Saturday week", "Friday the 27th" by tense, a range\'s end on its start\'s day, "has yet to", and a count before "votes"', () => {
  // 18 March 2026 is a Wednesday; 27 February and 27 March 2026 are both Fridays
  const found = dates('Published 18 March 2026, 17:42\n\nThe theatre closes on Saturday week. The attack began on Friday the 27th. A warning is in force tomorrow from 6am to 9pm. The plan was refused by nine votes to three in April. The group has yet to find a venue for July. She said a review would come in the spring.\n');
  assert.deepEqual(found.slice(1), [
    ['Saturday week', '2026-03-28'],
    ['Friday the 27th', '2026-02-27'],
    ['tomorrow from 6am', '2026-03-19T06:00'],
    ['9pm', '2026-03-19T21:00'],
    ['April', '2025-04'],
    ['July', '2026-07'],
    ['spring', '2026'],
  ]);
});

test('capitalised names are no verbs ("South End"), present "reports" and "ahead of" point forward, a first time takes the day of the second', () => {
  // 17 June 2026 is a Wednesday
  const found = dates('Published 17 June 2026, 11:05\n\nPickets went up at the South End terminals shortly after 6 a.m. The firm reports second-quarter earnings on August 4, ahead of Friday\'s vote. Police want witnesses who were out between 9.30pm and 10.15pm on Sunday. A meeting has been pencilled in for November.\n');
  assert.deepEqual(found.slice(1), [
    ['6 a.m', '2026-06-17T06:00'],
    ['second-quarter', '2026-Q2'],
    ['August 4', '2026-08-04'],
    ['Friday', '2026-06-19'],
    ['9.30pm', '2026-06-14T21:30'],
    ['10.15pm on Sunday', '2026-06-14T22:15'],
    ['November', '2026-11'],
  ]);
});

test('more holidays: St Patrick\'s Day, Good Friday, Memorial Day, Canada Day', () => {
  const found = dates('Published 2 February 2026\n\nThe parade will be on St Patrick\'s Day; shops will shut on Good Friday, Memorial Day and Canada Day.\n');
  assert.deepEqual(found.slice(1), [["St Patrick's Day", '2026-03-17'], ['Good Friday', '2026-04-03'], ['Memorial Day', '2026-05-25'], ['Canada Day', '2026-07-01']]);
});

test('a live blog told newest first crosses midnight backwards: the older entries and their bare times are on the day before', () => {
  // the page names its first publication below its last update; the top entry is past midnight
  const text = 'Harbour regatta night race – as it happened\nSat 6 Jun 2026 01.40 BST\nFirst published on Fri 5 Jun 2026 20.10 BST\n\n01.40 BST\nThe last boat crossed the line and the crews head home later today.\n\n00.35 BST\nThe leading yacht rounded the final buoy at 00:20.\n\n23.50 BST\nThe wind dropped and the fleet should finish by 1am.\n\n20.10 BST\nThe race starts at 9pm tonight.\n';
  const r = suggest(text);
  assert.equal(r.meta.published, '2026-06-05T20:10+01:00');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]).slice(2);
  assert.deepEqual(found, [
    ['01.40 BST', '2026-06-06T01:40+01:00'],
    ['today', '2026-06-06'],
    ['00.35 BST', '2026-06-06T00:35+01:00'],
    ['at 00:20', '2026-06-06T00:20'],
    ['23.50 BST', '2026-06-05T23:50+01:00'],
    ['1am', '2026-06-06T01:00'],
    ['20.10 BST', '2026-06-05T20:10+01:00'],
    ['at 9pm tonight', '2026-06-05T21:00'],
  ]);
});

test('a live blog told oldest first crosses midnight forwards: the entries after it are on the next day', () => {
  const text = 'Count night live\nPublished 2 May 2024, 21:00\n\n21:00\nCounting begins; a result is expected at 2am.\n\n23:40\nThe first boxes are open.\n\n00:50\nThe recount finished at 00:30.\n';
  const found = dates(text).slice(1);
  assert.deepEqual(found, [['21:00', '2024-05-02T21:00'], ['at 2am', '2024-05-03T02:00'], ['23:40', '2024-05-02T23:40'], ['00:50', '2024-05-03T00:50'], ['at 00:30', '2024-05-03T00:30']]);
});

test('a bare time takes the day named before it in its clause, or the event day the sentence before names; not a span end or a new clause', () => {
  // 10 September 2025 is a Wednesday
  const found = dates('Published 10 September 2025, 09:00\n\nThe choir sings at the cathedral on Saturday, with doors opening at 6.30pm. The ferry leaves for the island on Friday 12 September for a 8.15am crossing.\nVolunteers will decorate the floats for Sunday\'s parade. The first float sets off at 11am.\nThe talks were due to run through Thursday and the mediator left at about 2:30 a.m.\nThe bridge closes on Friday until 5pm.\n');
  assert.deepEqual(found.slice(1), [
    ['on Saturday', '2025-09-13'],
    ['at 6.30pm', '2025-09-13T18:30'],
    ['on Friday 12 September', '2025-09-12'],
    ['8.15am', '2025-09-12T08:15'],
    ['Sunday', '2025-09-14'],
    ['at 11am', '2025-09-14T11:00'],
    ['Thursday', '2025-09-11'],
    ['2:30 a.m', '2025-09-10T02:30'],
    ['on Friday', '2025-09-12'],
    ['5pm', '2025-09-12T17:00'],
  ]);
});

test('a newest-first live blog with only its first publication stated: the top entries past midnight are on the next day', () => {
  const text = 'Night count – live\nFirst published on Wed 7 Oct 2026 21.05 BST\n\n02.10 BST\nThe last ward declared.\n\n00.40 BST\nA recount was called.\n\n22.30 BST\nThe doors closed at 10pm.\n\n21.05 BST\nWelcome to the count.\n';
  const found = dates(text).slice(1);
  assert.deepEqual(found, [
    ['02.10 BST', '2026-10-08T02:10+01:00'],
    ['00.40 BST', '2026-10-08T00:40+01:00'],
    ['22.30 BST', '2026-10-07T22:30+01:00'],
    ['at 10pm', '2026-10-07T22:00'],
    ['21.05 BST', '2026-10-07T21:05+01:00'],
  ]);
});

test('a past clause keeps year-less months in the past: "unheralded visits", "who beat them 3-1", "forecast to"', () => {
  // 2027-03-10 is a Wednesday
  assert.deepEqual(dates('Auditors who paid unheralded visits in August and September found empty wards, the regulator said.\n', '2027-03-10'), [
    ['August', '2026-08'],
    ['September', '2026-09'],
  ]);
  assert.deepEqual(dates('The Otters now prepare for the derby against Hallam Rovers, who beat them 3-1 at Moss Lane in December.\n', '2027-03-10'), [['December', '2026-12']]);
  // "between 4 and 6" joins no clauses: the forecast verb still governs the day
  assert.deepEqual(dates('River levels are forecast to stay between 4 and 6 metres through Friday, the agency said.\n', '2027-03-10'), [['Friday', '2027-03-12']]);
});

test('weekdays that make one span run forward from the first, whatever the tense', () => {
  // 2027-06-07 is a Monday
  assert.deepEqual(dates('The council shut the lidos for Monday and Tuesday because of the heat.\n', '2027-06-07'), [
    ['Monday', '2027-06-07'],
    ['Tuesday', '2027-06-08'],
  ]);
  // a list of past days keeps each in the past
  assert.deepEqual(dates('The committee met on Monday and Friday.\n', '2027-06-08'), [
    ['on Monday', '2027-06-07'],
    ['Friday', '2027-06-04'],
  ]);
});

test('a bare time in a later paragraph falls on the day named with its part of the day', () => {
  // 2027-06-10 is a Thursday
  const text = [
    'A cyclist was hurt in a collision on the ring road Tuesday night.',
    'The driver appeared before magistrates Thursday morning and was released on bail.',
    'Paramedics said they were called at about 10:50 p.m. and found the rider conscious.',
    'A second call came in at 1:15 a.m. from a neighbour.',
  ].join('\n\n');
  assert.deepEqual(dates(`${text}\n`, '2027-06-10'), [
    ['Tuesday night', '2027-06-08'],
    ['Thursday morning', '2027-06-10'],
    ['10:50 p.m', '2027-06-08T22:50'],
    ['at 1:15 a.m', '2027-06-09T01:15'],
  ]);
});

test('positions in a recording are not times of day: transcript stamps, a player, a chapter list', () => {
  const text = 'Published 3 May 2025\n\n00:00 / 31:05\n\nChapters\n00:00 Welcome\n02:15 The harbour plan\n09:40 Questions\n\n[00:00:07] Ada Brill: Welcome back. We recorded this on Friday at 10:30.\n\n[00:01:15] Tom Reyes: Thanks. The council meets at 18:00 tomorrow.\n';
  const found = dates(text);
  assert.deepEqual(found.slice(1).map(([t]) => t), ['on Friday at 10:30', 'at 18:00 tomorrow']);
});

test('a count after a day and month is no two-digit year', () => {
  const found = dates('Published 20 May 2025\n\nThe ferry sailed on 9 May, 14 months after the yard laid its keel. By March 2, 40 workers had walked out.\n');
  assert.deepEqual(found.slice(1), [['on 9 May', '2025-05-09'], ['March 2', '2025-03-02']]);
});

test('a dateline label run into its time keeps the time', () => {
  const found = dates('Harbour works to close the quay for a month\n\nBy Ann Feld\n11:05, 3 FEB 2026\nUpdated17:20, 3 FEB 2026\n\nThe quay will close from Monday.\n');
  assert.deepEqual(found.slice(0, 2), [['11:05, 3 FEB 2026', '2026-02-03T11:05'], ['17:20, 3 FEB 2026', '2026-02-03T17:20']]);
});

test('a date something was put off to, a plan told in the past, and "every affected" look forward', () => {
  // 2025-02-10 is a Monday
  const found = dates('10 February 2025\n\nThe magistrate adjourned the hearing until January 20 for a medical report. The trust announced plans last spring to close the ward from January. She said forms would reach every affected tenant by 3 February.\n');
  assert.deepEqual(found.slice(1), [['January 20', '2026-01-20'], ['last spring', '2024'], ['January', '2026-01'], ['3 February', '2026-02-03']]);
});

test('a local time told again in GMT gets its zone, and a time before a named day is on that day', () => {
  // 2024-11-14 is a Thursday
  const found = dates('Published: Thursday, 14 Nov 2024, 11:10 GMT\n\nThe summit ended at 2:15 am (2315 GMT) after a marathon session. Ministers were kept past a 5:30 pm (1430 GMT) deadline on Tuesday. The panel met after an expected close on Monday.\n');
  assert.deepEqual(found.slice(1), [
    ['at 2:15 am', '2024-11-14T02:15+03:00'],
    ['2315 GMT', '2024-11-13T23:15Z'],
    ['5:30 pm', '2024-11-12T17:30+03:00'],
    ['1430 GMT', '2024-11-12T14:30Z'],
    ['on Tuesday', '2024-11-12'],
    ['on Monday', '2024-11-11'],
  ]);
});

test('a dateline split by a dash, a time on a weekday with its date, and a duration before "last week"', () => {
  // 2025-09-10 is a Wednesday
  const found = dates('September 10, 2025 — 7.30am\n\nThe memorial will be held at the town hall at 2pm on Friday, September 19. The library closed for three days last week.\n');
  assert.deepEqual(found, [
    ['September 10, 2025 — 7.30am', '2025-09-10T07:30'],
    ['at 2pm on Friday, September 19', '2025-09-19T14:00'],
    ['last week', '2025-W36'],
  ]);
});

test('"the evening of" a date is that day, and a weekday takes the date in brackets after it', () => {
  // 2024-04-15 is a Monday
  const found = dates('Published Monday, April 15, 2024\n\nThe ferry ran aground on the evening of April 13 near the harbour mouth. The coastguard said on Saturday (April 13) that nobody was hurt, and would report by next Thursday (April 25).\n');
  assert.deepEqual(found.slice(1), [
    ['the evening of April 13', '2024-04-13'],
    ['on Saturday', '2024-04-13'],
    ['April 13', '2024-04-13'],
    ['next Thursday', '2024-04-25'],
    ['April 25', '2024-04-25'],
  ]);
});

test('a fixture verb after a possessive weekday points forward, even with "said" at the end', () => {
  // 2025-05-13 is a Tuesday
  const found = dates('13 May 2025\n\n"Whatever the weather, Saturday\'s parade starts at the bridge," the organiser said.\n');
  assert.deepEqual(found.slice(1), [['Saturday', '2025-05-17']]);
});

test('"the Tuesday" in the past is not the day of publication; "Black Friday" is no weekday', () => {
  // 2025-10-21 is a Tuesday
  const found = dates('Tuesday 21 October 2025\n\nThe pump failed twice: on the Tuesday and again on the Friday. For the florists, the week is like Black Friday.\n');
  assert.deepEqual(found.slice(1), [['Tuesday', '2025-10-14'], ['Friday', '2025-10-17']]);
});

test('"the summer" and "that year" after a stated year are of that year; two stated years give none', () => {
  const text = '5 May 2027\n\nThe brewery poured its first pint in June 2016. By the summer it was selling out. ' +
    'A second site followed in October 2019, and the owners say they hired thirty people that year. ' +
    'Sales dipped in 2021 and rose again in 2022. "It was a long wait that year," the owner said.\n';
  const found = dates(text);
  assert.deepEqual(found.filter(([t]) => /summer|that year/.test(t)), [['summer', '2016'], ['that year', '2019']]);
});

test('"on a Friday night" and "the autumn budget" are no dates', () => {
  const text = '4 June 2026\n\nOn a Friday night in May, the baker tried a new loaf. The minister will present the autumn budget on 28 October.\n';
  assert.deepEqual(dates(text).slice(1), [['May', '2026-05'], ['on 28 October', '2026-10-28']]);
});

test('"a week earlier", "two days later" and "that month" count from the date told before; "a week earlier than planned" and "two days before the hearing" do not', () => {
  assert.deepEqual(dates('The orchard was sold on 14 June. A week earlier, the owners had refused a bid.\n', '2027-09-01'), [
    ['on 14 June', '2027-06-14'],
    ['A week earlier', '2027-06-07'],
  ]);
  assert.deepEqual(dates('The orchard was sold on 14 June, and two days later the buyer felled the pear trees.\n', '2027-09-01'), [
    ['on 14 June', '2027-06-14'],
    ['two days later', '2027-06-16'],
  ]);
  assert.deepEqual(dates('The lock gates failed in March. That month, barge traffic fell by half.\n', '2027-09-01'), [
    ['March', '2027-03'],
    ['That month', '2027-03'],
  ]);
  assert.deepEqual(dates('On 14 June the orchard opened a week earlier than planned, and the owners wrote two days before the hearing.\n', '2027-09-01'), [['On 14 June', '2027-06-14']]);
  assert.deepEqual(dates('On 14 June the trustees agreed to open the orchard a week earlier.\n', '2027-09-01'), [['On 14 June', '2027-06-14']]);
});

test('a deadline still running ("have until June 30 to") and a date something is "due in" are ahead, even after "said"', () => {
  assert.deepEqual(dates('Landlords have until June 30 to register their flats.\n', '2027-12-02'), [['June 30', '2028-06-30']]);
  assert.deepEqual(dates('The minister said the audit, due in mid-December, would name the worst councils.\n', '2027-12-02'), [['mid-December', '2027-12']]);
});

test('a day without its year after a sentence opens on a year ("In 1998, …", "That year, …") is in that year', () => {
  assert.deepEqual(dates('In 1998, the lighthouse keeper retired on Aug. 3 after a storm.\n', '2027-09-01'), [
    ['1998', '1998'],
    ['Aug. 3', '1998-08-03'],
  ]);
  assert.deepEqual(dates('The museum moved to the harbour in 2004. That year, the first visitors arrived on 12 May.\n', '2027-09-01'), [
    ['2004', '2004'],
    ['That year', '2004'],
    ['on 12 May', '2004-05-12'],
  ]);
  // a year in a clause of its own, or a statement's day, keeps the reference year
  assert.deepEqual(dates('The chapel, rebuilt in 2009, closed its doors on 24 April when damp appeared.\n', '2027-09-01'), [
    ['2009', '2009'],
    ['on 24 April', '2027-04-24'],
  ]);
  assert.deepEqual(dates('In 2024, visitor numbers rose 8%, the trust said on 12 February.\n', '2027-09-01'), [
    ['2024', '2024'],
    ['on 12 February', '2027-02-12'],
  ]);
});

test('"hoped to", "could reach" and a reported subject before "will" look forward, even after "said"', () => {
  // 2028-02-17 is a Thursday
  assert.deepEqual(dates('The ferry operator said it hoped to resume sailings by Monday evening.\n', '2028-02-17'), [['Monday evening', '2028-02-21']]);
  assert.deepEqual(dates('Forecasters warned that sleet could reach the islands on Saturday.\n', '2028-02-17'), [['on Saturday', '2028-02-19']]);
  assert.deepEqual(dates('The parish council has said the fair on 2 March will go ahead.\n', '2028-02-17'), [['on 2 March', '2028-03-02']]);
  // the reported clause's own past verb keeps it in the past
  assert.deepEqual(dates('The parish council said the fair on 2 February was cancelled.\n', '2028-02-17'), [['on 2 February', '2028-02-02']]);
});

test('a day that dates the saying itself stays in the past, even when the reported clause looks forward', () => {
  // 2028-02-17 is a Thursday
  assert.deepEqual(dates('The rebel group said on its website on Sunday that it would free the hostages.\n', '2028-02-17'), [['on Sunday', '2028-02-13']]);
  assert.deepEqual(dates('The coach told reporters late on Monday the squad would fly out.\n', '2028-02-17'), [['on Monday', '2028-02-14']]);
  // but a day inside the reported clause's subject still takes that clause's verb
  assert.deepEqual(dates('The club said the match on Saturday would be played behind closed doors.\n', '2028-02-17'), [['on Saturday', '2028-02-19']]);
});

test('a weekday in the clause of "next week" is that week\'s day; "a week earlier" counts from the last day told, past months in between', () => {
  // 2028-03-08 is a Wednesday: next week runs 13-19 March
  assert.deepEqual(dates('The ministry said it would release next week\'s figures on Friday.\n', '2028-03-08'), [
    ['next week', '2028-W11'],
    ['on Friday', '2028-03-17'],
  ]);
  assert.deepEqual(dates('The league voted on 3 February to play from April to June. A week earlier, owners had rejected the plan.\n', '2028-03-08'), [
    ['on 3 February', '2028-02-03'],
    ['April', '2028-04'],
    ['June', '2028-06'],
    ['A week earlier', '2028-01-27'],
  ]);
});

test('the month "May" is no modal verb: a date after "to May" keeps its own tense; "may fall" still looks forward', () => {
  // 2027-12-01 is a Wednesday
  assert.deepEqual(dates('Wool prices slid from March to May before recovering over the winter.\n', '2027-12-01'), [
    ['March', '2027-03'],
    ['May', '2027-05'],
    ['winter', '2027'],
  ]);
  assert.deepEqual(dates('Wool prices fell in May and may fall again on Monday.\n', '2027-12-01'), [
    ['May', '2027-05'],
    ['on Monday', '2027-12-06'],
  ]);
});

test('a bare season after a preposition is dated by tense ("over winter", "before autumn"); "in fall" is not read; "the previous session" is the day before', () => {
  assert.deepEqual(dates('Ski passes will go on sale before autumn. Tour buses were idle during winter. Leaves turn brown in fall.\n', '2027-12-01'), [
    ['autumn', '2028'],
    ['winter', '2027'],
  ]);
  assert.deepEqual(dates('Copper rose on Tuesday after falling 2% in the previous session.\n', '2027-12-01'), [
    ['on Tuesday', '2027-11-30'],
    ['the previous session', '2027-11-29'],
  ]);
});

test('a bare time after "late Saturday" or "early Sunday" is on that day, and a time is not put on a day named in the next sentence', () => {
  // 2027-10-14 is a Thursday
  assert.deepEqual(dates('14 October 2027\n\nA barn burned down late Saturday. Firefighters arrived around 10:50 p.m. with two engines. The blaze was out early Sunday. Crews left at about 7:20 a.m.\n'), [
    ['14 October 2027', '2027-10-14'],
    ['Saturday', '2027-10-09'],
    ['10:50 p.m', '2027-10-09T22:50'],
    ['Sunday', '2027-10-10'],
    ['7:20 a.m', '2027-10-10T07:20'],
  ]);
});

test('a month-first day with an ordinal and its year ("December 23rd, 2029") keeps that year, and a range from it runs forward', () => {
  assert.deepEqual(dates('The ferry timetable will change from December 23rd, 2029 to January 6th.\n', '2028-05-10'), [
    ['December 23rd, 2029', '2029-12-23'],
    ['January 6th', '2030-01-06'],
  ]);
});

test('"the following year", "the next year" (after a past date), "the previous month" and "that week" count from the date told before', () => {
  assert.deepEqual(dates('The cannery opened in March 2011. The following year it hired 300 people, and it closed the next year.\n', '2028-05-10'), [
    ['March 2011', '2011-03'],
    ['The following year', '2012'],
    ['the next year', '2013'],
  ]);
  assert.deepEqual(dates('The dam was inspected on 9 May 2027. Earlier that week, a crack had been found, and the previous month a pump failed.\n', '2028-05-10'), [
    ['on 9 May 2027', '2027-05-09'],
    ['that week', '2027-W18'],
    ['the previous month', '2027-04'],
  ]);
  // "over the next year" is a stretch from now, not the year after a date told before
  assert.deepEqual(dates('The cannery opened in 2011. Prices will rise over the next year.\n', '2028-05-10'), [
    ['2011', '2011'],
    ['next year', '2029'],
  ]);
});

test('"midnight tonight" is the midnight that ends the day; a closing bracket the span does not open is left out', () => {
  assert.deepEqual(dates('The harbour curfew runs until midnight tonight.\n', '2028-05-10'), [['midnight tonight', '2028-05-11T00:00']]);
  // 2028-05-10 is a Wednesday
  assert.deepEqual(dates('The probe is due to land at 8:15 p.m. EDT (0015 GMT Thursday).\n', '2028-05-10'), [
    ['at 8:15 p.m. EDT', '2028-05-10T20:15-04:00'],
    ['0015 GMT Thursday', '2028-05-11T00:15Z'],
  ]);
});

test('a US zone told by its region ("8 p.m. Eastern", "noon Central Standard Time") is that zone, standard or daylight by the date; "Central Oregon" is no zone', () => {
  assert.deepEqual(dates('Polls in the county close at 7 p.m. Eastern. Counting starts at once.\n', '2028-11-07'), [['at 7 p.m. Eastern', '2028-11-07T19:00-05:00']]);
  assert.deepEqual(dates('The auction ends at 9:30 p.m. Pacific time.\n', '2028-07-12'), [['at 9:30 p.m. Pacific time', '2028-07-12T21:30-07:00']]);
  assert.deepEqual(dates('Bids close at noon Central Standard Time.\n', '2028-07-12'), [['at noon Central Standard Time', '2028-07-12T12:00-06:00']]);
  assert.deepEqual(dates('Hail hit the valley at 4 p.m. Central Oregon was spared.\n', '2028-07-12'), [['at 4 p.m', '2028-07-12T16:00']]);
});

test('"laid out" and "couldn\'t" are past tenses: the weekday they govern is the one just gone', () => {
  // 2025-05-14 is a Wednesday
  const laid = dates('Wednesday, May 14, 2025\n\nThree libraries would merge under a plan the mayor laid out for the council at Monday\'s session.\n');
  assert.deepEqual(laid.slice(1), [['Monday', '2025-05-12']]);
  const could = dates('Wednesday, May 14, 2025\n\n"By Sunday evening the dog couldn\'t stand up," the owner said.\n');
  assert.deepEqual(could.slice(1), [['Sunday evening', '2025-05-11']]);
  // "couldn't be" is no past: "it couldn't be ready until Friday" still looks ahead
  const ahead = dates('Wednesday, May 14, 2025\n\nThe hall couldn\'t be ready until Friday.\n');
  assert.deepEqual(ahead.slice(1), [['Friday', '2025-05-16']]);
});

test('a bare season in a long quotation takes the tense of the quotation, not of the "she said" after it', () => {
  // published in October: the coming spring is next year's
  const found = dates('Oct 7, 2025\n\n"I\'d rather close the pool for a month now than send the lifeguards their notices in the spring," the manager said.\n');
  assert.deepEqual(found.slice(1), [['spring', '2026']]);
  // told of the past, the same words name the last spring
  const past = dates('Oct 7, 2025\n\nThe lifeguards were sent their notices by the trust in the spring.\n');
  assert.deepEqual(past.slice(1), [['spring', '2025']]);
});

test('the level a change started from ("to 2.1%, from 3.4% in October") is in the past of the forecast around it', () => {
  const found = dates('Wednesday 25 November 2026\n\nThe central bank expects inflation to ease to 2.1% next year, from 3.4% in October.\n');
  assert.deepEqual(found.slice(1), [['next year', '2027'], ['October', '2026-10']]);
  // "from 3.4% in October to 2.1% in March": a stretch still to come keeps its tense
  const stretch = dates('Wednesday 25 November 2026\n\nThe bank expects inflation to fall from 3.4% in December to 2.1% in March.\n');
  assert.deepEqual(stretch.slice(1), [['December', '2026-12'], ['March', '2027-03']]);
});

test('a bare time told in the past, in the sentence after a past day named by its weekday, is on that day', () => {
  // 2026-05-08 is a Friday
  const found = dates('May 8, 2026 4:10 PM UTC\n\nThe tug freed the stranded tanker on Wednesday, clearing the way for ships to pass by June, the port said.\n\nThe tow started at 0615 GMT and took three hours.\n');
  assert.deepEqual(found.slice(1), [['on Wednesday', '2026-05-06'], ['June', '2026-06'], ['0615 GMT', '2026-05-06T06:15Z']]);
  // a new statement, or a market level "by" a time, keeps the day of publication
  const statement = dates('Friday 8 May 2026\n\nThe board met on Wednesday. Officials said the canal reopened at 6 a.m.\n');
  assert.deepEqual(statement.slice(1), [['on Wednesday', '2026-05-06'], ['at 6 a.m', '2026-05-08T06:00']]);
  const level = dates('May 8, 2026\n\nShares fell 3% on Wednesday. Brent crude was up 1% at $81 a barrel by 1100 GMT.\n');
  assert.deepEqual(level.slice(1), [['on Wednesday', '2026-05-06'], ['1100 GMT', '2026-05-08T11:00Z']]);
});

test('"on course to", "on track for" point forward even after a past clause', () => {
  // 2026-11-20 is a Friday
  const found = dates('Friday 20 November 2026\n\nThe ferry cleared its final sea trial on Thursday, which leaves it on course to carry passengers from April, the operator said.\n');
  assert.deepEqual(found.slice(1), [['on Thursday', '2026-11-19'], ['April', '2027-04']]);
  const track = dates('Friday 20 November 2026\n\nThe yard said the second ferry was on track for delivery in February.\n');
  assert.deepEqual(track.slice(1), [['February', '2027-02']]);
});

test('a feature told in a past year carries that year to the months and days after it', () => {
  const text = 'Tuesday 10 November 2026\n\nIn April 2017, a fire gutted the old cinema on Quay Street. That July, the owners put it up for sale. The auction was held on 3 September.\n\nA buyer signed that October. "Nobody knew what the roof would cost," says the manager.\n\nIn February 2021, the roof was replaced. Builders finished the foyer in August. The following month, the first film was shown.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['April 2017', '2017-04'],
    ['That July', '2017-07'],
    ['on 3 September', '2017-09-03'],
    ['that October', '2017-10'],
    ['February 2021', '2021-02'],
    ['August', '2021-08'],
    ['The following month', '2021-09'],
  ]);
  // a sentence that speaks of now, a quotation or "since" keep the reading from publication; so does
  // a story told to the year only
  const now = dates('Tuesday 10 November 2026\n\nIn April 2017, a fire gutted the cinema. It has sold 8,000 tickets this year, most of them in August. "We reopened in June," the manager said. Takings have doubled since May.\n\nIn 2019 the chain was sold. Its shares fell in September.\n');
  assert.deepEqual(now.slice(1), [['April 2017', '2017-04'], ['this year', '2026'], ['August', '2026-08'], ['June', '2026-06'], ['May', '2026-05'], ['2019', '2019'], ['September', '2026-09']]);
});

test('"the next day" may count from a day at the end of the paragraph before', () => {
  const text = 'Monday 9 November 2026\n\nThe ferry ran aground on 14 March 2024.\n\n"We were towed off the next day," the skipper said.\n';
  assert.deepEqual(dates(text).slice(1), [['on 14 March 2024', '2024-03-14'], ['the next day', '2024-03-15']]);
});

test('"a year ago" compared with a period is that period a year back', () => {
  const text = 'Thursday 19 November 2026\n\nWholesale gas cost 91p a therm in October, down from 104p a year ago. Rail fares in the second quarter rose faster than a year ago. The depot closed a year ago.\n';
  assert.deepEqual(dates(text).slice(1), [['October', '2026-10'], ['a year ago', '2025-10'], ['the second quarter', '2026-Q2'], ['a year ago', '2025-Q2'], ['a year ago', '2025']]);
});

test('"May" after "from", "until" or "by" is the month; the modal verb and the surname are not', () => {
  const text = 'Thursday 19 November 2026\n\nThe toll will rise from May, and the old tariff applies until May. Tenders are due by May, the council said. Mrs May said drivers may object.\n';
  assert.deepEqual(dates(text).slice(1), [['May', '2027-05'], ['May', '2027-05'], ['May', '2027-05']]);
});

test('"last March" on a November page is the March of this year; a month just gone is last year\'s', () => {
  assert.deepEqual(dates('Tuesday 10 November 2026\n\nThe mine closed last March.\n').slice(1), [['last March', '2026-03']]);
  assert.deepEqual(dates('Tuesday 10 November 2026\n\nThe mine closed last October.\n').slice(1), [['last October', '2025-10']]);
});

test('"on the weekend" is the week of that weekend; "the May budget" names the month', () => {
  // 2026-11-20 is a Friday
  const text = 'Friday 20 November 2026\n\nFloodwater closed the highway on the weekend. Repairs will be funded in the May budget, and crews will return on the weekend.\n';
  assert.deepEqual(dates(text).slice(1), [['the weekend', '2026-W46'], ['May', '2027-05'], ['the weekend', '2026-W47']]);
});

test('a time with a US zone before or after "Nov. 28" is on that day, in the zone in force on it', () => {
  const text = 'Updated 9:05 PM EST, November 20, 2026\n\nThe vote opens at 10 a.m. PT on Nov. 30 and closes Dec. 2 at 5 p.m. MT. A rerun is set for 9 a.m. CT on Oct. 28.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['at 10 a.m. PT on Nov. 30', '2026-11-30T10:00-08:00'],
    ['Dec. 2 at 5 p.m. MT', '2026-12-02T17:00-07:00'],
    ['9 a.m. CT on Oct. 28', '2027-10-28T09:00-05:00'],
  ]);
});

test('"on one Saturday", "any Monday" are no particular day; "another on Wednesday" is', () => {
  // 2026-11-20 is a Friday
  const text = 'Friday 20 November 2026\n\n"It did not happen on one Saturday," the coach said. Any Monday will do. Fans marched on Tuesday and held another on Wednesday.\n';
  assert.deepEqual(dates(text).slice(1), [['on Tuesday', '2026-11-17'], ['on Wednesday', '2026-11-18']]);
});

test('a capitalised "Can" or "Will" before a capitalised word is a name ("Can Tho", "Will Okoro"), not a future that turns a past weekday forward', () => {
  assert.deepEqual(dates('Friday 20 November 2026\n\nThe governor told farmers in Can Tho on Tuesday that the dykes had held.\n').slice(1), [['on Tuesday', '2026-11-17']]);
  assert.deepEqual(dates('Friday 20 November 2026\n\nWill Okoro said on Wednesday that the club had paid the fine.\n').slice(1), [['on Wednesday', '2026-11-18']]);
  assert.deepEqual(dates('Friday 20 November 2026\n\nThe ferry can sail on Tuesday if the wind drops.\n').slice(1), [['on Tuesday', '2026-11-24']]);
});

test('"in two days last week" is last week; "19 days earlier than" is a comparison, no date', () => {
  const text = 'Saturday 14 November 2026\n\nThe reservoir dropped by half a metre in two days last week. Swifts now leave about 12 days later than they did in 1980.\n';
  assert.deepEqual(dates(text).slice(1), [['last week', '2026-W45'], ['1980', '1980']]);
});

test('a page written "November 20, 2026 … IST" with rupees still reads 1/4/2026 day first', () => {
  const text = 'Updated: November 20, 2026 10:05 am IST\n\nThe Pune civic body has spent ₹42 crore since the levy began on 1/4/2026.\n';
  assert.deepEqual(dates(text), [['November 20, 2026 10:05 am IST', '2026-11-20T10:05+05:30'], ['1/4/2026', '2026-04-01']]);
  // a US page keeps month first
  const us = 'Updated 9:05 PM EST, November 20, 2026\n\nThe levy began on 1/4/2026.\n';
  assert.deepEqual(dates(us).slice(1), [['1/4/2026', '2026-01-04']]);
});

test('"the following January", "a fortnight later", "That Christmas", "the night of 4 June" count from the story told', () => {
  const text = 'Sat 21 Nov 2026 09.00 GMT\n\nIn the spring of 2018 the quarry shut. That Christmas, the workers picketed the gates. The following February, a buyer appeared.\n\nOn 2 May 2019 the sale went through. A fortnight later, the pumps were switched off. The night of 9 June was the wettest of the year.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['2018', '2018'],
    ['That Christmas', '2018-12-25'],
    ['The following February', '2019-02'],
    ['On 2 May 2019', '2019-05-02'],
    ['A fortnight later', '2019-05-16'],
    ['The night of 9 June', '2019-06-09'],
  ]);
});

test('a weekday stated with a day of the month picks the year in which they agree, even in a past-tense sentence', () => {
  // 2027-03-10 is a Wednesday; 23 March is a Tuesday in 2027, a Monday in 2026
  assert.deepEqual(dates('The tribunal adjourned its hearing to Tuesday, March 23, when the miners will give evidence.\n', '2027-03-10'), [['Tuesday, March 23', '2027-03-23']]);
  assert.deepEqual(dates('The chess club met on Monday, March 23, to elect a new captain.\n', '2027-03-10'), [['on Monday, March 23', '2026-03-23']]);
  assert.deepEqual(dates('The tribunal adjourned its hearing to Tuesday 23 March, when the miners will give evidence.\n', '2027-03-10'), [['Tuesday 23 March', '2027-03-23']]);
});

test('"could rise", "could fall" and weather "forecast for" a weekday look ahead; an -ed word after "would publish" is no past tense', () => {
  // 2027-01-11 is a Monday
  assert.deepEqual(dates('The water board warned that reservoir levels could rise again when snow forecast for Thursday melts.\n', '2027-01-11'), [['Thursday', '2027-01-14']]);
  assert.deepEqual(dates('A forecaster said more snow could fall on the moors between Tuesday night and Friday morning.\n', '2027-01-11'), [['Tuesday night', '2027-01-12'], ['Friday morning', '2027-01-15']]);
  assert.deepEqual(dates('The ministry said it would release revised school timetables in March.\n', '2027-01-11'), [['March', '2027-03']]);
  // a snow that had been forecast stays in the past
  assert.deepEqual(dates('The snow that had been forecast for Thursday never came.\n', '2027-01-11'), [['Thursday', '2027-01-07']]);
});

test('a participle after "are not" is no past tense: "if by the end of May the fees are not refunded, we will …" looks ahead', () => {
  assert.deepEqual(dates('"If by the end of May the fees are not refunded, we will go to court," the parents said.\n', '2027-01-11'), [['the end of May', '2027-05']]);
});

test('"9:50 last Friday night" is an evening time, and "by 10:15 that night" is that day at 22:15', () => {
  // 2027-01-11 is a Monday
  assert.deepEqual(dates('At 9:50 last Friday night, a neighbour reported flames at the bakery. By 10:15 that night the roof had gone.\n', '2027-01-11'), [
    ['At 9:50 last Friday night', '2027-01-08T21:50'],
    ['10:15 that night', '2027-01-08T22:15'],
  ]);
  // a stated a.m. stays
  assert.deepEqual(dates('The alarm rang at 4:30 a.m. on Friday. At 6:10 that morning the crews left.\n', '2027-01-11'), [
    ['at 4:30 a.m. on Friday', '2027-01-08T04:30'],
    ['At 6:10 that morning', '2027-01-08T06:10'],
  ]);
});

test('a live blog\'s "Key events" list of entry times and titles gives no dates; the entries below keep theirs', () => {
  const text = 'Harvest festival live\nPublished 09:00 BST, 4 October 2027\n\nKey events\n17:30 Parade reaches the square\n12:10 Mayor opens the fair\nShow all key events\n\n17:30\nThe parade has reached the square, an hour late.\n\n12:10\nThe mayor opened the fair and said it would close at 10pm.\n';
  assert.deepEqual(suggest(text).suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]), [
    ['09:00 BST, 4 October 2027', '2027-10-04T09:00+01:00'],
    ['17:30', '2027-10-04T17:30'],
    ['12:10', '2027-10-04T12:10'],
    ['at 10pm', '2027-10-04T22:00'],
  ]);
});

test('a weekday in a paper\'s title ("The Sunday Courier", "the Saturday Review") is no date; "on the Sunday" still is', () => {
  // 2027-01-11 is a Monday
  assert.deepEqual(dates('Photograph: Ana Lind/The Sunday Courier\n\nThe mayor told the Saturday Review that she left on the Sunday.\n', '2027-01-11'), [['Sunday', '2027-01-10']]);
});

test('a small-hours time that runs on from a late-evening time in the same sentence is on the next day', () => {
  assert.deepEqual(dates('The ferry must dock before the 10pm curfew, which lets the crew work until 2am.\n', '2027-01-11'), [
    ['10pm', '2027-01-11T22:00'],
    ['2am', '2027-01-12T02:00'],
  ]);
});

test('a story told over paragraphs goes on from its last date: "That autumn", "By the following March", "Two years later"', () => {
  const text = [
    'Fri 9 Oct 2026',
    '',
    'In the spring of 2015, the county board voted to sell the lido. It shut that autumn.',
    '',
    '"We cried in the car park," says a former lifeguard.',
    '',
    'By the following March, swimmers had raised enough to lease it back.',
    '',
    '"Nobody thought we would last," she says.',
    '',
    'Two years later, the lido reopened.',
    '',
  ].join('\n');
  assert.deepEqual(dates(text).slice(1), [
    ['2015', '2015'],
    ['that autumn', '2015'],
    ['the following March', '2016-03'],
    ['Two years later', '2018'],
  ]);
});

test('a story date does not carry over paragraphs to a phrase inside a sentence, nor past a date of now', () => {
  const text = 'Fri 9 Oct 2026\n\nThe lido shut in 2015.\n\nThe pool was, two years later, sold to a trust.\n\nOn Monday, the board met.\n\nTwo years later, the pool may close again.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['2015', '2015'],
    ['On Monday', '2026-10-05'],
  ]);
});

test('the small hours of "that night" are on the next day: "1:30 that night", "at 2 a.m. that night"; "at 11:30 that night" stays on the day', () => {
  // 2027-06-10 is a Thursday
  const text = 'On Tuesday the ferry broke down off Arran. Crew worked until 1:30 that night.\n\nOn Wednesday the tug arrived. The tow started at 2 a.m. that night.\n\nOn Friday the repairs began. Welders stopped at 11:30 that night.\n';
  assert.deepEqual(dates(text, '2027-06-12'), [
    ['On Tuesday', '2027-06-08'],
    ['1:30 that night', '2027-06-09T01:30'],
    ['On Wednesday', '2027-06-09'],
    ['at 2 a.m. that night', '2027-06-10T02:00'],
    ['On Friday', '2027-06-11'],
    ['at 11:30 that night', '2027-06-11T23:30'],
  ]);
});

test('years before 1900 are dates in context; an Australian 1800 phone number is not a year', () => {
  assert.deepEqual(dates('The lighthouse was lit in 1873 and automated in 1899. Call the trust on 1800 315 442 or 1300 555 019 to book a tour.\n', '2027-02-01'), [
    ['1873', '1873'],
    ['1899', '1899'],
  ]);
});

test('"That winter" opening a sentence takes the story\'s last stated year from further back, but not past a date of now', () => {
  const story = 'Fri 9 Oct 2026\n\nThe poet moved to Galway in 1998 with one bag. "I knew nobody," she says. "Not a soul."\n\nHer first job was in a bakery. That winter, she wrote her first book.\n';
  assert.deepEqual(dates(story).slice(1), [
    ['1998', '1998'],
    ['That winter', '1998'],
  ]);
  const now = 'Fri 9 Oct 2026\n\nThe poet moved to Galway in 1998 with one bag. She gave a reading in Ennis on Monday. "I knew nobody," she says.\n\nHer first job was in a bakery. That winter, she wrote her first book.\n';
  assert.deepEqual(dates(now).slice(1), [
    ['1998', '1998'],
    ['on Monday', '2026-10-05'],
  ]);
});

test('"is expecting", "is planning to" before a month point forward even when the sentence goes on in the past', () => {
  assert.deepEqual(dates('Mr Okafor, whose daughter is expecting twins in February, said the flat was too small.\n', '2027-10-05'), [['February', '2028-02']]);
  assert.deepEqual(dates('The choir, which is planning to tour in March, said it had lost its minibus.\n', '2027-10-05'), [['March', '2028-03']]);
  // (told in the past, the month is behind)
  assert.deepEqual(dates('Mr Okafor said his daughter was expecting twins in February but lost them.\n', '2027-10-05'), [['February', '2027-02']]);
});

test('a year before an event word that starts like a month ("the 2019 decision", "the 2024 marathon") is a date', () => {
  assert.deepEqual(dates('The trustees regret the 2019 decision to sell the organ. The 2024 marathon raised £40,000, and the board meets on the Dec. 3 deadline.\n', '2026-11-07'), [
    ['2019', '2019'],
    ['2024', '2024'],
    ['Dec. 3', '2026-12-03'],
  ]);
});

test('an event "which runs in", "takes place in", "is held in" a month is ahead, though the sentence is reported in the past', () => {
  // published 2027-02-10
  assert.deepEqual(dates('The trust said the regatta, which runs in late June, would go ahead. The fair, which takes place in May, was cancelled once. The show is held in April, organisers said.\n', '2027-02-10'), [
    ['late June', '2027-06'],
    ['May', '2027-05'],
    ['April', '2027-04'],
  ]);
});

test('a year-less month just ahead of the page, in a past clause about an event told of or a conditional deadline, is the coming one', () => {
  // (a page of 12 October 2027)
  const found = dates('12 October 2027\n\nThe regulator gave no hint of a cut in November. Traders saw a strong chance of a November cut. The union warned it would strike if the offer was not improved by 3 November.\n');
  assert.deepEqual(found.slice(1), [
    ['November', '2027-11'],
    ['November', '2027-11'],
    ['3 November', '2027-11-03'],
  ]);
});

test('a past story told about the same months keeps last year', () => {
  const found = dates('12 October 2027\n\nThe crew logged readings from November 4 until January 20. The hardest week was November 14.\n');
  assert.deepEqual(found.slice(1), [
    ['November 4', '2026-11-04'],
    ['January 20', '2027-01-20'],
    ['November 14', '2026-11-14'],
  ]);
});

test('a future clause about the month just over is that month, not the same month next year', () => {
  const found = dates('12 October 2027\n\nExports held up better than the ministry expected in September. Half of the levy due by the end of September is still unpaid.\n');
  assert.deepEqual(found.slice(1), [
    ['September', '2027-09'],
    ['the end of September', '2027-09'],
  ]);
});

test('local times on a page stamped in UTC are read on the local clock the page tells beside GMT', () => {
  // stamped 06:40 UTC; the page's local times are five and a half hours ahead ("1 p.m. (0730 GMT)")
  const found = dates('March 3, 2027 6:40 AM UTC\n\nMUMBAI, March 3 - The rupee closed weaker at 11 a.m. local time. The central bank governor spoke at a briefing that began at 1 p.m. (0730 GMT).\n');
  assert.deepEqual(found.slice(1), [
    ['March 3', '2027-03-03'],
    ['at 11 a.m', '2027-03-03T11:00'],
    ['at 1 p.m', '2027-03-03T13:00'],
    ['0730 GMT', '2027-03-03T07:30Z'],
  ]);
  // without a local time told in GMT the stamp's own clock is the one: 11 p.m. is the night before
  const plain = dates('March 3, 2027 6:40 AM UTC\n\nThe fire broke out at 11 p.m. and was put out by dawn.\n');
  assert.deepEqual(plain.slice(1), [['at 11 p.m', '2027-03-02T23:00']]);
});

test('a weekend told after an indefinite weekday is no date; "Three years later" opening a sentence moves the story by years', () => {
  const found = dates(
    '9 March 2027\n\nIn the summer of 2016, the mill at Corran shut. The bakery on the quay closed that October.\n\n"A sign would go up on a Friday and the family would be gone by the weekend," a neighbour said.\n\nThree years later, the village school had lost half its pupils.\n',
  );
  assert.deepEqual(found.slice(1), [
    ['2016', '2016'],
    ['that October', '2016-10'],
    ['Three years later', '2019'],
  ]);
});

test('"That winter" takes the story\'s year, not an earlier one a speaker looks back to', () => {
  const found = dates(
    '9 March 2027\n\nIn the spring of 2012, the ferry company announced it would leave the island on June 1, 2012. Its former skipper says a rival offered to buy the boats in November 2011, but nothing came of it.\n\nThat winter, the harbour office closed.\n',
  );
  assert.deepEqual(found.slice(-1), [['That winter', '2012']]);
});

test('"unlikely" in quotation marks before "to" still looks forward', () => {
  // 2027-04-11 is a Sunday
  const found = dates('11 April 2027\n\nThe club said its captain was "unlikely" to play in Thursday\'s cup tie.\n');
  assert.deepEqual(found.slice(1), [['Thursday', '2027-04-15']]);
});

test('"today" in a quotation counts from the day the paragraph says the words were spoken', () => {
  // 2027-04-11 is a Sunday
  const found = dates('11 April 2027\n\nOutside the tribunal on Thursday, the union\'s Ada Brenner said: "Today the panel listened. Tomorrow we go back to work."\n\n"Today is a good day," she said.\n');
  assert.deepEqual(found.slice(1), [
    ['on Thursday', '2027-04-08'],
    ['Today', '2027-04-08'],
    ['Tomorrow', '2027-04-09'],
    ['Today', '2027-04-11'],
  ]);
});

test('a month told in the present, or a wait until a month "when" something happens, is the coming one', () => {
  // (a page of 20 November 2027)
  const found = dates('20 November 2027\n\n"We are patient," she said, "and December is still open." The board was happy to wait until January, when the agency publishes its survey.\n');
  assert.deepEqual(found.slice(1), [
    ['December', '2027-12'],
    ['January', '2028-01'],
  ]);
});

test('a weekday named with its week ("Friday next week", "Tuesday last week") is that day, not the week', () => {
  // 2028-03-08 is a Wednesday: last week ran 28 Feb - 5 March, next week runs 13-19 March
  assert.deepEqual(dates('The choir will perform on Friday next week, the director said. Rehearsals began Tuesday last week. The tickets sold out on Monday this week.\n', '2028-03-08'), [
    ['on Friday next week', '2028-03-17'],
    ['Tuesday last week', '2028-02-29'],
    ['on Monday this week', '2028-03-06'],
  ]);
  // a week without a weekday stays the week
  assert.deepEqual(dates('The choir will perform next week.\n', '2028-03-08'), [['next week', '2028-W11']]);
});

test('told in the past, a bare month already begun is this year\'s, not last year\'s', () => {
  // published 6 May 2028: "in May" in a past clause is the May in progress; a later month told in the past is last year's
  assert.deepEqual(dates('The orchard lost two hives in May, the keeper said. The hives had swarmed in July.\n', '2028-05-06'), [
    ['May', '2028-05'],
    ['July', '2027-07'],
  ]);
});

test('a market level "as of" a time, after a sentence about a past weekday, is on the day of publication', () => {
  // 2028-03-06 is a Monday
  const found = dates('The bid is 31% above the brewer\'s closing price on Friday. Its shares rose 19% as of 10:45 a.m. in London.\n', '2028-03-06');
  assert.deepEqual(found, [
    ['on Friday', '2028-03-03'],
    ['10:45 a.m', '2028-03-06T10:45'],
  ]);
});

test('a past act that names the day it is for ("a curfew has been declared for Wednesday") looks ahead; "declared … on Wednesday" stays past', () => {
  // 2028-03-06 is a Monday
  assert.deepEqual(dates('A curfew has been declared for the old town for Wednesday.\n', '2028-03-06'), [['Wednesday', '2028-03-08']]);
  assert.deepEqual(dates('The mayor declared a curfew on Saturday.\n', '2028-03-06'), [['on Saturday', '2028-03-04']]);
  assert.deepEqual(dates('The curfew that had been declared for Saturday was lifted.\n', '2028-03-06'), [['Saturday', '2028-03-04']]);
});
