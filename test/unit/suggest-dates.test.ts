import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './suggestQueries';


test('day-first numeric dates and datelines', () => {
  assert.deepEqual(dates('Published: 09:15, 03.04.2022\n\nThe court met on 05/04/2022 to hear the case.\n'), [
    ['09:15, 03.04.2022', '2022-04-03T09:15'],
    ['05/04/2022', '2022-04-05'],
  ]);
});

test('a weekday is resolved by the tense of its clause', () => {
  // 2023-03-15 is a Wednesday
  const found = dates('15 March 2023\n\nThe minister resigned on Monday. The vote will take place on Friday.\n');
  assert.deepEqual(found, [['15 March 2023', '2023-03-15'], ['on Monday', '2023-03-13'], ['on Friday', '2023-03-17']]);
});

test('times with zones, weeks, quarters, parts of months, holidays and years in context', () => {
  const text = '10 November 2021\n\nThe results came at 17:15 GMT. Sales fell in the first quarter of 2021. Talks began last week and will end in mid-November or before the New Year, as in 2014.\n';
  assert.deepEqual(dates(text), [
    ['10 November 2021', '2021-11-10'],
    ['at 17:15 GMT', '2021-11-10T17:15Z'],
    ['the first quarter of 2021', '2021-Q1'],
    ['last week', '2021-W44'],
    ['mid-November', '2021-11'],
    ['New Year', '2022-01-01'],
    ['2014', '2014'],
  ]);
});

test('durations, money, ages and scores are not dates', () => {
  const text = '2 May 2024\n\nThe club won 3-1 after two hours of play. The striker, 31, cost £12.5 million and signed for three years. Article 5 applies 24/7.\n';
  assert.deepEqual(dates(text), [['2 May 2024', '2024-05-02']]);
});

test('in a live blog each entry is resolved against its own timestamp', () => {
  const text = 'Live: election night\n\n23:40 GMT 05.05.2024\nThe count will finish tomorrow.\n08:10 GMT 04.05.2024\nPolls opened yesterday in the north.\n';
  assert.deepEqual(dates(text).filter(([t]) => !/GMT/.test(t)), [['tomorrow', '2024-05-06'], ['yesterday', '2024-05-03']]);
});

test('the reference option is used when the article states no date', () => {
  assert.deepEqual(dates('The plant closed last month.\n', '2020-06-15'), [['last month', '2020-05']]);
});

test('week phrases give ISO weeks, with "earlier"/"later" inside the span', () => {
  // 16 November 2023 is the Thursday of ISO week 46
  const text =
    '16 November 2023\n\nDairy farmers blocked the ring road earlier this week. The ministry will answer later this week. ' +
    'Tractors first arrived last week, and the cooperative meets again next week. Milk prices fell this week. Feed prices had risen the week before.\n';
  assert.deepEqual(dates(text), [
    ['16 November 2023', '2023-11-16'],
    ['earlier this week', '2023-W46'],
    ['later this week', '2023-W46'],
    ['last week', '2023-W45'],
    ['next week', '2023-W47'],
    ['this week', '2023-W46'],
    ['the week before', '2023-W45'],
  ]);
  // "the week before the vote" points at an event, not at the publication date
  assert.deepEqual(dates('Canvassers knocked on doors the week before the vote.\n', '2023-11-16'), []);
});

test('week phrases at a year boundary take the ISO week-numbering year', () => {
  // 1 January 2024 is a Monday (2024-W01); the week before is 2023-W52
  assert.deepEqual(dates('The harbour froze last week.\n', '2024-01-01'), [['last week', '2023-W52']]);
  assert.deepEqual(dates('Earlier this week, the harbour froze.\n', '2024-01-01'), [['Earlier this week', '2024-W01']]);
});

test('month and year phrases give YYYY-MM and YYYY', () => {
  const text =
    '5 March 2024\n\nThe library reopened earlier this month. Loans rose last month and should rise again next month. ' +
    'Visitors doubled earlier this year; the council cut the budget last year, and a new wing opens later this year. ' +
    'The archive moves next year. Opening hours change this month and this year.\n';
  assert.deepEqual(dates(text), [
    ['5 March 2024', '2024-03-05'],
    ['earlier this month', '2024-03'],
    ['last month', '2024-02'],
    ['next month', '2024-04'],
    ['earlier this year', '2024'],
    ['last year', '2023'],
    ['later this year', '2024'],
    ['next year', '2025'],
    ['this month', '2024-03'],
    ['this year', '2024'],
  ]);
  assert.deepEqual(dates('The bridge closed last month.\n', '2024-01-10'), [['last month', '2023-12']]);
});

