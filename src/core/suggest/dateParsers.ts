// Parsers and refiners that extend chrono-node's day-first English (en.GB) configuration with
// what news text needs: bare years in context, holidays, quarters, weeks, parts of months, and a
// refiner that throws out things that look like dates but are not (scores, durations, money).
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { tenseAround } from './tense';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// built once: chrono asks a parser for its pattern on every parse
const MONTH_PART = new RegExp(`\\b(?:mid-?|early[- ]|late[- ]|(?:the )?(?:end|beginning|start|middle) of\\s+)${MONTH_RE}\\b(?:,?\\s+((?:19|20)\\d{2}))?`, 'i');
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_RE}\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?(last|next|this) year\\b`, 'i');

/** 1–12 for a month name or its abbreviation (its first three letters decide); 0 for none. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

function utc(d: Date): { y: number; m: number; d: number } {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/**
 * "in 2014", "since 1991", "by 2030", "down nine points on 2021", "fiscal 2026", "the government's 2026
 * forecast", "London Marathon 2025": a bare year only counts
 * after a word that makes it a time (a preposition, or a capitalised event name). Units after it
 * ("2,000 people", "2014-12", "2000 years", a phone number "1800 022 222") and anything without such a word ("$2026", "No. 2026",
 * "Article 2014") are left alone.
 */
/** "the 2024 surge", "the 2008 financial crisis": a year before an event noun is a date too. */
const eventYearParser: chrono.Parser = {
  pattern: () => /(?:\b(?:the|a|its|their|his|her|our|this|last|next)(?:\s+own)?|(?<![\w$£€₦.,])(?:[$£€₦]|N(?=\d))\d[\d.,]*\s?(?:trn|tn|bn|billion|trillion|million|m)?)\s+(?:(?:original|initial|revised|new|earlier|previous|official|agreed|legal|statutory|proposed|draft)\s+)?((?:19|20)\d{2})(?=\s+(?:[a-z]+\s+)?(?:surge|elections?|crisis|season|campaign|budget|appropriations?|estimates|games|olympics|world cup|census|attacks?|floods?|earthquake|war|pandemic|outbreak|vote|referendum|report|law|act|agreement|deal|midterms?|summit|tournament|final|edition|championships?|figures|data|survey|study|plan|target|deadline|levels?|peak|record|total|strike|protests?|riots?|uprising|invasion|coup|merger|ipo|launch|games|festival|race|marathon|contest|decision|ruling|judgment|accounts|results|review|audit|monsoon|harvest|intake|exams?|cycle|session|term|rollout|interview|speech|memoir|documentary|lecture|profile|visit|tour|hurricane|cyclone|typhoon|drought|heatwave|wildfires?|fires?|storms?|blizzard|recession|downturn|slump|boom|crash|shutdown|lockdown|strikes?)\b)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    // the span keeps its determiner (chrono drops all-digit results); dates.ts trims it
    return context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) }).addTag('custom/year');
  },
};

/**
 * School terms, as schools in New Zealand and Australia number them: "Term 2", "the end of Term 3"
 * are in the reference year (TIMEX3 has no term; the year is what the text pins down). "last term",
 * "this term", "next term" are tagged too: dates.ts keeps them only on a page that numbers its terms
 * (elsewhere "his last term" is a term of office). Terms 1–4 run from about February to December.
 */
const schoolTermParser: chrono.Parser = {
  pattern: () => /\b(?:Term\s+([1-4])|([Ll]ast|[Tt]his|[Nn]ext)\s+term)\b/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = utc(context.refDate);
    const which = match[2]?.toLowerCase();
    // the last term of a year ends in December, the first starts in February
    const year = which === 'last' && ref.m < 4 ? ref.y - 1 : which === 'next' && ref.m >= 10 ? ref.y + 1 : ref.y;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year }).addTag('custom/year');
    return which === undefined ? result : result.addTag('custom/school-term-relative');
  },
};

const yearParser: chrono.Parser = {
  pattern: () =>
    /\b(?:(?:in|into|since|by|until|till|from|for|during|before|after|around|through|throughout|to|toward|towards|beyond|between|and|early|late|of|ahead of|as of|the year|summer|winter|spring|autumn|fall|on|than|compared (?:with|to)|versus|vs\.?|fiscal|financial year|FY|calendar|full[- ]year|behind(?: only)?|[a-z]+['’]s)\s+(?:(?:at least|at the latest|at the earliest|as early as|as late as|as recently as|as far back as)\s+)?|mid-?|(?:Marathon|Olympics|Games|Cup|Championships?|Open|Expo|Summit|Festival|Euro|Awards)\s+)((?:1[6-9]|20)\d{2})(?!\s*(?:%|per ?cent|percent|people|troops|soldiers|dollars|euros|pounds|votes|km|kilomet|miles|met|kg|tonnes|tons|points|units|cases|deaths|jobs|homes|years?|months?|weeks?|days?|hours?|[-–/.,:]\d|\s\d{3}\s?\d{3}\b))\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (/^(?:marathon|olympics|games|cup|championships?|open|expo|summit|festival|euro|awards)\s/.test(match[0])) return null; // an event name is capitalised
    const year = Number(match[1]);
    // the span keeps its preposition here (chrono drops all-digit results); dates.ts trims it
    return context.createParsingResult(match.index ?? 0, match[0], { year }).addTag('custom/year');
  },
};

function easter(year: number): { m: number; d: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

function thanksgiving(year: number): { m: number; d: number } {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return { m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
}

const HOLIDAYS: readonly [RegExp, (year: number) => { m: number; d: number }][] = [
  [/^new year['’]?s eve$/i, () => ({ m: 12, d: 31 })],
  [/^new year/i, () => ({ m: 1, d: 1 })],
  [/^christmas eve$/i, () => ({ m: 12, d: 24 })],
  [/^christmas/i, () => ({ m: 12, d: 25 })],
  [/^boxing day$/i, () => ({ m: 12, d: 26 })],
  [/^st\.? stephen['’]?s day$/i, () => ({ m: 12, d: 26 })],
  [/^halloween$/i, () => ({ m: 10, d: 31 })],
  [/^valentine['’]?s day$/i, () => ({ m: 2, d: 14 })],
  [/^easter/i, easter],
  [/^thanksgiving/i, thanksgiving],
  [/^good friday$/i, (y) => shiftDays(easter(y), y, -2)],
  [/^easter monday$/i, (y) => shiftDays(easter(y), y, 1)],
  [/^st\.? patrick['’]?s day$/i, () => ({ m: 3, d: 17 })],
  [/^bastille day$/i, () => ({ m: 7, d: 14 })],
  [/^(?:independence day|the fourth of july|fourth of july)$/i, () => ({ m: 7, d: 4 })],
  [/^canada day$/i, () => ({ m: 7, d: 1 })],
  [/^australia day$/i, () => ({ m: 1, d: 26 })],
  [/^anzac day$/i, () => ({ m: 4, d: 25 })],
  [/^(?:remembrance|armistice|veterans['’]?) day$/i, () => ({ m: 11, d: 11 })],
  [/^(?:bonfire night|guy fawkes night)$/i, () => ({ m: 11, d: 5 })],
  [/^hogmanay$/i, () => ({ m: 12, d: 31 })],
  [/^may day$/i, () => ({ m: 5, d: 1 })],
  [/^memorial day$/i, (y) => lastWeekday(y, 5, 1)],
  [/^labou?r day$/i, (y) => firstWeekday(y, 9, 1)],
  [/^black friday$/i, (y) => shiftDays(thanksgiving(y), y, 1)],
  [/^cyber monday$/i, (y) => shiftDays(thanksgiving(y), y, 4)],
  [/^(?:martin luther king(?: jr\.?)?|mlk) day$/i, (y) => nthWeekday(y, 1, 1, 3)],
  [/^presidents['’]? day$/i, (y) => nthWeekday(y, 2, 1, 3)],
  [/^(?:columbus|indigenous peoples['’]?) day$/i, (y) => nthWeekday(y, 10, 1, 2)],
  [/^juneteenth$/i, () => ({ m: 6, d: 19 })],
  [/^melbourne cup day$/i, (y) => firstWeekday(y, 11, 2)],
  [/^remembrance sunday$/i, (y) => nthWeekday(y, 11, 0, 2)],
  [/^waitangi day$/i, () => ({ m: 2, d: 6 })],
  [/^burns night$/i, () => ({ m: 1, d: 25 })],
  [/^st\.? andrew['’]?s day$/i, () => ({ m: 11, d: 30 })],
  [/^st\.? david['’]?s day$/i, () => ({ m: 3, d: 1 })],
  [/^st\.? george['’]?s day$/i, () => ({ m: 4, d: 23 })],
  [/^(?:shrove tuesday|pancake day|mardi gras)$/i, (y) => shiftDays(easter(y), y, -47)],
  [/^ash wednesday$/i, (y) => shiftDays(easter(y), y, -46)],
  [/^palm sunday$/i, (y) => shiftDays(easter(y), y, -7)],
  [/^maundy thursday$/i, (y) => shiftDays(easter(y), y, -3)],
  [/^ascension day$/i, (y) => shiftDays(easter(y), y, 39)],
  [/^(?:pentecost|whit sunday|whitsunday)$/i, (y) => shiftDays(easter(y), y, 49)],
  [/^whit monday$/i, (y) => shiftDays(easter(y), y, 50)],
];

type HolidayRule = (typeof HOLIDAYS)[number];
const holidayRules = new Map<string, HolidayRule | null>();
/** The rule of a holiday's name as the parser spans it ("Christmas Eve"), looked up once per name. */
function holidayRule(name: string): HolidayRule | undefined {
  let rule = holidayRules.get(name);
  if (rule === undefined) {
    rule = HOLIDAYS.find(([re]) => re.test(name)) ?? null;
    holidayRules.set(name, rule);
  }
  return rule ?? undefined;
}

/** The day of a (solar-calendar) holiday named as the holiday parser spans it, in a given year. */
export function holidayIn(name: string, year: number): { m: number; d: number } | undefined {
  const bare = name.trim().replace(/\s+week-?end$/i, '');
  const rule = HOLIDAYS.find(([re]) => re.test(bare));
  return rule === undefined ? undefined : rule[1](year);
}

/**
 * Eid al-Fitr and Eid al-Adha follow the lunar calendar: the days most countries keep (Saudi
 * announcements; some keep them a day later), 2019–2030. A year outside the table gives no date.
 */
const EID_FITR: Record<number, string> = { 2019: '06-04', 2020: '05-24', 2021: '05-13', 2022: '05-02', 2023: '04-21', 2024: '04-10', 2025: '03-30', 2026: '03-20', 2027: '03-10', 2028: '02-27', 2029: '02-15', 2030: '02-05' };
const EID_ADHA: Record<number, string> = { 2019: '08-11', 2020: '07-31', 2021: '07-20', 2022: '07-09', 2023: '06-28', 2024: '06-16', 2025: '06-06', 2026: '05-27', 2027: '05-16', 2028: '05-05', 2029: '04-24', 2030: '04-13' };
function eidDays(name: string, year: number): { m: number; d: number }[] {
  const tables = /fitr/i.test(name) ? [EID_FITR] : /adha|kabir/i.test(name) ? [EID_ADHA] : [EID_FITR, EID_ADHA];
  return tables.flatMap((t) => (t[year] === undefined ? [] : [{ m: Number(t[year].slice(0, 2)), d: Number(t[year].slice(3)) }]));
}

function shiftDays(day: { m: number; d: number }, year: number, by: number): { m: number; d: number } {
  const t = new Date(Date.UTC(year, day.m - 1, day.d + by));
  return { m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The first given weekday (0 = Sunday) of a month. */
function firstWeekday(year: number, month: number, weekday: number): { m: number; d: number } {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return { m: month, d: 1 + ((weekday - first + 7) % 7) };
}

/** The nth given weekday (0 = Sunday) of a month: the third Monday of January. */
function nthWeekday(year: number, month: number, weekday: number, n: number): { m: number; d: number } {
  return { m: month, d: firstWeekday(year, month, weekday).d + 7 * (n - 1) };
}

/** The last given weekday (0 = Sunday) of a month. */
function lastWeekday(year: number, month: number, weekday: number): { m: number; d: number } {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return { m: month, d: lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7) };
}

/**
 * Holidays: the occurrence nearest to the reference (dates.ts may move it by tense). The span is
 * the holiday's name only ("New Year" in "before the New Year", as the annotation guidelines'
 * examples mark it); a preceding "before", "ahead of" or "after" is read only to tag the result,
 * so that a past-tense "hired staff ahead of Christmas" still means the coming Christmas.
 */
const holidayParser: chrono.Parser = {
  pattern: () => /\b(?:(before|ahead of|until|till|in the (?:run|lead)-up to|after|since|following)\s+)?(new year['’]?s (?:eve|day)|(?:the )?new year(?! resolution)|christmas(?: eve| day)?|boxing day|st\.? stephen['’]?s day|halloween|valentine['’]?s day|good friday|easter monday|easter(?: sunday)?|thanksgiving(?: day)?|st\.? patrick['’]?s day|bastille day|independence day|(?:the )?fourth of july|canada day|australia day|anzac day|remembrance day|armistice day|veterans['’]? day|bonfire night|guy fawkes night|hogmanay|may day|memorial day|labou?r day|black friday|cyber monday|(?:martin luther king(?: jr\.?)?|mlk) day|presidents['’]? day|columbus day|indigenous peoples['’]? day|juneteenth|melbourne cup day|remembrance sunday|waitangi day|burns night|st\.? (?:andrew|david|george)['’]?s day|shrove tuesday|pancake day|mardi gras|ash wednesday|palm sunday|maundy thursday|ascension day|pentecost|whit ?sunday|whit monday|eid(?:[ -](?:al|ul|el)[ -](?:fitr|adha|kabir))?)\b(\s+week-?end\b)?(?!\s+(?:tree|market|party|parties|card|gift|lights|message|address|sales?|shopping|discounts?|deals?|bargains?|offers?|promotions?|specials?|holidays|holiday\s+(?:season|period|break|weekend|trade|traffic)))/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const name = match[2].replace(/^the /i, '');
    if (!/^[A-Z]/.test(name)) return null;
    // "is like Black Friday for them", "every Christmas", "another Easter": the kind of day, not one in time
    if (match[1] === undefined && /\b(?:like|every|each|another|an?)\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 10), match.index ?? 0))) return null;
    const rule = holidayRule(name);
    const lunar = /^eid\b/i.test(name);
    if (rule === undefined && !lunar) return null;
    const ref = utc(context.refDate);
    const candidates = [ref.y - 1, ref.y, ref.y + 1].flatMap((y) => (lunar ? eidDays(name, y) : rule === undefined ? [] : [rule[1](y)]).map((day) => ({ y, ...day })));
    if (candidates.length === 0) return null;
    const refTime = Date.UTC(ref.y, ref.m - 1, ref.d);
    let best = candidates[0];
    for (const c of candidates) {
      if (Math.abs(Date.UTC(c.y, c.m - 1, c.d) - refTime) < Math.abs(Date.UTC(best.y, best.m - 1, best.d) - refTime)) best = c;
    }
    const tail = match[3] ?? '';
    const index = (match.index ?? 0) + match[0].length - tail.length - match[2].length + (match[2].length - name.length);
    const result = context.createParsingResult(index, name + tail, { month: best.m, day: best.d });
    // "Memorial Day weekend": the weekend the holiday belongs to (dates.ts makes it an interval)
    if (tail !== '') result.addTag('custom/holiday-weekend');
    result.start.imply('year', best.y);
    const prep = match[1]?.toLowerCase();
    if (prep !== undefined) result.addTag(/^(after|since|following)$/.test(prep) ? 'custom/holiday-after' : 'custom/holiday-before');
    // (a lunar feast moves against the calendar year: the nearest one stands, whatever the tense)
    return (lunar ? result.addTag('custom/holiday-lunar') : result).addTag('custom/holiday');
  },
};

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/**
 * "the first quarter", "first-quarter profit", "Q3 2021", "Q3 results", "the second quarter of
 * 2020" → YYYY-Qn (year by tense when unstated).
 */
const quarterParser: chrono.Parser = {
  pattern: () => /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter(?:\s+of\s+((?:19|20)\d{2}|this year|last year|next year))?|q([1-4])(?:\s+((?:19|20)\d{2})|(?=\s+[a-z])|(?=\s*[,.;:!?)]|\s*$)))\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (match[3] !== undefined && match[4] === undefined && !match[0].startsWith('Q')) return null; // "q3" in running text
    // a bare "Q1" before punctuation only after a preposition: "from N25bn in Q1,"
    const at = match.index ?? 0;
    if (match[3] !== undefined && match[4] === undefined && !/^\s+[a-z]/.test(context.text.slice(at + match[0].length, at + match[0].length + 2)) && !/\b(?:in|for|during|over|than|from|of|since|by)\s+$/i.test(context.text.slice(Math.max(0, at - 10), at))) return null;
    // "the first-quarter results": "the" belongs to the noun, the date is "first-quarter"
    const skip = /^the\s+\S+-quarter$/i.test(match[0]) ? match[0].search(/\S+-quarter$/) : 0;
    const q = match[1] !== undefined ? ORDINALS[match[1].toLowerCase()] : Number(match[3]);
    const yearText = match[2] ?? match[4];
    const ref = utc(context.refDate);
    const comps: { [k: string]: number } = { month: (q - 1) * 3 + 1 };
    let known = false;
    if (yearText !== undefined) {
      known = true;
      comps.year = /^\d/.test(yearText) ? Number(yearText) : ref.y + (/last/i.test(yearText) ? -1 : /next/i.test(yearText) ? 1 : 0);
    }
    const result = context.createParsingResult((match.index ?? 0) + skip, match[0].slice(skip), comps);
    if (!known) result.start.imply('year', ref.y);
    return result.addTag('custom/quarter');
  },
};

/**
 * "this quarter", "the current quarter", "next quarter", "last quarter" (not "the last quarter", a
 * match's final one; not "this quarter of the city"): the quarter of the reference, or the next or last.
 */
const relativeQuarterParser: chrono.Parser = {
  pattern: () => /\b(?:(this|next|(?<!\bthe\s)last)|the\s+(current|previous|coming|next))\s+quarter\b(?!\s+of\b|['’-])/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = utc(context.refDate);
    const w = (match[1] ?? match[2]).toLowerCase();
    const q0 = Math.floor((ref.m - 1) / 3) + (w === 'next' || w === 'coming' ? 1 : w === 'last' || w === 'previous' ? -1 : 0);
    const q = ((q0 % 4) + 4) % 4;
    return context.createParsingResult(match.index ?? 0, match[0], { year: ref.y + Math.floor(q0 / 4), month: q * 3 + 1 }).addTag('custom/quarter');
  },
};

/**
 * "the December quarter", "the June 2025 quarter", "the March quarter of 2024": a quarter named by
 * its last month (Australian and New Zealand usage), or by its months ("the July-September quarter",
 * Indian usage) → YYYY-Qn, like "the fourth quarter".
 */
const monthQuarterParser: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?(?:(January|April|July|October|Jan\.|Apr\.|Oct\.)\s*[-–]\s*)?(March|June|September|December|Sept?\.|Dec\.|holiday)(?:\s+((?:19|20)\d{2}))?[\s-]+quarter(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    // "the holiday quarter" (a retailer's or device maker's October-December quarter) is the December quarter
    const holiday = /^holiday$/i.test(match[2]);
    if (holiday ? !/^the\s/i.test(match[0]) || match[1] !== undefined : !/^[A-Z]/.test(match[2])) return null;
    // ("the July-September quarter": its first month, when written, opens that quarter)
    if (match[1] !== undefined && monthIndex(match[1]) !== monthIndex(match[2]) - 2) return null;
    const month = holiday ? 12 : monthIndex(match[2]);
    const yearText = match[3] ?? match[4];
    const comps: { [k: string]: number } = { month: month - 2 };
    if (yearText !== undefined) comps.year = Number(yearText);
    const result = context.createParsingResult(match.index ?? 0, match[0], comps);
    if (yearText === undefined) result.start.imply('year', utc(context.refDate).y);
    return result.addTag('custom/quarter');
  },
};

/**
 * "earlier this week", "last week", "later this month", "next year" → week, month or year values
 * (the span keeps "earlier"/"later"). "The week before" on its own (not "the week before the vote",
 * which points at an event) is the week before the reference.
 */
const relativeUnitParser: chrono.Parser = {
  pattern: () =>
    /\b(?:(?:(?:earlier|later|early|late)\s+(?:this|last|next)|this|last|next|the coming|the previous|the past|previous)\s+(week|weekend|month|year)\b|the (week|month) before(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:and|but|when|while|as)\b))/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const phrase = match[0].toLowerCase();
    const unit = (match[1] ?? match[2]).toLowerCase();
    if (/^the past|^previous|^the previous/.test(phrase) && unit !== 'week') return null;
    const shift = /last|previous|past|before/.test(phrase) ? -1 : /next|coming/.test(phrase) ? 1 : 0;
    const ref = context.refDate;
    let d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
    if (unit === 'week' || unit === 'weekend') d = new Date(d.getTime() + shift * 7 * 86400000);
    else if (unit === 'month') d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1));
    else d = new Date(Date.UTC(d.getUTCFullYear() + shift, 0, 1));
    const p = utc(d);
    const result = context.createParsingResult(match.index ?? 0, match[0], unit === 'year' ? { year: p.y } : unit === 'month' ? { year: p.y, month: p.m } : {});
    if (unit === 'week' || unit === 'weekend') {
      result.start.imply('year', p.y);
      result.start.imply('month', p.m);
      result.start.imply('day', p.d);
    }
    return result.addTag(`custom/unit-${unit === 'weekend' ? 'week' : unit}`);
  },
};

/**
 * "by the end of the week", "before the end of next week": a deadline in a week, the week (of the
 * reference, or the one after); the span leaves the preposition out. Only after a word that makes it
 * a point in time ("through the end of the week" is a stretch of days, no date).
 */
const weekEndParser: chrono.Parser = {
  pattern: () => /\b(?:by|before|until|till|at|towards?)\s+(the\s+end\s+of\s+(the|this|next)\s+week)\b(?![-'’])/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = context.refDate;
    const d = utc(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) + (/next/i.test(match[2]) ? 7 : 0) * 86400000));
    const result = context.createParsingResult((match.index ?? 0) + match[0].length - match[1].length, match[1], {});
    result.start.imply('year', d.y);
    result.start.imply('month', d.m);
    result.start.imply('day', d.d);
    return result.addTag('custom/unit-week');
  },
};

/**
 * "over the weekend", "at the weekend", "this past weekend": one weekend, told by the clause's
 * tense (dates.ts): the one just gone or the coming one. "The weekend of 16 May" is that day, and
 * "weekends" or "a weekend" no weekend in particular.
 */
const weekendParser: chrono.Parser = {
  pattern: () => /\b(?:(?:over|at|on|during|across|throughout|through)\s+(the\s+week-?end)|(this\s+past\s+week-?end)|(?:by|until|till|before|ahead\s+of)\s+(the\s+week-?end))\b(?!\s+(?:of|before|after)\b|-)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const phrase = match[1] ?? match[2] ?? match[3];
    const result = context.createParsingResult((match.index ?? 0) + match[0].length - phrase.length, phrase, {});
    // "by the weekend", "before the weekend": a deadline, the coming weekend unless the clause is past
    // (a clause in the past around it, "had been fixed by the weekend", keeps the clause's tense)
    if (match[3] !== undefined) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const own = `${context.text.slice(Math.max(0, at - 50), at).split(/[.!?;"“”\n]/).at(-1) ?? ''} ${context.text.slice(end, end + 50).split(/[.!?;"“”\n]/)[0]}`;
      if (!/\b(?:had|was|were|did)\b/i.test(own)) result.addTag('custom/weekend-ahead');
    }
    return (match[2] !== undefined ? result.addTag('custom/weekend-past') : result).addTag('custom/weekend');
  },
};

/** "a fortnight ago", "two fortnights ago": the week 14 days (per fortnight) before the reference. */
const fortnightAgoParser: chrono.Parser = {
  pattern: () => /\b(a|one|two|three)\s+fortnights?\s+ago\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const n = /^(?:a|one)$/i.test(match[1]) ? 1 : /^two$/i.test(match[1]) ? 2 : 3;
    const ref = context.refDate;
    const p = utc(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() - 14 * n)));
    const result = context.createParsingResult(match.index ?? 0, match[0], {});
    result.start.imply('year', p.y);
    result.start.imply('month', p.m);
    result.start.imply('day', p.d);
    return result.addTag('custom/unit-week');
  },
};

/** "mid-November", "early December 2021", "the end of March" → YYYY-MM. */
const monthPartParser: chrono.Parser = {
  pattern: () => MONTH_PART,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const word = match[1];
    if (!/^[A-Z]/.test(word)) return null;
    const month = monthIndex(word);
    if (month === 0) return null;
    const comps: { [k: string]: number } = { month };
    if (match[2] !== undefined) comps.year = Number(match[2]);
    const result = context.createParsingResult(match.index ?? 0, match[0], comps);
    if (match[2] === undefined) result.start.imply('year', utc(context.refDate).y);
    return result.addTag('custom/month-part');
  },
};

const UNIT_AFTER = /^\s*(?:%|per ?cent|percent|years? old|-year-old|year-old|km|kg|miles|metres|meters|points|goals|runs|seats|votes|people|\$|€|£)/i;
const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:usd|eur|gbp|rs|rub|us\$))\s*$/i;

/**
 * A match clock, not a time of day: "scored 2:17 into overtime", "in the final 6:40 of the third
 * period", "at 11:02 of the second half", "with 3:45 remaining", "ran 2:08:31".
 */
const GAME_CLOCK_BEFORE = /\b(?:final|last|first|opening|closing|remaining|ran|run|time of|clocked|in)\s+(?:the\s+)?$/i;
const GAME_CLOCK_AFTER = /^\s*(?:into\b|remaining\b|left\b|to (?:play|go)\b|gone\b|of (?:the\s+)?(?:first|second|third|fourth|final|extra|1st|2nd|3rd|4th|overtime|ot|half|period|quarter|set|round|inning|game|match|play|regulation)\b|(?:in|of) (?:overtime|extra time|regulation|stoppage time)\b)/i;

/**
 * "on 12 February, 22 months after …", "March 2, 40 percent over budget": the count after the comma
 * is no two-digit year. Runs before chrono's overlap removal, so the count's own phrase stays apart.
 */
const countNotYearRefiner: chrono.Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    for (const r of results) {
      if (!/,\s*\d{2}$/.test(r.text)) continue;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 16);
      if (!/^[\s-]+(?:[a-z]+s|per ?cent|percent)\b/.test(after)) continue;
      r.text = r.text.slice(0, r.text.lastIndexOf(','));
      r.start.delete('year');
      r.start.imply('year', context.refDate.getUTCFullYear());
    }
    return results;
  },
};

/** The date after "the morning of": "March 9", "9 March", "March 9, 2025". */
const PART_OF_DAY = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+((?:19|20)\d{2}))?$/i;

/** Drops what chrono reads as a date but a news reader would not. */
const notADateRefiner: chrono.Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.filter((r) => {
      const t = r.text.trim();
      const tags = r.tags();
      const before = context.text.slice(Math.max(0, r.index - 12), r.index);
      // "over the past year", "for the last week": a stretch of time up to now, a duration
      const stretch = /^(?:the\s+)?(?:past|last|previous)\s+(?:week|month|year|decade)s?$/i.test(t);
      const stretchBefore = /^the\s/i.test(t) ? /\b(?:for|over|during|throughout|in)\s+$/i : /\b(?:for|over|during|throughout|in)\s+the\s+$/i;
      if (stretch && stretchBefore.test(before)) return false; // not "in last year's vote"
      // "in the week ended Nov. 13", "during the month to June": a stretch named by its end, whose end is the date
      if (/^(?:in|within|during|over|for)\s+the\s+(?:week|month|year)$/i.test(t) && /^\s+(?:ended|ending|to|through|until|since|before|after|that|when|of|in which|leading)\b/i.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 16))) return false;
      // week/month/year phrases hold only implied components, which chrono's isOnlyTime() reads as a bare time
      if (tags.has('custom/unit-week') || tags.has('custom/unit-month') || tags.has('custom/unit-year') || tags.has('custom/weekend') || tags.has('custom/fiscal-label')) return true;
      if (/^(?:this|last|past|next)[a-z]+$/i.test(t)) return false; // "lasts", "nextm": chrono reads "last s" as a second
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 16);
      if (/^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(t)) return false; // a score
      // "within the next seven days", "over the past three weeks": a stretch of time, a duration; "in the months
      // that followed": no count, no date
      if (/^(?:the\s+)?(?:next|past|last|previous|coming|following)\s+(?:a\s+few|few|several|couple\s+of|[a-z]+|\d+)\s+(?:hours|days|weeks|months|years)$/i.test(t) && r.tags().has('result/relativeDate')) return false;
      if (/^(?:(?:in|within|over|for|during)\s+)?the\s+(?:days|weeks|months|years)$/i.test(t)) return false;
      // "ends about 19 days earlier than in the 1990s": how much earlier, a comparison and no date
      if (/\b(?:earlier|later|sooner)$/i.test(t) && /^\s+than\b/i.test(after)) return false;
      if (/^\d{1,2}[/.]\d{1,2}$/.test(t)) return false; // a fraction or 24/7
      // "at noon", "by noon": the time of day 12:00, like "at 12pm" (a bare "noon" is no point in time)
      const noonAt = /^(?:noon|midnight)$/i.test(t) && /\b(?:at|by|until|till|before|after|since|from|around|about|shortly before|shortly after|just before|just after)\s+$/i.test(before);
      if (!noonAt && /^(now|right now|the (morning|afternoon|evening|night)|(morning|afternoon|evening|night)|noon|midnight|tonight)$/i.test(t)) return /^tonight$/i.test(t);
      if (/^(in|within|for|over)\s+(?:(?:about|around|nearly|almost|roughly|some|just|more than|less than|over|under|up to|at least)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a few|several|few)\b/i.test(t) && !tags.has('custom/year')) return false; // a duration
      // "the Today programme", "USA Today": a title, not the day
      if (/^(?:Today|Tonight)$/.test(t) && (/^\s+(?:programme|program|show|podcast|newspaper|presenter|host)\b/i.test(after) || /\bUSA\s+$/.test(before))) return false;
      if (/^(sun|sat|mon|tue|wed|thu|fri)\.?$/i.test(t)) return false;
      if (/^(?:the\s+)?week-?ends?$/i.test(t)) return false; // a bare "weekend" is no day ("this weekend" is a week, above)
      if (/\b(?:every|each)\s+$/i.test(before)) {
        // "every Friday": a recurrence, not a day; "every weekend until New Year's Eve": the range's end is one
        // (read again on its own: the range's merged components mix the two ends)
        const join = r.end === null ? null : /\s(?:until|till|through)\s+/i.exec(r.text);
        const at = join === null ? 0 : join.index + join[0].length;
        const tail = join === null ? undefined : newsParser().parse(r.text.slice(at), { instant: context.refDate, timezone: 0 })[0];
        if (tail === undefined || tail.index !== 0) return false;
        Object.assign(r, { index: r.index + at, text: tail.text, start: tail.start, end: null });
        return true;
      }
      if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(t) && /\b(?:black|cyber|super|blue|manic|giving)\s+$/i.test(before)) return false; // "like Black Friday": a named shopping or sports day
      if (/^(may|march|june|august)[,.;:]?$/.test(t)) return false; // lower-case words, not months ("led the march, said …")
      // "we have heard March deadlines before": a bare month naming a kind of thing, no month in time
      if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i.test(t) && /^\s+(?:deadlines|dates|holidays|exams|breaks|rains|showers|frosts|weekends|mornings|evenings|nights|skies|days)\b/i.test(after)) return false;
      if (/^[a-z]+$/.test(t) && /^(sec|second|minute|hour|day)s?$/.test(t)) return false;
      if (CURRENCY_BEFORE.test(before) || (!/,$/.test(t) && UNIT_AFTER.test(after))) return false; // ("in June, runs a model": no unit after a comma)
      if (/^(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)$/i.test(t)) return true; // the day itself
      // "until midnight tonight", "tonight at midnight": the midnight that ends the day (chrono reads noon)
      if (/^(?:midnight\s+tonight|tonight\s+at\s+midnight)$/i.test(t)) {
        const next = utc(new Date(Date.UTC(context.refDate.getUTCFullYear(), context.refDate.getUTCMonth(), context.refDate.getUTCDate() + 1)));
        r.start.assign('year', next.y);
        r.start.assign('month', next.m);
        r.start.assign('day', next.d);
        r.start.assign('hour', 0);
        r.start.assign('minute', 0);
        return true;
      }
      // "the morning of March 9": chrono's merge keeps the part of day and loses the date; the date is the day
      const partOf = /^(?:morning|afternoon|evening|night)\s+of\s+(.+)$/i.exec(t);
      if (partOf !== null && !r.start.isCertain('day')) {
        const md = PART_OF_DAY.exec(partOf[1]);
        if (md === null) return false;
        const month = monthIndex(md[2] ?? md[3]);
        if (month < 1) return false;
        r.start.assign('day', Number(md[1] ?? md[4]));
        r.start.assign('month', month);
        if (md[5] !== undefined) r.start.assign('year', Number(md[5]));
        else r.start.imply('year', utc(context.refDate).y);
        r.start.delete(['hour', 'minute', 'meridiem']);
        return true;
      }
      if (r.start.isOnlyTime() && !noonAt && !/[:.]\d\d|[ap]\.?m\b|o['’]clock|\d{4}\s+[a-z]{3,4}$|^(?:at\s+)?(?:noon|midnight)\s+(?:Eastern|Central|Mountain|Pacific)\b/i.test(t)) return false; // "at 5"
      if (r.start.isOnlyTime() && !/[ap]\.?m\b/i.test(t) && !r.start.isCertain('timezoneOffset') && (GAME_CLOCK_BEFORE.test(before) || GAME_CLOCK_AFTER.test(after))) return false; // a match clock
      if (r.start.isOnlyTime() && /^\d{1,2}:\d\d(?::\d\d)?$/.test(t) && /\(\s*$/.test(before) && /^\s*\)/.test(after)) return false; // a clip's length: "(1:42)"
      if (/^\d+(?:\.\d+)?$/.test(t) && !tags.has('custom/year')) return false;
      if (/^(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|later|earlier|on)$/i.test(t)) return false; // relative to an event
      return true;
    }),
};

/**
 * "the 1990s", "the early 2000s", "the '80s" → a decade, written in ISO 8601's reduced precision as
 * its first three digits ("199"). The span is the decade itself ("1990s"), without "the".
 */
const decadeParser: chrono.Parser = {
  pattern: () => /(?<![\w'’])(?:(?:early|mid|late)[- ])?(?:(1[6-9]|20)(\d)0['’]?s|['’]([2-9])0s)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const century = match[1] !== undefined ? Number(match[1]) : Number(match[3]) >= 3 ? 19 : 20;
    const digit = match[2] !== undefined ? Number(match[2]) : Number(match[3]);
    const year = century * 100 + digit * 10;
    return context.createParsingResult(match.index ?? 0, match[0], { year }).addTag('custom/decade');
  },
};

/**
 * "by the end of the decade", "later this decade", "this decade": the decade of the reference, in
 * the decades' reduced precision ("202"). "The past decade", "over the next decade" are stretches.
 */
const thisDecadeParser: chrono.Parser = {
  pattern: () => /\b(?<!\bback\s)(?:(?:the\s+)?(?:end|beginning|start|middle|turn) of (?:the|this) decade|(?:earlier|later) (?:this|in the) decade|this decade)\b(?!['’-])/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (/^this/i.test(match[0]) && /\b(?:for|over|during|throughout)\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0))) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { year: utc(context.refDate).y }).addTag('custom/decade');
  },
};

/** The middle month of each season (northern hemisphere). */
export const SEASON_MONTH: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

/**
 * "last summer", "this spring", "next winter", "the summer of 2019" → the year (ISO 8601 has no
 * seasons; the guidelines' "as precise as the text allows" stops at the year). "Last" is the most
 * recent such season that has ended; "next" the first that has not begun; winter is counted in the
 * year of its January.
 */
const SEASON_NOUN_MONTH = /^\s+(?:recess|break|holidays?|vacation|term|session|window|camp|sales?|schedule)\s+(?:in|from|until|till|by|of)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const SEASON_NAMED_EVENT = /^\s+(?:statement|budget|spending review|conference|olympics|games|collection|show|fair|school|solstice|equinox|fashion week|transfer window)\b/i;
const seasonParser: chrono.Parser = {
  pattern: () => /\b(?:(last|this|next|early|late)\s+|the\s+|(?<=\b(?:over|during|through|throughout|across|in|before|after|until|by)\s))(spring|summer|autumn|fall|winter)(?:\s+of\s+((?:19|20)\d{2}))?\b(?!['’-])/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const which = match[1]?.toLowerCase();
    // a bare season after a preposition ("recovered over winter", "before autumn"): not "fall", a verb too
    if (match[1] === undefined && !/^the\s/i.test(match[0]) && /^fall$/i.test(match[2])) return null;
    // "before the summer recess in July": the month dates the break, the season only names it
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40);
    if (match[3] === undefined && SEASON_NOUN_MONTH.test(after)) return null;
    // "the fall in interest rates", "the fall of the regime": a decline or a collapse, no season
    if (match[3] === undefined && /^fall$/i.test(match[2]) && /^\s+(?:in|of)\s/i.test(after)) return null;
    // "the spring statement", "the winter Olympics": an event named by its season, no date of its own
    if (match[3] === undefined && which === undefined && SEASON_NAMED_EVENT.test(after)) return null;
    // "in the spring": the coming one or the last one by the clause's tense, else no date; the tense
    // is read by the caller over the whole sentence (this text is a window that may start mid-clause)
    const bare = match[3] === undefined && which === undefined;
    if (match[3] === undefined && (which === 'early' || which === 'late')) return null;
    const ref = utc(context.refDate);
    const mid = SEASON_MONTH[match[2].toLowerCase()];
    let year = match[3] !== undefined ? Number(match[3]) : ref.y;
    if (match[3] === undefined) {
      if (which === 'last') year = mid <= ref.m - 2 ? ref.y : ref.y - 1;
      else if (which === 'next') year = mid >= ref.m + 2 ? ref.y : ref.y + 1;
      else if (mid === 1 && ref.m >= 11) year = ref.y + 1; // "this winter" in November
    }
    const index = (match.index ?? 0) + (match[0].toLowerCase().startsWith('the ') ? 4 : 0);
    const result = context.createParsingResult(index, match[0].slice(index - (match.index ?? 0)), { year }).addTag('custom/year');
    return bare ? result.addTag('custom/season-bare') : result;
  },
};

/** Sets a bare season's year ("in the spring") by its clause's tense: the coming such season, or the last. */
export function settleBareSeason(r: chrono.ParsedResult, ref: Date, tense: 'past' | 'future'): void {
  const mid = SEASON_MONTH[r.text.replace(/^the\s+/i, '').toLowerCase()] ?? 7;
  const t = utc(ref);
  const c = r.start as unknown as { assign: (k: string, v: number) => void };
  if (tense === 'future') c.assign('year', mid >= t.m - 1 ? t.y : t.y + 1); // "will publish it in the spring"
  else c.assign('year', mid <= t.m + 1 ? t.y : t.y - 1); // "was built in the summer"
}

/** "the end of the month", "earlier this month" is handled elsewhere; here the month of the reference. */
const monthEdgeParser: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?(?:end|beginning|start|middle) of the month\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = utc(context.refDate);
    return context.createParsingResult(match.index ?? 0, match[0], { year: ref.y, month: ref.m }).addTag('custom/month-part');
  },
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 0 (Sunday) to 6 for a weekday name or its abbreviation (its first three letters decide); -1 for none. */
export function weekdayIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return w.length < 3 ? -1 : WEEKDAYS.findIndex((d) => d.startsWith(w));
}

/** The given weekday (0 = Sunday) a week after the coming one (not the reference day itself): "Saturday week". */
function weekAfterComing(ref: Date, weekday: number): Date {
  const ahead = (weekday - ref.getUTCDay() + 7) % 7 || 7;
  return new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) + (ahead + 7) * 86400000);
}

/**
 * "a week on Saturday", "a week from Tuesday" (British): the day a week after the
 * coming such day, like "Saturday week".
 */
const weekOnParser: chrono.Parser = {
  pattern: () => /\ba\s+week\s+(?:on\s+|from\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const day = weekAfterComing(context.refDate, weekdayIndex(match[1]));
    return context.createParsingResult(match.index ?? 0, match[0], { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  },
};

/**
 * "Saturday week" (British: the Saturday after next), "Friday the 27th" (the nearest Friday that is
 * the 27th of a month).
 */
const weekdayExtrasParser: chrono.Parser = {
  pattern: () => /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(week)\b|\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const wd = weekdayIndex(match[1]);
    const ref = context.refDate;
    const base = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    let day: Date | undefined;
    if (match[2] !== undefined) {
      day = weekAfterComing(ref, wd);
    } else {
      const n = Number(match[3]);
      // the nearest such day, on the side the clause's tense points to
      const at = match.index ?? 0;
      const tense = tenseAround(context.text, 0, context.text.length, at, at + match[0].length);
      let best: number | undefined;
      for (let k = -3; k <= 3; k++) {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, n));
        if (d.getUTCDate() !== n || d.getUTCDay() !== wd) continue;
        if ((tense === 'past' && d.getTime() > base) || (tense === 'future' && d.getTime() < base)) continue;
        if (best === undefined || Math.abs(d.getTime() - base) < Math.abs(best - base)) best = d.getTime();
      }
      if (best === undefined) return null;
      day = new Date(best);
    }
    return context.createParsingResult(match.index ?? 0, match[0], { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  },
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "six o'clock", "10 o'clock in the evening": a time of day (afternoon, evening or night make it p.m.). */
const oclockParser: chrono.Parser = {
  pattern: () => /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\s+o['’]clock\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const word = match[1].toLowerCase();
    let hour = /^\d/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40);
    if (/^\s*(?:(?:yesterday|tomorrow|this|that|on \w+)\s+)?(?:in the\s+)?(?:afternoon|evening|night)\b/i.test(after) && hour < 12) hour += 12;
    const ref = utc(context.refDate);
    const result = context.createParsingResult(match.index ?? 0, match[0], { hour, minute: 0 });
    result.start.imply('year', ref.y);
    result.start.imply('month', ref.m);
    result.start.imply('day', ref.d);
    return result;
  },
};

/** UTC offsets in minutes of the time zones news pages name. */
export const ZONE_MINUTES: Readonly<Record<string, number>> = { AEDT: 660, AEST: 600, ACDT: 630, ACST: 570, AWST: 480, NZDT: 780, NZST: 720, JST: 540, HKT: 480, SGT: 480, GMT: 0, UTC: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/** "1400 GMT", "0930 UTC": wire-style times without a colon, only with a zone. */
const wireTimeParser: chrono.Parser = {
  pattern: () => /\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT)\b/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = utc(context.refDate);
    const result = context.createParsingResult(match.index ?? 0, match[0], { hour: Number(match[1]), minute: Number(match[2]), timezoneOffset: ZONE_MINUTES[match[3]] });
    result.start.imply('year', ref.y);
    result.start.imply('month', ref.m);
    result.start.imply('day', ref.d);
    return result;
  },
};

const US_REGION_ZONES: Record<string, [number, number]> = { eastern: [-300, -240], central: [-360, -300], mountain: [-420, -360], pacific: [-480, -420] };

/**
 * "8 p.m. Eastern", "1 p.m. Pacific time", "noon Central Standard Time": a US zone told by its region,
 * standard or daylight time by the words or else by the reference date (daylight time from the second
 * Sunday of March to the first Sunday of November).
 */
const usRegionTimeParser: chrono.Parser = {
  pattern: () => /\b(?:at\s+)?(?:(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\.?|(noon|midnight))\s+(Eastern|Central|Mountain|Pacific)(?:\s+(Standard|Daylight))?(?:\s+[Tt]ime)?\b(?!\s+[A-Z])/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    let hour = match[4] !== undefined ? (/noon/i.test(match[4]) ? 12 : 0) : Number(match[1]) % 12;
    if (match[3] !== undefined && /p/i.test(match[3])) hour += 12;
    if (hour > 23) return null;
    const ref = utc(context.refDate);
    const sunday = (month: number, from: number): number => from + ((7 - new Date(Date.UTC(ref.y, month - 1, from)).getUTCDay()) % 7);
    const t = ref.m * 100 + ref.d;
    const daylight = match[6] !== undefined ? /daylight/i.test(match[6]) : t >= 300 + sunday(3, 8) && t < 1100 + sunday(11, 1);
    const zone = US_REGION_ZONES[match[5].toLowerCase()];
    const result = context.createParsingResult(match.index ?? 0, match[0], { hour, minute: Number(match[2] ?? 0), timezoneOffset: zone[daylight ? 1 : 0] });
    if (match[3] !== undefined) result.start.assign('meridiem', /p/i.test(match[3]) ? 1 : 0);
    result.start.imply('year', ref.y);
    result.start.imply('month', ref.m);
    result.start.imply('day', ref.d);
    return result;
  },
};

/** "the end of this year", "the beginning of 2025" → the month it points at (YYYY-12, YYYY-01). */
const yearEdgeParser: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?(end|beginning|start|middle) of (?:(this|next|last) year|((?:19|20)\d{2}))\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = utc(context.refDate);
    const year = match[3] !== undefined ? Number(match[3]) : ref.y + (/next/i.test(match[2]) ? 1 : /last/i.test(match[2]) ? -1 : 0);
    const edge = match[1].toLowerCase();
    const month = edge === 'end' ? 12 : edge === 'middle' ? 6 : 1;
    return context.createParsingResult(match.index ?? 0, match[0], { year, month }).addTag('custom/month-part');
  },
};

/**
 * "August last year", "in May next year", "June this year" → YYYY-MM in the year the phrase names, one
 * date over the whole phrase ("14 November last year" → that day).
 */
const monthOfRelativeYearParser: chrono.Parser = {
  pattern: () => MONTH_OF_RELATIVE_YEAR,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!/^[A-Z]/.test(match[2])) return null;
    const month = monthIndex(match[2]);
    if (month === 0) return null;
    if (match[1] !== undefined && match[3] !== undefined) return null; // "3 March 4 last year"
    const shift = /last/i.test(match[4]) ? -1 : /next/i.test(match[4]) ? 1 : 0;
    const year = utc(context.refDate).y + shift;
    // "14 November last year", "October 22 last year": a day, as precise as stated
    const day = match[1] ?? match[3];
    if (day !== undefined) return context.createParsingResult(match.index ?? 0, match[0], { year, month, day: Number(day) });
    return context.createParsingResult(match.index ?? 0, match[0], { year, month }).addTag('custom/month-part');
  },
};

/**
 * "last May", "last November": the month of the year before the reference ("May last year"), the
 * reading the guidelines' examples give it whether or not that month is still to come this year;
 * but a month at least three months gone this year is that one ("last March" on a November page).
 */
const LAST_MONTH = new RegExp(`\\blast\\s+${MONTH_RE}\\b(?!\\.?\\s*\\d)(?!\\s+(?:of\\s+)?(?:last|next|this) year\\b)`, 'i');
const lastMonthParser: chrono.Parser = {
  pattern: () => LAST_MONTH,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (!/^[A-Z]/.test(match[1])) return null;
    const month = monthIndex(match[1]);
    if (month === 0) return null;
    const ref = utc(context.refDate);
    return context.createParsingResult(match.index ?? 0, match[0], { year: month <= ref.m - 3 ? ref.y : ref.y - 1, month }).addTag('custom/month-part');
  },
};

/**
 * "arrive on the 26th", "in quarantine until the 29th": a day of the reference month named by its
 * ordinal alone (not "the 20th century", "the 50th anniversary": a noun after it is no day). The
 * month is settled by the tense (dates.ts).
 */
const ORDINAL_DAY = /\b(?:on|until|till|by|from|since|before|after)\s+(the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=\s*(?:[.,;:!?)”"]|$)|\s+(?:and|or|to|at|when|until|through)\b)/i;
const ordinalDayParser: chrono.Parser = {
  pattern: () => ORDINAL_DAY,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const ref = utc(context.refDate);
    const index = (match.index ?? 0) + match[0].length - match[1].length;
    return context.createParsingResult(index, match[1], { year: ref.y, month: ref.m, day: Number(match[2]) }).addTag('custom/ordinal-day');
  },
};

/**
 * "the week of 2 November", "the week beginning March 9": the ISO week holding that day; without a
 * year, the one nearest the reference.
 */
const WEEK_OF = new RegExp(`\\bthe\\s+week\\s+(?:of|beginning|starting|commencing)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\b\\.?|${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'i');
const weekOfDateParser: chrono.Parser = {
  pattern: () => WEEK_OF,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const month = monthIndex(match[2] ?? match[3]);
    const day = Number(match[1] ?? match[4]);
    if (month === 0 || day < 1 || day > 31) return null;
    let year = match[5] !== undefined ? Number(match[5]) : utc(context.refDate).y;
    if (match[5] === undefined) {
      const ref = context.refDate.getTime();
      const off = (y: number): number => Math.abs(Date.UTC(y, month - 1, day) - ref);
      for (const y of [year - 1, year + 1]) if (off(y) < off(year)) year = y;
    }
    return context.createParsingResult(match.index ?? 0, match[0], { year, month, day }).addTag('custom/unit-week');
  },
};

