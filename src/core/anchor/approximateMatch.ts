// Bounded approximate substring search (Sellers' algorithm): the substring of a window of the
// text with the fewest edits (insertions, deletions, substitutions) from a pattern.

export interface ApproximateMatch {
  /** UTF-16 indices into the text, end exclusive. */
  start: number;
  end: number;
  edits: number;
}

/**
 * Searches text[from, to) for the substring closest to `pattern` with at most `maxEdits` edits.
 * Among equally close matches, the one starting nearest `near` wins. O((to - from) × pattern length).
 */
export function approximateMatch(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxEdits: number,
  near: number,
): ApproximateMatch | undefined {
  const m = pattern.length;
  // cost[i]: edits between pattern[0, i) and the best substring of the text ending here;
  // origin[i]: where that substring starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  let best: ApproximateMatch | undefined;
  for (let t = from; t < to; t++) {
    const ch = text.charCodeAt(t);
    nextCost[0] = 0;
    nextOrigin[0] = t + 1;
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1] + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const skipText = cost[i] + 1;
      const skipPattern = nextCost[i - 1] + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextOrigin[i] = origin[i - 1];
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextOrigin[i] = origin[i];
      } else {
        nextCost[i] = skipPattern;
        nextOrigin[i] = nextOrigin[i - 1];
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const edits = cost[m];
    if (edits <= maxEdits) {
      const start = origin[m];
      const candidate = { start, end: t + 1, edits };
      if (
        !best ||
        edits < best.edits ||
        (edits === best.edits && Math.abs(start - near) < Math.abs(best.start - near))
      ) {
        best = candidate;
      }
    }
  }
  return best;
}
