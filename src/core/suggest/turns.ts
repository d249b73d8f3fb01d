// Transcript turns: "CHRIS FELL: …", "Dr. Smith: …", "Minister Okafor: …", "Reporter (Daily Star): …".
// An article is a transcript when several lines open with such a label and one label comes back;
// each answering turn's label is a speaker and its text a direct claim, while questions (a turn
// ending in "?", or a host, interviewer or reporter speaking) give neither.
import type { Line } from './draft';
import { NAME_PARTICLES } from './names';

/** A label at the start of a line, with its offsets relative to the trimmed line. */
export interface TurnLabel {
  /** The label without its parenthesis ("Reporter", "CHRIS FELL"). */
  label: string;
  /** Start of the label words (after a timestamp such as "[00:02:46] "; 0 without one). */
  labelStart: number;
  /** End of the label words (before any parenthesis). */
  labelEnd: number;
  /** Start of the turn's text (after the colon and spaces). */
  textStart: number;
  /** The normalised label used to count turns of one speaker. */
  key: string;
  /** A single title-case word ("Ferraz:", "Canopy:"): a turn only when the label comes back often. */
  single?: boolean;
  /** What stands after the name on the label ("Chief Financial Officer", "Northgate Securities -- Analyst"). */
  role?: string;
  /** The label stands on a line of its own; the turn's words are the paragraphs below it. */
  alone?: boolean;
  /** A label on its own line whose first paragraph below asks a question. */
  asks?: boolean;
  /** A name alone on its line, with no title, dash or colon: a label only when it comes back. */
  bare?: boolean;
}

const WORD = `(?:[\\p{Lu}][\\p{L}.'’-]*|(?:${NAME_PARTICLES})(?=\\s))`;
// "[00:02:46] Name:", "(02:46) NAME:", "00:02:46 Name:": a recording's timestamp before the label
// (a bare "10:32" is a live blog's clock, not a transcript's, and is not taken)
const STAMP = '(?:\\[\\d{1,2}(?::\\d{2}){1,2}\\]|\\(\\d{1,2}(?::\\d{2}){1,2}\\)|\\d{1,2}:\\d{2}:\\d{2})[ \\t]+';
// ("Jane Doe, Chief Executive Officer: …": a title after a comma, before the colon)
const LABEL = new RegExp(`^(${STAMP})?(${WORD}(?:[ \\t]+${WORD}){0,4})(?:,[ \\t]+(?<role>\\p{Lu}[^:\\r\\n.!?"“”]{1,59}?))?([ \\t]*\\([^()\\r\\n]{1,40}\\))?[ \\t]*:[ \\t]+(?=\\S)`, 'u');

// A label on a line of its own, as earnings-call and hearing transcripts print them: "Jane Doe -- Chief
// Executive Officer", "Jane Doe – Acme Bank – Analyst", "Jane Doe, Chief Executive Officer:", "JANE DOE:",
// a role alone ("Operator"), or the bare name ("Jane Doe", counted only when it comes back)
const NAME_RUN = `${WORD}(?:[ \\t]+${WORD}){1,3}`;
const DASHED_LINE = new RegExp(`^(${NAME_RUN})[ \\t]+(?:--|[—–])[ \\t]+(\\p{Lu}[^\\r\\n.!?;:"“”]{1,79})$`, 'u');
const COLON_LINE = new RegExp(`^(${WORD}(?:[ \\t]+${WORD}){0,4})(?:,[ \\t]+(\\p{Lu}[^\\r\\n.!?;:"“”]{1,59}))?[ \\t]*:$`, 'u');
const BARE_NAME_LINE = new RegExp(`^(${NAME_RUN})$`, 'u');
const ROLE_LINE = /^(?:operator|moderator|host|interviewer|presenter|chair|unidentified (?:speaker|analyst|participant|company representative)|unknown speaker)$/i;