/**
 * "later in the year", "the rest of the year": "the year" is the reference year ("by the end of the year":
 * the whole phrase, its last month, as the conventions write "the end of next year"). Only after words
 * that place something within a year; "the year to March", "the year before" count from elsewhere.
 */
const theYearParser: chrono.Parser = {
  pattern: () => /\b(?:the\s+(?=end\s))?(?:(?:end|start|beginning|middle|rest|remainder|course|turn|balance|months) of|(?:earlier|later) in)\s+(the year)\b(?![-'’]|\s+(?:to|before|after|ended|ending|earlier|ago|in which|when)\b)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    // "the end of the year" is its last month, as "the end of next year" is (the whole phrase)
    if (/^the\s+end\s/i.test(match[0])) return context.createParsingResult(match.index ?? 0, match[0], { year: utc(context.refDate).y, month: 12 }).addTag('custom/year-end');
    // "later in the year" is the date as a whole (longer than chrono's own "in the year", a year from now)
    const whole = /^(?:earlier|later)\s/i.test(match[0]);
    const index = whole ? (match.index ?? 0) : (match.index ?? 0) + match[0].length - match[1].length;
    return context.createParsingResult(index, whole ? match[0] : match[1], { year: utc(context.refDate).y }).addTag('custom/year');
  },
};

/**
 * "the 2028-2034 budget period", "the 2021-2027 period": a stretch of whole years named as one period
 * (`2028/2034`). The last year rides on a tag (`custom/year-range-2034`): a range with an end would be
 * split in two. A bare "2021-2027" without such a noun is left to the other parsers.
 */
const yearRangeParser: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\s+(?:(?:budget|budgetary|funding|financing|financial|programming|planning|spending|multiannual|multi-annual|EU|policy|strategy|plan)\s+)?(?:period|cycle|framework|programme|program|term|mandate)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const first = Number(match[1]);
    const last = Number(match[2]);
    if (last <= first || last - first > 20) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { year: first }).addTag('custom/year-range').addTag(`custom/year-range-${last}`);
  },
};

