// Article metadata from the page text: title, publication date and time (datelines in their many
// styles), source, and the timestamps of live-blog entries (each entry's own reference time).
import type { Chrono, ParsedResult } from 'chrono-node';
import type { ArticleMeta } from '../model';
import type { Line } from './draft';
import { applyMonthFirst, isoDay, MONTH_WORD, monthIndex, newsParser, pad, unglueYearTime, zone } from './dateParsers';


export interface Stamp {
  /** UTF-16 start of the line holding the timestamp. */
  pos: number;
  date: Date;
  iso: string;
  /** A bare "06.31" the date parser cannot read: its UTF-16 range, to be suggested as the entry's time. */
  bare?: { start: number; end: number };
}

export interface MetaResult {
  meta: ArticleMeta;
  /** Publication instant (wall time read as UTC), when stated or given as reference. */
  published?: Date;
  /** Whether `published` has a stated time of day. */
  publishedTimed: boolean;
  /**
   * A guess at the reference when none is stated: mid-year of the year the page mentions. None on a page
   * whose only stamp counts back from when it is read ("Published 2 hours ago"): its day is unknown, and
   * a year the page mentions is as likely a forecast, so no year is guessed.
   */
  fallback?: Date;
  /** Live-blog entry timestamps in text order. */
  stamps: Stamp[];
  /** Index of the title line, if found. */
  titleLine?: number;
  /** Lines that are datelines or timestamps (dates, but no claims). */
  datelineLines: Set<number>;
  /** Where the page's stamp counts back from when it is read ("2 hours ago"), on a line of its own near the top. */
  counter?: { start: number; end: number };
}

