// Finding an annotation again after its article changed outside the editor (SPEC sections 3, 4):
// 1. the stored position, if the text there is still the annotation's text;
// 2. else the exact text, the occurrence whose surroundings best match the stored prefix and
//    suffix, nearest the old position on a tie;
// 3. else a bounded fuzzy match (few edits, in a window around the old position);
// 4. else the annotation is orphaned: kept as it was, listed, re-attachable by hand.
import type { OffsetMap } from '../offsets';
import { codePointLength } from '../offsets';
import { approximateMatch } from './approximateMatch';

export interface AnchorTarget {
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
}

export type AnchorResult =
  | { kind: 'unchanged' | 'exact' | 'fuzzy'; start: number; end: number; text: string }
  | { kind: 'orphaned' };

/** Texts shorter than this are only matched exactly (a fuzzy "he" would be found anywhere). */
const MIN_FUZZY_LENGTH = 4;
/** Longer texts are only matched exactly: the fuzzy search costs window × length. */
const MAX_FUZZY_LENGTH = 600;
/** How far (UTF-16 units) around the old position the fuzzy search looks. */
const FUZZY_WINDOW = 4000;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How much of the stored prefix and suffix surround the text found at [from, to) (UTF-16). */
function contextScore(text: string, from: number, to: number, target: AnchorTarget): number {
  const prefix = target.prefix ?? '';
  const suffix = target.suffix ?? '';
  const before = text.slice(Math.max(0, from - prefix.length), from);
  const after = text.slice(to, to + suffix.length);
  return commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
}

/** Finds one annotation in `map.text` (the article as it is now). */
export function reanchor(map: OffsetMap, target: AnchorTarget): AnchorResult {
  const text = map.text;
  const { start, end } = target;
  if (target.text.length === 0) return { kind: 'orphaned' };
  if (end <= map.codePointLength && start >= 0 && map.sliceCodePoints(start, end) === target.text) {
    return { kind: 'unchanged', start, end, text: target.text };
  }
  const oldAt = map.toUtf16(Math.min(Math.max(start, 0), map.codePointLength));

  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(target.text); at !== -1; at = text.indexOf(target.text, at + 1)) {
    const score = contextScore(text, at, at + target.text.length, target);
    const distance = Math.abs(at - oldAt);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best !== -1) {
    const s = map.toCodePoint(best);
    return { kind: 'exact', start: s, end: s + codePointLength(target.text), text: target.text };
  }

  if (target.text.length >= MIN_FUZZY_LENGTH && target.text.length <= MAX_FUZZY_LENGTH) {
    const maxEdits = Math.max(1, Math.floor(target.text.length / 5));
    const from = Math.max(0, oldAt - FUZZY_WINDOW);
    const to = Math.min(text.length, oldAt + target.text.length + FUZZY_WINDOW);
    const match = approximateMatch(text, from, to, target.text, maxEdits, oldAt);
    if (match) {
      const s = map.toCodePoint(match.start);
      const e = map.toCodePoint(match.end);
      if (e > s) return { kind: 'fuzzy', start: s, end: e, text: map.sliceCodePoints(s, e) };
    }
  }
  return { kind: 'orphaned' };
}