/**
 * "before year-end", "by year end": the reference year's last month, as "the end of the year" is; not
 * the adjective ("year-end bonus data", "year-end results"): only what ends a clause or is followed by one.
 */
const yearEndParser: chrono.Parser = {
  pattern: () => /\b(?:by|before|until|till|at|around|towards?|ahead of|after|through)\s+(year[- ]end)\b(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:if|and|or|as|when|but|while|unless|because|with|than|at|in|on|for)\b)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) =>
    context.createParsingResult((match.index ?? 0) + match[0].length - match[1].length, match[1], { year: utc(context.refDate).y, month: 12 }).addTag('custom/year-end'),
};

/**
 * Half-years, written as TIMEX3 does (`2025-H1`, parallel to `2025-Q1`): "the first half of 2025",
 * "the second (back) half of the year", "first-half results", "H1 2025", "1H 2025", and a bare "H2" after a
 * preposition ("in H2"). A half without a year ("the first-half profit") takes it by tense in dates.ts.
 */
/**
 * "the guidance for the second half", "profit in the first half": a bare half is a half-year only
 * right after a money word (in sport "the second half" is part of a match). The year by tense, or
 * for a forecast the half not yet over, in dates.ts.
 */
const moneyHalfParser: chrono.Parser = {
  pattern: () => /\b(?:guidance|forecasts?|outlook|targets?|expectations?|projections?|profits?|loss(?:es)?|revenues?|earnings|sales|margins?|results)\s+(?:for|in|over|during)\s+(the\s+(first|second)\s+half)\b(?!\s+of\b|-)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const at = (match.index ?? 0) + match[0].length - match[1].length;
    return context.createParsingResult(at, match[1], { month: /first/i.test(match[2]) ? 1 : 7 }).addTag('custom/half');
  },
};

