// The one place where JavaScript string indices (UTF-16 code units, as VS Code positions use)
// and the code-point offsets of the files we write (SPEC section 3) are converted.

const BOM = '\uFEFF';

/** Strips a leading byte-order mark: offsets never count it. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Converts between UTF-16 indices and code-point offsets of one text.
 * Texts without astral characters (the usual case) convert by identity; otherwise a sorted
 * table of surrogate-pair positions makes each conversion a binary search.
 */
export class OffsetMap {
  /** UTF-16 indices of the high surrogate of each astral character, ascending. */
  private readonly pairs: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.pairs.push(i);
        i++;
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.pairs.length;
  }

  /** Code-point offset of a UTF-16 index. An index inside a pair maps to the pair's start. */
  toCodePoint(utf16: number): number {
    // number of pairs whose high surrogate lies strictly before utf16
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] < utf16 - 1) lo = mid + 1;
      else hi = mid;
    }
    // lo = number of pairs with high < utf16 - 1, i.e. fully before utf16 (both units < utf16)
    const inside = lo < this.pairs.length && this.pairs[lo] === utf16 - 1;
    return utf16 - lo - (inside ? 1 : 0);
  }

  /** UTF-16 index of a code-point offset. */
  toUtf16(codePoint: number): number {
    // the k-th pair (0-based) starts at code point pairs[k] - k
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }

  /** The text between two code-point offsets. */
  sliceCodePoints(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    n++;
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return n;
}
