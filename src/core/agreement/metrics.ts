// Agreement statistics: span precision/recall/F1, Cohen's κ and Krippendorff's α (nominal, two coders,
// no missing values) from a table of paired category counts.

export interface Prf {
  /** Spans of A (the reference) and of B. */
  a: number;
  b: number;
  /** Matched pairs. */
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function prf(matched: number, a: number, b: number): Prf {
  const precision = b === 0 ? null : matched / b;
  const recall = a === 0 ? null : matched / a;
  const f1 = a + b === 0 ? null : (2 * matched) / (a + b);
  return { a, b, matched, precision, recall, f1 };
}

/** Counts of (category by A, category by B) over units (tokens). */
export class PairTable {
  readonly counts = new Map<string, Map<string, number>>();
  total = 0;

  add(a: string, b: string, n = 1): void {
    let row = this.counts.get(a);
    if (row === undefined) {
      row = new Map();
      this.counts.set(a, row);
    }
    row.set(b, (row.get(b) ?? 0) + n);
    this.total += n;
  }

  categories(): string[] {
    const all = new Set<string>(this.counts.keys());
    for (const row of this.counts.values()) for (const k of row.keys()) all.add(k);
    return [...all].sort();
  }

  get(a: string, b: string): number {
    return this.counts.get(a)?.get(b) ?? 0;
  }
}

/** Cohen's κ = (po − pe) / (1 − pe); null when undefined (no units, or no variation at all). */
export function cohenKappa(table: PairTable): number | null {
  const n = table.total;
  if (n === 0) return null;
  const cats = table.categories();
  let agree = 0;
  let expected = 0;
  for (const c of cats) {
    agree += table.get(c, c);
    let rowA = 0;
    let colB = 0;
    for (const k of cats) {
      rowA += table.get(c, k);
      colB += table.get(k, c);
    }
    expected += (rowA / n) * (colB / n);
  }
  const po = agree / n;
  if (Math.abs(1 - expected) < 1e-12) return null;
  return (po - expected) / (1 - expected);
}

/**
 * Krippendorff's α for nominal data, two coders, every unit coded by both:
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, with the coincidence matrix o built from both
 * orderings of each unit's pair (n = 2 × units). Null when there is no variation (expected disagreement 0).
 */
export function krippendorffAlphaNominal(table: PairTable): number | null {
  const cats = table.categories();
  const coincidence = (c: string, k: string): number => table.get(c, k) + table.get(k, c);
  const n = 2 * table.total;
  if (n < 2) return null;
  const nc = new Map(cats.map((c) => [c, cats.reduce((sum, k) => sum + coincidence(c, k), 0)]));
  let observed = 0;
  let expected = 0;
  for (const c of cats) {
    for (const k of cats) {
      if (c === k) continue;
      observed += coincidence(c, k);
      expected += nc.get(c)! * nc.get(k)!;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
