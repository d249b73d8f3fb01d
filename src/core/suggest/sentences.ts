// Sentence boundaries inside one paragraph, in linear time. Abbreviations ("Mr.", "U.S.",
// "Jan.") and initials do not end a sentence; a closing quotation mark after the stop stays inside.

const ABBREVIATIONS = new Set(
  'mr mrs ms dr adv prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon rt engr barr amb supt insp det cpl maj brig pres vs etc inc ltd co corp dept est approx no nos fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u a.m p.m i.e e.g'.split(' '),
);

/** Words that continue a clock time rather than start a sentence: "7 p.m. Tuesday", "9 a.m. GMT". */
const TIME_FOLLOWERS = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s|,|$)|[A-Z]{2,4}\b|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:[Tt]ime|Standard|Daylight)\b|[,.;)]|\s+(?![A-Z])|$)|\()/;

const CLOSERS = '"”’\')»]';

export interface Range {
  start: number;
  end: number;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/** Sentences of text[start, end), trimmed of surrounding spaces. */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    // (most characters are no stop: compared as numbers, without taking the character out)
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i];
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.includes(text[j])) j++;
    if (j < end && !isSpace(text[j])) continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) break;
    const next = text[k];
    if (!/[A-Z0-9"“‘'«([\p{Lu}]/u.test(next)) continue;
    if (c === '.') {
      // the word before the stop
      let w = i - 1;
      while (w >= start && /[A-Za-z.]/.test(text[w])) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      // "… by 2 a.m. The council meets …": a clock time ends the sentence when no weekday, month or zone follows
      if ((word === 'a.m' || word === 'p.m') && /[0-9]\s*[ap]\.m$/i.test(text.slice(Math.max(start, i - 8), i)) && !TIME_FOLLOWERS.test(text.slice(k, k + 12))) {
        pushTrimmed(out, text, s, j);
        s = k;
        i = k - 1;
        continue;
      }
      // (one letter after a figure is a unit, not an initial: "… a threshold of $10m. Park said …")
      if (ABBREVIATIONS.has(word) || (/^[a-z]$/.test(word) && !/[0-9]/.test(text[w] ?? '')) || /^([a-z]\.)+[a-z]$/.test(word)) continue;
    }
    pushTrimmed(out, text, s, j);
    s = k;
    i = k - 1;
  }
  pushTrimmed(out, text, s, end);
  return out;
}

function pushTrimmed(out: Range[], text: string, a: number, b: number): void {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b });
}
