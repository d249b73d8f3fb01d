// The pre-annotator: speakers, dates and claims suggested for one article text, offline and
// deterministic. Works in UTF-16 internally and converts to code points once, at the end.
import type { BoilerplateRegion, Suggestion, SuggestionResult } from '../model';
import { OffsetMap } from '../offsets';
import { markBoilerplate } from './boilerplate';
import { Attributor } from './attribution';
import { prefersMonthFirst } from './dateParsers';
import { findDates } from './dates';
import type { DraftClaim, DraftDate, DraftSpeaker } from './draft';
import { splitLines } from './lines';
import { findMeta } from './meta';
import { relativesNamed } from './names';
import { resolveSpeakers } from './resolve';
import { splitSentences, type Range } from './sentences';

export interface SuggestOptions {
  /** ISO date/time used when the article states no publication date */
  reference?: string;
}

/** Suggestions for one article. `text` is decoded, BOM stripped; offsets in the result are code points. */
export function suggest(text: string, options: SuggestOptions = {}): SuggestionResult {
  const lines = splitLines(text);
  markBoilerplate(lines, text);
  const monthFirst = prefersMonthFirst(text);
  const meta = findMeta(lines, text, options.reference, monthFirst);

  // dates: every non-chrome line (titles and datelines included)
  const dateSentences: Range[] = [];
  for (const line of lines) if (!line.boilerplate && line.end > line.start) dateSentences.push(...splitSentences(text, line.start, line.end));
  const stamps = meta.stamps;
  let si = -1;
  const referenceAt = (pos: number): Date | undefined => {
    // positions arrive in increasing order; advance the live-blog entry pointer
    if (si >= 0 && stamps[si].pos > pos) si = -1;
    while (si + 1 < stamps.length && stamps[si + 1].pos <= pos) si++;
    return si >= 0 ? stamps[si].date : meta.published;
  };
  const timedAt = (pos: number): boolean => {
    referenceAt(pos);
    return si >= 0 || meta.publishedTimed;
  };
  // the zone a reference was stamped in, when its stamp says ("2026-11-20T07:12Z", "…T09:00+05:30")
  const zoneAt = (pos: number): number | undefined => {
    referenceAt(pos);
    const z = /(?:Z|([+-])(\d\d):(\d\d))$/.exec(si >= 0 ? stamps[si].iso : (meta.meta.published ?? ''));
    return z === null ? undefined : z[1] === undefined ? 0 : (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  };
  const dates: DraftDate[] = findDates(text, { sentences: dateSentences, referenceAt, timedAt, zoneAt, fallback: meta.fallback, monthFirst });
  // "Published 2 hours ago" on a line of chrome: the publication day, when the page gives it elsewhere
  const counter = meta.counter;
  if (counter !== undefined && meta.meta.published !== undefined && !dates.some((d) => d.start < counter.end && d.end > counter.start)) {
    dates.push({ ...counter, value: meta.meta.published.slice(0, 10), score: 0.6, rule: 'date.counter-stamp' });
    dates.sort((a, b) => a.start - b.start);
  }
  // live-blog entries stamped "06.31": the parser reads no time there, the stamp is the entry's time
  if (stamps.some((s) => s.bare !== undefined)) {
    const taken = new Set(dates.map((d) => d.start));
    for (const s of stamps) if (s.bare !== undefined && !taken.has(s.bare.start)) dates.push({ ...s.bare, value: s.iso, score: 0.8, rule: 'date.blog-stamp' });
  }

  // speakers and claims: body paragraphs (datelines and timestamps carry no statements)
  const attributor = new Attributor(text);
  attributor.prepare(lines);
  lines.forEach((line, i) => {
    if (line.boilerplate || meta.datelineLines.has(i) || line.text.trim() === '') return;
    attributor.paragraph(line, { headline: i === meta.titleLine || (meta.titleLine !== undefined && i < meta.titleLine + 2 && line.text.trim() === meta.meta.title), assertions: i !== meta.titleLine });
  });
  // (relatives named by first name beside a full name count as full names too: "… and her husband, Frank")
  const resolved = resolveSpeakers(attributor.mentions, attributor.persons, attributor.sentences, attributor.groups, attributor.orgs, [...attributor.titleNames, ...relativesNamed(text)]);
  const speakers: DraftSpeaker[] = [];
  const speakerIndex = new Map<number, number>();
  // one speaker suggestion per span: a mention found by two rules ("The spokesman added that … and
  // that …") is one suggestion, which both claims link to (the editor keys suggestions by label and span)
  const bySpan = new Map<string, number>();
  resolved.forEach((sp, k) => {
    if (sp === undefined) return;
    const span = `${sp.start}-${sp.end}`;
    const same = bySpan.get(span);
    if (same !== undefined) {
      speakerIndex.set(k, same);
      return;
    }
    bySpan.set(span, speakers.length);
    speakerIndex.set(k, speakers.length);
    speakers.push(sp);
  });
  const claims: DraftClaim[] = attributor.claims.map((c) => ({
    start: c.start,
    end: c.end,
    kind: c.kind,
    score: c.mention !== undefined && !speakerIndex.has(c.mention) ? c.score - 0.2 : c.score,
    rule: c.rule,
    speaker: c.mention === undefined ? undefined : speakerIndex.get(c.mention),
  }));
  return assemble(text, lines.filter((l) => l.boilerplate), speakers, dates, claims, meta.meta);
}

function assemble(
  text: string,
  chrome: { start: number; end: number; rule?: string }[],
  speakers: DraftSpeaker[],
  dates: DraftDate[],
  claims: DraftClaim[],
  meta: SuggestionResult['meta'],
): SuggestionResult {
  const map = new OffsetMap(text);
  const cp = (i: number): number => map.toCodePoint(i);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const boilerplate: BoilerplateRegion[] = chrome.map((r) => ({ start: cp(r.start), end: cp(r.end), rule: r.rule ?? 'boilerplate' }));
  const suggestions: Suggestion[] = [];
  const speakerIds = new Map<number, string>();
  speakers.forEach((s, i) => {
    const id = `s${i + 1}`;
    speakerIds.set(i, id);
    suggestions.push({ id, label: 'speaker', start: cp(s.start), end: cp(s.end), text: text.slice(s.start, s.end), attrs: { name: s.name }, score: round(s.score), rule: s.rule });
  });
  dates.forEach((d, i) => {
    suggestions.push({ id: `d${i + 1}`, label: 'date', start: cp(d.start), end: cp(d.end), text: text.slice(d.start, d.end), attrs: { value: d.value }, score: round(d.score), rule: d.rule });
  });
  claims.forEach((c, i) => {
    const s: Suggestion = { id: `c${i + 1}`, label: 'claim', start: cp(c.start), end: cp(c.end), text: text.slice(c.start, c.end), attrs: { kind: c.kind }, score: round(c.score), rule: c.rule };
    const speakerId = c.speaker === undefined ? undefined : speakerIds.get(c.speaker);
    if (speakerId !== undefined) s.links = { speaker: speakerId };
    suggestions.push(s);
  });
  suggestions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { meta, boilerplate, suggestions };
}
