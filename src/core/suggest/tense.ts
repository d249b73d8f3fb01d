// Is a clause about the past or the future? Decides which "Tuesday" or "June" a news sentence means.
// Forecast verbs ("expected first-quarter revenue") and "would" in reported speech point forward;
// so does the present tense of scheduling verbs ("the Wolves host Milton on Tuesday").

export type Tense = 'past' | 'future' | 'unknown';

/** "would have X-rays" points forward; "would have won" looks back. */
const WOULD = String.raw`would(?! have (?:been|had|got|gone|done|made|seen|taken|given|come|become|run|won|lost|left|kept|held|paid|said|told|put|set|let|cut|hit|met|sent|spent|built|bought|brought|thought|caught|taught|sold|found|felt|stood|known|shown|grown|drawn|written|driven|\w+ed)\b)`;
const FUTURE = new RegExp(
  String.raw`\b(will|${WOULD}|won['’]t|shall|should|can|(?<!\b(?:in|to|from|of|since|until|till|by|early|late|mid|next|last|this|through|between|on|during|before|after)\s)may(?!\s*(?:\d|[,.;:!?)]|$)|\s+(?:and|or|to|through|last|next|this|was|were|is|are|had|has|saw|when|as|after|before|in|of|at|for|with|from)\b|['’]s\b)|might|must|needs? to|ha(?:s|ve) to|['’]ll|['’]d(?=\s+(?:rather|sooner|prefer)\b)|going to|set (?:for|to)|due (?:to|on|for|by|before|out|back|in(?! part\b))|(?<!\b(?:had|had not|had never|hadn['’]t|a|an|than|as)\s)(?:scheduled|slated|planned|expected|predicted|projected|anticipated|pencil(?:l)?ed in)|ahead of|(?:un)?likely["”’']? to|on (?:course|track|target|schedule) (?:to|for)|poised to|(?<!\bhad\s)forecast to|plans?(?:\s+(?!to\b)[\w-]+){0,3}\s+to\s+(?!the\b|a\b|an\b)[a-z]+|yet to|expects?|(?<!\b(?:was|were|been)\s)expecting|(?<!\b(?:was|were|been)\s)(?:hoping|planning|aiming|preparing) to|predicts?|anticipates?|(?<!used )to be \w+(?:ed|en)|is to|are to|upcoming|next|to be held|to hold|to meet|to visit|would like to|hopes? to|intends? to|(?<!\bhad\s)(?:hoped|aimed|intended|promised|vowed|pledged|planned) to|could(?=\s+(?:be|reach|bring|hit|face|see|last|affect|spread|arrive|return|resume|reopen|begin|start|follow|rise|fall|drop|climb|increase|decline|worsen|ease|continue|happen|come|close|open)\b)|(?<!\b(?:had|been|was|were)\s)forecast for)\b`,
  'i',
);
/**
 * The present tense of verbs that announce a fixture ("host Milton at 7 p.m. Tuesday", "the court
 * sits again on Monday", "the exhibition opens on Friday"): in news text they point forward. A
 * determiner or a number before the word makes it a noun ("after the vote on Sunday", "nine votes"),
 * and so does a capital ("South End", "Fair Play"), and a lower-case -ed adjective ("unannounced
 * visits", "scheduled flights"): the words match in lower case only.
 */
const SCHEDULE = /(?<!\b(?:the|a|an|this|that|his|her|their|its|our|your|whose|of|final|first|last|next|\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|more|fewer|all|some|no|[a-z]{2,}ed)\s)(?<!(?:\d\s?[ap]\.?m\.?|\b[A-Z]{3,4}\)|\d\))\s)\b(?:hosts?|plays?|faces?|meets?|visits?|travels?|opens?|reopens?|closes?|begins?|starts?|resumes?|returns?|kicks? off|takes? on|heads? to|reports?|announces?|publishes?|releases?|unveils?|goes|go to|flies|fly to|sits?|hears?|votes?|debates?|launch(?:es)?|premieres?|airs?|arrives?|ships?|lands?|hits? (?:shelves|stores|cinemas|theaters|theatres)|goes on sale|runs? (?:until|in|from|through)|takes? place|(?:is|are) held|continues?|takes? effect|comes? into (?:force|effect)|goes into (?:force|effect)|ends?(?!\s+of\b))\b/;
/**
 * Past-tense words. A participle after "is", "stay", "remain" ("will stay suspended") is not one, nor
 * an -ed adjective after a determiner, a preposition or another verb ("expected adjusted earnings").
 * (The word boundary comes before the lookbehind: the lookbehind then runs at word starts only.)
 */