const halfParser: chrono.Parser = {
  pattern: () =>
    /\b(?:(?:[Tt]he\s+)?([Ff]irst|[Ss]econd|1st|2nd|[Ll]ast|[Ff]inal|[Bb]ack|[Ff]ront)(?:\s+half\s+of\s+((?:19|20)\d{2}|the year|this year|last year|next year)\b|-half(?=\s+(?:results|figures|numbers|earnings|profits?|loss(?:es)?|revenues?|sales)\b))|H([12])(?:\s+((?:19|20)\d{2})\b|(?=\s*[,.;:!?)]|\s*$))|([12])H\s?((?:19|20)\d{2})\b)/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const at = match.index ?? 0;
    // a bare "H1" only after a preposition: "in H1", "than H2"
    if (match[3] !== undefined && match[4] === undefined && !/\b(?:in|for|during|over|than|from|of|since|by|to)\s+$/i.test(context.text.slice(Math.max(0, at - 10), at))) return null;
    // "the first-half results": "the" belongs to the noun, the date is "first-half"
    const skip = /^the\s+\S+-half$/i.test(match[0]) ? match[0].search(/\S+-half$/) : 0;
    const word = match[1]?.toLowerCase();
    // ("the back half of the year", "the front half": the second and the first)
    const half = word !== undefined ? (/^(?:first|1st|front)$/.test(word) ? 1 : 2) : Number(match[3] ?? match[5]);
    const yearText = match[2] ?? match[4] ?? match[6];
    const ref = utc(context.refDate);
    const comps: { [k: string]: number } = { month: half === 1 ? 1 : 7 };
    if (yearText !== undefined) comps.year = /^\d/.test(yearText) ? Number(yearText) : ref.y + (/last/i.test(yearText) ? -1 : /next/i.test(yearText) ? 1 : 0);
    const result = context.createParsingResult(at + skip, match[0].slice(skip), comps);
    if (yearText === undefined) result.start.imply('year', ref.y);
    return result.addTag('custom/half');
  },
};

