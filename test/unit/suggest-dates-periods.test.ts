import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { dates } from './suggestQueries';


test('a statement verb right before a weekday and "that" dates the statement, not what it forecasts', () => {
  // 2027-04-15 is a Thursday
  assert.deepEqual(dates('The weather office predicted Monday that the river will crest by next weekend.\n', '2027-04-15'), [
    ['Monday', '2027-04-12'],
    ['next weekend', '2027-W16'],
  ]);
});

test('a headline infinitive points a weekday forward even when a later clause is in the past', () => {
  // 2027-04-15 is a Thursday
  assert.deepEqual(dates('Orchestra strikes deal; violinist to sign contract on Saturday; conductor says talks were tough\n', '2027-04-15'), [['on Saturday', '2027-04-17']]);
});

test('a month-first date after its weekday is one date, and the stated date wins', () => {
  // 2027-09-09 is a Thursday; the text names Tuesday, September 14
  assert.deepEqual(dates('The library trustees gather Tuesday, September 14, to choose an architect.\n', '2027-09-09'), [['Tuesday, September 14', '2027-09-14']]);
});

test('"the year to" and "the twelve months to" name their end month, not a year', () => {
  assert.deepEqual(dates('Rents climbed 6.1% in the year to November 2026 and 4% in the twelve months to June 2025.\n', '2027-01-20'), [
    ['November 2026', '2026-11'],
    ['June 2025', '2025-06'],
  ]);
});

test('"last" with a month just gone or still to come is that month of the previous year; "the end of the year" is the reference year\'s last month', () => {
  // (a month three or more months gone is this year's: "last March" on a November page, suggest-dates-context)
  assert.deepEqual(dates('The kiln was rebuilt last February and again last October. The guild hopes to reopen before the end of the year.\n', '2027-03-03'), [
    ['last February', '2026-02'],
    ['last October', '2026-10'],
    ['the end of the year', '2027-12'],
  ]);
  // ("the rest of the year" is the year)
  assert.deepEqual(dates('The striker will miss the rest of the year.\n', '2027-03-03'), [['the year', '2027']]);
});

test('a date without its year takes the year of a dated neighbour a few days off', () => {
  assert.deepEqual(dates('The co-op said members would be refunded on January 9, 2028, if they were registered by December 20.\n', '2027-06-01'), [
    ['January 9, 2028', '2028-01-09'],
    ['December 20', '2027-12-20'],
  ]);
});

test('half-years: "the first half of", "H2 2026", "the second half of the year", a bare quarter, the corresponding period', () => {
  const text =
    'Orchard Mills sold 40,000 tonnes of flour in the first half of 2026, against 31,000 in H2 2025. Sales of bran slipped from 6,000 tonnes in Q1, the firm said. ' +
    'Exports could slow in the second half of the year.\n\nTurnover reached 9 million in the six months to June 30, 2026, compared with 7 million in the corresponding period of 2025.\n';
  assert.deepEqual(dates(text, '2026-08-11'), [
    ['the first half of 2026', '2026-H1'],
    ['H2 2025', '2025-H2'],
    ['Q1', '2026-Q1'],
    ['the second half of the year', '2026-H2'],
    ['June 30, 2026', '2026-06-30'],
    ['the corresponding period of 2025', '2025-H1'],
  ]);
});

test('financial years follow the country the page is from', () => {
  // an Australian page (dollars with A$, a Queensland town): July to June
  const au = 'A$3 million was spent on Cairns reef patrols last financial year, and more will follow this financial year.\n';
  assert.deepEqual(dates(au, '2027-02-10'), [
    ['last financial year', '2025-07/2026-06'],
    ['this financial year', '2026-07/2027-06'],
  ]);
  // a British page (pounds, a Welsh town): April to March
  const uk = 'Cardiff libraries lent books worth £2m in the 2025-26 financial year, more than this financial year so far.\n';
  assert.deepEqual(dates(uk, '2027-02-10'), [
    ['the 2025-26 financial year', '2025-04/2026-03'],
    ['this financial year', '2026-04/2027-03'],
  ]);
});

test('a dateline without a zone takes the one zone the page says its times are in, daylight or standard by its date', () => {
  const text = 'Posted Sat 15 Jan 2028 at 7:40pm\n\nEntries close at 5pm ACDT on Friday. ACST is nine and a half hours ahead of GMT.\n';
  assert.deepEqual(dates(text)[0], ['Sat 15 Jan 2028 at 7:40pm', '2028-01-15T19:40+10:30']);
  // two places named: no zone is added
  const two = 'Posted Sat 15 Jan 2028 at 7:40pm\n\nThe stream starts at 9am AEDT, or 10pm GMT in London and 5pm EST in New York.\n';
  assert.deepEqual(dates(two)[0], ['Sat 15 Jan 2028 at 7:40pm', '2028-01-15T19:40']);
  // a zone named only for a time in the story says nothing of the dateline's
  const body = 'Posted Sat 15 Jan 2028 at 7:40pm\n\nThe final starts at 7.30pm AEDT on Sunday.\n';
  assert.deepEqual(dates(body)[0], ['Sat 15 Jan 2028 at 7:40pm', '2028-01-15T19:40']);
  const legend = 'Posted Sat 15 Jan 2028 at 7:40pm\n\nThe final starts at 7.30pm on Sunday.\n\nAll times AEDT\n';
  assert.deepEqual(dates(legend)[0], ['Sat 15 Jan 2028 at 7:40pm', '2028-01-15T19:40+11:00']);
});

