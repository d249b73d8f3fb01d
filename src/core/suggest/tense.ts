// Is a clause about the past or the future? Decides which "Tuesday" or "June" a news sentence means.
// Forecast verbs ("expected first-quarter revenue") and "would" in reported speech point forward;
// so does the present tense of scheduling verbs ("the Wolves host Milton on Tuesday").

export type Tense = 'past' | 'future' | 'unknown';

/** "would have X-rays" points forward; "would have won" looks back. */
const WOULD = String.raw`would(?! have (?:been|had|got|gone|done|made|seen|taken|given|come|become|run|won|lost|left|kept|held|paid|said|told|put|set|let|cut|hit|met|sent|spent|built|bought|brought|thought|caught|taught|sold|found|felt|stood|known|shown|grown|drawn|written|driven|\w+ed)\b)`;
const FUTURE = new RegExp(
  String.raw`\b(will|${WOULD}|won['’]t|shall|['’]ll|going to|set (?:for|to)|due (?:to|on|for)|scheduled|slated|planned|plans? to|expects?|expected|predicts?|predicted|projected|anticipates?|anticipated|is to|are to|upcoming|next|to be held|to hold|to meet|to visit|would like to|hopes? to|intends? to)\b`,
  'i',
);
/**
 * The present tense of verbs that announce a fixture ("host Milton at 7 p.m. Tuesday", "the court
 * sits again on Monday", "the exhibition opens on Friday"): in news text they point forward. A
 * determiner before the word makes it a noun ("after the vote on Sunday") and not a verb.
 */
const SCHEDULE = /(?<!\b(?:the|a|an|this|that|his|her|their|its|our|your|whose|of|final|first|last|next)\s)\b(?:hosts?|plays?|faces?|meets?|visits?|travels?|opens?|reopens?|closes?|begins?|starts?|resumes?|returns?|kicks? off|takes? on|heads? to|goes|go to|flies|fly to|sits?|hears?|votes?|debates?|launch(?:es)?|premieres?|airs?|arrives?|ships?|lands?|hits? (?:shelves|stores|cinemas|theaters|theatres)|goes on sale|runs? until|continues?|ends?)\b/i;
/** Past-tense words; a participle after "is", "stay", "remain" ("will stay suspended") is not one. */
const PAST = /(?<!\b(?:is|are|be|being|been|stay|stays|remain|remains|get|gets)\s)\b(said|says|told|was|were|had|did|has been|have been|ago|last|earlier|previously|yesterday|announced|met|held|took|won|lost|came|went|began|reported|rose|fell|grew|saw|gave|made|led|left|kept|paid|sold|thought|brought|bought|caught|spent|sent|built|found|felt|stood|ran|wrote|spoke|broke|chose|drove|flew|froze|knew|threw|drew|shook|struck|fought|sought|taught|sat|rang|sank|became|forgot|fled|fed|heard|meant|got|shot|hit back|quit|resigned|(?!(?:expect|predict|project|anticipat|schedul|plann|slat)ed\b)\w{3,}ed)\b/i;
/** Where a new coordinated clause starts: its own verb decides ("have won six … and host Milton on Tuesday"). */
const CLAUSE = /(?:;|\s[–—]\s|,?\s(?:and|but|while|whereas|although|though)\s)(?=\S)/gi;

/** Tense of the text just before a date (the nearest verb wins), falling back to the whole sentence. */
export function tenseAround(text: string, sentenceStart: number, sentenceEnd: number, at: number, end: number): Tense {
  const windowStart = Math.max(sentenceStart, at - 60);
  const before = text.slice(windowStart, at);
  if (/\bsince\s*$/i.test(before)) return 'past'; // "expected since Friday": whatever the verb, since points back
  // the coordinated clause the date is in, if it has a verb of its own; else the whole window
  // ("rehearsed April 11 and again March 3": the second date has no verb of its own)
  const clauseAt = lastEnd(before, CLAUSE);
  const inClause = clauseAt > 0 ? nearest(before.slice(clauseAt)) : 'unknown';
  if (inClause !== 'unknown') return inClause;
  const near = nearest(before);
  if (near !== 'unknown') return near;
  const after = text.slice(end, Math.min(sentenceEnd, end + 60));
  const f = after.search(FUTURE);
  const p = after.search(PAST);
  if (f >= 0 || p >= 0) return f >= 0 && (p < 0 || f < p) ? 'future' : 'past';
  // the rest of the sentence before the date, nearest marker first ("She said the party would
  // open talks with every party that … on Monday")
  const whole = nearest(text.slice(Math.max(sentenceStart, at - 400), at));
  if (whole !== 'unknown') return whole;
  const rest = text.slice(end, Math.min(sentenceEnd, end + 400));
  const wf = rest.search(FUTURE);
  const wp = rest.search(PAST);
  if (wf >= 0 || wp >= 0) return wf >= 0 && (wp < 0 || wf < wp) ? 'future' : 'past';
  return 'unknown';
}

/** The tense of the marker nearest the end of `s`. */
function nearest(s: string): Tense {
  const future = Math.max(lastMatch(s, FUTURE), lastMatch(s, SCHEDULE));
  const past = lastMatch(s, PAST);
  if (future < 0 && past < 0) return 'unknown';
  return future > past ? 'future' : 'past';
}

function lastMatch(s: string, re: RegExp): number {
  const g = new RegExp(re.source, 'gi');
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m.index;
  return last;
}

function lastEnd(s: string, re: RegExp): number {
  const g = new RegExp(re.source, 'gi');
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m.index + m[0].length;
  return last;
}