/**
 * Financial years: "this financial year", "last fiscal year", "the 2024-25 financial year", "FY2024-25".
 * The months depend on the page's country (dates.ts asks financialYearStart); here the year is
 * carried: for "this/last/next" the reference year moved by the tag's shift, for a span its first year.
 */
const financialYearParser: chrono.Parser = {
  pattern: () =>
    /\b(?:(this|last|next|the current|the previous|the past|the coming|the last|the next|previous|current)\s+(?:(?:financial|fiscal)\s+year|fiscal(?!\s+(?:year|years|policy|policies|deficits?|rules?|stimulus|space|gap|hawks?|cliff|consolidation|support|position|plans?|measures?|targets?|discipline|outlook|pressures?|year-end|quarter|half|first|second|third|fourth|Q[1-4])\b)(?=\s*[,.;:)]|\s+(?:and|or|but|to|as|with|from|after|before|while|when|amid|due|because|compared|against|than|on|in|at|by|is|was|will|would|has|had|so|too)\b))|(?:the\s+)?((?:19|20)\d{2})[-–/](\d{2}|(?:19|20)\d{2})\s+(?:financial|fiscal)\s+year|(?:financial|fiscal)\s+year\s+((?:19|20)\d{2})[-–/](\d{2}|(?:19|20)\d{2})|FY\s?((?:19|20)\d{2})[-–/](\d{2}|(?:19|20)\d{2})|(?:the\s+)?((?:19|20)\d{2})[-–](\d{2})(?:\s+year\b)?(?!\s+(?:season|campaign|term|school|academic|tour|series|winter|summer)\b))(?![\d-])/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (match[1] !== undefined) {
      const w = match[1].toLowerCase();
      const shift = /last|previous|past/.test(w) ? -1 : /next|coming/.test(w) ? 1 : 0;
      // (the year is only a placeholder, stated so that chrono does not read the result as a bare time)
      const result = context.createParsingResult(match.index ?? 0, match[0], { year: utc(context.refDate).y });
      return result.addTag('custom/fiscal').addTag(`custom/fiscal${shift}`);
    }
    const first = Number(match[2] ?? match[4] ?? match[6] ?? match[8]);
    const second = match[3] ?? match[5] ?? match[7] ?? match[9];
    const end = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
    if (end !== first + 1) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: first }).addTag('custom/fiscal').addTag('custom/fiscal-span');
    // "2024-25", "the 2024-25 year" without "financial": a financial year only on a page that says its years run so
    return match[8] !== undefined ? result.addTag('custom/fiscal-bare') : result;
  },
};

