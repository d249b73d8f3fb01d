// Binary search over lists kept in text order.

/** The index of the first item whose position is at or after `pos` (`list.length` when none is). */
export function firstAtOrAfter<T>(list: readonly T[], pos: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(list[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