test('"later in the year" is the reference year; a bare "weekend" is no day; "May 3 last year" is one date', () => {
  assert.deepEqual(dates('The studio says the sequel will reach cinemas later in the year. Fans queue there at weekends.\n', '2027-06-09'), [['later in the year', '2027']]);
  assert.deepEqual(dates('The dam burst on May 3 last year and the valley flooded again last year.\n', '2027-06-09'), [
    ['May 3 last year', '2026-05-03'],
    ['last year', '2026'],
  ]);
});

test('bare years after "since at least" and before an event noun ("the 2028 monsoon") are dates; "June exams" is no month', () => {
  assert.deepEqual(dates('Growers have complained since at least 2019 and fear the 2028 monsoon. "We sat June exams for years," one said.\n', '2027-06-09'), [
    ['2019', '2019'],
    ['2028', '2028'],
  ]);
});

test('a hyphenated year is a financial year on a page that says how its years run', () => {
  const text = 'Published 2 November 2025\n\nThe port authority keeps its books on a year that runs from April to March.\n\nIt handled 3.1 million containers in 2023-24, up from 2.8 million the year before. The 2024-25 year was quieter.\n';
  const found = suggest(text, {}).suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found.slice(1), [['2023-24', '2023-04/2024-03'], ['the year before', '2022-04/2023-03'], ['The 2024-25 year', '2024-04/2025-03']]);
  // without such a page, "2024-25 games" is left alone ("the 2023-24 season" is a span of two years)
  const plain = suggest('Published 2 November 2025\n\nThe club won the 2023-24 season and lost 2024-25 games.\n', {}).suggestions.filter((s) => s.label === 'date');
  assert.deepEqual(plain.map((s) => [s.text, s.attrs.value]), [['2 November 2025', '2025-11-02'], ['the 2023-24 season', '2023/2024']]);
});

test('"the same quarter last year" and "the same month last year" take the period told before', () => {
  const text =
    'Published 3 August 2027\n\nMerrow Foods made a profit of 12 million in the three months to June 30, the bakery chain said.\n\nIn the same quarter last year it lost 4 million.\n\nIts stores served 80,000 customers in May, up a fifth on the same month last year.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['June 30', '2027-06-30'],
    ['the same quarter last year', '2026-Q2'],
    ['May', '2027-05'],
    ['the same month last year', '2026-05'],
  ]);
});

test('a progressive verb in reported speech is the speaker\'s present: the month is the coming one', () => {
  // "said that orders for October were running ahead": this October, not last year's
  assert.deepEqual(dates('The brewer told investors that orders for October and November were running ahead of plan.\n', '2027-09-14'), [
    ['October', '2027-10'],
    ['November', '2027-11'],
  ]);
  // a plain past verb still looks back
  assert.deepEqual(dates('The brewer told investors that orders for October fell sharply.\n', '2027-09-14'), [['October', '2026-10']]);
});

test('"than expected" does not point a date forward, "likely to" does', () => {
  assert.deepEqual(dates('The mill said it had paid down debt faster than expected, to 90 million at the end of May.\n', '2027-09-14'), [['the end of May', '2027-05']]);
  assert.deepEqual(dates('Analysts said prices were likely to fall from March.\n', '2027-09-14'), [['March', '2028-03']]);
});

test('a time of day on every weekday is no date', () => {
  assert.deepEqual(dates('Published 3 August 2027\n\nThe Late Review is on weekdays from 10pm and daily at 7am on Radio Kell. The final episode airs at 9pm on Friday.\n').slice(1), [['at 9pm on Friday', '2027-08-06T21:00']]);
});

test('numbered school terms are in the reference year; "last term" only on a page that numbers its terms', () => {
  const text = 'Published 20 June 2027\n\nThe pool at Kōwhai Primary has been shut since Term 1. Last term the board asked for repairs, and the principal hopes it reopens before the end of Term 3.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['Term 1', '2027'],
    ['Last term', '2027'],
    ['Term 3', '2027'],
  ]);
  // a term of office is no date
  assert.deepEqual(dates('Published 20 June 2027\n\nIn his last term the mayor cut rates.\n').slice(1), []);
});

