// matchAll for the long patterns run on every sentence and quotation: String.prototype.matchAll makes
// a new copy of its pattern on each call (a RegExp of the same source and flags), which for a pattern
// of hundreds of words costs more than the search itself. One copy per pattern is kept here instead.

const copies = new WeakMap<RegExp, RegExp>();

/** The matches of `s.matchAll(re)` (`re` global), in the same order, found with one kept copy of `re`. */
export function allMatches(s: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global pattern');
  let scan = copies.get(re);
  if (scan === undefined) {
    scan = new RegExp(re.source, re.flags);
    copies.set(re, scan);
  }
  const out: RegExpExecArray[] = [];
  // (matchAll starts where the pattern's lastIndex stands, as here)
  scan.lastIndex = re.lastIndex;
  for (let m = scan.exec(s); m !== null; m = scan.exec(s)) {
    out.push(m);
    // an empty match moves on by one character (one code point under the u or v flag), as matchAll does
    if (m[0] === '') scan.lastIndex = advance(s, scan.lastIndex, scan.unicode || scan.flags.includes('v'));
  }
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff ? i + 2 : i + 1;
}
