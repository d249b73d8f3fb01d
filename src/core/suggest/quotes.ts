// Quotation spans in one paragraph: curly and straight, double and single, guillemets and „…“.
// A quotation left open at the end of a paragraph continues in the next one when that one opens
// with a quotation mark (the news convention for quotations running over paragraphs).

export interface Quote {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph end when the quotation runs on. */
  close: number;
  /** Content without marks. */
  start: number;
  end: number;
  closed: boolean;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isOpeningContext(c: string | undefined): boolean {
  return c === undefined || /[\s([{\-–—:;,/]/.test(c);
}

/** Quotations in text[start, end). Linear scan; single quotes only where they cannot be apostrophes. */
export function findQuotes(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let closer = '';
  for (let i = start; i < end; i++) {
    // (only quotation marks open or close a quotation: every other character is passed over as a number)
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) continue;
    const c = text[i];
    if (open < 0) {
      const prev = i > start ? text[i - 1] : undefined;
      const next = text[i + 1];
      if (c === '“' || c === '«' || c === '„' || c === '»' && next !== undefined && isLetter(next) && isOpeningContext(prev)) {
        open = i;
        closer = c === '“' ? '”' : c === '«' ? '»' : c === '„' ? '“”' : '«';
      } else if (c === '"' && isOpeningContext(prev) && next !== undefined && !/\s/.test(next)) {
        open = i;
        closer = '"';
      } else if ((c === '‘' || c === "'") && isOpeningContext(prev) && isLetter(next) && prev !== undefined || ((c === '‘' || c === "'") && i === start && isLetter(next))) {
        // a paragraph may open with a straight single quote too ('We were told …,' said …), the British and Irish habit
        // a single quote only counts if it closes before the sentence ends
        const limit = Math.min(end, i + 400);
        let j = i + 1;
        const close = c === '‘' ? '’' : "'";
        for (; j < limit; j++) {
          if (text[j] === close && !isLetter(text[j + 1]) && !/\s/.test(text[j - 1])) break;
          if (text[j] === '"' || text[j] === '“' || text[j] === '”') {
            j = limit;
            break;
          }
        }
        if (j < limit) {
          quotes.push({ open: i, close: j, start: i + 1, end: j, closed: true });
          i = j;
        }
      }
    } else if (closer.includes(c)) {
      if (c === '"' && (!isOpeningContext(text[i + 1]) && isLetter(text[i + 1]))) continue;
      quotes.push({ open, close: i, start: open + 1, end: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ open, close: end, start: open + 1, end, closed: false });
  return quotes;
}