test('hyphenated and bare quarters give YYYY-Qn', () => {
  // 25 July 2024: the second quarter has ended, the third and fourth are to come
  const text =
    '25 July 2024\n\nThe brewer said second-quarter profit rose 4%. It expects third-quarter sales to slow. ' +
    'Analysts will study the fourth-quarter results closely. Output in the first quarter of 2023 was flat. Q2 earnings beat forecasts.\n';
  assert.deepEqual(dates(text), [
    ['25 July 2024', '2024-07-25'],
    ['second-quarter', '2024-Q2'],
    ['third-quarter', '2024-Q3'],
    ['fourth-quarter', '2024-Q4'],
    ['the first quarter of 2023', '2023-Q1'],
    ['Q2', '2024-Q2'],
  ]);
});

test('bare years after prepositions and event names, but not counts, money or numbers', () => {
  const text =
    '2 June 2025\n\nThe tram contract runs well into 2026. The city wants zero emissions by 2030. The strike lasts until 2027. ' +
    'The Berlin Marathon 2024 drew record crowds. Some 2,000 residents signed. A ticket cost $2026. See No. 2026 on the list. ' +
    'Under Article 2014 the rule applies. The club played 40 games 2014 style.\n';
  assert.deepEqual(dates(text), [
    ['2 June 2025', '2025-06-02'],
    ['2026', '2026'],
    ['2030', '2030'],
    ['2027', '2027'],
    ['2024', '2024'],
  ]);
});

test('holidays after "before" or "ahead of" are the coming one, even in a past-tense clause', () => {
  // the span is the holiday's name; "before"/"ahead of" only decide the year
  const text = '16 November 2023\n\nToy shops hired extra staff ahead of Christmas. The ferry line will close before the New Year.\n';
  assert.deepEqual(dates(text), [
    ['16 November 2023', '2023-11-16'],
    ['Christmas', '2023-12-25'],
    ['New Year', '2024-01-01'],
  ]);
  assert.deepEqual(dates('Toy sales peaked before Christmas.\n', '2024-01-10'), [['Christmas', '2023-12-25']]);
  assert.deepEqual(dates('Toy sales peaked at Christmas.\n', '2023-11-16'), [['Christmas', '2022-12-25']]);
});

test('durations and week-long events are not dates', () => {
  const text =
    '9 October 2024\n\nThe dockers held a week-long strike. The inquiry, a year-long effort, lasted two weeks longer than planned. ' +
    'The captain served three years at sea and has worked ashore for a week.\n';
  assert.deepEqual(dates(text), [['9 October 2024', '2024-10-09']]);
  // a stretch up to now is a duration; "last year's vote" is a date
  assert.deepEqual(dates('Rents rose over the past year and fell in the last month. Turnout fell in last year\'s vote.\n', '2024-10-09'), [['last year', '2023']]);
});

test('week phrases in a live blog use the entry time', () => {
  // 01.01.2024 is in 2024-W01, 31.12.2023 (a Sunday) in 2023-W52
  const text = 'Live: winter storm\n\n09:00 GMT 01.01.2024\nSnow fell last week across the hills.\n18:30 GMT 31.12.2023\nRoads were closed last week.\n';
  assert.deepEqual(dates(text).filter(([t]) => !/GMT/.test(t)), [['last week', '2023-W52'], ['last week', '2023-W51']]);
});

test('a month and day before "at <time>" keep the day and take the year of the reference', () => {
  // the day is not a two-digit year even when a time follows it
  const text = '12 June 2025\n\nThe orchestra rehearsed April 11 at 1:30 p.m. and again March 3 at 9 a.m. Its tour will open on Nov. 5 at 10:15 p.m. ET.\n';
  assert.deepEqual(dates(text), [
    ['12 June 2025', '2025-06-12'],
    ['April 11 at 1:30 p.m', '2025-04-11T13:30'],
    ['March 3 at 9 a.m', '2025-03-03T09:00'],
    ['Nov. 5 at 10:15 p.m. ET', '2025-11-05T22:15-05:00'],
  ]);
});

test('a time before a month and day ("at 6 p.m. Nov. 24", "7pm on Dec 3") keeps the day: the number is no two-digit year', () => {
  const text = '12 June 2025\n\nThe board meets at 6 p.m. Nov. 24 in the library. Tickets go on sale at 7pm on Dec 3.\n';
  assert.deepEqual(dates(text), [
    ['12 June 2025', '2025-06-12'],
    ['at 6 p.m. Nov. 24', '2025-11-24T18:00'],
    ['at 7pm on Dec 3', '2025-12-03T19:00'],
  ]);
});