/**
 * A fiscal year named by one year: "FY2027", "FY27", "fiscal year 2027", "the 2026 fiscal year" → the
 * year of its name, as "fiscal 2026" is ("FY2024-25", a span, is the financial-year parser's).
 */
const fiscalLabelParser: chrono.Parser = {
  pattern: () => /\b(?:FY\s?['’]?((?:19|20)\d{2}|\d{2})|(?:fiscal|financial)\s+year\s+((?:19|20)\d{2})|(?:the\s+)?((?:19|20)\d{2})\s+(?:fiscal|financial)\s+year)\b(?![-–/]\d)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    if (match[1] !== undefined && !/^FY/.test(match[0])) return null; // "fy" in running text
    const text = match[1] ?? match[2] ?? match[3];
    const year = text.length === 2 ? 2000 + Number(text) : Number(text);
    const at = match.index ?? 0;
    // the span is the year's name without "the": "FY2027", "2026 fiscal year", "fiscal year 2027"
    const skip = /^the\s+/i.exec(match[0])?.[0].length ?? 0;
    return context.createParsingResult(at + skip, match[0].slice(skip), { year }).addTag('custom/fiscal-label');
  },
};

/**
 * "Q2 FY27", "Q4 FY2026": a quarter of a fiscal year named by the year it ends in (dates.ts places it
 * in the calendar by the page's financial year). The quarter is kept as a month of the fiscal year.
 */
const fiscalQuarterParser: chrono.Parser = {
  pattern: () => /\bQ([1-4])\s*FY\s?['’]?((?:19|20)\d{2}|\d{2})\b(?![-–/]\d)/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
    return context.createParsingResult(match.index ?? 0, match[0], { year, month: (Number(match[1]) - 1) * 3 + 1 }).addTag('custom/fiscal-label').addTag('custom/fiscal-quarter');
  },
};

/**
 * "the 2024/25 season", "the 2023-24 campaign": a season that spans two years, as an ISO interval of
 * years (`2024/2025`; its months are not told, unlike a financial year's).
 */
const seasonSpanParser: chrono.Parser = {
  pattern: () => /\b((?:19|20)\d{2})[-–/](\d{2}|(?:19|20)\d{2})\s+(?:season|campaign|academic year|school year|crop year|marketing year)\b/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const first = Number(match[1]);
    const end = match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
    if (end !== first + 1) return null;
    const at = match.index ?? 0;
    const the = /\bthe\s+$/i.exec(context.text.slice(Math.max(0, at - 5), at)); // (the article is part of the span)
    const from = at - (the === null ? 0 : the[0].length);
    return context.createParsingResult(from, context.text.slice(from, at + match[0].length), { year: first }).addTag('custom/year-span');
  },
};

/**
 * "dates for 2027/28 and 2028/29": a bare span of two years, the same kind of span as one the page
 * names in full ("the 2027/28 school year"); dates.ts keeps it only on such a page, and not on a
 * page of financial years (there "2024-25" is read as one).
 */
const bareYearSpanParser: chrono.Parser = {
  pattern: () => /(?<![\w/.-])((?:19|20)\d{2})\/(\d{2})(?![\w/.%-])(?!\s+(?:season|campaign|academic year|school year|crop year|marketing year)\b)/i,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const first = Number(match[1]);
    if (Number(match[2]) !== (first + 1) % 100) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { year: first }).addTag('custom/year-span').addTag('custom/year-span-bare');
  },
};

const YEAR_SPAN = /\b(?:runs?|running|ran)\s+from\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:to|until|through)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** Months that open the financial year, by the country the page is from (`0`: not decided). */
const FY_SIGNALS: readonly [string, number, RegExp][] = [
  ['Australia', 7, /\b(?:A\$|AU\$|AUD|AEDT|AEST|ACDT|ACST|AWST|Australian?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|New South Wales|NSW|Queensland|Tasmania)\b|\bA\$/g],
  ['United Kingdom', 4, /£|\b(?:GBP|BST|UK|Britain|British|England|Scotland|Wales|London|Westminster|NHS|HMRC)\b/g],
  ['India', 4, /₹|\b(?:INR|crores?|lakhs?|India|Indian|Delhi|Mumbai|Bengaluru|Chennai|Kolkata|IST)\b|\bRs\.?\s?\d/g],
  ['New Zealand', 4, /\b(?:NZ\$|NZD|NZDT|NZST|New Zealand|Auckland|Christchurch)\b|\bNZ\$/g],
  ['Canada', 4, /\b(?:C\$|CAD|Canada|Canadian|Ottawa|Toronto|Ontario|Quebec|Alberta|British Columbia|Vancouver|Montreal)\b|\bC\$/g],
  ['Japan', 4, /¥|\b(?:JPY|JST|yen|Japan|Japanese|Tokyo|Osaka)\b/g],
  ['Hong Kong', 4, /\b(?:HK\$|HKD|HKT|Hong Kong)\b|\bHK\$/g],
  ['Singapore', 4, /\b(?:S\$|SGD|SGT|Singapore)\b|\bS\$/g],
  ['United States', 10, /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|U\.S\.|United States|Congress|Pentagon|Washington, D\.?C\.?)/g],
  ['Kenya', 7, /\b(?:KES|KSh|Kenya|Kenyan|Nairobi|Mombasa|Kisumu|Eldoret|Nakuru)\b|\bSh\s?\d/g],
  ['Uganda', 7, /\b(?:UGX|Uganda|Ugandan|Kampala)\b/g],
  ['Tanzania', 7, /\b(?:TZS|Tanzania|Tanzanian|Dodoma|Dar es Salaam)\b/g],
  ['Pakistan', 7, /\b(?:PKR|Pakistan|Pakistani|Islamabad|Karachi|Lahore)\b/g],
  ['Egypt', 7, /\b(?:EGP|Egypt|Egyptian|Cairo)\b/g],
  ['Bangladesh', 7, /\b(?:BDT|Bangladesh|Bangladeshi|Dhaka)\b/g],
];

