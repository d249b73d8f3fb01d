// Publication dates in the dateline styles real pages use (issue 3), each in a small page of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

const BODY = '\n\nThe harbour authority said on Monday that dredging would resume after the storm season.\n';

function published(head: string): string | undefined {
  return suggest(`Dredging to resume at northern port\n${head}${BODY}`).meta.published;
}

test('day-first dateline with a time', () => {
  assert.equal(published('7 Dec, 2021 15:55'), '2021-12-07T15:55');
});

test('"Published:" with a 12-hour time before the date', () => {
  assert.equal(published('Published: 11:34 AM, 5 Dec, 2021'), '2021-12-05T11:34');
});

test('"Posted:" with an ISO timestamp keeps its zone', () => {
  assert.equal(published('Posted: 2023-11-23T12:05:00Z'), '2023-11-23T12:05Z');
});

test('"Last updated" with a long month name', () => {
  assert.equal(published('Last updated 21 October 2023'), '2023-10-21');
});

test('a wire dateline names the agency as source', () => {
  const r = suggest(`Dredging to resume at northern port\n\nROTTERDAM, Oct 21 (Agency) - The harbour authority said on Monday that dredging would resume.\n© 2023 Agency`);
  assert.equal(r.meta.published, '2023-10-21');
  assert.equal(r.meta.source, 'Agency');
});

test('a byline with the date in one of its segments', () => {
  assert.equal(published('By Ana Ruiz | Published 14 March 2024, 09:30 GMT'), '2024-03-14T09:30Z');
  assert.equal(published('Staff reporter · 2 May 2022'), '2022-05-02');
});

test('relative dates in the body resolve against the byline date', () => {
  const r = suggest(`Dredging to resume at northern port\nBy Ana Ruiz | Published 14 March 2024, 09:30 GMT${BODY}`);
  const monday = r.suggestions.find((s) => s.label === 'date' && s.text === 'on Monday');
  assert.equal(monday?.attrs.value, '2024-03-11');
});

test('a page that states its last update first and its first publication below: the publication is the first one', () => {
  assert.equal(published('Tue 3 Feb 2026 11.05 GMT\nFirst published on Mon 2 Feb 2026 22.15 GMT'), '2026-02-02T22:15Z');
  assert.equal(published('Updated 4 March 2025, 18:20\nPosted 4 March 2025, 07:45'), '2025-03-04T07:45');
  // an update line alone stays the date
  assert.equal(published('Last updated 4 March 2025, 18:20'), '2025-03-04T18:20');
});

test('a dateline that carries its update time on the same line: the first stamp is the publication, and a wire line below still names the source', () => {
  assert.equal(published('March 3, 2025 6:15 AM UTC Updated March 3, 2025 9:40 AM UTC'), '2025-03-03T06:15Z');
  const r = suggest('Dredging to resume at northern port\nMarch 3, 2025 6:15 AM UTC Last Updated March 3, 2025 9:40 AM UTC\n\nROTTERDAM, March 3 (Agency) - The harbour authority said on Monday that dredging would resume.\n');
  assert.equal(r.meta.published, '2025-03-03T06:15Z');
  assert.equal(r.meta.source, 'Agency');
});

test('a wire dateline without a year takes the year of the full dates on the page, not a later forecast year', () => {
  const r = suggest(
    'Dredging to resume at northern port\n\nROTTERDAM, Oct 23 (Agency) - The harbour authority said on Monday that dredging would resume, after a contract signed on 2 June 2024.\nIt expects traffic to double by 2031 and again by 2035.\n',
  );
  assert.equal(r.meta.published, '2024-10-23');
  assert.equal(r.suggestions.find((s) => s.label === 'date' && s.text === 'on Monday')?.attrs.value, '2024-10-21');
});

test('a byline whose "Posted:" label follows the author and the outlet is the dateline, and its dates are suggested', () => {
  const r = suggest(`Dredging to resume at northern port\nLena Ortiz · Harbour Times · Posted: Mar 3, 2025 6:15 AM EST | Last Updated: March 4, 2025${BODY}`);
  assert.equal(r.meta.published, '2025-03-03T06:15-05:00');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found.slice(0, 2), [
    ['Mar 3, 2025 6:15 AM EST', '2025-03-03T06:15-05:00'],
    ['March 4, 2025', '2025-03-04'],
  ]);
});

test('with no date at the top, a note after the story ("This story was originally published on …") dates the page, and relative dates count from it', () => {
  const text = 'Library roof repaired\n\nThe library reopened on Tuesday after the roof was fixed.\n\nThis story was originally published on 04/03/2027 by the Fenland Gazette.\n\nRelated\nLibrary hours\n';
  const r = suggest(text);
  assert.equal(r.meta.published, '2027-03-04');
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]), [['on Tuesday', '2027-03-02'], ['04/03/2027', '2027-03-04']]);
});

test('a note after the story does not replace a dateline at the top, and a body sentence about another publication is no note', () => {
  const top = suggest('Library roof repaired\n12 May 2026\n\nThe library reopened on Tuesday.\n\nThis report was first published on 3 May 2026.\n');
  assert.equal(top.meta.published, '2026-05-12');
  const body = suggest('Library roof repaired\n\nThe council\'s survey was published on 3 May 2026 and found the roof unsafe.\n');
  assert.equal(body.meta.published, undefined);
});