/** A transcript label standing alone on its line (before the checks that it opens a turn). */
export function aloneLabel(t: string): TurnLabel | undefined {
  if (t.length > 120) return undefined;
  const make = (label: string, role?: string): TurnLabel | undefined => {
    if (CHROME_LABELS.test(label) || (role !== undefined && CHROME_LABELS.test(role))) return undefined;
    const out: TurnLabel = { label, labelStart: 0, labelEnd: label.length, textStart: t.length, key: label.replace(/[.]/g, '').toLowerCase(), alone: true };
    if (role !== undefined) out.role = role.trim();
    return out;
  };
  if (ROLE_LINE.test(t)) return make(t);
  const dashed = DASHED_LINE.exec(t);
  if (dashed !== null) return make(dashed[1], dashed[2]);
  const colon = COLON_LINE.exec(t);
  if (colon !== null) {
    // a lone title-case word ("Contents:") is a heading; "KEMP:" in capitals is a name
    if (!colon[1].includes(' ') && colon[2] === undefined && !(colon[1] === colon[1].toUpperCase() && /\p{Lu}{2}/u.test(colon[1]))) return undefined;
    return make(colon[1], colon[2]);
  }
  const bare = BARE_NAME_LINE.exec(t);
  if (bare !== null) {
    const out = make(bare[1]);
    if (out !== undefined) out.bare = true;
    return out;
  }
  return undefined;
}

/** Labels that are page furniture or section names, never a person speaking. */
export const CHROME_LABELS = new RegExp(
  '^(?:live updates?|live|guests?|panell?ists?|participants?|speakers?|cast|credits|chapters|breaking|update|updated|last updated|modified|last modified|weather|traffic|exclusive|analysis|opinion|video|watch|listen|play|audio|podcast|radio|tv|gallery|photos?|pictures|in pictures|explainer|caption|published|posted|broadcast|aired|source|sources|related|read more|read|more|see also|also read|recommended|sponsored|advertisement|note|editor[\'’]s note|correction|factbox|timeline|transcript|interview|by|tags?|topics?|share|follow|update \\d+|warning|credit|image|photo|file|contact|email|tel|phone|fax|web|website|location|venue|date|time|when|where|duration|running time|runtime|length|price|tickets|download|subscribe|sign up)$',
  'i',
);

/** Figures with a word at most ("ACME $12.40 ▲ +0.31 (2.5%)", "52 minutes"): a ticker or a fact box's value. */
export function figuresOnly(rest: string): boolean {
  return /\d/.test(rest) && (rest.match(/\p{Ll}{2,}/gu)?.length ?? 0) <= 1;
}

/** Labels of people who ask rather than answer. */
const ASKER = /(?:^|\s)(?:q|question|host|co-host|interviewer|reporter|journalist|correspondent|presenter|anchor|moderator|operator|chair|chairman|chairwoman|audience|member of the audience|audience member|caller|questioner|press)$/i;

