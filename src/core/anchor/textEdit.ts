// A text change in code points: the span [start, end) of the old text is replaced by
// text that is `length` code points long.

export interface CodePointEdit {
  start: number;
  end: number;
  /** Length of the inserted text, in code points. */
  length: number;
}

/** A span (code points, end exclusive) that follows the text it covers. */
export interface Span {
  start: number;
  end: number;
}