const LABEL = /^(?:(?:first |originally )?published|posted|(?:last )?updated|(?:last )?modified|last edited|date|created|(?:first )?(?:broadcast|aired)|filed|issued|released)\b\s*(?:on|at)?\s*[:\-–]?\s*/i;
/** "This article was originally published on …", "This report by … was first published …": a note after the story. */
const FOOTER_PUBLISHED = /^(?:(?:this|the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:article|story|report|piece|post|column|interview|essay|feature)\b[^.]{0,80}?\b(?:(?:was|were)\s+)?(?:originally\s+|first\s+)?(?:published|posted|appeared)\b|(?:originally|first)\s+(?:published|appeared|posted)\b)/iu;
/** A label naming the first publication, as opposed to a later update. */
const PUBLISHED_LABEL = /^(?:(?:first |originally )?published|posted)\b\s*(?:on|at)?\s*[:\-–]?\s*/i;
/** A label naming a later update of the page. */
const UPDATE_LABEL = /^(?:last )?(?:updated|modified)\b\s*(?:on|at)?\s*[:\-–]?\s*/i;
const WIRE = /^([A-Z][A-Za-z.'’ -]{1,40}?),?\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)\s*\(([^)]{2,40})\)\s*[-–—]+/;
const AGENCY = /^([A-Z][A-Z .'’-]{2,40})\s*\(([A-Z][A-Za-z .&-]{1,40})\)\s*[-–—]+/;
const SOURCE = /^(?:source|sources|via)\s*:\s*(.{2,80})$/i;


/** ISO value and the wall-clock instant of a chrono result with a known day or time. */
function stampOf(r: ParsedResult, withZone: boolean): { iso: string; date: Date; hasDay: boolean; hasYear: boolean } {
  const s = r.start;
  const y = s.get('year') ?? 2000;
  const m = s.get('month') ?? 1;
  const d = s.get('day') ?? 1;
  let iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const date = new Date(Date.UTC(y, m - 1, d, s.isCertain('hour') ? (s.get('hour') ?? 0) : 12, s.get('minute') ?? 0));
  if (s.isCertain('hour')) {
    iso += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    if (withZone && s.isCertain('timezoneOffset')) iso += zone(s.get('timezoneOffset') ?? 0);
  }
  return { iso, date, hasDay: s.isCertain('day'), hasYear: s.isCertain('year') };
}

/** The date covering (nearly) the whole string, if any. */
/** A clock time, a bar or dot, then a date with its year: "6:02 AM · Nov 14, 2026". */
const TIME_THEN_DATE = /^(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?)\s+[|·•]\s+(\S.*\d{4})$/u;

function wholeDate(parser: Chrono, text: string, ref: Date): ParsedResult | undefined {
  // "05 March 2025 | 10:02 IST", "Jan. 14, 2026 / 3:40 p.m. CST": a bar, dot or slash between the date and its time joins them
  // ("6:02 AM · Nov 14, 2026": a time before its date, so joined, is read after it; "06:02 [IST]": a zone in brackets)
  const t = unglueYearTime(text.trim()).replace(/\s+[|·•/]\s+(?=\d{1,2}[:.]\d{2})/, ' ').replace(TIME_THEN_DATE, '$2 $1').replace(/\[(\p{Lu}{2,5})\]/u, '$1');
  if (t.length === 0 || t.length > 60 || !/\d/.test(t)) return undefined;
  const results = parser.parse(t, { instant: ref, timezone: 0 });
  if (results.length === 0) return undefined;
  const covered = results.reduce((n, r) => n + r.text.length, 0);
  return covered >= t.replace(/[\s,|·•-]+$/g, '').length * 0.7 ? results[0] : undefined;
}

const FULL_DATE_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\s+((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2})-[01]\\d-[0-3]\\d\\b`, 'gi');

function yearHint(text: string): number | undefined {
  const head = text.slice(0, 50000);
  // "© 2024 Harbour Herald", "© Harbour Herald 2024", "Copyright 2019-2024": the last year of the notice
  const copyright = /(?:©|\(c\)|copyright)[^\n\d]{0,40}(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b/i.exec(head);
  if (copyright !== null) return Number(copyright[1]);
  // otherwise the latest year of a full date on the page ("November 18, 2026", "18 Nov 2026",
  // "2026-11-18"): a bare year is as often a forecast ("returns from 2029") as the story's own
  let latest: number | undefined;
  for (const m of head.matchAll(FULL_DATE_YEAR)) latest = Math.max(latest ?? 0, Number(m[1] ?? m[2] ?? m[3]));
  if (latest !== undefined) return latest;
  // else the latest year the page mentions: stories look back more than forward
  for (const m of head.matchAll(/\b(?:19|20)\d{2}\b/g)) latest = Math.max(latest ?? 0, Number(m[0]));
  return latest;
}

const SEGMENT = /\s+[|·•—–]\s+/;
/** A stamp counted back from whenever the page is read ("3 hours ago", "today"): no date. */
const COUNTER = /\bago\b|\b(?:yesterday|today)\b/i;
/** A stamp line that only counts back: "2 hours ago", "Published 45 mins ago", "Updated: 3 hrs ago". */
const COUNTER_STAMP = /^(?:(?:(?:first\s+)?published|posted|(?:last\s+)?updated)\s*:?\s*)?(?:an?|\d{1,2})\s+(?:hours?|hrs?|minutes?|mins?)\s+ago$/i;
const COUNTER_TAIL = /(?:an?|\d{1,2})\s+(?:hours?|hrs?|minutes?|mins?)\s+ago$/i;
/** An update label before a date on a byline line ("… | Updated Mar. 4, 2027"). */
const UPDATE_BEFORE = /\b(?:last\s+)?(?:updated|modified)\b[^|·•]*$/i;
const INLINE_LABEL = /\s(?:last\s+)?(?:updated|modified)\b/i;
const SEGMENT_OR_LABEL = /\s+[|·•—–]\s+|(?<=\d(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,5}))*)\s+(?=(?:[Ll]ast\s+)?(?:[Uu]pdated|[Mm]odified)\b)/;

/** A byline such as "By A. Writer | Published 14 March 2024, 09:30 GMT": one segment is a (labelled) date. */
function segmentDate(parser: Chrono, line: string, ref: Date): ParsedResult | undefined {
  // "18 May 2026 7:42 AM UTC Updated 18 May 2026 10:05 AM UTC": an inline update label also parts the segments
  const segments = line.split(INLINE_LABEL.test(line) ? SEGMENT_OR_LABEL : SEGMENT);
  if (segments.length < 2) return undefined;
  for (let k = 0; k < segments.length; k++) {
    const t = segments[k].trim();
    const labelled = LABEL.exec(t);
    const body = labelled === null ? t : t.slice(labelled[0].length);
    const r = wholeDate(parser, body, ref);
    if (r === undefined || !r.start.isCertain('day') || COUNTER.test(r.text)) continue;
    // "05 March 2025 | 10:02 IST": the time is the next segment
    const next = segments[k + 1]?.trim();
    if (!r.start.isCertain('hour') && next !== undefined && /^\d{1,2}[:.]\d{2}/.test(next)) {
      const joined = wholeDate(parser, `${body} ${next}`, ref);
      if (joined?.start.isCertain('hour') === true && joined.start.isCertain('day')) return joined;
    }
    return r;
  }
  return undefined;
}

/**
 * The days of a run of live-blog entries stamped with a time only. Read down the page, the times
 * rise in a blog told oldest first and fall in one told newest first; a step the other way by more
 * than three hours crosses midnight (the next day, or the day before). When the run's reference is a
 * stated instant (the first publication, or the last update), the days are placed so that one entry
 * falls nearest it: a newest-first blog published at 21:30 whose top entry is 03:21 starts the next day.
 */
function dayTimes(run: Stamp[], anchor: Date, anchorTimed: boolean): void {
  if (run.length === 0) return;
  const minutes = run.map((s) => s.date.getUTCHours() * 60 + s.date.getUTCMinutes());
  let down = 0;
  let up = 0;
  for (let k = 1; k < minutes.length; k++) {
    if (minutes[k] < minutes[k - 1]) down++;
    else if (minutes[k] > minutes[k - 1]) up++;
  }
  const newestFirst = down > up;
  const offsets = [0];
  for (let k = 1; k < minutes.length; k++) {
    const step = minutes[k] - minutes[k - 1];
    offsets.push(offsets[k - 1] + (newestFirst && step > 180 ? -1 : !newestFirst && step < -180 ? 1 : 0));
  }
  const day = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
  const at = (shift: number, k: number): number => day + (shift + offsets[k]) * 86400000 + minutes[k] * 60000;
  let best = 0;
  if (anchorTimed) {
    const distance = (shift: number): number => Math.min(...run.map((_, k) => Math.abs(at(shift, k) - anchor.getTime())));
    for (const shift of [-1, 1]) if (distance(shift) < distance(best)) best = shift;
  }
  run.forEach((s, k) => {
    s.date = new Date(at(best, k));
    s.iso = isoDay(s.date) + s.iso.slice(10);
  });
}

/** A live-blog entry's time alone on its line, with a dot: "06.31", "23.40". */
const BARE_DOT_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;

const MONTH_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$|^(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?$/i;

export function findMeta(lines: Line[], text: string, reference?: string, monthFirst = false): MetaResult {
  const parser = newsParser();
  const inOrder = (r: ParsedResult): ParsedResult => {
    if (monthFirst) applyMonthFirst(r);
    return r;
  };
  const meta: ArticleMeta = {};
  const datelineLines = new Set<number>();
  const refFromOption = reference !== undefined && !Number.isNaN(Date.parse(reference)) ? new Date(Date.parse(reference.length === 10 ? `${reference}T12:00:00Z` : reference)) : undefined;
  const fallbackYear = refFromOption?.getUTCFullYear() ?? yearHint(text) ?? 2000;
  const fallback = refFromOption ?? new Date(Date.UTC(fallbackYear, 6, 1));
  let published: Date | undefined;
  let publishedTimed = false;
  let countedOnly = false;
  let counter: { start: number; end: number } | undefined;

  const headEnd = Math.min(lines.length, 40);
  let publishedAt = -1;
  for (let i = 0; i < headEnd && published === undefined; i++) {
    const raw = lines[i].text.trim();
    if (raw.length === 0 || raw.length > 5000) continue;
    if (raw.length <= 40 && COUNTER_STAMP.test(raw)) {
      // (chrome or not)
      countedOnly = true;
      const at = lines[i].start + lines[i].text.indexOf(raw) + raw.length;
      // (an "Updated 3 mins ago" counts from the last update, no date of the page's own)
      if (!/^(?:last\s+)?updated\b/i.test(raw)) counter ??= { start: at - (COUNTER_TAIL.exec(raw)?.[0].length ?? 0), end: at };
    }
    const labelled = LABEL.exec(raw);
    const wire = WIRE.exec(raw);
    let r: ParsedResult | undefined;
    if (wire !== null) {
      meta.source ??= wire[3].trim();
      const md = MONTH_DAY.exec(wire[2].trim());
      if (md !== null) {
        const month = monthIndex(md[1] ?? md[5]);
        const day = Number(md[2] ?? md[4]);
        const year = Number(md[3] ?? md[6] ?? fallbackYear);
        meta.published = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        published = new Date(Date.UTC(year, month - 1, day, 12));
        publishedTimed = false;
        continue;
      }
      r = parser.parse(wire[2], { instant: fallback, timezone: 0 })[0];
    } else if (labelled !== null && !lines[i].boilerplate) {
      r = wholeDate(parser, raw.slice(labelled[0].length), fallback) ?? parser.parse(raw.slice(labelled[0].length, 120), { instant: fallback, timezone: 0 })[0];
    } else if (!lines[i].boilerplate) {
      r = wholeDate(parser, raw, fallback);
      if (r !== undefined && !r.start.isCertain('day')) r = undefined;
    }
    // "Published 3 hours ago | Updated Mar. 4, 2027 at 2:15 PM EST": past the counter, the line's stated date
    const counted = r !== undefined && COUNTER.test(r.text);
    if (counted) countedOnly = true;
    if ((r === undefined || counted) && wire === null && !lines[i].boilerplate) r = segmentDate(parser, raw, fallback);
    if (r === undefined || (!r.start.isCertain('day') && !r.start.isCertain('hour'))) continue;
    if (COUNTER.test(r.text)) continue; // "Updated 3 hours ago": a counter, not a date
    const st = stampOf(inOrder(r), true);
    if (counted && UPDATE_BEFORE.test(raw.slice(0, raw.indexOf(r.text)))) {
      // (the update's day is the best guess at the publication day; its time is not the publication's)
      if (!r.start.isCertain('month') || !r.start.isCertain('year')) continue;
      meta.published = stampOf(inOrder(r), false).iso.slice(0, 10);
      published = new Date(Date.UTC(r.start.get('year') ?? 2000, (r.start.get('month') ?? 1) - 1, r.start.get('day') ?? 1, 12));
      publishedAt = i;
      datelineLines.add(i);
      continue;
    }
    meta.published = st.iso;
    published = st.date;
    publishedTimed = r.start.isCertain('hour');
    publishedAt = i;
    if (wire === null) datelineLines.add(i);
  }
  // "Fri 14 Nov 2025 03.21 GMT / First published on Thu 13 Nov 2025 21.30 GMT": the page's last
  // update comes first, its first publication beside it; the publication date is the first one
  if (publishedAt >= 0 && !PUBLISHED_LABEL.test(lines[publishedAt].text.trim())) {
    // "Last Updated: Nov 06, 2026" at the top, "First Published: Nov 05, 2026" under the story: the tail too
    const near: number[] = [];
    for (let i = Math.max(0, publishedAt - 3); i <= Math.min(headEnd - 1, publishedAt + 3); i++) near.push(i);
    if (UPDATE_LABEL.test(lines[publishedAt].text.trim())) for (let i = Math.max(publishedAt + 4, lines.length - 40); i < lines.length; i++) near.push(i);
    for (const i of near) {
      const raw = lines[i].text.trim();
      const labelled = PUBLISHED_LABEL.exec(raw);
      if (i === publishedAt || labelled === null || lines[i].boilerplate || raw.length > 120) continue;
      const r = wholeDate(parser, raw.slice(labelled[0].length), fallback);
      if (r === undefined || !r.start.isCertain('day') || COUNTER.test(r.text)) continue;
      if (i > publishedAt + 3 && published !== undefined && stampOf(inOrder(r), false).date.getTime() > published.getTime()) continue;
      const st = stampOf(inOrder(r), true);
      meta.published = st.iso;
      published = st.date;
      publishedTimed = r.start.isCertain('hour');
      datelineLines.add(i);
      break;
    }
  }
  // no labelled or whole-line dateline: a short line near the top that states a full date (day,
  // month and year) among a few other words ("Broadcast Wed 3 Sep 2025, 07:40 · Listen")
  for (let i = 0; i < headEnd && published === undefined; i++) {
    const raw = lines[i].text.trim();
    if (raw.length < 8 || raw.length > 90 || lines[i].boilerplate || /[.!?]["”’]?$/.test(raw) || !/\d{4}/.test(raw)) continue;
    const r = parser.parse(raw, { instant: fallback, timezone: 0 }).find((x) => x.start.isCertain('day') && x.start.isCertain('month') && x.start.isCertain('year'));
    if (r === undefined || r.text.length < raw.length * 0.4) continue;
    const st = stampOf(inOrder(r), true);
    meta.published = st.iso;
    published = st.date;
    publishedTimed = r.start.isCertain('hour');
    datelineLines.add(i);
  }

  // no date at the top: a note after the story ("This article was originally published on 13/11/2026.")
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60) && published === undefined; i--) {
    const raw = lines[i].text.trim();
    const note = raw.length <= 200 && !lines[i].boilerplate ? FOOTER_PUBLISHED.exec(raw) : null;
    if (note === null) continue;
    const r = parser.parse(raw.slice(note[0].length), { instant: fallback, timezone: 0 }).find((x) => x.start.isCertain('day') && x.start.isCertain('month') && x.start.isCertain('year'));
    if (r === undefined) continue;
    const st = stampOf(inOrder(r), true);
    meta.published = st.iso;
    published = st.date;
    publishedTimed = r.start.isCertain('hour');
    datelineLines.add(i);
  }

  // still none: "Published 2 hours ago" at the top and "Updated 18:42, 9 Mar 2026" under the story;
  // the update's day is the best guess at the publication day (its time is not the publication's)
  for (let i = lines.length - 1; i >= Math.max(headEnd, lines.length - 40) && published === undefined; i--) {
    const raw = lines[i].text.trim();
    const labelled = raw.length <= 80 && !lines[i].boilerplate ? UPDATE_LABEL.exec(raw) : null;
    if (labelled === null) continue;
    const r = wholeDate(parser, raw.slice(labelled[0].length), fallback);
    if (r === undefined || !r.start.isCertain('day') || !r.start.isCertain('month') || !r.start.isCertain('year')) continue;
    const st = stampOf(inOrder(r), false);
    meta.published = st.iso.slice(0, 10);
    published = new Date(Date.UTC(st.date.getUTCFullYear(), st.date.getUTCMonth(), st.date.getUTCDate(), 12));
    publishedTimed = false;
    datelineLines.add(i);
  }

  // live-blog entries: short lines that are a time (and maybe a date) and nothing else
  const stamps: Stamp[] = [];
  let current = published ?? fallback;
  // runs of time-only stamps under one reference (the dateline, a dated stamp or a day header)
  let run: { stamps: Stamp[]; anchor: Date; timed: boolean } = { stamps: [], anchor: current, timed: published !== undefined && publishedTimed };
  const runs = [run];
  const newRun = (anchor: Date, timed: boolean): void => {
    run = { stamps: [], anchor, timed };
    runs.push(run);
  };
  // the page's own "Modified: …" or "Updated …" line beside its dateline is metadata, not an entry
  const datelineAt = Math.min(...datelineLines);
  let bareDots = 0;
  for (const line of lines) if (line.end - line.start <= 8 && !line.boilerplate && BARE_DOT_TIME.test(line.text.trim())) bareDots++;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text.trim();
    if (raw.length === 0 || raw.length > 40 || lines[i].boilerplate) continue;
    if (!/\d[:.]\d\d/.test(raw)) {
      // a day header of a live blog ("Saturday 24 January"): the entries below it are on that day
      if (stamps.length > 0 || i > datelineAt) {
        const day = /\d/.test(raw) ? wholeDate(parser, raw, current) : undefined;
        if (day !== undefined && day.start.isCertain('day') && day.start.isCertain('month') && !day.start.isCertain('hour')) {
          current = stampOf(inOrder(day), false).date;
          newRun(current, false);
        }
      }
      continue;
    }
    if (Math.abs(i - datelineAt) <= 3 && !datelineLines.has(i) && LABEL.test(raw)) continue;
    // a bare "06.31" is a decimal to the parser; in a blog with more of them it is an entry's time
    const bare = bareDots >= 2 && BARE_DOT_TIME.test(raw);
    const r = wholeDate(parser, bare ? raw.replace('.', ':') : raw.replace(LABEL, ''), current);
    if (r === undefined || !r.start.isCertain('hour')) continue;
    const st = stampOf(inOrder(r), true);
    const at = lines[i].start + lines[i].text.indexOf(raw);
    const stamp: Stamp = { pos: lines[i].start, date: st.date, iso: st.iso, ...(bare ? { bare: { start: at, end: at + raw.length } } : {}) };
    stamps.push(stamp);
    datelineLines.add(i);
    if (st.hasDay) {
      current = st.date;
      newRun(current, true);
    } else run.stamps.push(stamp);
  }
  for (const r of runs) dayTimes(r.stamps, r.anchor, r.timed);
  if (meta.published === undefined && stamps.length >= 2) {
    let latest = stamps[0];
    for (const s of stamps) if (s.date > latest.date) latest = s;
    meta.published = latest.iso;
    published = latest.date;
    publishedTimed = true;
  }
  if (published === undefined && refFromOption !== undefined) {
    published = refFromOption;
    publishedTimed = reference !== undefined && reference.length > 10;
  }

  // title: the first body line that reads like a headline; a line of five words or more first
  // (menu items and tool names such as "Fear & Greed Index" are shorter), then of three
  let titleLine: number | undefined;
  for (const minWords of [5, 3]) {
    for (let i = 0; i < headEnd && titleLine === undefined; i++) {
      const raw = lines[i].text.trim();
      if (raw.length < 12 || raw.length > 250 || /^[“"«‘]|[.!?]["”’]?(?:\s*\p{Extended_Pictographic})*$/u.test(raw) || lines[i].boilerplate || datelineLines.has(i) || WIRE.test(raw) || LABEL.test(raw) || /^by\s+\p{Lu}/u.test(raw)) continue;
      const words = raw.split(/\s+/).length;
      if (words < minWords || words > 30) continue;
      meta.title = raw;
      titleLine = i;
    }
    if (titleLine !== undefined) break;
  }

  // a wire dateline under the stated publication ("FRANKFURT, Nov 18 (Reuters) -") still names the source
  for (let i = Math.max(0, publishedAt + 1); i < headEnd && meta.source === undefined && publishedAt >= 0; i++) {
    const wire = WIRE.exec(lines[i].text.trim());
    if (wire !== null) meta.source = wire[3].trim();
  }
  for (const line of lines) {
    const raw = line.text.trim();
    const s = SOURCE.exec(raw);
    if (s !== null && meta.source === undefined) meta.source = s[1].trim();
    if (meta.source === undefined) {
      const a = AGENCY.exec(raw);
      if (a !== null) meta.source = a[2].trim();
    }
  }
  return { meta, published, publishedTimed, fallback: countedOnly && published === undefined ? undefined : fallback, stamps, titleLine, datelineLines, counter };
}