test('a year after an adjective like "original" before an event noun is a date; a season naming a break dated by its month is not', () => {
  assert.deepEqual(dates('The builders missed their original 2026 deadline and now say they will finish before the summer break in August.\n', '2027-03-02'), [
    ['2026', '2026'],
    ['August', '2027-08'],
  ]);
});

test('a bare half after a money word is a half-year; a forecast for it is the half not yet over', () => {
  const text = 'Published 12 August 2027\n\nThe finance chief said the forecast for the second half relied on copper prices holding up. Sales in the first half rose 8%.\n\nThe visitors scored twice in the second half.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['the second half', '2027-H2'],
    ['the first half', '2027-H1'],
  ]);
});

test('a deadline for what someone wanted or urged others to do is ahead, though the wish is past', () => {
  // 2027-02-10: Q3 and June of this year, not of last year
  assert.deepEqual(dates('The regulator wanted lenders to cut their fees by the end of Q3, and it urged the banks to report by June.\n', '2027-02-10'), [
    ['end of Q3', '2027-Q3'],
    ['June', '2027-06'],
  ]);
});

test('a season or school year spanning two years is an interval of years', () => {
  const text = 'Published 14 January 2026\n\nThe orchard picked a record crop in the 2022/23 season. Enrolment fell in the 2024-2025 school year, and the 2025-27 campaign is only a plan.\n';
  assert.deepEqual(dates(text).slice(1), [['the 2022/23 season', '2022/2023'], ['the 2024-2025 school year', '2024/2025']]);
});

test('"over the weekend" is the weekend just gone in the past tense and the coming one in the future, as its ISO week', () => {
  // 2027-03-10 is a Wednesday: the weekend before is 6-7 March (W09), the next one 13-14 March (W10)
  assert.deepEqual(dates('The ferry ran late over the weekend. Painters will strip its hull at the weekend. Cafes by the pier open at weekends.\n', '2027-03-10'), [
    ['the weekend', '2027-W09'],
    ['the weekend', '2027-W10'],
  ]);
  assert.deepEqual(dates('Ticket sales doubled this past weekend, organisers said.\n', '2027-03-10'), [['this past weekend', '2027-W09']]);
  assert.deepEqual(dates('The regatta is held over the weekend of 20 March.\n', '2027-03-10'), [['20 March', '2027-03-20']]);
});

test('a quarter named by its last month ("the December quarter", "the June 2026 quarter") is that quarter', () => {
  assert.deepEqual(dates('Wool exports fell in the September quarter, after rising in the June 2026 quarter. The December quarter numbers will be published on February 2.\n', '2026-12-04'), [
    ['the September quarter', '2026-Q3'],
    ['the June 2026 quarter', '2026-Q2'],
    ['The December quarter', '2026-Q4'],
    ['February 2', '2027-02-02'],
  ]);
});

test('named holidays and moveable feasts: a feast moved to another year by tense falls on that year\'s day; "like Christmas" is no day', () => {
  // 2027-11-10: Melbourne Cup Day 2027 was Tuesday 2 November; Whit Monday 2028 is 5 June (Easter 16 April)
  assert.deepEqual(dates('Trams ran late on Melbourne Cup Day. The baths will reopen after Whit Monday.\n', '2027-11-10'), [
    ['Melbourne Cup Day', '2027-11-02'],
    ['Whit Monday', '2028-06-05'],
  ]);
  assert.deepEqual(dates('The depot shuts on Martin Luther King Jr. Day. For bakers, the fair is like Christmas.\n', '2027-11-10'), [['Martin Luther King Jr. Day', '2028-01-17']]);
  // 2027-11-18 is a Thursday: Thanksgiving is 25 November
  assert.deepEqual(dates('Trainees get three days off for Thanksgiving next week.\n', '2027-11-18'), [['Thanksgiving next week', '2027-11-25']]);
});

test('"the end of the decade", "later this decade" and "this decade" are the decade of publication; "over this decade" and "the back end of the decade" are not dates', () => {
  assert.deepEqual(dates('The canal trust wants every lock rebuilt by the end of the decade, and a marina opened later this decade.\n', '2031-05-12'), [
    ['the end of the decade', '203'],
    ['later this decade', '203'],
  ]);
  assert.deepEqual(dates('Boat licences doubled over this decade, but most grants arrive at the back end of the decade.\n', '2031-05-12'), []);
});

test('"last year\'s Easter", "next week\'s St Patrick\'s Day" are one date, the holiday then; "the Thanksgiving holiday" is the day, "the Christmas holiday season" none', () => {
  // 2028-03-08 is a Wednesday; Easter 2027 was 28 March
  assert.deepEqual(dates('Ferry bookings jumped before last year\'s Easter and will peak over next week\'s St Patrick\'s Day.\n', '2028-03-08'), [
    ["last year's Easter", '2027-03-28'],
    ["next week's St Patrick's Day", '2028-03-17'],
  ]);
  assert.deepEqual(dates('Depots will close for the Thanksgiving holiday but stay open through the Christmas holiday season.\n', '2028-03-08'), [['Thanksgiving', '2028-11-23']]);
});