/**
 * The month the page's financial year opens in, from cheap signals in its first 30,000 characters
 * (currency symbols, time zones, place names; the country with most wins): Australia, Kenya, Uganda,
 * Tanzania, Pakistan, Egypt and Bangladesh July; the UK, India, New Zealand, Canada, Japan, Hong Kong
 * and Singapore April; the US (federal) October. A page
 * that shows none: April, the commonest non-calendar financial year of English-language news
 * (`decided` false, so the value is scored lower).
 */
export function financialYearStart(text: string): { month: number; country?: string; stated?: boolean } {
  const head = text.length > 30000 ? text.slice(0, 30000) : text;
  // "charges for a year at a time, running from April to March": the page's own span wins
  const span = YEAR_SPAN.exec(head);
  if (span !== null) {
    const from = monthIndex(span[1]);
    const to = monthIndex(span[2]);
    if (from > 1 && to === from - 1) return { month: from, country: 'stated', stated: true };
  }
  let best: { month: number; country?: string } = { month: 4 };
  let bestCount = 0;
  for (const [country, month, re] of FY_SIGNALS) {
    re.lastIndex = 0;
    const n = head.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = { month, country };
      bestCount = n;
    }
  }
  return best;
}

let shared: chrono.Chrono | undefined;

/** The one news parser of the process (dates.ts and meta.ts share it). */
export function newsParser(): chrono.Chrono {
  shared ??= newsChrono();
  return shared;
}

/** Zero-padded number for ISO values. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The UTC day of an instant as an ISO 8601 date (`2025-03-09`). */
export const isoDay = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A UTC offset in minutes as an ISO 8601 zone: `Z`, `+01:00`, `-05:00`. */
export function zone(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes > 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The zone abbreviation chrono's ExtractTimezoneAbbrRefiner reads after a result (its own pattern, tried at the result's end). */
const ZONE_AFTER = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;
const zoneKnown = new Map<string, boolean>();
/** Whether chrono knows an upper-case zone abbreviation ("GMT", "EST"; not "IN", "THE"). */
function knownZone(abbr: string): boolean {
  let known = zoneKnown.get(abbr);
  if (known === undefined) {
    const offset = chrono.ReferenceWithTimezone.fromInput({ instant: new Date(0), timezone: abbr }).timezoneOffset;
    known = offset !== null && offset !== undefined;
    zoneKnown.set(abbr, known);
  }
  return known;
}
const END_OF_NEAR = /\bof\s+(?:the\s+)?$/i;

/**
 * A parser that runs only on windows holding a word its pattern cannot match without: chrono runs
 * every parser's pattern over every window, and a cheap test of a few words is much faster than a
 * long pattern with lookbehinds tried at each position. The guard must be implied by the pattern
 * (any match of the pattern holds a match of the guard), so a window it skips would give nothing.
 * guardedParse tests the guard; the parser itself is unchanged.
 */
function guarded(parser: chrono.Parser, guard: RegExp): chrono.Parser {
  GUARDS.set(parser, guard);
  return parser;
}

const GUARDS = new Map<chrono.Parser, Guard>();
/** Guards that no text without a digit passes (each of their alternatives holds a digit). */
const DIGIT_GUARDS = new Set<Guard>();
function needingDigit<T extends Guard>(guard: T): T {
  DIGIT_GUARDS.add(guard);
  return guard;
}

/** A test of a window's text (a RegExp, or two of them). */
interface Guard {
  test: (text: string) => boolean;
}
const MONTH_GUARD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * The end of chrono's "two days", "a couple of hrs" (TIME_UNITS_PATTERN): the last word of a number
 * (any of its number's forms ends with one of these) and a unit, then up to five spaces. A bare "a"
 * or "an" is a whole word in chrono's number ("an?\b"), so "Monday" is no "a" and "y" (year); only
 * "half a" has the article glued to the unit.
 */
const UNIT_END = /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|half\s{0,2}an?|an?\b|few|several|the|couple|of)\s{0,5}(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)\s{0,5}$/i;
/**
 * For chrono's "<units> ago" and "<units> later" parsers: one of their words with a number and a unit
 * of time right before it. Their patterns repeat the units up to ten times and are slow to fail at
 * each position; this looks only before each of the few words (32 characters hold the longest
 * number word, the spaces and the unit).
 */
function unitBefore(words: RegExp): Guard {
  return {
    test: (text) => {
      words.lastIndex = 0;
      for (let m = words.exec(text); m !== null; m = words.exec(text)) {
        if (UNIT_END.test(text.slice(Math.max(0, m.index - 32), m.index))) return true;
        words.lastIndex = m.index + 1;
      }
      return false;
    },
  };
}
/** The same for chrono's own en.GB parsers, by class: each is implied by that parser's pattern (chrono 2.10). */
const BUILTIN_GUARDS: Readonly<Record<string, Guard>> = {
  ENYearMonthDayParser: needingDigit(/\d{4}[-./\s]/),
  ISOFormatParser: needingDigit(/\d{4}-\d{1,2}-\d/),
  SlashDateFormatParser: needingDigit(/\d[/.-]\d/),
  ENMonthNameLittleEndianParser: MONTH_GUARD,
  ENMonthNameMiddleEndianParser: MONTH_GUARD,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENSlashMonthFormatParser: needingDigit(/\d\/\d{4}/),
  ENTimeExpressionParser: needingDigit(/\d/),
  // (a number and a unit of time right before the word: "two days ago", "3 hrs later")
  ENTimeUnitAgoFormatParser: unitBefore(/ago|before|earlier/gi),
  ENTimeUnitLaterFormatParser: unitBefore(/later|after|from now|henceforth|forward|out/gi),
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
  ENYearMonthNameParser: MONTH_GUARD,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: MONTH_GUARD,
  ENRelativeDateFormatParser: /this|last|past|next/i,
};

/** What chrono's UnlikelyFormatFilter drops as a bare number ("12", "4.5"), its own pattern. */
const UNLIKELY_TEXT = /^\d*(\.\d*)?$/;
const inRange = (v: number | null, min: number, max: number): boolean => v === null || (Number.isInteger(v) && v >= min && v <= max);
/**
 * chrono's `isValidDate()`, answered without building a Date when every field is plainly in range
 * (a day up to 28 is in every month; a year of 100 or more is no two-digit year): the same verdict.
 */
function plainlyValid(c: chrono.ParsedComponents): boolean {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year !== null && month !== null && day !== null && inRange(year, 100, 9999) && inRange(month, 1, 12) && inRange(day, 1, 28) && inRange(c.get('hour'), 0, 23) && inRange(c.get('minute'), 0, 59) && inRange(c.get('second'), 0, 59) && inRange(c.get('millisecond'), 0, 999)) return true;
  return (c as unknown as { isValidDate: () => boolean }).isValidDate();
}

type ExecuteParser = (context: ParsingContext, parser: chrono.Parser) => ParsingResult[];

/**
 * chrono's `parse`, with the parsers whose guard the text fails left out (they would find nothing)
 * and the results gathered in one array: the same results in the same order, for much less work on
 * the short windows dates.ts hands it.
 */
function guardedParse(custom: chrono.Chrono): chrono.Chrono['parse'] {
  const execute = (chrono.Chrono as unknown as { executeParser: ExecuteParser }).executeParser;
  // each parser with its guard, looked up once (the list of parsers is complete and frozen by now)
  const parsers = Object.freeze(custom.parsers);
  const guards = parsers.map((p) => GUARDS.get(p) ?? BUILTIN_GUARDS[p.constructor.name]);
  // a guard shared by several parsers (the month names, the year) is tested once per window, and
  // the guards that need a digit not at all on a window without one
  const distinct = [...new Set(guards.filter((g) => g !== undefined))];
  const slot = guards.map((g) => (g === undefined ? -1 : distinct.indexOf(g)));
  const needsDigit = guards.map((g) => g !== undefined && DIGIT_GUARDS.has(g));
  const verdicts = new Int8Array(distinct.length); // 0 not tested yet, 1 passes, 2 fails
  return (text, referenceDate, option) => {
    const context = new chrono.ParsingContext(text, referenceDate, option);
    let results: ParsingResult[] = [];
    verdicts.fill(0);
    const digit = /\d/.test(text);
    for (let k = 0; k < parsers.length; k++) {
      const at = slot[k];
      if (at >= 0) {
        if (needsDigit[k] && !digit) continue;
        if (verdicts[at] === 0) verdicts[at] = distinct[at].test(text) ? 1 : 2;
        if (verdicts[at] === 2) continue;
      }
      for (const r of execute(context, parsers[k])) results.push(r);
    }
    results.sort((a, b) => a.index - b.index);
    for (const refiner of custom.refiners) results = refiner.refine(context, results);
    return results;
  };
}