const PAST = /\b(?<!\b(?:is|are|be|being|been|stay|stays|remain|remains|get|gets)\s(?:not\s|n['’]t\s)?)(said|says|told|was|were|had|did|has been|have been|ago|(?<!\bto\s)last|earlier|previously|yesterday|announced|met|held|took|won|lost|came|went|began|reported|rose|fell|grew|saw|gave|made|led|left|kept|paid|sold|thought|brought|bought|caught|spent|sent|built|found|felt|stood|ran|wrote|spoke|broke|chose|drove|flew|froze|knew|threw|drew|shook|struck|fought|sought|taught|sat|rang|sank|died|tied|sped|became|forgot|fled|fed|heard|tore|swept|wore|woke|rode|stole|hid|bit|bled|dug|lit|slid|spun|sprang|swung|swam|sang|shone|meant|got|shot|laid|couldn['’]t(?!\s+(?:be|have)\b)|hit back|quit|resigned|(?<!\b(?:to|will|would|can|could|must|should|might|may|cannot|not|n['’]t|['’]ll|and|or)\s)beat(?=\s+(?:them|him|her|us|it|[A-Z]\w*)\b)|(?<!\b(?:a|an|the|its|their|his|her|our|your|this|that|these|those|every|each|any|all|most|many|some|of|with|for|in|on|to|\w+ed)\s)(?<!\b(?:will|would|to|can|could|should|must|may|might|shall)\s+(?!(?:have|has|had|be|been)\s)[a-z]+\s)(?!(?:expect|predict|project|anticipat|schedul|plann|slat)ed\b)\w{3,}ed)\b/i;
/** "to fly", "to undergo": an infinitive (not "to the", "to London", "to him"). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|it|date|and|or|about|around|over|under)\b)[a-z]{2,}\b/;
/**
 * Where a new coordinated clause starts: its own verb decides ("have won six … and host Milton on
 * Tuesday"). An "and" between numbers ("between 7 and 10+") joins no clauses.
 */
const CLAUSE = /(?:;|\s[–—]\s|(?<![\d%+])\s(?:and|but|while|whereas|although|though)\s|,\s(?:and|but|while|whereas|although|though)\s)(?=\S)/gi;

const PUT_OFF = /\b(?:adjourn|postpon|defer|delay|put off|push(?:ed)? back|remand|reschedul)\w*\b(?:\s+[\w'’-]+){0,4}\s+(?:until|till|to|for)\s+(?:on\s+)?$/i;

/** A deadline someone still has: "have until", "has till", "get until" right before the date. */
const HAVE_UNTIL = /\b(?:has|have|get|gets)\s+(?:(?:only|just|now|still)\s+)?(?:until|till|through)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/i;

/** A deadline right before the date: "by", "by the end of", "no later than". */
const DEADLINE = /\b(?:by|no later than|before)\s+(?:the\s+)?(?:(?:end|start|middle|close)\s+of\s+(?:the\s+)?)?$/i;
/** Someone wanted, asked or urged to do something, and then the deadline: "wanted X to agree a position by". */
const WISHED_TO = /\b(?:wanted|wants?|asked|asks|urged|urges|pressed|presses|called on|calls on|told|tells|ordered|orders|instructed|required|requires|gave \w+ until)\b(?:\s+(?!by\b)[\w'’-]+){0,4}?\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b[^.;:!?]{0,60}$/i;
/** A reporting verb and the "that" opening its clause, a few words before the date. */
const REPORTED_THAT = /\b(?:said|says|told|tells|added|noted|explained)\b[^.;:!?]{0,80}?\bthat\s+(?:[\w'’-]+\s+){0,5}$/i;
/** A reporting verb and the start of the reported clause's subject, a few words before the date. */
// (not an adverbial of the reporting verb itself: "said on its website on Sunday that …", "told
// reporters late on Monday it would …" date the saying)
const REPORTED_SUBJECT = /\b(said|says|told \w+|announced|confirmed|warned|insisted|added|stressed)\s+(?:that\s+)?(?!(?:on|in|at|late|early|during|earlier|later|last|this|via|through|from|after|before|when|while)\b)(?:[\w'’-]+\s+){1,6}$/i;
/** A "that" right after the date opens the reported clause: the date was the reporting verb's. */
const THAT_AFTER = /^\s*,?\s*that\b/i;
/** The reported clause's own verb, right after the date, looks forward. */
const AFTER_FUTURE = /^[^,;.!?"“”]{0,40}?\b(?:will|would|is|are)\s+(?:(?:still|now|also)\s+)?(?:go ahead|due|set to|expected|scheduled|going ahead)\b|^[^,;.!?"“”]{0,40}?\b(?:will|would)\b/i;

/** The clause's verb right after the date is a progressive ("and September were running ahead"). */
const PROGRESSIVE_AFTER = /^(?:\s+(?:and|or)\s+[\w'’-]+)?\s+(?:was|were|is|are)\s+(?:still\s+|already\s+|now\s+)?[a-z]{2,}ing\b/i;

/** Tense of the text just before a date (the nearest verb wins), falling back to the whole sentence. */
export function tenseAround(text: string, sentenceStart: number, sentenceEnd: number, at: number, end: number): Tense {
  const from = wordStart(text, sentenceStart, at - 60);
  const before = text.slice(from, at);
  // (the patterns anchored at the end of `before` are tried only when it ends with a word they end with)
  const end0 = endWord(before);
  if (end0.endsWith('since') && /\bsince\s*$/i.test(before)) return 'past'; // "expected since Friday": whatever the verb, since points back
  // "adjourned the case until March 5", "postponed the vote to Friday": a date something was put off to is ahead
  if (PUT_OFF_END.has(end0) && PUT_OFF.test(before)) return 'future';
  // "the agency projected Tuesday that …", "forecast on Monday that": the day a statement was made,
  // even when the verb is one that otherwise looks forward
  // (the short look at "that" after the date first: it is rarely there)
  if (THAT_AFTER.test(text.slice(end, end + 12)) && /(?<!\b(?:is|are|be|being|been|was|were)\s)\b(?:\w{3,}ed|forecast)\s+(?:on\s+)?$/i.test(before)) return 'past';
  // "lenders have until June 30 to comply", "has till Friday": a deadline still running is ahead
  if (HAVE_UNTIL_END.has(end0) && HAVE_UNTIL.test(before)) return 'future';
  // "wanted ambassadors to agree a position by the end of Q2", "urged the council to act by March":
  // a deadline set for what someone is wanted or asked to do is ahead, whatever the tense of the wish
  if (DEADLINE_END.has(end0) && DEADLINE.test(before) && WISHED_TO.test(text.slice(wordStart(text, sentenceStart, at - 120), at))) return 'future';
  // "told analysts that bookings for August were running ahead": a progressive in reported speech
  // is the speaker's present ("are running"), so the date is the nearest such month, not last year's
  if (PROGRESSIVE_AFTER.test(text.slice(end, Math.min(sentenceEnd, end + 80)))) {
    const wide = wordStart(text, sentenceStart, at - 160);
    const reported = text.slice(wide, at);
    if (REPORTED_THAT.test(reported) && nearest(text, wide + reported.search(/\bthat\s+(?:[\w'’-]+\s+){0,5}$/i) + 5, at) === 'unknown') return 'unknown';
  }
  // "said the events on 5 November will go ahead": a date in the subject of a reported clause, whose
  // own verb comes after it, takes that verb's tense, not the reporting verb's
  const reporting = REPORTED_SUBJECT.exec(before);
  const after = text.slice(end, Math.min(sentenceEnd, end + 60));
  if (reporting !== null && !THAT_AFTER.test(after) && AFTER_FUTURE.test(after) && nearest(text, from + reporting.index + reporting[1].length, at) === 'unknown') return 'future';
  // "the home game is on Boxing Day", "the hearing is at 10am": a fixture told in the present is ahead
  if ((end0 === ' on' || end0 === ' at') && /\b(?:is|are)\s+(?:on|at)\s+$/i.test(before)) return 'future';
  // the coordinated clause the date is in, if it has a verb of its own; else the whole window
  // ("rehearsed April 11 and again March 3": the second date has no verb of its own)
  const clauseAt = lastEnd(before, CLAUSE);
  const inClause = clauseAt > 0 ? nearest(text, from + clauseAt, at) : 'unknown';
  if (inClause !== 'unknown') return inClause;
  const near = nearest(text, from, at);
  if (near !== 'unknown') return near;
  // the rest of the sentence before the date, nearest marker first: the verb that governs a date
  // usually comes before it ("She said the party would open talks with every party that … on
  // Monday"; "expected earnings of 10 cents in the first quarter, below what analysts had forecast")
  // (from a date near the sentence's start the whole sentence before it is the window just read)
  const wholeFrom = wordStart(text, sentenceStart, at - 400);
  const whole = wholeFrom === from ? near : nearest(text, wholeFrom, at);
  if (whole !== 'unknown') return whole;
  // no tensed verb before the date, but an infinitive: the headline's "Striker to fly in for medical
  // on Friday", "Council to vote on plan next week" point forward
  if (INFINITIVE.test(text.slice(clauseAt > 0 ? from + clauseAt : from, at))) return 'future';
  let rest = text.slice(end, Math.min(sentenceEnd, end + 400));
  // '"… snow on Boxing Day," she added': inside a quotation, the reporting verb after it is no tense of the quote
  const opened = text.slice(sentenceStart, at);
  // (a quotation's closing mark after a comma, "…in the spring," she said, closes it even when the
  // text read starts inside the quotation, past its opening mark)
  if (/“[^”]*$/.test(opened) || (opened.split('"').length - 1) % 2 === 1 || /^[^"“”]*[,!?]["”]\s/.test(rest)) {
    const close = rest.search(/["”]/);
    if (close >= 0) rest = rest.slice(0, close);
  }
  // "Friday's strike goes ahead": a fixture verb after the date points forward too
  const fs = [firstFuture(rest), rest.search(SCHEDULE)].filter((i) => i >= 0);
  const f = fs.length > 0 ? Math.min(...fs) : -1;
  const p = rest.search(PAST);
  if (f >= 0 || p >= 0) return f >= 0 && (p < 0 || f < p) ? 'future' : 'past';
  return 'unknown';
}

/**
 * The last word of `s` (its ASCII letters, in lower case), with a space before it when white space
 * follows it: "said on " gives " on", "since" gives "since".
 */
function endWord(s: string): string {
  let i = s.length;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  let j = i;
  while (j > 0 && isAsciiLetter(s.charCodeAt(j - 1))) j--;
  const word = s.slice(j, i).toLowerCase();
  return i < s.length ? ` ${word}` : word;
}
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The words PUT_OFF, HAVE_UNTIL and DEADLINE end with (then white space), as endWord gives them. */
const PUT_OFF_END = new Set([' until', ' till', ' to', ' for', ' on']);
const HAVE_UNTIL_END = new Set([' until', ' till', ' through', ' of']);
const DEADLINE_END = new Set([' by', ' than', ' before', ' the', ' of']);

/** `from`, moved forward to the start of a word (a cut "…pected" would read as a past tense), not before `min`. */
function wordStart(text: string, min: number, from: number): number {
  if (from <= min) return min;
  let i = from;
  while (i < text.length && /\w/.test(text[i]) && /\w/.test(text[i - 1])) i++;
  return i;
}

/**
 * The tense of the marker nearest `to` in text[from, to). A few characters before `from` are kept as
 * context, so that the look-behinds ("the adjusted", "is closed") see the word before.
 */
function nearest(text: string, from: number, to: number): Tense {
  const pre = Math.max(0, from - 24);
  const s = text.slice(pre, to);
  const skip = from - pre;
  const future = Math.max(lastMatch(s, FUTURE, skip), lastMatch(s, SCHEDULE, skip));
  const past = lastMatch(s, PAST, skip);
  if (future < 0 && past < 0) return 'unknown';
  // (a tie is one word read both ways: "hoped to reconnect" is a past verb looking forward)
  return future >= past ? 'future' : 'past';
}

/** The global copy of a pattern, compiled once (these patterns are long and run for every date). */
const globals = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = globals.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    globals.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

function lastMatch(s: string, re: RegExp, from = 0): number {
  const g = global(re);
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) if (m.index >= from && !(re === FUTURE && NAMED_MODAL.test(m.input.slice(m.index, m.index + 8)))) last = m.index;
  return last;
}

/** "Can Tho", "Will Carling": a capitalised modal before a capitalised word is a name, no future. */
const NAMED_MODAL = /^(?:Can|Will)\s+[A-Z]/;

/** Where the first future marker of `s` is (-1: none), a name such as "Can Tho" passed over. */
function firstFuture(s: string): number {
  const g = global(FUTURE);
  for (let m = g.exec(s); m !== null; m = g.exec(s)) if (!NAMED_MODAL.test(s.slice(m.index, m.index + 8))) return m.index;
  return -1;
}

function lastEnd(s: string, re: RegExp): number {
  const g = global(re);
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m.index + m[0].length;
  return last;
}