test('the end of a range is not before its start; "forecasts for April" is the coming April; "in the week to 3 March" names its end only', () => {
  assert.deepEqual(dates('The trustees voted to shut the pool from February to May.\n', '2028-03-08'), [
    ['February', '2028-02'],
    ['May', '2028-05'],
  ]);
  assert.deepEqual(dates('Growers were cheered by forecasts for April.\n', '2028-03-08'), [['April', '2028-04']]);
  assert.deepEqual(dates('Exports fell in the week to 3 March and rose in the week ended 10 February.\n', '2028-03-08'), [
    ['3 March', '2028-03-03'],
    ['10 February', '2028-02-10'],
  ]);
});

test('"Labor Day weekend", "Thanksgiving weekend" are the holiday\'s weekend, as an interval; "died" is a past tense', () => {
  // 2027-10-14: Labor Day 2027 was Monday 6 September; Thanksgiving 2027 is Thursday 25 November
  assert.deepEqual(dates('Three hikers died on the ridge over Labor Day weekend, and rangers will add patrols before Thanksgiving weekend.\n', '2027-10-14'), [
    ['Labor Day weekend', '2027-09-04/2027-09-06'],
    ['Thanksgiving weekend', '2027-11-25/2027-11-28'],
  ]);
});

test('"a fortnight ago" is the week two weeks back; a bare "2029/30" is a span of years on a page that names one in full', () => {
  // 2028-05-10 is a Wednesday: two weeks back is 26 April (W17)
  assert.deepEqual(dates('The rowing club said it had first heard of the plan a fortnight ago.\n', '2028-05-10'), [['a fortnight ago', '2028-W17']]);
  assert.deepEqual(dates('Fixtures for the 2029/30 season are out. Ticket prices for 2029/30 and 2030/31 rise by 4%.\n', '2028-05-10'), [
    ['the 2029/30 season', '2029/2030'],
    ['2029/30', '2029/2030'],
    ['2030/31', '2030/2031'],
  ]);
  // elsewhere a bare "2029/30" is no date (a ratio, a reference number)
  assert.deepEqual(dates('Membership rose in 2029/30 by a fifth.\n', '2028-05-10'), []);
});

test('a fiscal year named by one year ("FY2029", "FY29", "fiscal year 2029", "the 2028 fiscal year") is that year', () => {
  assert.deepEqual(dates('The brewer cut its FY2029 outlook, trimmed FY29 capital spending and said fiscal year 2029 would be hard. Sales in the 2028 fiscal year fell.\n', '2028-05-10'), [
    ['FY2029', '2029'],
    ['FY29', '2029'],
    ['fiscal year 2029', '2029'],
    ['2028 fiscal year', '2028'],
  ]);
});

test('a bare "2 hours ago" under a dateline is a freshness counter, no date', () => {
  const found = dates('Harbour board delays dredging plan\n14/03/2027 | 09:20\n2 hours ago\n\nThe harbour board postponed the dredging of the inner basin on Friday.\n');
  assert.ok(!found.some(([t]) => /ago/.test(t)), JSON.stringify(found));
  assert.deepEqual(found.at(-1), ['on Friday', '2027-03-12']);
});

test('Boxing Day is a holiday like Christmas Day, and "at noon" is a time of day', () => {
  // 2027-12-20 is a Monday
  const found = dates('Monday 20 December 2027\n\nThe ski lifts at Glenmore stopped at noon. The resort reopens on Boxing Day.\n');
  assert.deepEqual(found.slice(1), [['noon', '2027-12-20T12:00'], ['Boxing Day', '2027-12-26']]);
  // a bare "noon" is no point in time
  assert.deepEqual(dates('Monday 20 December 2027\n\nNoon is the busiest hour for the lifts.\n').slice(1), []);
});

test('a time on a holiday keeps its time of day', () => {
  const found = dates('Monday 20 December 2027\n\nThe ferry terminal will close from 4pm on Christmas Eve. Fireworks start on New Year’s Eve at 11.45pm.\n');
  assert.deepEqual(found.slice(1).map(([, v]) => v), ['2027-12-24T16:00', '2027-12-31T23:45']);
});

test('"by the weekend" is the coming weekend, also inside a present-tense quotation', () => {
  // 2027-12-20 is a Monday; its ISO week is 2027-W51
  const found = dates('Monday 20 December 2027\n\n"By the weekend the thaw sets in," the forecaster said. The gritters will be out before the weekend. The salt had run out by the weekend.\n');
  assert.deepEqual(found.slice(1), [['the weekend', '2027-W51'], ['the weekend', '2027-W51'], ['the weekend', '2027-W50']]);
});