test('a month with "last year", "next year" or "this year" is one date, that month of that year', () => {
  const text = '12 June 2025\n\nWheat prices peaked in August last year and growers expect a fall in May next year, after a dip in March this year.\n\nThe orchard shuts for all of October this year. Yields this year are strong.\n';
  // "March this year" in a future clause is still this year's March; a lone "this year" stays a year
  assert.deepEqual(dates(text), [
    ['12 June 2025', '2025-06-12'],
    ['August last year', '2024-08'],
    ['May next year', '2026-05'],
    ['March this year', '2025-03'],
    ['October this year', '2025-10'],
    ['this year', '2025'],
  ]);
});

test('the weekday of an update is on or after publication, even in the past tense', () => {
  // 9 April 2025 is a Wednesday; a past-tense "on Monday" still looks back
  const text = 'Posted Wed 9 Apr 2025 at 6:00am\n\nThe ferry operator cancelled crossings on Monday.\n\nThis story was updated on Thursday to add the operator’s response. Updated: Saturday.\n';
  assert.deepEqual(dates(text), [
    ['Wed 9 Apr 2025 at 6:00am', '2025-04-09T06:00'],
    ['on Monday', '2025-04-07'],
    ['on Thursday', '2025-04-10'],
    ['Saturday', '2025-04-12'],
  ]);
});

test('"the next morning", "the following day", "that evening" count from a date earlier in the paragraph', () => {
  // (or near the end of the paragraph just before; not across a paragraph with no date)
  const text =
    '20 May 2024\n\nThe river burst its banks on 14 May. The next morning, volunteers filled sandbags, and the following day the bridge was closed. ' +
    'That evening the council met.\n\nThe following day was quiet.\n\nResidents were angry.\n\nThe next morning the pumps failed.\n';
  assert.deepEqual(dates(text), [
    ['20 May 2024', '2024-05-20'],
    ['on 14 May', '2024-05-14'],
    ['The next morning', '2024-05-15'],
    ['the following day', '2024-05-16'],
    ['That evening', '2024-05-16'],
    ['The following day', '2024-05-17'],
  ]);
});

test('a lowercase "be" after a day is a word, not an era', () => {
  const text = '3 March 2024\n\nTenants will from May 4 be allowed to keep pets, the landlord said.\n';
  assert.deepEqual(dates(text), [['3 March 2024', '2024-03-03'], ['May 4', '2024-05-04']]);
});

test('"the east end of" is a place, not a fixture verb: the weekday stays in the past', () => {
  // 2024-09-17 is a Tuesday
  const text = 'Tuesday, September 17, 2024\n\nA storm tore the roof off the south end of the library Monday evening, flooding the archive.\n';
  assert.deepEqual(dates(text), [['Tuesday, September 17, 2024', '2024-09-17'], ['Monday evening', '2024-09-16']]);
});

test('"to last into" is a verb, and "takes effect in" looks ahead', () => {
  const text = '2 February 2027\n\n"I doubt the cold snap will help. We saw a rush last week. I do not expect the rush to last into March," the grocer said. ' +
    'The board said the levy, which takes effect in May, was fair.\n';
  assert.deepEqual(dates(text), [['2 February 2027', '2027-02-02'], ['last week', '2027-W04'], ['March', '2027-03'], ['May', '2027-05']]);
});

test('a story told from a named afternoon carries its later times on that day', () => {
  // 2023-06-06 is a Tuesday
  const text = 'Tuesday, June 6, 2023\n\nA barn burned down outside the village Monday afternoon.\n\nNeighbours raised the alarm at 2:50 p.m. after seeing smoke.\n\n' +
    'Firefighters left the scene at 9:10 p.m., the chief said.\n';
  assert.deepEqual(dates(text), [
    ['Tuesday, June 6, 2023', '2023-06-06'],
    ['Monday afternoon', '2023-06-05'],
    ['at 2:50 p.m', '2023-06-05T14:50'],
    ['at 9:10 p.m', '2023-06-05T21:10'],
  ]);
});

test('Eid is the nearest Eid al-Fitr or Eid al-Adha, from a table of their days', () => {
  const text = '12 April 2024\n\nSweet shops were busy before Eid. Trade slowed after Eid al-Fitr, and the market expects more visitors for Eid al-Adha.\n';
  assert.deepEqual(dates(text).slice(1), [['Eid', '2024-04-10'], ['Eid al-Fitr', '2024-04-10'], ['Eid al-Adha', '2024-06-16']]);
});

test('a live blog stamped "21.05" without a zone: each bare stamp is the entry\'s time, across midnight', () => {
  const text = 'Mayoral count live\nSat 10 May 2025 20.30 BST\n\n00.40\nThe last ballot boxes arrived shortly after midnight.\n\n23.50\nTurnout looks high.\n\n23.15\nTellers told the Today programme that turnout was high today.\n\n21.05\nCounting begins.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['00.40', '2025-05-11T00:40'],
    ['midnight', '2025-05-11T00:00'],
    ['23.50', '2025-05-10T23:50'],
    ['23.15', '2025-05-10T23:15'],
    ['today', '2025-05-10'],
    ['21.05', '2025-05-10T21:05'],
  ]);
});

