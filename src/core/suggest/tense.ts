// Is a clause about the past or the future? Decides which "Tuesday" or "June" a news sentence means.
// Forecast verbs ("expected first-quarter revenue") and "would" in reported speech point forward.

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(will|would(?! have)|won['’]t|shall|['’]ll|going to|set (?:for|to)|due (?:to|on|for)|scheduled|slated|planned|plans? to|expects?|expected|predicts?|predicted|projected|anticipates?|anticipated|is to|are to|upcoming|next|to be held|to hold|to meet|to visit|would like to|hopes? to|intends? to)\b/i;
const PAST = /\b(said|says|told|was|were|had|did|has been|have been|ago|last|earlier|previously|yesterday|announced|met|held|took|won|lost|came|went|began|reported|(?!(?:expect|predict|project|anticipat)ed\b)\w{3,}ed)\b/i;

/** Tense of the text just before a date (the nearest verb wins), falling back to the whole sentence. */
export function tenseAround(text: string, sentenceStart: number, sentenceEnd: number, at: number, end: number): Tense {
  const before = text.slice(Math.max(sentenceStart, at - 60), at);
  if (/\bsince\s*$/i.test(before)) return 'past'; // "expected since Friday": whatever the verb, since points back
  const lastFuture = lastMatch(before, FUTURE);
  const lastPast = lastMatch(before, PAST);
  if (lastFuture >= 0 || lastPast >= 0) return lastFuture > lastPast ? 'future' : 'past';
  const after = text.slice(end, Math.min(sentenceEnd, end + 60));
  const f = after.search(FUTURE);
  const p = after.search(PAST);
  if (f >= 0 || p >= 0) return f >= 0 && (p < 0 || f < p) ? 'future' : 'past';
  const whole = text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 400));
  const wf = whole.search(FUTURE);
  const wp = whole.search(PAST);
  if (wf >= 0 || wp >= 0) return wf >= 0 && (wp < 0 || wf < wp) ? 'future' : 'past';
  return 'unknown';
}

function lastMatch(s: string, re: RegExp): number {
  const g = new RegExp(re.source, 'gi');
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m.index;
  return last;
}
