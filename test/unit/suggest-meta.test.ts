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