test('a holiday inside a present-tense quotation is not moved back by the reporting verb after it', () => {
  const found = dates('Monday 20 December 2027\n\n"The bakery is closed on Boxing Day," the owner added.\n');
  assert.deepEqual(found.slice(1), [['Boxing Day', '2027-12-26']]);
});

test('"on May 3 that year" is one date, the day in the year told before', () => {
  const found = dates('4 March 2027\n\nThe cooperative was founded in January 2011. Its first harvest was sold on May 3 that year, and in June that same year it hired a manager.\n');
  assert.deepEqual(found.slice(1), [['January 2011', '2011-01'], ['May 3 that year', '2011-05-03'], ['June that same year', '2011-06']]);
});

test('"the following spring", "the previous summer" are the years of those seasons after or before the date told', () => {
  const found = dates('4 March 2027\n\nThe vineyard changed hands in September 2019. Its new owners replanted the following spring. In March 2015 the old cellar flooded; the previous summer had been the driest on record.\n');
  assert.deepEqual(found.slice(1), [['September 2019', '2019-09'], ['the following spring', '2020'], ['March 2015', '2015-03'], ['the previous summer', '2014']]);
});

test('"a week on Saturday", "a week from Tuesday" are the days a week after the coming ones', () => {
  // 2027-03-04 is a Thursday
  const found = dates('Thursday 4 March 2027\n\nThe regatta was postponed until a week on Saturday. The planning inquiry resumes a week from Tuesday.\n');
  assert.deepEqual(found.slice(1), [['a week on Saturday', '2027-03-13'], ['a week from Tuesday', '2027-03-16']]);
});

test('a fixture told in the present ("is on Boxing Day") is ahead, after a past clause', () => {
  const found = dates('Monday 20 December 2027\n\nThe Tigers lost the first derby in October, and the return match is on Boxing Day.\n');
  assert.deepEqual(found.slice(1), [['October', '2027-10'], ['Boxing Day', '2027-12-26']]);
});

test('the dates in a fixtures list under the story are chrome', () => {
  const found = dates('Friday 5 March 2027\n\nThe Harriers beat Ashby 3-0 on Tuesday night to go top of the league.\n\nTheir manager said the squad was the strongest he had worked with in a decade.\n\nA crowd of 2,140 was the biggest at the ground for years, the club said.\n\nUpcoming fixtures\nSat 6 Mar: Harriers v Corby, 15:00\nTue 9 Mar: Kettering v Harriers, 19:45\n');
  assert.deepEqual(found.slice(1), [['on Tuesday night', '2027-03-02']]);
});

test('"the year-ago quarter", "the year-earlier period" after "the quarter ended …" are that quarter a year before; "the same period last year" after them too', () => {
  const found = dates(
    'Published Thu, Feb 5 2026\n\nThe bakery chain reported results for the quarter ended Dec. 31.\n\nSales climbed 12% from $410 million in the year-ago quarter. Profit was $22 million, up from $19 million in the same period last year.\n',
  );
  assert.deepEqual(found.slice(1), [
    ['Dec. 31', '2025-12-31'],
    ['the year-ago quarter', '2024-Q4'],
    ['the same period last year', '2024-Q4'],
  ]);
  const earlier = dates('Published Thu, Feb 5 2026\n\nIn the June quarter, orders fell 3% from the year-earlier quarter.\n');
  assert.deepEqual(earlier.slice(1), [['the June quarter', '2025-Q2'], ['the year-earlier quarter', '2024-Q2']]);
});

test('"the holiday quarter" is the December quarter; a quarter already begun, told in the past tense, is this year\'s', () => {
  const found = dates('Published Tue, Nov 3 2026\n\nFor the holiday quarter, the toy maker said it expects sales of $1.2 billion. Its figures for the holiday quarter come out in February.\n');
  assert.deepEqual(found.slice(1), [['the holiday quarter', '2026-Q4'], ['the holiday quarter', '2026-Q4'], ['February', '2027-02']]);
  const after = dates('Published Thu, Feb 4 2027\n\nThe toy maker said sales in the holiday quarter rose 8%.\n');
  assert.deepEqual(after.slice(1), [['the holiday quarter', '2026-Q4']]);
  // "holiday" alone before "quarter" needs its article: "Holiday quarter sales" in a headline is no date here
  assert.deepEqual(dates('Published Thu, Feb 4 2027\n\nHoliday quarter sales rose.\n').slice(1), []);
});

