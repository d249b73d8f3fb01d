// Matching two annotators' spans of one article: exactly (same label, start and end) and by overlap
// (same label, sharing at least one code point; one-to-one, the largest overlaps first).

export interface MatchSpan {
  id: string;
  label: string;
  start: number;
  end: number;
}

export function exactMatches<T extends MatchSpan>(a: readonly T[], b: readonly T[]): Array<[T, T]> {
  const key = (s: MatchSpan): string => `${s.label}\u0000${s.start}\u0000${s.end}`;
  const byKey = new Map<string, T[]>();
  for (const s of b) {
    const list = byKey.get(key(s)) ?? [];
    list.push(s);
    byKey.set(key(s), list);
  }
  const pairs: Array<[T, T]> = [];
  for (const s of a) {
    const list = byKey.get(key(s));
    const other = list?.shift();
    if (other !== undefined) pairs.push([s, other]);
  }
  return pairs;
}

export function overlapMatches<T extends MatchSpan>(a: readonly T[], b: readonly T[]): Array<[T, T]> {
  const candidates: Array<{ i: number; j: number; overlap: number }> = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      if (x.label !== y.label) return;
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (overlap > 0) candidates.push({ i, j, overlap });
    });
  });
  candidates.sort((p, q) => q.overlap - p.overlap || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[T, T]> = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push([a[c.i], b[c.j]]);
  }
  return pairs;
}