/** Words after which a capital "May" is the month: always, or when no verb follows ("after May resigned"). */
const MAY_AFTER_SURE = /\b(?:from|until|till|since|through|throughout|during|early|late|mid-?|until\s+the\s+end\s+of)\s*$/i;
const MAY_AFTER_LIKELY = /\b(?:by|before|after|to|of|between|and|or|in\s+early|in\s+late)\s+$/i;
const MAY_THEN = /^(?:\s*(?:[,.;:!?)\u2014\u2013"\u201d]|$)|\s+(?:and|or|to|until|through|when|if|as|at|in|on|this|next|last|onwards|onward)\b|\s+(?:19|20)\d{2}\b)/;

const MAY_EVENT = /^\s+(?:budget|elections?|poll|deadline|meeting|vote|sitting|session|figures|data|statement|update|review|auction|sales)\b/i;

/** Whether the capital "May" at a position is the month, by the words around it. */
function isMonthMay(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  if (MAY_AFTER_SURE.test(before)) return true;
  const after = text.slice(at + 3, at + 16);
  // "in the May budget", "before the May election": the month naming an event of the calendar
  if (/\bthe\s+$/i.test(before) && MAY_EVENT.test(after)) return true;
  return MAY_AFTER_LIKELY.test(before) && MAY_THEN.test(after);
}

/** chrono-node en.GB (day-first), extended for news text. Build once per process. */
function newsChrono(): chrono.Chrono {
  const custom = chrono.en.GB.clone();
  const YEAR = needingDigit(/(?:1[6-9]|20)\d\d/);
  // first, so that on a tie in length ("this week") chrono's overlap refiner keeps this reading
  custom.parsers.unshift(guarded(relativeUnitParser, /week|month|year/i));
  // (first too: chrono's own "next quarter" is three months from the reference day)
  custom.parsers.unshift(guarded(relativeQuarterParser, /quarter/i));
  custom.parsers.push(
    guarded(weekendParser, /weekend/i),
    guarded(weekEndParser, /end of (?:the|this|next) week/i),
    guarded(fortnightAgoParser, /fortnights?\s+ago/i),
    guarded(weekdayExtrasParser, /day\s+(?:week|the\s+\d)/i),
    guarded(weekOnParser, /\ba\s+week\s+(?:on\s+|from\s+)?[a-z]*day\b/i),
    guarded(schoolTermParser, /term\b/i),
    guarded(eventYearParser, YEAR),
    guarded(decadeParser, needingDigit(/0['’]?s/i)),
    guarded(thisDecadeParser, /decade/i),
    guarded(seasonParser, /spring|summer|autumn|fall|winter/i),
    guarded(monthEdgeParser, /of the month/i),
    guarded(wireTimeParser, needingDigit(/\d{4}\s+[A-Z]{3}/)),
    guarded(usRegionTimeParser, /(?:Eastern|Central|Mountain|Pacific)\b/),
    guarded(oclockParser, /o['’]clock/i),
    guarded(yearParser, YEAR),
    guarded(holidayParser, /new year|christmas|boxing day|stephen|halloween|valentine|good friday|easter|thanksgiving|patrick|bastille|independence day|fourth of july|canada day|australia day|anzac|remembrance|armistice|veterans|bonfire|fawkes|hogmanay|may day|memorial day|labou?r day|black friday|cyber monday|king(?: jr\.?)? day|mlk day|presidents|columbus|indigenous peoples|juneteenth|cup day|waitangi|burns night|andrew|david|george|shrove|pancake day|mardi gras|ash wednesday|palm sunday|maundy|ascension|pentecost|whit|eid/i),
    guarded(quarterParser, /quarter|q[1-4]/i),
    guarded(monthQuarterParser, /(?:march|june|sept?\.?|september|dec\.?|december|holiday)(?:\s+\d{4})?[\s-]+quarter/i),
    guarded(monthPartParser, /mid|early|late|end|beginning|start|middle/i),
    guarded(yearEdgeParser, /(?:end|beginning|start|middle) of/i),
    guarded(monthOfRelativeYearParser, /(?:last|next|this) year/i),
    guarded(lastMonthParser, /last\s/i),
    guarded(ordinalDayParser, needingDigit(/\d(?:st|nd|rd|th)\b/i)),
    guarded(weekOfDateParser, /week\s+(?:of|beginning|starting|commencing)\s/i),
    guarded(theYearParser, /the year/i),
    guarded(yearEndParser, /year[- ]end/i),
    guarded(yearRangeParser, needingDigit(/\d{4}\s?[-–]\s?\d{4}\s+\S/)),
    guarded(halfParser, /half|H[12]|[12]H/i),
    guarded(moneyHalfParser, /half/i),
    guarded(fiscalQuarterParser, needingDigit(/Q[1-4]\s*FY/)),
    guarded(fiscalLabelParser, needingDigit(/FY\s?['’]?\d|(?:fiscal|financial)\s+year\s+\d|\d{4}\s+(?:fiscal|financial)\s+year/i)),
    guarded(financialYearParser, /financial|fiscal|FY|(?:19|20)\d{2}[-–]\d{2}/i),
    guarded(seasonSpanParser, needingDigit(/(?:19|20)\d{2}[-–/]\d{2}/)),
    guarded(bareYearSpanParser, needingDigit(/(?:19|20)\d{2}\/\d{2}/)),
  );
  // chrono's "end of the month" refiner matches a $-anchored pattern against all the text before each
  // result (quadratic in a window dense with dates): it only runs on results whose last few dozen
  // characters before them could hold its prefix ("last day of the", "end of")
  const endOf = custom.refiners.findIndex((r) => r.constructor.name === 'ENEndOfPeriodRefiner');
  if (endOf >= 0) {
    const inner = custom.refiners[endOf];
    custom.refiners[endOf] = {
      refine: (context, results) => {
        const candidates = results.filter((r) => END_OF_NEAR.test(context.text.slice(Math.max(0, r.index - 60), r.index)));
        if (candidates.length > 0) inner.refine(context, candidates); // it changes the results in place
        return results;
      },
    };
  }
  // chrono's time zone refiner takes any word of two to four letters after a result ("12 March in")
  // and works out the result's instant before it looks the word up: it only gets the results that
  // are followed by a zone it knows (for the others it would change nothing)
  const abbr = custom.refiners.findIndex((r) => r.constructor.name === 'ExtractTimezoneAbbrRefiner');
  if (abbr >= 0 && (custom.refiners[abbr] as { timezoneOverrides?: unknown }).timezoneOverrides === undefined) {
    const inner = custom.refiners[abbr];
    custom.refiners[abbr] = {
      refine: (context, results) => {
        if (context.option.timezones !== undefined) return inner.refine(context, results);
        const candidates = results.filter((r) => {
          ZONE_AFTER.lastIndex = r.index + r.text.length;
          const m = ZONE_AFTER.exec(context.text);
          return m !== null && knownZone(m[1].toUpperCase());
        });
        if (candidates.length > 0) inner.refine(context, candidates); // it changes the results in place
        return results;
      },
    };
  }
  // chrono drops every "May" not after "in" (the modal verb); after a word that leads to a month
  // ("from May", "until May", "by May, …") it is the month
  const unlikely = custom.refiners.findIndex((r) => r.constructor.name === 'ENUnlikelyFormatFilter');
  if (unlikely >= 0) {
    const inner = custom.refiners[unlikely];
    custom.refiners[unlikely] = {
      refine: (context, results) => {
        const months = results.filter((r) => r.text === 'May' && isMonthMay(context.text, r.index));
        if (months.length === 0) return inner.refine(context, results);
        return [...inner.refine(context, results.filter((r) => !months.includes(r))), ...months].sort((a, b) => a.index - b.index);
      },
    };
  }
  // chrono's last filter checks each result's date by building it (a Date per result): a date whose
  // fields are plainly in range is valid without it; the others get chrono's own check
  const lastFilter = custom.refiners.findIndex((r) => r.constructor.name === 'UnlikelyFormatFilter');
  if (lastFilter >= 0 && (custom.refiners[lastFilter] as { strictMode?: unknown }).strictMode === false) {
    custom.refiners[lastFilter] = {
      refine: (_context, results) => results.filter((r) => !UNLIKELY_TEXT.test(r.text.replace(' ', '')) && plainlyValid(r.start) && (r.end === null || r.end === undefined || plainlyValid(r.end))),
    };
  }
  custom.refiners.unshift(countNotYearRefiner);
  custom.refiners.push(notADateRefiner);
  custom.parse = guardedParse(custom);
  return custom;
}

/** A month's name or abbreviation, as a pattern source ("Sept.", "March"). */
export const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "November 12, 20265:04 AM ET": a dateline whose year ran into its time when the page was flattened. */
const GLUED_YEAR_TIME = new RegExp(`\\b(${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?),\\s((?:19|20)\\d{2})(?=\\d{1,2}:\\d{2}\\b)`, 'gi');

/** Parts a year from the time glued to it, keeping the length (so offsets hold): "November 12,2026 5:04 AM ET". */
export function unglueYearTime(text: string): string {
  return text.includes(':') ? text.replace(GLUED_YEAR_TIME, '$1,$2 ') : text;
}
const MONTH_FIRST_WRITTEN = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+(?:1[6-9]|20)\\d{2}\\b`, 'gi');
const DAY_FIRST_WRITTEN = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(?:1[6-9]|20)\\d{2}\\b`, 'gi');
/** Zones and money of countries that write the day first ("Updated: November 20, 2026 10:05 am IST" is still an Indian page). */
const DAY_FIRST_PLACES = /\b(?:IST|AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|BST|SGT|HKT|PKT)\b|₹|£|\bRs\.?\s?\d|\b(?:crores?|lakhs?)\b/g;
const US_ZONES = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b/g;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/g;

/**
 * Does the page write slashed numeric dates month first (an American page)? A slashed date that can
 * only be read one way decides; otherwise the written dates ("March 5, 2025" against "5 March 2025")
 * and US time zones vote. Day-first wins a tie, as in most of the world's English-language news.
 * Dotted dates (07.12.2021) are day-first everywhere and do not vote.
 */
export function prefersMonthFirst(text: string): boolean {
  const head = text.length > 30000 ? text.slice(0, 30000) : text;
  for (const m of head.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) return false;
    if (b > 12 && a <= 12) return true;
  }
  const us = (head.match(MONTH_FIRST_WRITTEN)?.length ?? 0) + (head.match(US_ZONES)?.length ?? 0);
  const world = (head.match(DAY_FIRST_WRITTEN)?.length ?? 0) + (head.match(DAY_FIRST_PLACES)?.length ?? 0);
  return us > world;
}

/**
 * On a month-first page, reads a slashed date whose two numbers could both be a month ("03/04/2025")
 * as month/day. chrono (en.GB) has read it day/month; a date only readable one way is left alone.
 */
export function applyMonthFirst(r: chrono.ParsedResult): void {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/.exec(r.text);
  if (m === null || Number(m[1]) > 12 || Number(m[2]) > 12 || !r.start.isCertain('day') || !r.start.isCertain('month')) return;
  const day = r.start.get('day');
  const month = r.start.get('month');
  if (day === null || month === null || day !== Number(m[1]) || month !== Number(m[2])) return;
  const c = r.start as unknown as { assign: (k: string, v: number) => void };
  c.assign('day', month);
  c.assign('month', day);
}