test('a bare "2027-28" on a page that names a school or academic year in full is that span of years, without "financial" in sight', () => {
  const found = dates('Nov 18, 2026\n\nThe college would move to a four-day week in the 2027-28 academic year. It projects a $2 million gap in its 2027-28 budget.\n');
  assert.deepEqual(found.slice(1), [['the 2027-28 academic year', '2027/2028'], ['2027-28', '2027/2028']]);
  // on a page with no such span told in full, a bare "2027-28" stays no date (a score, a record, a range)
  assert.deepEqual(dates('Nov 18, 2026\n\nThe club projects a $2 million gap in its 2027-28 budget.\n').slice(1), []);
});

test('"calendar 2027" (as against a fiscal year) gives the year', () => {
  const found = dates('Friday 20 November 2026\n\nThe maker expects to have more room on pricing by the end of calendar 2027, it said.\n');
  assert.deepEqual(found.slice(1), [['2027', '2027']]);
});

test('a record year ranked "behind only 1953 and 2013" is a year', () => {
  const found = dates('Friday 20 November 2026\n\n"That would be the third-highest tide on record, behind only 1953 and 2013," the harbourmaster said.\n');
  assert.deepEqual(found.slice(1), [['1953', '1953'], ['2013', '2013']]);
});

test('"FY28" on an Australian or Indian page is the financial year that ends in 2028', () => {
  assert.deepEqual(dates('Perth Mint expects lower gold sales in FY28, the Australian government said.\n', '2027-02-10'), [['FY28', '2027-07/2028-06']]);
  assert.deepEqual(dates('The Mumbai lender grew deposits 11% in FY28, helped by rural branches.\n', '2028-05-10'), [['FY28', '2027-04/2028-03']]);
});

test('"the following spring" after "on May 3 that year" counts from that day, not from a financial year before it', () => {
  const text = 'The Indian dairy sold its Pune plant in June 2023. Its milk intake for FY23 fell by a fifth, and its trucks stood idle on May 3 that year. The plant reopened the following spring.\n';
  assert.deepEqual(dates(text, '2026-01-12'), [['June 2023', '2023-06'], ['FY23', '2022-04/2023-03'], ['May 3 that year', '2023-05-03'], ['the following spring', '2024']]);
});

test('a bare "2028-29" on a page about public money is a financial year, unless the page names its school years', () => {
  const uk = 'The Treasury will set the fire service grant for 2028-29 in the spring, the Welsh government said.\n';
  assert.deepEqual(dates(uk, '2027-10-05'), [['2028-29', '2028-04/2029-03'], ['spring', '2028']]);
  const school = 'The Treasury grant funds 40 teachers in the 2028-29 school year. Classes for 2029-30 will be smaller.\n';
  assert.deepEqual(dates(school, '2027-10-05'), [['the 2028-29 school year', '2028/2029'], ['2029-30', '2029/2030']]);
});

test('"next season", "last season" are dates only on a page that names its seasons', () => {
  const two = 'The rink drew 9,000 a night in the 2024-25 season. The roof will be fixed before next season, and attendance fell last season.\n';
  assert.deepEqual(dates(two, '2026-01-15'), [['the 2024-25 season', '2024/2025'], ['next season', '2026/2027'], ['last season', '2024/2025']]);
  const one = 'The coach signed through the 2029 season. His team went 8-4 last season.\n';
  assert.deepEqual(dates(one, '2026-10-03'), [['2029', '2029'], ['last season', '2025']]);
  assert.deepEqual(dates('His team went 8-4 last season.\n', '2026-10-03'), []);
});

test('Indian usage: "the current fiscal", "next fiscal" are financial years; "the July-September quarter" is one quarter', () => {
  const text = 'The Kochi shipyard expects orders worth ₹900 crore in the current fiscal, and more next fiscal. Its profit doubled in the October-December quarter. Its fiscal policy is cautious.\n';
  assert.deepEqual(dates(text, '2027-02-10'), [['the current fiscal', '2026-04/2027-03'], ['next fiscal', '2027-04/2028-03'], ['the October-December quarter', '2026-Q4']]);
});

test('"by the end of the week" is a deadline in the week, "the end of next week" the week after; "through the end of the week" is no date', () => {
  // 2027-04-15 is a Thursday, in ISO week 15
  assert.deepEqual(dates('The orchestra said the new contracts would be signed by the end of the week.\n', '2027-04-15'), [['the end of the week', '2027-W15']]);
  assert.deepEqual(dates('The conductor hopes to name a soloist before the end of next week.\n', '2027-04-15'), [['the end of next week', '2027-W16']]);
  assert.deepEqual(dates('Rehearsals will run through the end of the week.\n', '2027-04-15'), []);
});

test('a quarter or half of an Indian financial year ("Q3 FY28", "the first half of FY28") is its calendar months; "the July-December period" is one period', () => {
  const text = 'PUNE: Sahyadri Looms Ltd said its net profit for the third quarter of FY28 rose to Rs 52 crore. Q1 FY28 sales were flat, and for the first half of FY28 revenue grew 9 per cent to Rs 610 crore. Exports in the July-December period rose, and demand in the November-February season was strong, the Pune company said.\n';
  assert.deepEqual(dates(text, '2028-03-10'), [
    ['the third quarter of FY28', '2027-Q4'],
    ['Q1 FY28', '2027-Q2'],
    ['the first half of FY28', '2027-04/2027-09'],
    ['the July-December period', '2027-07/2027-12'],
    ['the November-February season', '2027-11/2028-02'],
  ]);
});