test('a time before its date behind a dot ("6:40 PM · Mar 3, 2027") and a zone in brackets ("[IST]") are read', () => {
  assert.equal(published('6:40 PM · Mar 3, 2027'), '2027-03-03T18:40');
  assert.equal(published('Last Updated: Wednesday, March 3, 2027, 18:40 [IST]'), '2027-03-03T18:40+05:30');
});

test('an update stamp at the top and the first publication under the story: the page is dated by its first publication', () => {
  const story = Array.from({ length: 24 }, (_, k) => `Paragraph ${k + 1}: the orchard cooperative said its pear harvest had been good.`).join('\n\n');
  const text = `Pear growers report bumper crop\nMira Haldane\nLast Updated: Sep 14, 2027, 02:05 IST\n\n${story}\n\nTopics: Orchards | Harvest\nFirst Published: Sep 13, 2027, 21:30 IST\n\nComments (0)\n`;
  assert.equal(suggest(text).meta.published, '2027-09-13T21:30+05:30');
  // a "published" line under the story that is later than the update is not taken
  const later = text.replace('First Published: Sep 13, 2027', 'First Published: Sep 20, 2027');
  assert.equal(suggest(later).meta.published, '2027-09-14T02:05+05:30');
});

test('"Published 3 hours ago" at the top and an update stamp under the story: the page is dated by the update\'s day', () => {
  const story = Array.from({ length: 24 }, (_, k) => `Paragraph ${k + 1}: the ferry operator said sailings resumed on Friday.`).join('\n\n');
  const r = suggest(`Ferries sail again after gales\nTom Arkwright\nPublished 3 hours ago\n\n${story}\n\nUpdated 20:15, 16 Oct 2026\n\nRelated topics\nShipping\n`);
  assert.equal(r.meta.published, '2026-10-16');
  assert.equal(r.suggestions.find((s) => s.label === 'date' && s.text === 'on Friday')?.attrs.value, '2026-10-16');
});

test('"Published 3 hours ago" beside an absolute "Updated" stamp: the update\'s day is the publication day, and "3 hours ago" is that day', () => {
  const r = suggest(
    'Kiln fire closes pottery on Mill Lane\nBy Oona Petrakis\nPublished 3 hours ago | Updated Mar. 4, 2027 at 2:15 PM EST\n\nA kiln fire closed the Mill Lane pottery on Wednesday, the owner said.\n',
  );
  assert.equal(r.meta.published, '2027-03-04');
  const dates = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(dates.slice(0, 1), [['3 hours ago', '2027-03-04']]);
  assert.deepEqual(dates.slice(-1), [['on Wednesday', '2027-03-03']]);
});

test('a page stamped only "2 hours ago" has no publication date: no weekday is resolved and no year is guessed, even from a year the page mentions', () => {
  const r = suggest(
    'Orchard growers warn of late frost\n2 hours ago\nShare\n\nGrowers said on Tuesday that blossom lost in 22 March frosts could cut the harvest. A frost-alert scheme ran until June 2031, and the spring is already late.\n\n© 2029 Valley Tribune\n',
  );
  assert.equal(r.meta.published, undefined);
  const dates = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(dates, [
    ['22 March', 'XXXX-03-22'],
    ['June 2031', '2031-06'],
  ]);
});

test('"Published 2 hours ago" at the top is a date of the day stated under the story; "Updated 3 mins ago" is none', () => {
  const page = (stamp: string): [string, string][] =>
    suggest(
      `Skip to content\nHome | News | Sport\nRiver ferry suspended after engine fire\n${stamp}\nShare\n\nThe Tamar ferry was suspended on Monday after an engine fire, the operator said.\n\nUpdated 18:42, 4 Aug 2027\n`,
    )
      .suggestions.filter((s) => s.label === 'date')
      .map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(page('Published 2 hours ago').slice(0, 2), [
    ['2 hours ago', '2027-08-04'],
    ['on Monday', '2027-08-02'],
  ]);
  assert.deepEqual(page('Updated 3 mins ago')[0], ['on Monday', '2027-08-02']);
});

test('a stamp line behind a calendar icon under the byline is the publication date, and relative days count from it', () => {
  const r = suggest(
    'GigBeat\n🏠 Home\n🎸 Rock\nBassist quits Harbour Lights on the eve of their farewell run\nBy Ines Varo\n🗓️ Tuesday, 9 March 2027\n💬 88 comments\n🔗 Copy link\n\nThe band announced the departure on Sunday night in a short statement.\n',
  );
  assert.equal(r.meta.published, '2027-03-09');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found, [
    ['Tuesday, 9 March 2027', '2027-03-09'],
    ['on Sunday night', '2027-03-07'],
  ]);
  // an icon before a menu word is still chrome
  assert.ok(r.boilerplate.length > 0);
});

test('a dateline whose year ran into its time ("March 3, 20279:41 AM ET") is the page stamp, and year-less dates follow it', () => {
  const r = suggest(
    'Public Radio\nHome\nNews\nMorning Report\nOrchard growers brace for a late frost across the valley\nMarch 3, 20279:41 AM ET\nHeard on Morning Report\nMina Castell\n\nMINA CASTELL, HOST: Growers said on Monday they would light smudge pots if the frost arrives in April.\n',
  );
  assert.equal(r.meta.published, '2027-03-03T09:41-05:00');
  const found = r.suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);
  assert.deepEqual(found, [
    ['March 3, 20279:41 AM ET', '2027-03-03T09:41-05:00'],
    ['on Monday', '2027-03-01'],
    ['April', '2027-04'],
  ]);
});
