// Spans projected onto tokens, one IOB2 layer per label group (used by CoNLL and by agreement).
import type { Token } from './tokenize';

export interface LayerSpan {
  label: string;
  start: number;
  end: number;
}

export interface LayerTagging {
  /** Per token: "O", "B-label" or "I-label". */
  tags: string[];
  /** Spans not tagged because they overlap an earlier span of the same layer. */
  overlapping: number;
  /** Spans whose start or end falls inside a token: tagged on the whole token. */
  widened: number;
  /** Spans that cover no token (whitespace only). */
  empty: number;
}

/** Index of the first token whose end is after `offset`. */
function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tags the tokens with the spans of one layer. Overlap policy: spans are taken by start, the longer
 * first; a span that overlaps a span already tagged in the same layer is not tagged (and counted).
 */
export function tagLayer(tokens: readonly Token[], spans: readonly LayerSpan[]): LayerTagging {
  const tags = new Array<string>(tokens.length).fill('O');
  const result: LayerTagging = { tags, overlapping: 0, widened: 0, empty: 0 };
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const first = firstTokenAfter(tokens, span.start);
    let last = first;
    while (last < tokens.length && tokens[last].start < span.end) last++;
    if (last === first) {
      result.empty++;
      continue;
    }
    let free = true;
    for (let i = first; i < last; i++) if (tags[i] !== 'O') free = false;
    if (!free) {
      result.overlapping++;
      continue;
    }
    if (tokens[first].start !== span.start || tokens[last - 1].end !== span.end) result.widened++;
    tags[first] = `B-${span.label}`;
    for (let i = first + 1; i < last; i++) tags[i] = `I-${span.label}`;
  }
  return result;
}