test('"from a year earlier" after a quarter and the day it was reported compares the quarter, not the day', () => {
  // 2027-05-06 is a Thursday
  assert.deepEqual(dates('Brightwater Foods released its first-quarter figures on Wednesday. Sales climbed 12 percent from a year earlier to $4.3 billion.\n', '2027-05-06'), [
    ['first-quarter', '2027-Q1'],
    ['on Wednesday', '2027-05-05'],
    ['a year earlier', '2026-Q1'],
  ]);
  // with only a day told, the day a year back
  assert.deepEqual(dates('Turnout on Wednesday fell 4 percent from a year earlier.\n', '2027-05-06'), [['on Wednesday', '2027-05-05'], ['a year earlier', '2026-05-05']]);
});

test('a year before a budget after a sum or "its own" is a date ("a $3.1bn 2029 budget", "its own 2029 appropriation bill"); a count is not', () => {
  assert.deepEqual(dates('Lakeshire county approved a $3.1bn 2029 budget, and the city will table its own 2029 appropriation bill.\n', '2028-10-02'), [['2029', '2029'], ['2029', '2029']]);
  assert.deepEqual(dates('The club sold 2029 season tickets.\n', '2028-10-02'), []);
});

test('St Stephen\'s Day (the Irish name of 26 December) is a holiday, its year by tense', () => {
  assert.deepEqual(dates('Galway hurlers beat Clare on St Stephen\'s Day. The pubs in Ennis reopen on St. Stephen\'s Day.\n', '2027-10-04'), [
    ['St Stephen\'s Day', '2026-12-26'],
    ['St. Stephen\'s Day', '2027-12-26'],
  ]);
});

test('"Chancellor" and "Budget" alone do not make a bare "2025-26" a British financial year; with taxes or pounds they do', () => {
  // a German page: the chancellor's budget, no British money words
  assert.deepEqual(dates('Nov 18, 2026\n\nChancellor Anke Vogt told the Bundestag the Budget for 2025-26 had been too loose.\n'), [['Nov 18, 2026', '2026-11-18']]);
  // a university page: the Vice-Chancellor and a school year told in full
  assert.deepEqual(dates('Nov 18, 2026\n\nVice-Chancellor Tom Ashdown said fees of £9,250 would hold in the 2025-26 academic year and rise in 2026-27.\n').slice(1), [
    ['the 2025-26 academic year', '2025/2026'],
    ['2026-27', '2026/2027'],
  ]);
  // Westminster: the Chancellor, the Budget and taxes
  assert.deepEqual(dates('Nov 18, 2026\n\nThe Chancellor told MPs the Budget would raise taxes on fuel in 2025-26.\n').slice(1), [['2025-26', '2025-04/2026-03']]);
});

test('a period of two months is read in any case and with any spacing after "the"', () => {
  assert.deepEqual(dates('Nov 18, 2026\n\nFreight volumes rose in the  april–september period.\n').slice(1), [['the  april–september period', '2026-04/2026-09']]);
  assert.deepEqual(dates('Nov 18, 2026\n\nFreight volumes fell in the October - March half.\n').slice(1), [['the October - March half', '2025-10/2026-03']]);
});

test('"the first 10 months of the year", "the last three months of 2025": one period of months of that year', () => {
  assert.deepEqual(dates('Nov 18, 2026\n\nCoffee imports in the first 10 months of the year beat the whole of the last three months of 2025.\n').slice(1), [
    ['the first 10 months of the year', '2026-01/2026-10'],
    ['the last three months of 2025', '2025-Q4'],
  ]);
});

test('a quarter whose forecasts were beaten is over; a quarter a company forecasts is still to come', () => {
  // published 2027-08-04, in the third quarter
  assert.deepEqual(dates('Tidewell Foods topped analysts\' estimates for the June quarter and forecast third-quarter sales of $2.1 billion.\n', '2027-08-04'), [
    ['the June quarter', '2027-Q2'],
    ['third-quarter', '2027-Q3'],
  ]);
  // (reported figures are of the last quarter over)
  assert.deepEqual(dates('Tidewell Foods reported third-quarter sales of $2.1 billion.\n', '2027-08-04'), [['third-quarter', '2026-Q3']]);
});