/** The label at the start of a trimmed line, if the line reads as a transcript turn. */
export function turnLabel(t: string): TurnLabel | undefined {
  const m = LABEL.exec(t);
  if (m === null) return undefined;
  const stamp = m[1]?.length ?? 0;
  const label = m[2];
  // "White House: Biden Will Call Allies After Talks": a headline with its source, not a turn
  const rest = t.slice(m[0].length).trim();
  // "NYSE: ACME $12.40 ▲ +0.31", "Duration: 52 minutes": a quote box or a figure, not words spoken
  if (figuresOnly(rest)) return undefined;
  const words = rest.split(/\s+/);
  if (!/[.?!…"”’)]$/.test(rest) && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length * 5 >= words.length * 3) return undefined;
  // "A:" answers are the Q:/A: reader's; "Q (Channel 4):" is a question like any other
  if (CHROME_LABELS.test(label) || /^(?:a|answer)$/i.test(label) || (/^(?:q|question)$/i.test(label) && m[4] === undefined)) return undefined;
  // a title-case label is a name (two to four words, or one title and a name); a single capitalised
  // word only counts in capitals ("FELL:") or as a role ("Host:")
  const labelWords = label.split(/\s+/);
  const caps = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label);
  const single = labelWords.length === 1 && !caps && !ASKER.test(label);
  if (single && !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(label)) return undefined;
  const out: TurnLabel = { label, labelStart: stamp, labelEnd: stamp + label.length, textStart: m[0].length, key: label.replace(/[.]/g, '').toLowerCase() };
  if (single) out.single = true;
  if (m.groups?.role !== undefined) out.role = m.groups.role;
  return out;
}

/** Whether a turn with this label and text asks rather than answers. */
export function isQuestionTurn(turn: TurnLabel, text: string, askers: Set<string>): boolean {
  return /\?["”’)]*$/.test(text.trim()) || turn.asks === true || ASKER.test(turn.label) || (turn.role !== undefined && ROLE_ASKER.test(turn.role)) || askers.has(turn.key);
}

/** The role after a name on an earnings call's label of someone who asks ("Northgate Securities -- Analyst"). */
const ROLE_ASKER = /\b(?:analyst|reporter|journalist|correspondent|moderator)\b|(?:^|[\s,–—-])(?:shareholder|investor|host)$/i;

/** "Ends in prose": a line with a few words ending like a sentence (the words under a label on its own line). */
function prose(t: string): boolean {
  return /[.!?…"”’)]$/.test(t) && /\S\s+\S/.test(t);
}

export interface TranscriptPlan {
  /** Line indices that are turns, with their labels. */
  turns: Map<number, TurnLabel>;
  /** Labels of the people asking (most of their turns are questions, or a host/reporter role). */
  askers: Set<string>;
  /** Unlabelled question lines right above an answerer's turns (a magazine Q&A): not part of the turn before. */
  questions: Set<number>;
}

/** Finds the turns of a transcript; none when the article does not read as one. */
export function planTranscript(lines: Line[]): TranscriptPlan {
  const turns = new Map<number, TurnLabel>();
  const counts = new Map<string, { n: number; questions: number }>();
  // labels on lines of their own: a line with no label beside them, and prose right below (one blank
  // line at most); a run of such lines is a list of participants, not turns
  const alone = new Map<number, TurnLabel>();
  lines.forEach((l, i) => {
    if (l.boilerplate || l.text.length > 120) return;
    const label = aloneLabel(l.text.trim());
    if (label !== undefined) alone.set(i, label);
  });
  const filledNear = (i: number, step: number): number => {
    let j = i + step;
    for (let blanks = 0; j >= 0 && j < lines.length; j += step) {
      if (lines[j].boilerplate) return -1;
      if (lines[j].text.trim() !== '') return j;
      if (++blanks > 1) return -1;
    }
    return -1;
  };
  const opens = new Set<number>();
  for (const [i, label] of alone) {
    const before = filledNear(i, -1);
    const below = filledNear(i, 1);
    if (below < 0 || alone.has(below) || (before >= 0 && alone.has(before))) continue;
    const t = lines[below].text.trim();
    if (!prose(t) || turnLabel(t) !== undefined) continue;
    if (/\?["”’)]*$/.test(t)) label.asks = true;
    opens.add(i);
  }
  lines.forEach((l, i) => {
    if (l.boilerplate) return;
    const t = l.text.trim();
    const turn = turnLabel(t) ?? (opens.has(i) ? alone.get(i) : undefined);
    if (turn === undefined) return;
    turns.set(i, turn);
    const c = counts.get(turn.key) ?? { n: 0, questions: 0 };
    c.n++;
    if (/\?["”’)]*$/.test(t) || turn.asks === true) c.questions++;
    counts.set(turn.key, c);
  });
  // a bare name on its line is a label only when it comes back
  for (const [i, turn] of turns) {
    if (turn.bare !== true || (counts.get(turn.key)?.n ?? 0) >= 2) continue;
    turns.delete(i);
    counts.delete(turn.key);
  }
  // a lone title-case word ("Ferraz:", "Canopy:") is a turn only on a page where two such labels
  // come back (twice each, five turns at least, one of them three times): a magazine Q&A, not a list of headings
  const often = [...counts.entries()].filter(([, c]) => c.n >= 2);
  // … and one of them mostly asks questions ("Goal: …" / "Substitution: …" lines of a match report never do)
  const exchange = often.length >= 2 && often.some(([, c]) => c.n >= 3) && often.some(([, c]) => c.questions * 2 >= c.n) && often.reduce((sum, [, c]) => sum + c.n, 0) >= 5;
  const oftenKeys = new Set(often.map(([k]) => k));
  // … or one such label answers, three times at least, questions printed as plain lines right above
  // its turns ("What did you find?" / "Ferraz: We found …"): a magazine Q&A whose asker has no label
  const answered = new Map<string, number>();
  const above = new Map<number, number>(); // turn line → the unlabelled line right above it
  for (const [i, turn] of turns) {
    if (turn.single !== true) continue;
    let j = i - 1;
    while (j >= 0 && (lines[j].boilerplate || lines[j].text.trim() === '')) j--;
    if (j < 0 || turns.has(j)) continue;
    above.set(i, j);
    if (/\?["”’)]*$/.test(lines[j].text.trim())) answered.set(turn.key, (answered.get(turn.key) ?? 0) + 1);
  }
  // (decided for every label before any one-off turn is dropped: dropping lowers the counts)
  const answerers = new Set<string>();
  for (const [key, c] of counts) {
    const a = answered.get(key) ?? 0;
    if (a >= 3 && a * 2 >= c.n && c.questions === 0) answerers.add(key);
  }
  const answerer = (key: string): boolean => answerers.has(key);
  for (const [i, turn] of turns) {
    if (turn.single !== true) continue;
    if ((exchange && oftenKeys.has(turn.key)) || answerer(turn.key)) continue;
    turns.delete(i);
    const c = counts.get(turn.key);
    if (c !== undefined) c.n--;
  }
  const repeated = [...counts.values()].some((c) => c.n >= 2);
  if (turns.size < 3 || !repeated) return { turns: new Map(), askers: new Set(), questions: new Set() };
  const askers = new Set<string>();
  for (const [key, c] of counts) if (c.n >= 2 && c.questions * 2 >= c.n) askers.add(key);
  // the line right above each of an answerer's turns is the question ("“Listened” is a strong word." too)
  const questions = new Set<number>();
  for (const [i, j] of above) {
    const turn = turns.get(i);
    if (turn !== undefined && answerer(turn.key)) questions.add(j);
  }
  return { turns, askers, questions };
}

// "Thank you, operator, and good afternoon." / "Thanks, Ann." / "Sure." opening a turn, "Thanks, everyone, for
// joining us." closing it: courtesies around the answer, outside its claim ("thanks to …" is no courtesy)
const OPENING_COURTESY = /^(?:(?:(?:okay|ok|sure|great|well|right|yes|yeah)[,.!]?\s+)?(?:thank you|thanks(?!\s+to\b)|good (?:morning|afternoon|evening|day)|hello|hi|welcome)\b[^.!?]{0,80}|sure|okay|ok|great question|good question|absolutely|of course)[.!]\s+(?=\S)/i;
const CLOSING_COURTESY = /([.!?]["”’]?)\s+(?:(?:and|so|again|once again)[,]?\s+)?(?:thank you|thanks(?!\s+to\b))\b[^.!?]{0,60}[.!]?$/i;
/** A turn's paragraph that only hands the floor on: "With that, I'll hand it to Ann to walk through the numbers." */
const HAND_OVER = /^(?:(?:(?:and |so )?with that|now|so|okay|ok),?\s+)?(?:I(?:'ll|’ll| will|'d like to|’d like to| would like to| want to)?|let me|we(?:'ll|’ll| will))\s+(?:now\s+)?(?:(?:hand|turn|pass)(?:\s+(?:it|the call|things|the floor))?(?:\s+(?:over|back))?\s+to|let\s+\S+(?:\s+\S+){0,3}\s+(?:answer|take|address|walk|talk))\b[^.!?,;]{0,100}[.!]$/i;

/** A moderator's running order: "We'll hear first from the chief, then Dr Ritter, and then take your questions." */
const INTRODUCING = /^(?:we['’]ll|we will|I['’]ll|I will|let['’]s|let me)\s+(?:now\s+)?(?:hear|start|begin|go)\s+(?:first\s+)?(?:from|with|to)\s/i;

/** The part of a turn's text that is its answer: courtesies at either end left out; none for a hand-over. */
export function answerRange(text: string, start: number, end: number): { start: number; end: number } {
  let t = text.slice(start, end);
  const lead = t.length - t.trimStart().length;
  start += lead;
  t = t.trim();
  end = start + t.length;
  for (let k = 0; k < 2; k++) {
    const open = OPENING_COURTESY.exec(t);
    if (open === null) break;
    start += open[0].length;
    t = t.slice(open[0].length);
  }
  if (HAND_OVER.test(t) || (INTRODUCING.test(t) && t.length < 300)) return { start, end: start };
  // (tried on the last 80 characters only, and only when they thank someone)
  const tail = t.slice(-80);
  const close = /thank/i.test(tail) ? CLOSING_COURTESY.exec(tail) : null;
  if (close !== null) end -= close[0].length - close[1].length;
  return { start, end };
}

/** "CHRIS FELL" → "Chris Fell", "VON DER LEYEN" → "von der Leyen", "O'BRIEN" → "O'Brien"; mixed case is kept. */
export function properCase(word: string, first: boolean): string {
  if (word !== word.toUpperCase() || !/\p{Lu}{2}/u.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && new RegExp(`^(?:${NAME_PARTICLES})$`).test(lower)) return lower;
  return lower.replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Paragraphs that carry on the turn before them: a line right under a turn (no blank line
 * between), or a paragraph between two turns. Page text after the last turn is left alone.
 */
export function continuationLines(lines: Line[], isTurn: (i: number) => boolean, alone: (i: number) => boolean = () => false): Set<number> {
  const out = new Set<number>();
  const filled = (i: number): boolean => !lines[i].boilerplate && lines[i].text.trim() !== '';
  let owner = -1; // the last turn or continuation line
  let turn = -1; // the turn that owner carries on
  for (let i = 0; i < lines.length; i++) {
    if (!filled(i)) continue;
    if (isTurn(i)) {
      owner = i;
      turn = i;
      continue;
    }
    if (owner < 0) continue;
    // a section heading ("Questions and Answers:") ends the turn
    if (/^[^.!?]{1,40}:$/.test(lines[i].text.trim()) && lines[i].text.trim().slice(0, -1).split(/\s+/).every((w) => /^(?:[\p{Lu}&]|(?:and|of|the|for|to)$)/u.test(w))) {
      owner = -1;
      continue;
    }
    // (the words under a label on its own line start after one blank line at most)
    let adjacent = owner === turn && alone(turn);
    if (!adjacent) {
      adjacent = true;
      for (let k = owner + 1; k < i; k++) if (lines[k].text.trim() === '') adjacent = false;
    }
    // (two or three paragraphs between turns carry on the turn before them too; up to seven under a
    // label on its own line, whose turns are written as paragraphs)
    const most = alone(turn) ? 6 : 2;
    let next = i + 1;
    let paragraphs = 0;
    for (;;) {
      while (next < lines.length && !filled(next)) next++;
      if (next >= lines.length || isTurn(next) || ++paragraphs > most) break;
      next++;
    }
    if (adjacent || (next < lines.length && isTurn(next))) {
      out.add(i);
      owner = i;
    } else owner = -1;
  }
  return out;
}