test('"last night" written in the small hours is the evening before; "at midnight" ahead is the one that ends the day', () => {
  const night = 'Flood warning live\n\n14 March 2024\n\n04.10 GMT\nThe river burst its banks last night, the agency said.\n';
  assert.deepEqual(dates(night).filter(([t]) => !/GMT|2024/.test(t)), [['last night', '2024-03-13']]);
  const ahead = 'Flood warning live\n\n14 March 2024\n\n04.30 GMT\nThe road will close at midnight, and a second road closed shortly after midnight.\n';
  assert.deepEqual(dates(ahead).filter(([t]) => !/GMT|2024/.test(t)), [
    ['midnight', '2024-03-15T00:00'],
    ['midnight', '2024-03-14T00:00'],
  ]);
});

test('a deadline with "by the end of" looks ahead to a month or quarter not yet over, unless the clause tells what had happened by then', () => {
  const text = '8 September 2025\n\nTraders now bet on two more cuts by the end of March. The bank had lifted its target to 3.1% by the end of the second quarter. Stocks had recovered by the end of March.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['the end of March', '2026-03'],
    ['end of the second quarter', '2026-Q2'],
    ['the end of March', '2025-03'],
  ]);
});

test('a month and day before a word that starts like a month ("the March 16 market", "the Dec. 4 decision") is still a date, and one ahead of an event is not pushed back a year', () => {
  const text = '20 October 2025\n\nBond yields were flat ahead of the central bank\'s Dec. 4 decision. The March 16 market rally was its best day. She had quit before December 2.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['Dec. 4', '2025-12-04'],
    ['March 16', '2025-03-16'],
    ['December 2', '2024-12-02'],
  ]);
});

test('"the week of 3 March" is that ISO week; "for about 40 minutes" is a duration, not a date', () => {
  const text = '12 March 2025\n\nThe two leaks were found in the week of 3 March, and the supply was cut for about 40 minutes. Repairs start in the week beginning April 7.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['the week of 3 March', '2025-W10'],
    ['the week beginning April 7', '2025-W15'],
  ]);
});

test('a month before a comma and a word such as "runs" or "votes" is still a date; a percentage after a day and month is no two-digit year', () => {
  const text = '2 December 2025\n\nThe app, which Orlen Labs first showed in May, runs offline. The survey, released on 14 November, 12.4% of renters said rents had risen.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['May', '2025-05'],
    ['on 14 November', '2025-11-14'],
  ]);
});

test('"Easter week" is the ISO week of the holiday, "the Christmas weekend" stays a span of days', () => {
  const text = '3 March 2025\n\nThe museum shuts for Easter week and reopens after the Christmas weekend.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['Easter week', '2025-W16'],
    ['Christmas weekend', '2025-12-25/2025-12-28'],
  ]);
});

test('a day named by its ordinal alone ("on the 26th") is in the reference month, moved by the tense; "the 20th century" is no day', () => {
  const text = '12 April 2025\n\nNew rotas start on the 28th, and the pool reopens on the 3rd. Staff were told on the 9th. Members voted in the 19th century.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['the 28th', '2025-04-28'],
    ['the 3rd', '2025-05-03'],
    ['the 9th', '2025-04-09'],
  ]);
});

test('"the fall in prices" is a decline and "the fall of the regime" a collapse, not the season; "a 2016 interview" is that year', () => {
  const text = '4 May 2025\n\nThe report blamed the fall in grain prices and the fall of the old regime. In a 2016 interview she said sales would recover this fall.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['2016', '2016'],
    ['this fall', '2025'],
  ]);
});

test('a day set by a past act ("has been set down for hearing on June 12", "was adjourned until June 3") is not moved back a year', () => {
  const text = '28 May 2025\n\nThe appeal has been set down for hearing in Leeds on June 12. The inquest was adjourned until June 3. The appeal was heard on June 2.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['June 12', '2025-06-12'],
    ['June 3', '2025-06-03'],
    ['June 2', '2024-06-02'],
  ]);
});

test('a range after a recurrence keeps its end; a lower-case "march" with a comma, a counted stretch ahead or behind, and "the months" are no dates', () => {
  const found = dates('3 November 2026\n\nVolunteers will staff the hall every weekend until New Year\'s Eve and each Friday until December 18. Residents who joined the march, organisers said, wanted repairs within the next ten days. Rents had risen over the past three months, and in the months that followed the landlord sold up.\n');
  assert.deepEqual(found.slice(1), [
    ["New Year's Eve", '2026-12-31'],
    ['December 18', '2026-12-18'],
  ]);
});