test('"this quarter", "the current quarter", "last quarter", "next quarter" are quarters counted from the reference; "the last quarter" of a match is none', () => {
  // published 2027-11-20, in the fourth quarter
  assert.deepEqual(dates('Bookings rose last quarter and should rise again this quarter, the ferry operator said, but may dip next quarter. Guidance for the current quarter was raised. Galway scored twice in the last quarter of the match.\n', '2027-11-20'), [
    ['last quarter', '2027-Q3'],
    ['this quarter', '2027-Q4'],
    ['next quarter', '2028-Q1'],
    ['the current quarter', '2027-Q4'],
  ]);
});

test('"the back half of the year" is the second half, of the year the sentence has named; "the front half" the first', () => {
  const found = dates('4 December 2026\n\nFor fiscal 2028 the brewer sees volumes recovering in the back half of the year. The front half of next year will be hard, and the back half of next year better.\n');
  assert.deepEqual(found.slice(1), [
    ['2028', '2028'],
    ['the back half of the year', '2028-H2'],
    ['The front half of next year', '2027-H1'],
    ['the back half of next year', '2027-H2'],
  ]);
});

test('"before year-end" is the last month of the year; "year-end bonuses" is no date', () => {
  const found = dates('4 December 2026\n\nThe lender expects to close the sale before year-end, but year-end bonuses are frozen. Staff will be told by year end.\n');
  assert.deepEqual(found.slice(1), [
    ['year-end', '2026-12'],
    ['year end', '2026-12'],
  ]);
});

test('a bare "2026-27" beside a budget and a sum is a financial year, and "three years earlier" moves it whole', () => {
  const found = dates('4 December 2026\n\nThe department\'s road maintenance budget in 2026-27 is £640m, against £720m three years earlier.\n');
  assert.deepEqual(found.slice(1), [
    ['2026-27', '2026-04/2027-03'],
    ['three years earlier', '2023-04/2024-03'],
  ]);
});

test('"the 2021-2027 funding period" is one stretch of years', () => {
  const found = dates('4 December 2026\n\nThe fund paid out 12 billion euros in the 2021-2027 funding period and asks for more in the 2028-2034 period.\n');
  assert.deepEqual(found.slice(1), [
    ['the 2021-2027 funding period', '2021/2027'],
    ['the 2028-2034 period', '2028/2034'],
  ]);
});

test('"the quarter" and "the month" alone refer back to the period the page or paragraph has told', () => {
  const found = dates(
    '5 February 2027\n\nHollin Tools reported fourth-quarter results on Thursday. Sales in the fourth quarter rose 4%.\n\nOperating margin was 12% in the quarter. January was slow in garden lines, which fell 6% for the month.\n\nOfficials said exports rose 1% in the three months to September. Imports fell in the quarter.\n',
  );
  assert.deepEqual(found.slice(1), [
    ['fourth-quarter', '2026-Q4'],
    ['on Thursday', '2027-02-04'],
    ['the fourth quarter', '2026-Q4'],
    ['the quarter', '2026-Q4'],
    ['January', '2027-01'],
    ['the month', '2027-01'],
    ['September', '2026-09'],
    ['the quarter', '2026-Q3'],
  ]);
  // a page that tells no quarter twice: "the quarter" stays no date
  assert.deepEqual(dates('5 February 2027\n\nThe shop did well in the quarter.\n').slice(1), []);
});

test('"full-year 2026" is a year', () => {
  assert.deepEqual(dates('12 November 2026\n\nFor full-year 2026, the maker expects sales of $1.6 billion.\n').slice(1), [['full-year 2026', '2026']]);
});

test('a Kenyan page\'s financial year runs from July', () => {
  const found = dates('3 March 2027\n\nNAIROBI - The Treasury set aside Sh12 billion for school meals in the 2027/28 financial year, the Kenyan finance minister said.\n');
  assert.deepEqual(found.slice(1), [['the 2027/28 financial year', '2027-07/2028-06']]);
});

test('"up from a year earlier" after a quarter reported in a named month is the quarter a year back, not the month', () => {
  const found = dates('The brewer reported second-quarter sales of $410 million in August, up 8% from a year earlier. In March, sales were 3% higher than a year earlier.\n', '2028-09-12');
  assert.deepEqual(found, [
    ['second-quarter', '2028-Q2'],
    ['August', '2028-08'],
    ['a year earlier', '2027-Q2'],
    ['March', '2028-03'],
    ['a year earlier', '2027-03'],
  ]);
});

test('"Q3 FY28" on an Indian page is the calendar quarter it falls in, and "the year-ago period" that quarter a year back', () => {
  const text = 'Tea exporter posts record profit\nUpdated: Feb 9, 2028, 11:15 IST\n\nAssam Leaf Traders reported a net profit of Rs 212 crore for Q3 FY28, against Rs 180 crore in the year-ago period.\n';
  assert.deepEqual(dates(text).slice(1), [
    ['Q3 FY28', '2027-Q4'],
    ['the year-ago period', '2026-Q4'],
  ]);
});
