// The tokenisation and sentence rule of the CoNLL export and of token-level agreement.
//
// Tokens: a number with inner separators ("13,000", "07.12.2021", "15:55"); or a run of letters,
// digits and combining marks, with inner apostrophes ("didn’t", "Biden's"); or else any single
// non-space code point (punctuation, symbols, each emoji code point). Whitespace is never part of a
// token (white space as Python's str.isspace() defines it), so the tokens at their offsets, with the
// white space between them, rebuild the text exactly.
//
// Sentences: a line break always ends a sentence; so does ". ! ? …" (optionally followed by closing
// quotes or brackets) when the next token starts with an upper-case letter, a digit or an opening
// quote. A simple rule, not a trained splitter: "Mr. Biden" is cut after "Mr.".
import { codePointLength } from '../offsets';

export interface Token {
  text: string;
  /** Code-point offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** True when a new sentence starts at this token. */
  sentenceStart: boolean;
}

// White space exactly as Python's str.isspace() sees it (JavaScript's \s differs: it includes U+FEFF
// and leaves out NEL and U+001C–U+001F), so Python readers split and rebuild the text the same way.
const SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TOKEN = new RegExp(`\\p{N}+(?:[.,:/]\\p{N}+)+|[\\p{L}\\p{N}\\p{M}]+(?:['’][\\p{L}\\p{N}\\p{M}]+)*|[^${SPACE}]`, 'gu');
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;
const TERMINAL = /^[.!?…]$/;
const CLOSING = /^["”’)\]»']$/;
const OPENS_SENTENCE = /^[\p{Lu}\p{N}"“‘'(«]/u;

/** Tokens of the text with code-point offsets and sentence starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cp = 0; // code points before utf16 index `at`
  let at = 0;
  let pendingEnd = false;
  for (const m of text.matchAll(TOKEN)) {
    const index = m.index;
    const gap = text.slice(at, index);
    cp += codePointLength(gap);
    const start = cp;
    const len = codePointLength(m[0]);
    cp += len;
    at = index + m[0].length;
    const lineBreak = LINE_BREAK.test(gap);
    const sentenceStart = tokens.length === 0 || lineBreak || (pendingEnd && gap.length > 0 && OPENS_SENTENCE.test(m[0]));
    tokens.push({ text: m[0], start, end: start + len, sentenceStart });
    if (TERMINAL.test(m[0])) pendingEnd = true;
    else if (!(pendingEnd && CLOSING.test(m[0]) && gap.length === 0)) pendingEnd = false;
  }
  return tokens;
}
