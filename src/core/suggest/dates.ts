// Date suggestions: a cheap prefilter finds candidate windows, chrono-node (extended in
// dateParsers.ts) parses them, and each result gets an ISO 8601 value as precise as the text
// allows, resolved against the reference time by the tense of its clause.
import type { Chrono, ParsedResult } from 'chrono-node';
import type { DraftDate } from './draft';
import { applyMonthFirst, financialYearStart, holidayIn, isoDay, monthIndex, newsParser, pad, SEASON_MONTH, settleBareSeason, unglueYearTime, weekdayIndex, ZONE_MINUTES, zone } from './dateParsers';
import type { Range } from './sentences';
import { tenseAround, type Tense } from './tense';


/** Words and shapes without which chrono cannot find anything: the prefilter. */
const TRIGGER =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|week(?:end)?|month|year|quarter|q[1-4]|christmas|boxing day|st\.? stephen['’]?s day|easter|new year|noon|midday|midnight|halloween|thanksgiving|valentine|good friday|patrick|bastille|independence day|fourth of july|canada day|australia day|anzac|remembrance|armistice|veterans|bonfire night|guy fawkes|hogmanay|may day|memorial day|labou?r day|black friday|cyber monday|king(?: jr\.?)? day|mlk day|presidents['’]? day|columbus day|indigenous peoples['’]? day|juneteenth|cup day|waitangi|burns night|st\.? (?:andrew|david|george)['’]?s day|shrove tuesday|pancake day|mardi gras|ash wednesday|palm sunday|maundy thursday|ascension day|pentecost|whit ?(?:sunday|monday)|eid|ago|(?:this|last) (?:morning|afternoon|evening|night)|\d{1,2}[:.]\d{2}|\d{1,2} ?[ap]\.?m|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:1[6-9]|20)\d{2}|(?:1[6-9]|20)?\d0s|spring|summer|autumn|fall|winter|decade|fy\s?['’]?\d{2}(?:\d{2})?|(?:this|next|last|current|previous)\s+fiscal|(?:noon|midnight) (?:eastern|central|mountain|pacific)|term [1-4]|(?:last|this|next) term|(?:first|second) half|the \d{1,2}(?:st|nd|rd|th)|\d{4} (?:gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|pst|pdt))\b/gi;

const WINDOW = 70;
const SPAN_BEFORE = /(?:^|\s)(?:its|their|his|her|our|the|this|next|for|in|of|from|until|by|during|through)\s+$/i;
const SPAN_PAGE = /\b(?:19|20)\d{2}[-–/]\d{2}\s+(?:season|campaign|academic year|school year|crop year|marketing year)\b/i;
const FISCAL_WORDS = /\b(?:financial|fiscal|tax)\s+years?\b|\bFY\s?\d/i;
/** A page about public money: "the funding settlement for 2027-28", "the spending review" (not any club's budget). */
const MONEY_PAGE = /\b(?:[Ss]pending (?:[Rr]eview|plans?)|funding settlement|council tax|appropriations)\b/;
/** "the Budget", "the Chancellor", "the Treasury": a finance minister's year only beside taxes or pounds (a German chancellor, a university's Vice-Chancellor are not). */
const MONEY_OFFICE = /\b(?:Budget|Treasury|(?<![Vv]ice[-‑ ])Chancellor)\b/;
const MONEY_WORDS = /£|\b(?:Treasury|tax(?:es|payers?)?|HMRC|borrowing)\b/;
const RECURRING_SPAN = /\b(?:runs?|running)\s+from\s+(?:[a-z]+\s+(?:to|until|through)\s+)?$/i;
const RECURRING_TIME = /\b(?:(?:on\s+)?(?:weekdays|weeknights|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)|every\s+(?:day|morning|evening|night|weekday|week)|daily|nightly)\s+(?:(?:from|at|until|till|before|after)\s+)?$/i;
/** "beat Wall Street's forecasts for", "missed analysts' estimates for": the period forecast is over. */
const BEAT_FORECAST = /\b(?:beat|beats|topped|tops|missed|misses|exceeded|exceeds|surpassed|surpasses|fell short of|falls short of)\s+(?:[\w'’.-]+\s+){0,3}(?:forecasts?|estimates?|expectations?|targets?|guidance)\s+(?:for|in)\s+$/i;
/** "forecast third-quarter revenue", "sees first-half sales", "guided fourth-quarter profit": a period to come. */
const FORECAST_VERB_BEFORE = /\b(?<!\b(?:had|has|have)\s)(?:forecasts?|projects?|projected|guided|guides|expects?|sees|predicts?|predicted)\s+(?:(?:its|their|a|an|the)\s+)?$/i;
/** The last year named before (not one compared with: "up from 2025"), as in "Looking to fiscal 2027, …". */
const NAMED_YEAR = /(?<!\b(?:from|than|since|with|versus|vs\.?|over)\s+(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+(?:year\s+)?)?)\b((?:19|20)\d{2})\b(?!.*\b(?:19|20)\d{2}\b)/s;
const FORECAST_FOR = /\b(?:forecasts?|guidance|outlook|targets?|projections?|estimates?|expectations?)\s+(?:for|over)\s+$/i;
const LOWER_ERA = /\d\s*(?:be|ad|bc|bce|ce)$/;
const LEADING_DURATION = /^(?:for|over|in|within)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|hours?|nights?)\s+(?=(?:last|this|next|past)\s+(?:week|month|year)\b)/i;
/** A dateline label run into the time after it when a page's markup is flattened ("Updated09:14"). */
const GLUED_LABEL = /\b(?:updated|published|posted|modified|first published)(?=\d)/gi;
const MAX_WINDOW = 2000;
/** The week a weekday is named in: "Thursday next week", "Tuesday last week", "on Monday this week". */
const WEEKDAY_OF_WEEK = /\b(next|last|this)\s+week\b/i;
const SCHEDULED_FOR = /\b(?:set down|(?:re)?scheduled|adjourned|postponed|deferred|put off|pushed back|listed|slated)\b(?:\s+[\p{L}'’-]+){0,5}\s+(?:on|for|to|until|till)\s+$/iu;
/** A past act that names the day it is for: "a ban declared for the district for Tuesday". */
const DECLARED_FOR = /\b(?:declared|issued|called|planned|booked|set)\b(?:\s+[\p{L}'’-]+){0,5}\s+for\s+$/iu;
const TWO_DIGIT_TAIL = /(?<=[a-z.]),\s*\d{2}$/i;
const NUMBER_GOES_ON = /^(?:[.,]\d|\s*(?:%|(?:per ?cent|percent)\b))/i;
const AHEAD_OF = /\b(?:before|ahead of|in the run-up to|pending)\s+(?:the\s+|an?\s+|its\s+|their\s+|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s\s+)$/u;
const MONTH_PREFIXED = /(?<!\d\d)(\d)\s(?=((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]+))/gi;
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** "cut its forecast to 0.9%, from 1.4% in March", "up from $3.10 in May": the level a change started from was before it. */
const FROM_LEVEL = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$£€]?\d[\d.,]*\s?(?:%|per ?cent|percent|[mb]n|million|billion|p|cents?)?\s+in\s+$/i;
const BY_DEADLINE = /\bby\s+(?:the\s+)?(?:(?:end|close|middle|start|beginning)\s+of\s+(?:the\s+)?)?$/i;
const FORECAST_WORD = /\b(?:forecasts?|targets?|projections?|outlook|guidance|expects?|expected|predicts?|predicted|sees)\b/i;

export interface DateScope {
  /** Sentence ranges of the body text (UTF-16). */
  sentences: Range[];
  /** Reference instant for a position (publication date, or a live-blog entry's timestamp). */
  referenceAt: (pos: number) => Date | undefined;
  /** Whether the reference at a position has a time of day (a live-blog stamp, "… 23:41"). */
  timedAt?: (pos: number) => boolean;
  /** Numeric dates are month first (an American page: 05/03/2025 is 3 May). */
  monthFirst?: boolean;
  /** The zone (minutes east of UTC) the reference at a position was stamped in, when the stamp says it ("7:12 AM UTC"). */
  zoneAt?: (pos: number) => number | undefined;
  /** When no reference is known: a guess (the year the page mentions) to place year-less dates, scored low; without it, a date that does not state its year is left out. */
  fallback?: Date;
}

/** Finds and resolves dates in the given sentences. Linear: chrono sees only windows around triggers. */
export function findDates(text: string, scope: DateScope): DraftDate[] {
  const out: DraftDate[] = [];
  const bareTimes = new Set<DraftDate>();
  const parser = newsParser();
  // the page's financial year, decided once and only when a financial year is mentioned
  let fy: { month: number; country?: string; stated?: boolean } | undefined;
  const fiscal = (): { month: number; country?: string; stated?: boolean } => (fy ??= financialYearStart(text));
  // a bare "2024-25" is a financial year only on a page that speaks of financial years or says its years' span
  let bareFiscal: boolean | undefined;
  // (page-wide tests read the page's first 30,000 characters)
  const page = text.length > 30000 ? text.slice(0, 30000) : text;
  // (or on a page about public money that names no season or school year in full)
  const fiscalPage = (): boolean => (bareFiscal ??= fiscal().stated === true || FISCAL_WORDS.test(page) || ((MONEY_PAGE.test(page) || (MONEY_OFFICE.test(page) && MONEY_WORDS.test(page))) && !SPAN_PAGE.test(page)));
  const chapters = chapterLines(text);
  let termPage: boolean | undefined;
  let spanPage: boolean | undefined;
  // the start of the sentence where an indefinite weekday ("on a Monday") was last passed over
  let indefiniteAt = -1;
  // the zone of the page's own local times, told once beside GMT ("3:30 p.m. (0630 GMT)"); null: none
  let localZone: number | null | undefined;
  for (const sentence of scope.sentences) {
    const windows = candidateWindows(text, sentence);
    for (const w of windows) {
      const stated = scope.referenceAt(w.start);
      const known = stated !== undefined;
      const ref = stated ?? scope.fallback ?? new Date(Date.UTC(2000, 0, 1));
      const timed = known && (scope.timedAt?.(w.start) ?? false);
      // a stamp in one zone ("7:12 AM UTC") and local times in another: how far the local clock is ahead
      const stampZone = timed ? scope.zoneAt?.(w.start) : undefined;
      // (worked out once: `??=` would read the page again for every window when it tells no zone)
      if (stampZone !== undefined && localZone === undefined) localZone = pageLocalZone(text);
      const localAhead = stampZone === undefined ? 0 : (localZone ?? stampZone) - stampZone;
      // "Updated09:14, 15 JAN 2026": a label glued to its time (same length, so offsets hold); so is a year ("12, 20265:04 AM")
      // "the March 16 market rally", "the Dec. 16 decision": chrono reads "16 mar…", "16 dec…" as a
      // day and month and then drops both; a semicolon (same length) parts the day from such a word
      // (a day of one or two digits only: "the 2019 decision", "the 2026 marathon" keep their year)
      const windowText = unglueYearTime(text.slice(w.start, w.end)).replace(GLUED_LABEL, (m) => `${m.slice(0, -1)} `).replace(MONTH_PREFIXED, (m, digit: string, word: string) => (MONTH_WORD.test(word) ? m : `${digit};`));
      const results = splitRanges(parser, parser.parse(windowText, { instant: ref, timezone: 0 }), ref, windowText);
      for (let r of results) {
        // (no year to guess from: "15 March", "the spring"; see below)
        const yearless = !known && scope.fallback === undefined && (!r.start.isCertain('year') || !/\d/.test(r.text));
        // "for two days last week", "fell in two days last week": a duration before the period is no shift of it
        const span = LEADING_DURATION.exec(r.text);
        if (span !== null) {
          const tail = parser.parse(r.text.slice(span[0].length), { instant: ref, timezone: 0 })[0] as ParsedResult | undefined;
          if (tail === undefined || tail.index !== 0) continue;
          Object.assign(tail, { index: r.index + span[0].length });
          r = tail;
        }
        // "from July 1 be able to": a lowercase word after the day is no era ("1 BE", "AD 70")
        if (LOWER_ERA.test(r.text)) {
          const head = headOf(parser, ref, r, r.text.replace(/\s*[a-z]+$/, ''));
          if (head === undefined) continue;
          r = head;
        }
        // "published on 13 October, 14.6% of …": a number after the comma is no two-digit year
        if (TWO_DIGIT_TAIL.test(r.text) && NUMBER_GOES_ON.test(windowText.slice(r.index + r.text.length, r.index + r.text.length + 9))) {
          const head = headOf(parser, ref, r, r.text.replace(TWO_DIGIT_TAIL, ''));
          if (head === undefined) continue;
          r = head;
        }
        if (scope.monthFirst === true) applyMonthFirst(r);
        const tags = r.tags(); // (a fresh copy on each call: asked once per result)
        let start = w.start + r.index;
        // "last term" is a school term only on a page that numbers its terms ("Term 2"), once per page
        if (tags.has('custom/school-term-relative') && !(termPage ??= /\bTerm [1-4]\b/.test(page))) continue;
        if (tags.has('custom/year') && !/^term\s/i.test(r.text)) {
          // ("the 2027 budget", "a $4.5bn 2028 budget": the year alone)
          const lead = /^(?!mid)[a-z '’]+\s(?=\d)|^(?:[$£€₦]|N(?=\d))\d[\d.,]*\s?[a-z]*\s+(?=(?:19|20)\d\d\b)/i.exec(r.text);
          if (lead !== null) start += lead[0].length;
        }
        if (/^(?:morning|afternoon|evening|night)\s+of\b/i.test(r.text) && /\bthe\s$/i.test(text.slice(start - 4, start))) start -= 4; // "the morning of March 9"
        let end = w.start + r.index + r.text.length;
        // (and a closing bracket the span does not open: "(0130 GMT Friday)")
        while (end > start && (/[\s,.;:]/.test(text[end - 1]) || (text[end - 1] === ')' && !text.slice(start, end).includes('(')))) end--;
        if (isMediaPosition(text, start, end, chapters)) continue;
        // a bare "2027/28" (or "its 2027-28 budget" on a page without financial years) is a span of
        // years only on a page that names such a span in full ("the 2027/28 school year")
        // (after a determiner or a preposition only: "lost 2024-25 games" is a score)
        // ("the capital budget for flood defences in 2027-28 is £1.1bn": a budget and a sum around it make
        // it one, on a page whose country's financial year is known and that names no span of years in
        // full, "the 2027-28 school year")
        const bareNotFiscal = tags.has('custom/fiscal-bare') && !fiscalPage() && ((spanPage ??= SPAN_PAGE.test(page)) || !budgetAround(text, Math.max(sentence.start, start - 80), Math.min(sentence.end, end + 40)) || fiscal().country === undefined);
        const spanInstead = bareNotFiscal && SPAN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
        if (bareNotFiscal && !spanInstead) continue;
        if ((spanInstead || tags.has('custom/year-span-bare')) && (!(spanPage ??= SPAN_PAGE.test(page)) || fiscalPage())) continue;
        // "running from April to March": the span every year runs, no month in time
        if (!r.start.isCertain('year') && !r.start.isCertain('day') && RECURRING_SPAN.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
        // "on weekdays from 6am", "daily at 9pm": a time every such day, no point in calendar time
        if (isBareTime(r) && RECURRING_TIME.test(text.slice(Math.max(sentence.start, start - 30), start))) continue;
        // the tense of the date's clause, worked out only for the dates whose value depends on it
        // (a stated year, a relative week or a bare year does not): once, from the span as it is here
        const clause = new ClauseTense(text, sentence, r, start, end);
        if (tags.has('custom/season-bare')) {
          const t = clause.get();
          if (t === 'unknown') continue;
          settleBareSeason(r, ref, t);
        }
        const value = spanInstead ? { value: `${pad(r.start.get('year') ?? 0, 4)}/${pad((r.start.get('year') ?? 0) + 1, 4)}`, score: 0.8, rule: 'date.year-span' } : isoValue(r, tags, ref, clause, known, timed, tags.has('custom/fiscal') || tags.has('custom/fiscal-label') ? fiscal() : undefined, localAhead);
        if (value === undefined) continue;
        // "Thanksgiving week", "over Easter week": the ISO week of the holiday
        if (value.rule === 'date.holiday' && /^\d{4}-\d{2}-\d{2}$/.test(value.value)) {
          const week = /^\s+week\b/i.exec(text.slice(end, end + 6));
          if (week !== null) {
            end += week[0].length;
            const [y, m, d] = value.value.split('-').map(Number);
            value.value = isoWeek(y, m, d);
          }
        }
        // "on a Tuesday evening in February", "not made on one Saturday": an indefinite weekday is no particular day
        // (the word just before the weekday: not "held another on Wednesday")
        if (value.rule === 'date.weekday-by-tense' && !/^on\s/i.test(text.slice(start, end)) && /(?:^|\s)(?:an?|one|any|some)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
          indefiniteAt = sentence.start;
          continue;
        }
        // "a sign would go up on a Monday and a van be in the drive by the weekend": a weekend or next day
        // told after an indefinite weekday in the same sentence counts from that day, no day in time
        if (indefiniteAt === sentence.start && (value.rule === 'date.weekend' || /^(?:the\s+)?(?:week-?end|next\s+day|following\s+day)$/i.test(r.text))) continue;
        // "The Sunday Ledger", "the Saturday Paper": a weekday between "the" and a capitalised word is a title
        if (value.rule === 'date.weekday-by-tense' && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(text.slice(start, end)) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, start - 5), start)) && /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]/.test(text.slice(end, end + 12))) continue;
        // "fourth-quarter results", "its first-quarter earnings": results come after the quarter ends,
        // so a quarter without a year is the latest one already over (profit or sales only when no
        // forecast verb governs them: "expects third-quarter sales to slow" is the current quarter)
        // (a quarter or half without its year only: the words around it read for no other date)
        if (known && (value.rule === 'date.quarter' || value.rule === 'date.half-year') && !/\d{4}/.test(r.text)) {
          const after = text.slice(end, end + 20);
          const lead = text.slice(Math.max(sentence.start, start - 60), start);
          // ("beat Wall Street's forecasts for the June quarter": the quarter forecast is over)
          const beaten = BEAT_FORECAST.test(lead);
          const reported = beaten || /^[\s-]*(?:results|figures|numbers|report)\b/i.test(after) || (/^[\s-]*(?:earnings|profits?|loss(?:es)?|revenues?|sales|update)\b/i.test(after) && clause.get() !== 'future');
          if (reported && value.rule === 'date.quarter') {
            // past: the latest such quarter already over; future ("will report its fourth-quarter
            // results"): the first one whose results are not out yet (about six weeks after its end)
            const q = Number(value.value.slice(-1));
            const quarterEnd = (y: number): number => Date.UTC(y, q * 3, 1);
            let year = ref.getUTCFullYear() + 1;
            if (clause.get() === 'future') while (quarterEnd(year - 1) + 45 * 86400000 >= ref.getTime()) year--;
            else while (quarterEnd(year) > ref.getTime()) year--;
            value.value = `${pad(year, 4)}-Q${q}`;
          }
          // "the first-quarter forecast", "fourth-quarter guidance", "the guidance for the second half":
          // a forecast is for a quarter or half not yet over
          // ("Arcwell forecast third-quarter revenue of …": a forecast verb right before it)
          const forecast = !beaten && (/^[\s-]*(?:forecasts?|guidance|outlook|targets?|projections?|estimates?|expectations?)\b/i.test(after) || FORECAST_FOR.test(text.slice(Math.max(sentence.start, start - 30), start)) || FORECAST_VERB_BEFORE.test(lead));
          if (value.rule === 'date.quarter' && forecast) {
            const q = Number(value.value.slice(-1));
            const refQ = Math.floor(ref.getUTCMonth() / 3) + 1;
            value.value = `${pad(ref.getUTCFullYear() + (q < refQ ? 1 : 0), 4)}-Q${q}`;
          }
          if (value.rule === 'date.half-year' && forecast) {
            const h = Number(value.value.slice(-1));
            value.value = `${pad(ref.getUTCFullYear() + (h < (ref.getUTCMonth() < 6 ? 1 : 2) ? 1 : 0), 4)}-H${h}`;
          }
        }
        // "Looking to fiscal 2027, … weighted to the back half of the year": the year the sentence has named
        if (known && value.rule === 'date.half-year' && /\bof\s+the\s+year$/i.test(r.text)) {
          const named = NAMED_YEAR.exec(text.slice(Math.max(sentence.start, start - 300), start));
          if (named !== null) value.value = named[1] + value.value.slice(4);
        }
        // "weather forecasts for December", "the outlook for March": a forecast is for a month to come
        if (known && value.rule === 'date.month' && /^\d{4}-\d{2}$/.test(value.value) && !/\d{4}/.test(r.text) && FORECAST_FOR.test(text.slice(Math.max(sentence.start, start - 30), start))) {
          const month = Number(value.value.slice(5));
          value.value = `${pad(ref.getUTCFullYear() + (month < ref.getUTCMonth() + 1 ? 1 : 0), 4)}-${pad(month)}`;
        }
        // "March this year": the month of the reference year, whatever the tense
        if (known && value.rule === 'date.month' && /^\s+(?:of\s+)?this year\b/i.test(text.slice(end, end + 20))) {
          value.value = `${pad(ref.getUTCFullYear(), 4)}${value.value.slice(4)}`;
        }
        // a month (or a day of it) without its year, a few weeks from the reference, against its tense
        if (known && NEAR_YEAR_RULES.has(value.rule) && !/\d{4}|\b(?:last|next|this|that|past|coming)\b/i.test(r.text) && !r.start.isCertain('weekday') && /^\d{4}-\d{2}(?:-\d{2})?$/.test(value.value) && !YEAR_AFTER.test(text.slice(end, end + 20))) {
          value.value = nearYear(value.value, ref, clause.get(), text.slice(Math.max(sentence.start, start - 40), start), text.slice(end, Math.min(sentence.end, end + 60)));
        }
        // "on the Tuesday" in the past: a day of a week told about, not the day of publication
        if (known && value.rule === 'date.weekday-by-tense' && clause.get() === 'past' && value.value.startsWith(ref.toISOString().slice(0, 10)) && /\bthe\s+$/i.test(text.slice(start - 4, start))) {
          const back = new Date(ref.getTime() - 7 * 86400000).toISOString().slice(0, 10);
          value.value = back + value.value.slice(10);
        }
        // a page whose day is unknown ("2 hours ago"): "15 March" is `XXXX-03-15` (ISO 8601-2, year
        // unspecified), not a guessed year; what has no month or day of its own is left out
        if (yearless && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(value.value)) continue;
        const draft = { start, end, value: yearless ? `XXXX${value.value.slice(4)}` : value.value, score: yearless ? 0.4 : value.score, rule: value.rule };
        out.push(draft);
        if (isBareTime(r)) bareTimes.add(draft);
      }
    }
  }
  const joined = relativeSeasons(text, scope, page, storyYears(text, scope, datePairs(text, weekdaySeries(text, fiscalParts(text, pastMidnight(text, nightClocks(text, joinDateAndTime(text, dedupe(out)))))))));
  return quotedDaysOfSpeech(text, periodsReferredBack(text, keyEventIndex(text, anaphoricYears(text, scope.sentences, zonesFromGmtPairs(text, anchoredRelatives(text, scope.sentences, shiftedFromEarlier(text, timesInNamedParts(text, scope.sentences, timesBeforeNamedDays(text, timesOnNamedDays(text, scope.sentences, joined, bareTimes), bareTimes), bareTimes))))))));
}

const DAY_WORD_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/**
 * 'Outside the court on Friday, Ms Everard said …: "Today three judges said we are people."': a
 * "today" (or "yesterday", "tomorrow", "tonight") inside a quotation counts from the day the words were
 * said, when the paragraph dates the saying before the quotation ("on Friday, … said"), not from the
 * day of publication. Reads only the paragraph of such a word.
 */
function quotedDaysOfSpeech(text: string, dates: DraftDate[]): DraftDate[] {
  let out: DraftDate[] | undefined;
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    if (d.rule !== 'date.relative' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    const word = text.slice(d.start, d.end).toLowerCase();
    const offset = DAY_WORD_OFFSET[word];
    if (offset === undefined) continue;
    // (the paragraph, at most 1,500 characters of it back: no long scans on a page without line breaks)
    const from = Math.max(0, d.start - 1500);
    const para = from + text.slice(from, d.start).lastIndexOf('\n') + 1;
    const before = text.slice(para, d.start);
    const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
    if (open < 0 || (before.match(/["“”]/g) ?? []).length % 2 === 0) continue; // not inside a quotation
    for (let j = k - 1; j >= 0 && dates[j].start >= para; j--) {
      const said = dates[j];
      if (said.end > para + open || !/^\d{4}-\d{2}-\d{2}$/.test(said.value) || !/\b(?:said|says|told|added)\b/.test(text.slice(said.end, para + open))) continue;
      const [y, m, day] = said.value.split('-').map(Number);
      const value = isoDay(new Date(Date.UTC(y, m - 1, day + offset)));
      if (value !== d.value) {
        out ??= dates.slice();
        out[k] = { ...d, value, rule: 'date.quoted-day-of-speech' };
      }
      break;
    }
  }
  return out ?? dates;
}

/** "the three months to", "the 3 months ended": a quarter named by its end. */
const THREE_MONTHS_TO = /\b(?:three|3)\s+months\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?$/i;
/** "the quarter", "the month" used alone (not "the quarter of", "the month to June", "a quarter"). */
const PERIOD_BACK = /\bthe (quarter|month)\b(?![-'’]|\s+(?:of|to|ended|ending|before|after|ahead|that|when|in which|since|prior|earlier|later|just|from|through|until)\b)/g;

/**
 * "Gross margin was 41.8% in the quarter", "we ended the quarter with …" on a page about one quarter's
 * results (told as a date at least twice, more than any other quarter): that quarter, unless the
 * paragraph has just told another ("in the three months to September … in the quarter"). "down 9% for
 * the month" after "October was softer …": the month told just before (at most 400 characters back,
 * same paragraph). Elsewhere the words are left alone. Reads only where the words are.
 */
function periodsReferredBack(text: string, dates: DraftDate[]): DraftDate[] {
  if (!text.includes('the quarter') && !text.includes('the month')) return dates;
  let pageQuarter: string | null | undefined;
  const quarterOfPage = (): string | null => {
    const counts = new Map<string, number>();
    for (const d of dates) if (/^\d{4}-Q[1-4]$/.test(d.value)) counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    return ranked.length > 0 && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[1][1] < ranked[0][1]) ? ranked[0][0] : null;
  };
  const added: DraftDate[] = [];
  const re = PERIOD_BACK;
  re.lastIndex = 0;
  let k = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < dates.length && dates[k].end <= start) k++;
    if (k < dates.length && dates[k].start < end) continue; // already a date
    let value: string | undefined;
    // the period told just before, in the same paragraph: a month for "the month"; a quarter, or "the three
    // months to September", for "the quarter"
    for (let j = k - 1; j >= 0 && start - dates[j].end <= 400 && !text.slice(dates[j].end, start).includes('\n'); j--) {
      const v = dates[j].value;
      if (m[1] === 'month' && /^\d{4}-\d{2}$/.test(v)) value = v;
      else if (m[1] === 'quarter' && /^\d{4}-Q[1-4]$/.test(v)) value = v;
      else if (m[1] === 'quarter' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(v) && THREE_MONTHS_TO.test(text.slice(Math.max(0, dates[j].start - 30), dates[j].start))) value = `${v.slice(0, 4)}-Q${Math.ceil(Number(v.slice(5, 7)) / 3)}`;
      if (value !== undefined) break;
    }
    if (m[1] === 'quarter' && value === undefined) {
      if (pageQuarter === undefined) pageQuarter = quarterOfPage(); // (once, null included)
      value = pageQuarter ?? undefined;
    }
    if (value !== undefined) added.push({ start, end, value, score: 0.5, rule: 'date.period-referred-back' });
  }
  if (added.length === 0) return dates;
  return [...dates, ...added].sort((a, b) => a.start - b.start);
}

/** What runs a late time on to a later one: "the 11pm deadline, which gives them until 1am". */
const ON_TO = /\b(?:until|till|to|through|before|by|and)\s+$|[-–]\s*$/i;

/**
 * "before the 11pm deadline, which gives them until 1am": in one sentence, a time after midnight that
 * runs on from a late-evening time on the same day is on the next day.
 */
function pastMidnight(text: string, dates: DraftDate[]): DraftDate[] {
  let out: DraftDate[] | undefined;
  for (let k = 1; k < dates.length; k++) {
    const a = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(dates[k - 1].value);
    const b = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(dates[k].value);
    if (a === null || b === null || a[1] !== b[1] || Number(a[2]) < 18 || Number(b[2]) >= 6) continue;
    const between = text.slice(dates[k - 1].end, dates[k].start);
    if (between.length > 150 || /[.!?]\s|\n/.test(between) || !ON_TO.test(between) || !/^(?:at\s+|by\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?$/i.test(text.slice(dates[k].start, dates[k].end))) continue;
    const [y, m, d] = b[1].split('-').map(Number);
    out ??= dates.slice();
    out[k] = { ...dates[k], value: isoDay(new Date(Date.UTC(y, m - 1, d + 1))) + dates[k].value.slice(10) };
  }
  return out ?? dates;
}

/** A live blog's "Key events" list: its heading, then lines that are an entry's time and its title. */
const KEY_EVENTS = /^[ \t]*key events[ \t]*\r?\n((?:[ \t]*\d{1,2}[:.]\d{2}[ \t]+\S[^\r\n]*\r?\n)+)/gim;

/**
 * "Key events ¶ 00:22 Mensah registration completed ¶ 23:05 …": the list of a live blog's
 * highlights links to entries told (with their own times) below; its times are no dates of the text.
 */
function keyEventIndex(text: string, dates: DraftDate[]): DraftDate[] {
  if (!/key events/i.test(text.length > 30000 ? text.slice(0, 30000) : text)) return dates;
  const lists: Range[] = [];
  KEY_EVENTS.lastIndex = 0;
  for (let m = KEY_EVENTS.exec(text); m !== null; m = KEY_EVENTS.exec(text)) lists.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  if (lists.length === 0) return dates;
  return dates.filter((d) => !lists.some((l) => d.start >= l.start && d.end <= l.end && /^\d{1,2}[:.]\d{2}$/.test(text.slice(d.start, d.end)) && (d.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, d.start - 4), d.start)))));
}

/** A clock time without a.m./p.m. that opens a date's span ("10:40 last Thursday", "9.15 on Friday"). */
const OPENING_CLOCK = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?!\s*[ap]\.?m\b)(?!\d)/i;
/** "night", "evening" right after the span. */
const NIGHT_AFTER = /^\s+(night|evening)\b(?![-'’])/i;

/**
 * "10:40 last Thursday night", "9.15 on Friday evening": the part of the day after the span is the
 * date's too, and puts a clock time without a.m./p.m. in the evening (22:40, 21:15).
 */
function nightClocks(text: string, dates: DraftDate[]): DraftDate[] {
  return dates.map((d) => {
    const time = /^(\d{4}-\d{2}-\d{2})T(\d{2})(:\d{2}.*)$/.exec(d.value);
    if (time === null || !OPENING_CLOCK.test(text.slice(d.start, d.end))) return d;
    const night = NIGHT_AFTER.exec(text.slice(d.end, d.end + 12));
    const hour = Number(time[2]);
    if (night === null || hour < 5 || hour >= 12) return d;
    return { ...d, end: d.end + night[0].length, value: `${time[1]}T${pad(hour + 12)}${time[3]}` };
  });
}

/** "the second quarter of", "Q2", "the first half of" right before a financial year's label ("FY27"). */
const FISCAL_PART_BEFORE = /(?:\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\s+of\s+(?:the\s+)?|\b([QH])([1-4])\s+)$/i;
/** "the April-September period", "the October–March half": two months and a noun naming one period. */
const MONTH_SPAN_PERIOD = /\bthe\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s*[-–]\s*((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s+(?:period|half|quarter|months|season|window)\b/gi;
/** The cheap test before MONTH_SPAN_PERIOD: "the", a month, a dash (any case, any spacing). */
const MONTH_SPAN_QUICK = /\bthe\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*[-–]/i;
const PART_ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/** The months `from` to `to` (1-based, `to` may pass December) from year `y`, as a calendar quarter when they are one, else an interval. */
function monthsValue(y: number, from: number, count: number): string {
  const a = new Date(Date.UTC(y, from - 1, 1));
  const b = new Date(Date.UTC(y, from - 1 + count - 1, 1));
  if (count === 3 && a.getUTCMonth() % 3 === 0) return `${pad(a.getUTCFullYear(), 4)}-Q${a.getUTCMonth() / 3 + 1}`;
  return `${pad(a.getUTCFullYear(), 4)}-${pad(a.getUTCMonth() + 1)}/${pad(b.getUTCFullYear(), 4)}-${pad(b.getUTCMonth() + 1)}`;
}

/**
 * "the second quarter of FY27", "Q2 FY27", "the first half of FY27": a part of a financial year whose
 * months are known (an Indian "FY27" is April 2026 to March 2027) is one date, its months in calendar
 * terms (`2026-Q3`, `2026-04/2026-09`). "the April-September period", "the October-March half": one
 * period of months, not two dates.
 */
function fiscalParts(text: string, dates: DraftDate[]): DraftDate[] {
  const replaced = new Set<DraftDate>();
  const added: DraftDate[] = [];
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    const fy = d.rule === 'date.fiscal-label' ? /^(\d{4})-(\d{2})\/\d{4}-\d{2}$/.exec(d.value) : null;
    if (fy === null) continue;
    const part = FISCAL_PART_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (part === null) continue;
    const half = (part[2] ?? part[3]).toLowerCase().startsWith('h');
    const n = part[1] !== undefined ? PART_ORDINAL[part[1].toLowerCase()] : Number(part[4]);
    if (half && n > 2) continue;
    const size = half ? 6 : 3;
    const start = d.start - part[0].length;
    for (let j = k - 1; j >= 0 && dates[j].end > start; j--) replaced.add(dates[j]);
    replaced.add(d);
    added.push({ ...d, start, value: monthsValue(Number(fy[1]), Number(fy[2]) + size * (n - 1), size), rule: 'date.fiscal-part' });
  }
  if (MONTH_SPAN_QUICK.test(text)) {
    MONTH_SPAN_PERIOD.lastIndex = 0;
    for (let m = MONTH_SPAN_PERIOD.exec(text); m !== null; m = MONTH_SPAN_PERIOD.exec(text)) {
      const from = monthIndex(m[1]);
      const to = monthIndex(m[2]);
      const start = m.index + m[0].indexOf(m[1], 3); // (after "the" and however many spaces)
      const end = m.index + m[0].length;
      const inside = dates.filter((x) => x.start >= start && x.end <= end && !replaced.has(x));
      const last = inside[inside.length - 1];
      const ym = last !== undefined ? /^(\d{4})-(\d{2})$/.exec(last.value) : null;
      if (from <= 0 || to <= 0 || ym === null || Number(ym[2]) !== to) continue;
      // (the year from the end month: the period runs up to it)
      const y = Number(ym[1]) - (from > to ? 1 : 0);
      for (const x of inside) replaced.add(x);
      added.push({ start: m.index, end, value: monthsValue(y, from, ((to - from + 12) % 12) + 1), score: last.score, rule: 'date.month-span' });
    }
  }
  // "the first 10 months of the year", "the last three months of 2025": those months of that year, one period
  if (text.includes(' months of ')) {
    FIRST_MONTHS.lastIndex = 0;
    for (let m = FIRST_MONTHS.exec(text); m !== null; m = FIRST_MONTHS.exec(text)) {
      const n = /^\d+$/.test(m[2]) ? Number(m[2]) : (COUNT_WORDS[m[2].toLowerCase()] ?? 0);
      const start = m.index;
      const end = m.index + m[0].length;
      const inside = dates.filter((x) => x.start < end && x.end > start && !replaced.has(x));
      const year = inside.find((x) => x.start >= end - m[3].length && /^\d{4}$/.test(x.value));
      if (n < 1 || n > 11 || year === undefined) continue;
      for (const x of inside) replaced.add(x);
      added.push({ start, end, value: monthsValue(Number(year.value), /^first$/i.test(m[1]) ? 1 : 13 - n, n), score: year.score, rule: 'date.months-of-year' });
    }
  }
  if (added.length === 0) return dates;
  return [...dates.filter((x) => !replaced.has(x)), ...added].sort((a, b) => a.start - b.start);
}

/** "the first 10 months of the year", "the last three months of 2025". */
const FIRST_MONTHS = /\bthe\s+(first|last|final)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+((?:19|20)\d{2}|the year|this year|last year)\b/gi;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

/** The result's text cut short, parsed again: the whole cut as one date at the same place, or nothing. */
function headOf(parser: Chrono, ref: Date, r: ParsedResult, cut: string): ParsedResult | undefined {
  const head = parser.parse(cut, { instant: ref, timezone: 0 })[0] as ParsedResult | undefined;
  if (head === undefined || head.index !== 0 || head.text !== cut) return undefined;
  return Object.assign(head, { index: r.index });
}

const RELATIVE_SEASON = /\b(this|last|next)\s+season\b(?!['’])/gi;
const TWO_YEAR_SEASON = /\b(?:19|20)\d{2}[-–/]\d{2}\s+(?:season|campaign)\b/i;
const ONE_YEAR_SEASON = /\bthe\s+(?:19|20)\d{2}\s+season\b/i;

/**
 * "next season", "last season" on a page that names its seasons ("the 2025-26 season", "the 2028
 * season"): that season counted from the one under way at the reference (a two-year season from
 * July, a one-year season from March). On a page that names none, no date.
 */
function relativeSeasons(text: string, scope: DateScope, page: string, dates: DraftDate[]): DraftDate[] {
  if (!/season/i.test(page)) return dates;
  const two = TWO_YEAR_SEASON.test(page);
  if (!two && !ONE_YEAR_SEASON.test(page)) return dates;
  const added: DraftDate[] = [];
  for (const m of text.matchAll(RELATIVE_SEASON)) {
    const start = m.index;
    const end = start + m[0].length;
    const ref = scope.referenceAt(start);
    if (ref === undefined || dates.some((d) => d.start < end && d.end > start)) continue;
    const shift = /^last$/i.test(m[1]) ? -1 : /^next$/i.test(m[1]) ? 1 : 0;
    const month = ref.getUTCMonth() + 1;
    const y = ref.getUTCFullYear() - (month < (two ? 7 : 3) ? 1 : 0) + shift;
    added.push({ start, end, value: two ? `${pad(y, 4)}/${pad(y + 1, 4)}` : pad(y, 4), score: 0.6, rule: 'date.relative-season' });
  }
  if (added.length === 0) return dates;
  return [...dates, ...added].sort((a, b) => a.start - b.start);
}

/** Dates counted from the day of publication: they end a story told in another year. */
const NOW_RULES = new Set(['date.weekday-by-tense', 'date.relative', 'date.relative-year', 'date.relative-month', 'date.relative-week', 'date.ago', 'date.weekend']);
/** Words of a sentence that speak of the time of publication ("this year", "on Tuesday", "now"). */
const NOW_WORDS = /\b(?:today|tonight|yesterday|tomorrow|now|currently|(?:this|last|next)\s+(?:week|month|year|season)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** What may come before a year that sets the scene of a sentence: "In March 2019, …", "On 2 May 2018 …". */
const SCENE_OPENING = /^[\s"“‘'(]*(?:(?:in|on|during|at|early|late|then,?\s+in)\s+(?:the\s+)?(?:(?:early|late|mid-?|spring|summer|autumn|winter|end|start|beginning|middle)\s+(?:of\s+)?)?)?$/i;
/** A deadline or an end of a range is no time the story is at ("by March 2025", "from 2019 to 2024"). */
const NOT_STORY_TIME = /\b(?:by|until|till|before|since|from|to|between|and|through|than)\s+(?:the\s+)?$/i;
const STORY_REACH = 1000;
const FIXED_HOLIDAY = /\b(?:christmas|new year|boxing day|st\.? stephen|halloween|valentine|bonfire night|guy fawkes|hogmanay|st\.? patrick|independence day|bastille day|anzac day|canada day|australia day|juneteenth)/i;
/** Where "FY27" names the financial year that ends in 2027 (elsewhere, as in "fiscal 2027", the year). */
const FY_LABEL_COUNTRIES = new Set(['Australia', 'India', 'New Zealand']);

/**
 * A feature told in another year: "In March 2019, a storm … That June, the trust … The notice went
 * up on 14 June." A sentence that opens with a past date stating its year starts a story in that
 * year; the months and days told after it without a year ("That June", "14 June", "in September"),
 * in the past and no earlier in the year than the story has got to, are in that year, and so carry
 * it on. A later stated past year moves the story on; a date counted from the day of publication,
 * or 1,000 characters with no date of the story, ends it. A sentence that speaks of the present
 * ("this year", "on Tuesday") keeps its own reading. "That June" takes the story's year in any case.
 */
function storyYears(text: string, scope: DateScope, dates: DraftDate[]): DraftDate[] {
  const sentences = scope.sentences;
  if (sentences.length === 0 || dates.length === 0 || !STATED_YEAR.test(text)) return dates;
  let story: { year: number; month: number; at: number } | undefined;
  let si = 0;
  const out: DraftDate[] = [];
  /** Whether a month or day told without its year, not as "that June", goes on with the story. */
  const carries = (at: { year: number; month: number }, month: number, d: DraftDate): boolean => {
    // (a story told to the month only: "In 2019 … in January" may as well be this January)
    if (at.month === 0 || month < at.month || sentences[si].end - sentences[si].start > 1500) return false;
    const sentence = text.slice(sentences[si].start, sentences[si].end);
    // (not in a quotation, which speaks from now; not "since March"; not in a sentence that speaks
    // of now or states another year: "4,960 cases in January, fewer than in January 2025")
    if (/["“]/.test(text.slice(sentences[si].start, d.start)) || /\bsince\s+$/i.test(text.slice(d.start - 6, d.start))) return false;
    const years = sentence.match(/\b(?:1[6-9]|20)\d{2}\b/g) ?? [];
    return !NOW_WORDS.test(sentence) && years.every((y) => Number(y) === at.year);
  };
  for (const d of dates) {
    while (si + 1 < sentences.length && sentences[si].end <= d.start) si++;
    const ref = scope.referenceAt(d.start);
    if (ref === undefined) {
      out.push(d);
      continue;
    }
    if (story !== undefined && d.start - story.at > STORY_REACH) story = undefined;
    if (NOW_RULES.has(d.rule)) {
      story = undefined;
      out.push(d);
      continue;
    }
    const v = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d.value);
    if (v === null) {
      out.push(d);
      continue;
    }
    const surface = text.slice(d.start, d.end);
    const past = d.value <= ref.toISOString().slice(0, d.value.length);
    const year = Number(v[1]);
    const month = v[2] === undefined ? 0 : Number(v[2]);
    const lead = text.slice(Math.max(sentences[si].start, d.start - 30), d.start);
    if (STATED_YEAR.test(surface)) {
      // (a dateline alone on its line is the page's date, not the story's)
      const alone = text.slice(text.lastIndexOf('\n', d.start) + 1, d.start).trim() === '' && /^\s*(?:\n|$)/.test(text.slice(d.end, d.end + 4));
      if (alone || NOT_STORY_TIME.test(lead)) {
        out.push(d);
        continue;
      }
      if (!past) story = undefined;
      else if (story !== undefined ? year >= story.year : d.start - sentences[si].start <= 40 && SCENE_OPENING.test(text.slice(sentences[si].start, d.start))) story = { year, month, at: d.end };
      out.push(d);
      continue;
    }
    const that = /\bthat\s+(?:same\s+)?$/i.exec(text.slice(Math.max(0, d.start - 10), d.start));
    const monthOrDay = month > 0 && /^(?:(?:in|on)\s+)?(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/i.test(surface) && MONTH_NAME.test(surface);
    // ("That Christmas": a holiday on the same day every year, in the story's year)
    const fixedHoliday = that !== null && d.rule === 'date.holiday' && v[3] !== undefined && FIXED_HOLIDAY.test(surface);
    if (story === undefined || !(monthOrDay || fixedHoliday) || !past || year <= story.year || (that === null && !carries(story, month, d))) {
      out.push(d);
      continue;
    }
    story = { year: story.year, month, at: d.end };
    out.push({ ...d, start: that === null ? d.start : d.start - that[0].length, value: pad(story.year, 4) + d.value.slice(4), rule: 'date.story-year' });
  }
  return out;
}

const MONTH_DAY = /^(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$/i;
const SCENE_BREAK = /\b(?:since|until|till|next|will|would|said|says|told|announced|reported|according|today|now)\b|\n/i;
const THAT_YEAR = /\bthat\s+(?:(?:first|same|very)\s+)?(?:year|spring|summer|autumn|fall|winter)\b(?!['’])/gi;
const STATED_YEAR = /\b(?:1[6-9]|20)\d{2}\b/;

/**
 * "In March 2018 I lost money. By the summer we had a waiting list"; "She opened in September 2019.
 * … that first summer": "the summer" and "that year" / "that summer" are of the year stated by the
 * dates of the sentence so far, or else of the two sentences before, when those dates state one
 * year only (no date when they state several). One pass over the page; the look-back stays within those sentences.
 */
function anaphoricYears(text: string, sentences: Range[], dates: DraftDate[]): DraftDate[] {
  if (sentences.length === 0) return dates;
  let si = 0;
  const yearBefore = (at: number, k: number): string | undefined => {
    while (si + 1 < sentences.length && sentences[si].end <= at) si++;
    const own = sentences[si].start;
    const from = sentences[Math.max(0, si - 2)].start;
    let year: string | undefined;
    let ownYear = false;
    for (let j = k - 1; j >= 0 && dates[j].start >= from; j--) {
      const p = dates[j];
      if (p.start < own && year !== undefined && ownYear) return year; // the sentence's own year comes first
      if (p.end > at || !/^\d{4}/.test(p.value) || !STATED_YEAR.test(text.slice(p.start, p.end))) continue;
      // (a dateline alone on its line is the page's date, not the story's)
      if (text.slice(text.lastIndexOf('\n', p.start) + 1, p.start).trim() === '' && /^\s*(?:\n|$)/.test(text.slice(p.end, p.end + 4))) continue;
      if (year !== undefined && year !== p.value.slice(0, 4)) return undefined;
      year = p.value.slice(0, 4);
      ownYear = p.start >= own;
    }
    return year;
  };
  const out: DraftDate[] = [];
  let k = 0;
  let sj = 0;
  // "In 2013 … on Sept. 7", "That year, … on Sept. 7": a day told without its year, after a year the
  // sentence sets the scene with ("in 2013", "that year"), is in that year; not when the clause
  // between looks elsewhere ("since 2019 … next report due Jan. 14") or dates a statement ("said on")
  const sceneYear = (d: DraftDate): DraftDate => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.value) || !MONTH_DAY.test(text.slice(d.start, d.end))) return d;
    while (sj + 1 < sentences.length && sentences[sj].end <= d.start) sj++;
    let year: DraftDate | undefined;
    for (let j = out.length - 1; j >= 0 && out[j].start >= sentences[sj].start; j--) {
      const p = out[j];
      if (!/^\d{4}$/.test(p.value)) continue;
      if (year !== undefined && year.value !== p.value) return d;
      // (the year opens the sentence: "In 2013, …", "That year, …"; not "the block, built in 2009, was shut on 24 April")
      if (!/^\W*(?:[\w'’]+\s+){0,2}$/.test(text.slice(sentences[sj].start, p.start))) continue;
      if (p.rule === 'date.anaphoric-year' || /\b(?:in|during)\s+$/i.test(text.slice(Math.max(0, p.start - 8), p.start))) year = p;
    }
    if (year === undefined || year.value === d.value.slice(0, 4) || SCENE_BREAK.test(text.slice(year.end, d.start))) return d;
    return { ...d, value: year.value + d.value.slice(4), rule: 'date.scene-year' };
  };
  const settle = (upTo: number): void => {
    for (; k < dates.length && dates[k].start < upTo; k++) {
      const d = sceneYear(dates[k]);
      if (d.rule === 'date.year-in-context' && /^(?:spring|summer|autumn|fall|winter)$/i.test(text.slice(d.start, d.end)) && /\bthe\s$/i.test(text.slice(d.start - 4, d.start))) {
        const year = yearBefore(d.start, k);
        out.push(year === undefined ? d : { ...d, value: year, rule: 'date.anaphoric-year' });
      } else out.push(d);
    }
  };
  // "He moved to Leeds in 2004. “…,” he says. ¶ His first job … That winter, …": a sentence that opens
  // with the phrase, further back, takes the story's last stated year (no date of now since, 1,500 characters at most)
  const storyYearBefore = (at: number): string | undefined => {
    while (si + 1 < sentences.length && sentences[si].end <= at) si++;
    if (!/^[\s"“‘']*$/.test(text.slice(sentences[si].start, at))) return undefined;
    // ("Kestrel says a buyer came forward in December 2018. … That autumn, …" after "In the spring of
    // 2019 …": a year a speaker looks back to is the story's only when the story has told none later)
    let told: string | undefined;
    for (let j = out.length - 1; j >= 0 && at - out[j].end <= STORY_GAP; j--) {
      const p = out[j];
      if (NOW_RULES.has(p.rule) || p.rule.startsWith('date.relative')) return told;
      if (!/^\d{4}/.test(p.value) || !STATED_YEAR.test(text.slice(p.start, p.end)) || !isStoryDate(text, p)) continue;
      const year = p.value.slice(0, 4);
      const lead = text.slice(Math.max(0, p.start - 200), p.start);
      if (REPORTED_LEAD.test(lead.slice(Math.max(lead.lastIndexOf('\n'), lead.search(/[.!?]["”’]?\s+[^.!?]*$/)) + 1))) {
        told ??= year;
        continue;
      }
      return told !== undefined && told > year ? told : year;
    }
    return told;
  };
  for (const m of text.matchAll(THAT_YEAR)) {
    settle(m.index);
    const end = m.index + m[0].length;
    if (k < dates.length && dates[k].start < end) continue; // already a date
    const year = yearBefore(m.index, k) ?? storyYearBefore(m.index);
    if (year === undefined) continue;
    // "on August 9 that year", "in May that same year": one date, the day or month of that year
    const prev = out.at(-1);
    if (prev !== undefined && /year$/i.test(m[0]) && /^[ \t]+$/.test(text.slice(prev.end, m.index)) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(prev.value) && !STATED_YEAR.test(text.slice(prev.start, prev.end))) {
      out[out.length - 1] = { ...prev, end, value: year + prev.value.slice(4), rule: 'date.anaphoric-year' };
      continue;
    }
    out.push({ start: m.index, end, value: year, score: 0.6, rule: 'date.anaphoric-year' });
  }
  settle(Infinity);
  return out;
}

/** A reporting verb before a date in its sentence: what a speaker says happened, not the story's own telling. */
const REPORTED_LEAD = /\b(?:says|said|recalls|recalled|claims|claimed|told|according to)\b/i;

/** A chapter list of a recording: lines "0:00 Intro", "04:30 The dispute", ... starting at zero. */
const CHAPTER_LINE = /^[ \t]*(\d{1,2}:\d\d(?::\d\d)?)[ \t]+[^\s\d/].{0,70}$/gm;

/** Start offsets of the lines of a chapter list (a run of such lines, one of them at 0:00); once per page. */
function chapterLines(text: string): Set<number> {
  const out = new Set<number>();
  if (!/^[ \t]*0?0:00(?::00)?[ \t]/m.test(text)) return out;
  let run: number[] = [];
  let zero = false;
  let lastEnd = -2;
  const flush = (): void => {
    if (zero && run.length >= 2) for (const s of run) out.add(s);
    run = [];
    zero = false;
  };
  for (const m of text.matchAll(CHAPTER_LINE)) {
    const at = m.index ?? 0;
    // consecutive lines (blank lines between them allowed)
    if (!/^\s*$/.test(text.slice(Math.max(0, lastEnd), at))) flush();
    run.push(at + m[0].indexOf(m[1]));
    if (/^0?0:00(?::00)?$/.test(m[1])) zero = true;
    lastEnd = at + m[0].length;
  }
  flush();
  return out;
}

/**
 * A position in a recording, not a time of day: a transcript's "[00:02:46]", a player's
 * "00:00 / 48:12", an hour-less "00:mm:ss", or a line of a chapter list.
 */
function isMediaPosition(text: string, start: number, end: number, chapters: Set<number>): boolean {
  const t = text.slice(start, end);
  if (!/^\d{1,2}:\d\d(?::\d\d)?$/.test(t)) return false;
  if (/\[\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*\]/.test(text.slice(end, end + 2))) return true;
  if (/^\s*\/\s*\d{1,3}:\d\d/.test(text.slice(end, end + 12))) return true;
  if (/^0?0:\d\d:\d\d$/.test(t)) return true;
  return chapters.has(start);
}

/**
 * "closed for Monday and Tuesday", "from Friday to Sunday": weekdays that make one span run forward
 * from the first, whatever the tense of the clause (a Monday story that "closed the pools for
 * Monday and Tuesday" means tomorrow, not last Tuesday).
 */
function weekdaySeries(text: string, dates: DraftDate[]): DraftDate[] {
  for (let k = 1; k < dates.length; k++) {
    const a = dates[k - 1];
    const b = dates[k];
    if (a.rule !== 'date.weekday-by-tense' || b.rule !== 'date.weekday-by-tense' || !/^\d{4}-\d{2}-\d{2}$/.test(a.value) || !/^\d{4}-\d{2}-\d{2}/.test(b.value)) continue;
    const join = /^\s*(?:,\s*)?(and|or|to|through|thru|until|till|[-–—])\s*$/i.exec(text.slice(a.end, b.start));
    if (join === null) continue;
    // a list ("Monday and Tuesday") only when it is what something is for or spans; "met on Monday
    // and Friday" may list past days in any order
    if (/^(?:and|or)$/i.test(join[1]) && !/\b(?:for|between|from|over|both|across)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const wb = weekdayIndex(/(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b/i.exec(text.slice(b.start, b.end))?.[1] ?? '');
    if (wb < 0) continue;
    const [y, m, d] = a.value.split('-').map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    const next = new Date(day.getTime() + ((wb - day.getUTCDay() + 7) % 7) * 86400000);
    const value = isoDay(next);
    dates[k] = { ...b, value: value + b.value.slice(10) };
  }
  return dates;
}

/** The Monday of an ISO week value ("2026-W48"). */
function mondayOf(week: string): Date | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (m === null) return undefined;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  return new Date(jan4.getTime() + ((Number(m[2]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86400000);
}

/**
 * What a date says about the one right after it:
 * - "next week's Thanksgiving", "last year's Christmas": one date, the holiday in that week or year;
 * - "from August to December", "between November and March": the end of a range is not before its start;
 * - "next week's report, on Friday", "last week, on Tuesday": a weekday in the same clause as a
 *   named week is that week's day.
 */
function datePairs(text: string, dates: DraftDate[]): DraftDate[] {
  const out: DraftDate[] = [];
  for (const d of dates) {
    const a = out[out.length - 1];
    if (a === undefined) {
      out.push(d);
      continue;
    }
    const between = text.slice(a.end, d.start);
    const aText = text.slice(a.start, a.end);
    if (d.rule === 'date.holiday' && /^(?:date\.relative-(?:week|year))$/.test(a.rule) && /^['’]s\s+$/.test(/['’]s$/.test(aText) ? `'s${between}` : between)) {
      const name = text.slice(d.start, d.end);
      const day = a.rule === 'date.relative-year' ? holidayIn(name, Number(a.value)) : undefined;
      const value = a.rule === 'date.relative-year' ? (day === undefined ? undefined : `${a.value}-${pad(day.m)}-${pad(day.d)}`) : d.value;
      if (value !== undefined) {
        out[out.length - 1] = { ...d, start: a.start, value };
        continue;
      }
    }
    if (
      /^\s*(?:to|until|till|through|thru|and|[-–—])\s*$/i.test(between) &&
      /\b(?:from|between)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, a.start - 12), a.start)) &&
      (/^\d{4}-\d{2}$/.test(a.value) ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(d.value) &&
      a.value.length === d.value.length &&
      d.value < a.value &&
      !/\d{4}/.test(text.slice(d.start, d.end))
    ) {
      const y = Number(a.value.slice(0, 4));
      const v = `${pad(y, 4)}${d.value.slice(4)}`;
      out.push({ ...d, value: v >= a.value ? v : `${pad(y + 1, 4)}${d.value.slice(4)}` });
      continue;
    }
    const monday = a.rule === 'date.relative-week' && /\b(?:next|last|this)\s+week\b/i.test(aText) ? mondayOf(a.value) : undefined;
    if (monday !== undefined && d.rule === 'date.weekday-by-tense' && /^\d{4}-\d{2}-\d{2}/.test(d.value) && between.length <= 60 && !/[.!?;:\n]/.test(between) && !CLAUSE_BREAK.test(between)) {
      const [y, m, dd] = d.value.slice(0, 10).split('-').map(Number);
      const day = new Date(monday.getTime() + ((new Date(Date.UTC(y, m - 1, dd)).getUTCDay() + 6) % 7) * 86400000);
      out.push({ ...d, value: isoDay(day) + d.value.slice(10) });
      continue;
    }
    out.push(d);
  }
  return out;
}

/** A time of day with nothing naming its day ("at 4.30pm", "a 7.45pm kick-off"). */
function isBareTime(r: ParsedResult): boolean {
  const s = r.start;
  return s.isCertain('hour') && !s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month') && !/\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|ago|last|next|this)\b/i.test(r.text);
}

/** A time told again in GMT in brackets after it: "4:30 am (0230 GMT)". */
const GMT_PAIR = /^\s*\(\s*(\d{1,2})[:.]?(\d{2})\s*(?:GMT|UTC|Z)\s*\)/i;

/**
 * "a planned 6:00 pm (1600 GMT) close on Wednesday": a bare time of day (and its GMT twin) before a
 * day named just after it in the same clause is on that day.
 */
function timesBeforeNamedDays(text: string, dates: DraftDate[], bareTimes: Set<DraftDate>): DraftDate[] {
  if (bareTimes.size === 0) return dates;
  for (let k = dates.length - 2; k >= 0; k--) {
    const d = dates[k];
    if (!bareTimes.has(d)) continue;
    // skip the time's GMT twin: "6:00 pm (1600 GMT) close on Wednesday"
    const twin = GMT_PAIR.test(text.slice(d.end, d.end + 24)) && k + 2 < dates.length;
    const next = dates[twin ? k + 2 : k + 1];
    const day = /^\d{4}-\d{2}-\d{2}$/.exec(next.value);
    if (day === null || bareTimes.has(next) || next.start - d.end > 60) continue;
    if (!/\b(?:on|of)\s+$|^\s*$/i.test(text.slice(Math.max(d.end, next.start - 4), next.start)) && !NAMED_WEEKDAY.test(text.slice(next.start, next.end))) continue;
    const between = text.slice(d.end, next.start).replace(GMT_PAIR, '').replace(/^\)/, ''); // (the twin's own bracket)
    // (a sentence ending between them is a break too: "arrived around 10:50 p.m. with two engines. The blaze was out early Sunday")
    if (between.includes('\n') || CLAUSE_BREAK.test(between) || /[.!?]["”’]?\s+[A-Z]/.test(between) || /\b(?:until|till|by|before|after|since|to|from)\b/i.test(between)) continue;
    dates[k] = { ...d, value: day[0] + d.value.slice(10), rule: 'date.time-on-named-day' };
  }
  return dates;
}

/** A local time right before a GMT one in brackets: "3:30 p.m. (", "15:30 (". */
const LOCAL_BEFORE_GMT = /(?:^|[^\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?\s*\(\s*(\d{1,2})[:.]?(\d{2})\s*$/i;

/**
 * The zone of a page's local times, from the first one told again in GMT ("began at 3:30 p.m. (0630
 * GMT)": nine hours ahead); null when the page tells none. Reads only around each "GMT)" or "UTC)".
 */
function pageLocalZone(text: string): number | null {
  for (const tag of ['GMT)', 'UTC)']) {
    for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 4)) {
      const m = LOCAL_BEFORE_GMT.exec(text.slice(Math.max(0, at - 30), at));
      if (m === null || (m[2] === undefined && m[3] === undefined)) continue;
      const hour = m[3] === undefined ? Number(m[1]) : (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
      let diff = (hour * 60 + Number(m[2] ?? 0) - Number(m[4]) * 60 - Number(m[5]) + 1440) % 1440;
      if (diff > 14 * 60) diff -= 1440;
      if (diff % 15 === 0) return diff;
    }
  }
  return null;
}

/** "4:30 am (0230 GMT)": the local time's zone is its difference from the GMT time told beside it. */
function zonesFromGmtPairs(text: string, dates: DraftDate[]): DraftDate[] {
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    const local = /T(\d\d):(\d\d)$/.exec(d.value);
    if (local === null) continue;
    const pair = GMT_PAIR.exec(text.slice(d.end, d.end + 24));
    if (pair === null) continue;
    let diff = (Number(local[1]) * 60 + Number(local[2]) - Number(pair[1]) * 60 - Number(pair[2]) + 1440) % 1440;
    if (diff > 14 * 60) diff -= 1440;
    if (diff % 15 === 0) dates[k] = { ...d, value: d.value + zone(diff) };
  }
  return dates;
}

const NAMED_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** Words between a named day and a time that start another clause or event. */
const CLAUSE_BREAK = /\b(?:that|and|but|or|while|whereas|said|says|when|because|although|then)\b|[;:()"“”]/i;

/**
 * "Rovers host Milton on Sunday, with kick-off at 4.30pm": a bare time of day after a day
 * named earlier in the same clause (at most 150 characters back) is on that day, not the reference
 * day; so is one in the sentence after an event named by its day ("ahead of Friday's game. Kick-off
 * is at 7.45pm"). A day that ends a span ("through Friday") or a time in a new clause ("… and that
 * they left at 1:30 a.m.") keeps the reference day.
 */
function timesOnNamedDays(text: string, sentences: Range[], dates: DraftDate[], bareTimes: Set<DraftDate>): DraftDate[] {
  if (bareTimes.size === 0) return dates;
  let si = 0;
  return dates.map((d, k) => {
    if (!bareTimes.has(d) || k === 0) return d;
    while (si < sentences.length && sentences[si].end <= d.start) si++;
    const sentenceStart = si < sentences.length ? sentences[si].start : 0;
    const before = dates[k - 1];
    const day = /^\d{4}-\d{2}-\d{2}/.exec(before.value);
    // "completed the burn on Thursday, … the agency said. ¶ The firing began at 0902 GMT": a bare time
    // told in the past, in the sentence after one that names a past day by its weekday (with no
    // other day or time between), is on that day
    const onEventDay = (): DraftDate => {
      const own = sentences[si] as Range | undefined;
      if (own === undefined || si === 0) return d;
      for (let j = k - 1; j >= 0 && dates[j].start >= sentences[si - 1].start; j--) {
        const p = dates[j];
        if (bareTimes.has(p)) return d;
        const m = /^\d{4}-\d{2}-\d{2}/.exec(p.value);
        if (m === null) continue;
        if (p.start >= own.start || !NAMED_WEEKDAY.test(text.slice(p.start, p.end)) || m[0] >= d.value.slice(0, 10)) return d;
        // (not a new statement about another event: "Officers said the road reopened at 6 a.m.")
        // (nor a market's level "by 1400 GMT" or "as of 11:20 a.m.", told of the day of publication)
        if (/\b(?:said|says|told|announced)\b/i.test(text.slice(own.start, d.start)) || /\b(?:by|as\s+of)\s+$/i.test(text.slice(Math.max(0, d.start - 7), d.start)) || tenseAround(text, own.start, own.end, d.start, d.end) !== 'past') return d;
        return { ...d, value: m[0] + d.value.slice(10), rule: 'date.time-on-named-day' };
      }
      return d;
    };
    if (day === null || bareTimes.has(before) || d.value.startsWith(day[0]) || d.start - before.end > 150) return onEventDay();
    const between = text.slice(before.end, d.start);
    if (before.start >= sentenceStart) {
      // the same sentence and clause, and the day is when something happens, not a span's end
      if (CLAUSE_BREAK.test(between) || /\b(?:through|until|till|by|before|after|since|to)\s+$/i.test(text.slice(Math.max(0, before.start - 10), before.start))) return d;
    } else {
      // the sentence before, in the same paragraph, names an event by its day ("Friday's game")
      const previous = si > 0 ? sentences[si - 1] : undefined;
      if (previous === undefined || before.start < previous.start || between.includes('\n') || !/^['’]s\b/.test(text.slice(before.end, before.end + 3))) return onEventDay();
      // (unless the time's own sentence names a day after it)
      const next = dates[k + 1] as DraftDate | undefined;
      if (next !== undefined && next.start < (sentences[si]?.end ?? 0) && !bareTimes.has(next)) return d;
    }
    return { ...d, value: day[0] + d.value.slice(10), rule: 'date.time-on-named-day' };
  });
}

const PART_OF_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|this|last)\s+(morning|afternoon|evening|night)\b|\b(tonight)\b|\b(late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Whether an hour falls in a part of the day ("night" runs from 6 p.m. to 5 a.m.). */
function inPart(part: string, hour: number): boolean {
  switch (part.toLowerCase()) {
    case 'morning':
      return hour >= 5 && hour < 12;
    case 'afternoon':
      return hour >= 12 && hour < 18;
    case 'evening':
    case 'late':
      return hour >= 17;
    case 'early':
      return hour < 10;
    default:
      return hour >= 18 || hour < 5;
  }
}

/**
 * "a boy was shot … Tuesday night. … Officers were called … around 11:40 p.m.": a bare time of day
 * in a later sentence (at most 3,000 characters on, its sentence naming no other date) is on the
 * latest day named with a part of the day it falls in ("Tuesday night"), skipping a day named with
 * another part ("Thursday afternoon"), but not past a day named without one; after midnight, a
 * night's time is on the next day.
 */
function timesInNamedParts(text: string, sentences: Range[], dates: DraftDate[], bareTimes: Set<DraftDate>): DraftDate[] {
  if (bareTimes.size === 0) return dates;
  let si = 0;
  const out: DraftDate[] = [];
  const place = (d: DraftDate, k: number): DraftDate => {
    if (!bareTimes.has(d) || d.rule !== 'date.chrono') return d;
    const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}/.exec(d.value);
    if (time === null) return d;
    while (si < sentences.length && sentences[si].end <= d.start) si++;
    const sentence = sentences[si] as Range | undefined;
    // (the dates are in text order: only the neighbours can share the sentence)
    if (sentence === undefined || (k > 0 && dates[k - 1].end > sentence.start) || (k + 1 < dates.length && dates[k + 1].start < sentence.end)) return d;
    const hour = Number(time[2]);
    const seen: string[] = []; // the times between, as already placed
    for (let j = k - 1; j >= 0 && d.start - dates[j].end <= 3000; j--) {
      const p = out[j];
      if (p.end > sentence.start) continue;
      if (bareTimes.has(dates[j]) || p.rule === 'date.time-on-named-day') seen.push(p.value);
      // ("late Tuesday", "early Wednesday": the word before the span tells the part too)
      const named = PART_OF_DAY.exec(text.slice(Math.max(0, p.start - 6), p.end));
      const day = /^\d{4}-\d{2}-\d{2}/.exec(p.value);
      if (day === null) continue;
      // a day named without a part of it ("Saturday 24 January") moves the story on; a time does not
      if (named === null) {
        if (bareTimes.has(dates[j]) || p.value.length > 10) continue;
        return d;
      }
      const part = named[1] ?? named[3] ?? 'night';
      // "Sunday afternoon … the first call came at 3:15 p.m. … under control at 7:40 p.m.": a story
      // told from a day's morning or afternoon, once a time has been put on that day, goes on to its
      // later hours that day
      const later = (part.toLowerCase() === 'morning' && hour >= 5) || (part.toLowerCase() === 'afternoon' && hour >= 12);
      if (!inPart(part, hour) && !(later && seen.some((v) => v.startsWith(day[0]) && Number(v.slice(11, 13)) <= hour))) continue;
      const [y, m, dd] = day[0].split('-').map(Number);
      const on = new Date(Date.UTC(y, m - 1, dd + (part === 'night' && hour < 5 ? 1 : 0)));
      const value = isoDay(on);
      return value === time[1] ? d : { ...d, value: value + d.value.slice(10), rule: 'date.time-on-named-day' };
    }
    return d;
  };
  for (let k = 0; k < dates.length; k++) out.push(place(dates[k], k));
  return out;
}

const RANGE_JOIN = /\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b|[-–—])\s*/i;

/**
 * "from September to May", "June–August 2024": two dates, as the guidelines mark a range (each end
 * points at calendar time). A start that is no date on its own ("3 to 5 March") keeps the range
 * whole; a year stated only at the end ("June to August 2024") is lent to the start.
 */
function splitRanges(parser: Chrono, results: ParsedResult[], ref: Date, text: string): ParsedResult[] {
  lendYears(results, text);
  if (!results.some((r) => r.end !== null)) return results;
  const out: ParsedResult[] = [];
  for (const r of results) {
    const join = r.end === null ? null : RANGE_JOIN.exec(r.text);
    if (join === null || join.index === 0) {
      out.push(r);
      continue;
    }
    const head = r.text.slice(0, join.index);
    const tailAt = join.index + join[0].length;
    const tail = r.text.slice(tailAt);
    // "in the year to September 2025", "the three months to June": a stretch named by its end, which is the date
    if (/^(?:(?:in|for|over|during)\s+)?the\s+(?:(?:\w+|\d+)\s+)?(?:year|months?|weeks?|quarter)$/i.test(head.trim()) && /^\s*(?:to|through|until)\s*$/i.test(join[0])) {
      const only = parser.parse(tail, { instant: ref, timezone: 0 })[0];
      if (only !== undefined && only.index === 0) {
        Object.assign(only, { index: r.index + tailAt });
        out.push(only);
        continue;
      }
    }
    const year = /\b((?:1[6-9]|20)\d{2})\s*$/.exec(tail);
    const a = parser.parse(year !== null && !/\d{4}/.test(head) ? `${head} ${year[1]}` : head, { instant: ref, timezone: 0 })[0];
    // "tomorrow from 6am to 9pm": a time-only end is on the start's day
    const b = parser.parse(tail, { instant: a !== undefined ? a.start.date() : ref, timezone: 0 })[0];
    if (a === undefined || b === undefined || a.index !== 0 || a.text.length < head.trim().length || b.index !== 0) {
      out.push(r);
      continue;
    }
    // chrono's results are plain objects whose fields the types mark read-only
    Object.assign(a, { index: r.index, text: head.trimEnd() });
    Object.assign(b, { index: r.index + tailAt });
    out.push(a, b);
  }
  return out;
}

const SHIFTED = /\b(?:(a|one|two|three|four|five|six|seven|ten)\s+(year|month|week|fortnight|day)s?\s+(earlier|before|later)|the\s+(year|month)\s+(before|after)|that\s+(?:same\s+)?(month|week)|the\s+(following|next|previous|prior)\s+(year|month|week|spring|summer|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december)|(?:a|one)\s+(year)\s+ago)\b(?!\s+than\b)/gi;
/** What a period is compared with: "up from $2.18 a year ago", "than a year ago", "compared with 4.1% a year ago". */
const COMPARED_WITH = /\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|nearly|roughly|just|some)\s+)?(?:[$£€]?\d[\d.,]*\s?(?:%|per ?cent|percent|[mb]n|million|billion|cents?|p|pence)?\s+)?$/i;
const THAT_YEAR_AFTER = /^[ \t]+that\s+(?:same\s+)?year\b/i;
/** What may open a sentence before "Two years later", "the following March": "By", "In", "Then". */
const STORY_OPENER = /(?:^|\n|[.!?]["”’]?\s+)(?:(?:by|in|then,?|and|but)\s+)?$/i;
const STORY_GAP = 1500;
/** A date the story is at: not counted from now ("on Tuesday", "last week"), not a dateline alone on its line. */
function isStoryDate(text: string, d: DraftDate): boolean {
  if (NOW_RULES.has(d.rule) || d.rule.startsWith('date.relative')) return false;
  return text.slice(text.lastIndexOf('\n', d.start) + 1, d.start).trim() !== '' || !/^\s*(?:\n|$)/.test(text.slice(d.end, d.end + 4));
}
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

/**
 * "sales were 9% higher in August than a year earlier", "a loss of $96 million a year earlier":
 * the date told just before (same paragraph, at most 600 characters back), moved by the stated
 * years or months, as precise as that date. Without such a date the phrase is skipped.
 */
function shiftedFromEarlier(text: string, dates: DraftDate[]): DraftDate[] {
  const added: DraftDate[] = [];
  const replaced = new Set<DraftDate>();
  const re = SHIFTED;
  re.lastIndex = 0;
  let di = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (di < dates.length && dates[di].end <= start) di++;
    // "rose the next year", "the following month": chrono reads "next year" from publication; told
    // after a date, the phrase counts from that date ("in the next year", "over the next month" are stretches)
    const told = m[7] !== undefined && !(/^next$/i.test(m[7]) && /\b(?:in|over|within|during|for|throughout|into)\s+$/i.test(text.slice(Math.max(0, start - 12), start)));
    const inside: DraftDate[] = [];
    for (let k = di; k < dates.length && dates[k].start < end; k++) inside.push(dates[k]);
    // "jet fuel averaged $2.71 in October, up from $2.18 a year ago": compared with a period told
    // just before in the sentence, "a year ago" is that period a year back (else the year before publication)
    const ago = m[9] !== undefined && COMPARED_WITH.test(text.slice(Math.max(0, start - 40), start)) && inside.every((d) => d.rule === 'date.ago');
    if (m[9] !== undefined && !ago) continue;
    // ("the following January": chrono has read the month alone, from publication)
    const namedMonth = m[8] !== undefined && monthIndex(m[8]) > 0 ? monthIndex(m[8]) : 0;
    if (inside.length > 0 && !ago && !(told && inside.every((d) => d.start >= start && d.end <= end && (/^date\.relative/.test(d.rule) || (namedMonth > 0 && d.rule === 'date.month'))))) continue; // already a date here
    if (m[7] !== undefined && !told) continue;
    let back = di - 1;
    // ("on August 9 that year. … the following spring": the day's year is settled later, from the date before it)
    // (nor, past such a day, a financial year: its year is not the one "that year" names)
    let skipped = false;
    while (back > 0 && (THAT_YEAR_AFTER.test(text.slice(dates[back].end, dates[back].end + 20)) || (skipped && dates[back].value.includes('/')))) {
      skipped = true;
      back--;
    }
    // ("On June 4 OPEC+ agreed to cut output from August to December. A week earlier, …": days count from a day)
    if (/^(?:week|fortnight|day)$/i.test(m[2] ?? '')) while (back >= 0 && !/^\d{4}-\d{2}-\d{2}/.test(dates[back].value) && start - dates[back].end <= 600) back--;
    // "reported its third-quarter results on Wednesday. Revenue rose 38% from a year earlier": the
    // figure compared is the period's, not the day's; a period told before the day is the anchor
    // ("reported third-quarter revenue in October, up 19% from a year earlier": so is a quarter or half told
    // before the month of the report, in the same sentence)
    const reportMonth = back >= 0 && /^\d{4}-\d{2}$/.test(dates[back].value);
    if (/^year$/i.test(m[2] ?? '') && /^(?:earlier|before)$/i.test(m[3] ?? '') && back >= 0 && (reportMonth || /^\d{4}-\d{2}-\d{2}/.test(dates[back].value)) && COMPARED_WITH.test(text.slice(Math.max(0, start - 40), start))) {
      let p = back - 1;
      while (!reportMonth && p >= 0 && /^\d{4}-\d{2}-\d{2}/.test(dates[p].value) && start - dates[p].end <= 600) p--;
      if (p >= 0 && start - dates[p].end <= 600 && (reportMonth ? /^\d{4}-(?:Q[1-4]|H[12])$/ : /^\d{4}-(?:Q[1-4]|H[12]|\d{2})$/).test(dates[p].value) && !text.slice(dates[p].end, start).includes('\n') && !(reportMonth && /[.!?]\s/.test(text.slice(dates[p].end, start)))) back = p;
    }
    // (a date this pass has just added counts too: "The following year … the next year")
    const need = /^(?:week|fortnight|day)$/i.test(m[2] ?? m[6] ?? m[8] ?? '') ? /^\d{4}-\d{2}-\d{2}/ : /^month$/i.test(m[2] ?? m[4] ?? m[6] ?? m[8] ?? '') ? /^\d{4}-\d{2}/ : /^\d{4}/;
    const last = added.length > 0 ? added[added.length - 1] : undefined;
    const anchor = last !== undefined && need.test(last.value) && (back < 0 || last.start > dates[back].start || replaced.has(dates[back])) ? last : back >= 0 ? dates[back] : undefined;
    if (anchor === undefined) continue;
    // ("In the summer of 2011 … ¶ "…," he says. ¶ By the following April, …": a sentence that opens with
    // the phrase carries a story on over paragraphs, from its last date, when that is no date of now)
    const far = start - anchor.end > 600 || text.slice(anchor.end, start).includes('\n');
    if (far && !(start - anchor.end <= STORY_GAP && STORY_OPENER.test(text.slice(Math.max(0, start - 12), start)) && isStoryDate(text, anchor))) continue;
    if (ago) {
      // (a period of the same sentence, finer than a year: a month, quarter or half)
      if (!/^\d{4}-(?:\d{2}|Q[1-4]|H[12])$/.test(anchor.value) || /[.!?]\s/.test(text.slice(anchor.end, start))) continue;
      for (const d of inside) replaced.add(d);
    }
    // "two days before anything was public", "a year before the pandemic": before an event, not a date
    if (/^before$/i.test(m[3] ?? m[5] ?? '') && !/^\s*(?:[,.;:!?)—–"”]|$)/.test(text.slice(end, end + 2))) continue;
    const n = m[1] !== undefined ? COUNTS[m[1].toLowerCase()] : 1;
    const unit = (m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[9]).toLowerCase();
    if (m[6] !== undefined || m[7] !== undefined) {
      // "that week", "the following year", "the previous month": that unit of the date told, as precise as the unit
      const sign7 = m[7] === undefined ? 0 : /previous|prior/i.test(m[7]) ? -1 : 1;
      const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(anchor.value);
      if (a === null) continue;
      let to: string | undefined;
      if (unit === 'year') to = pad(Number(a[1]) + sign7, 4);
      else if (namedMonth > 0) {
        // "the following January", "the previous March": the first such month after (before) the date told
        const month = a[2] === undefined ? undefined : Number(a[2]);
        const same = month !== undefined && (sign7 > 0 ? namedMonth > month : namedMonth < month);
        to = `${pad(Number(a[1]) + (same ? 0 : sign7), 4)}-${pad(namedMonth)}`;
      } else if (unit in SEASON_MONTH) {
        // "the following spring", "the previous summer": the year of the next (or last) such season after (before) the date told
        const month = a[2] === undefined ? undefined : Number(a[2]);
        const middle = SEASON_MONTH[unit]; // (the season's middle month)
        const same = month !== undefined && (sign7 > 0 ? month < middle - 1 : month > middle + 1);
        to = pad(Number(a[1]) + (same ? 0 : sign7), 4);
      } else if (unit === 'month' && a[2] !== undefined) {
        const d = new Date(Date.UTC(Number(a[1]), Number(a[2]) - 1 + sign7, 1));
        to = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
      } else if (unit === 'week' && a[3] !== undefined) {
        const d = new Date(Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]) + 7 * sign7));
        to = isoWeek(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      }
      if (to === undefined) continue;
      for (const d of inside) replaced.add(d);
      added.push({ start, end, value: to, score: 0.6, rule: 'date.shifted-from-earlier' });
      continue;
    }
    const sign = ago || /earlier|before/i.test(m[3] ?? m[5]) ? -1 : 1;
    const v = /^(\d{4})(?:-(Q[1-4]|H[12]|W\d{2}|\d{2})(?:-(\d{2}))?)?/.exec(anchor.value);
    if (v === null) continue;
    let value: string | undefined;
    // "On Oct. 22 … A week earlier, …", "two days later": a day moved by days, from a day only
    if (unit === 'week' || unit === 'fortnight' || unit === 'day') {
      // (only where a clause starts with it: "start classes a week earlier" is how much earlier)
      const clauseStart = /(?:^|[.!?;:,—–(“"]|\b(?:and|but|then|only|just))\s*$/i.test(text.slice(Math.max(0, start - 8), start)) || /^\s*,/.test(text.slice(end, end + 2));
      if (v[3] === undefined || !clauseStart) continue;
      const day = new Date(Date.UTC(Number(v[1]), Number(v[2]) - 1, Number(v[3]) + sign * n * (unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 1)));
      added.push({ start, end, value: isoDay(day), score: 0.6, rule: 'date.shifted-from-earlier' });
      continue;
    }
    // a financial year ("2024-04/2025-03"): the whole interval moves
    const span = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(anchor.value);
    if (unit === 'year' && span !== null) value = `${pad(Number(span[1]) + sign * n, 4)}-${span[2]}/${pad(Number(span[3]) + sign * n, 4)}-${span[4]}`;
    // ("Two years later, the census …" opening a sentence moves a story on by years: the year, not the month told before)
    else if (unit === 'year' && /^later$/i.test(m[3] ?? '') && STORY_OPENER.test(text.slice(Math.max(0, start - 12), start))) value = pad(Number(v[1]) + sign * n, 4);
    else if (unit === 'year') value = `${pad(Number(v[1]) + sign * n, 4)}${anchor.value.slice(4, v[3] !== undefined ? 10 : v[0].length)}`;
    else if (v[2] !== undefined && /^\d{2}$/.test(v[2])) {
      const d = new Date(Date.UTC(Number(v[1]), Number(v[2]) - 1 + sign * n, 1));
      value = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
    }
    if (value === undefined || /-W/.test(value)) continue;
    added.push({ start, end, value, score: 0.6, rule: 'date.shifted-from-earlier' });
  }
  if (added.length === 0) return dates;
  return [...dates.filter((d) => !replaced.has(d)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * "Jan. 14, 2026 / 3:40 p.m. CST", "05 March 2025 | 10:02 IST": a date and the time beside it,
 * split by a bar or slash that chrono does not read through, are one date with its time; so are a
 * weekday and the month-first date after it ("Thursday, June 25").
 */
function joinDateAndTime(text: string, dates: DraftDate[]): DraftDate[] {
  const out: DraftDate[] = [];
  for (const d of dates) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(last.value) &&
      d.value.startsWith(`${last.value}T`) &&
      /^\s*[/|·•,–—-]\s*$/.test(text.slice(last.end, d.start))
    ) {
      out[out.length - 1] = { ...last, end: d.end, value: d.value };
      continue;
    }
    // "Thursday, June 25": a weekday and the date after it are one date, the stated date (chrono's
    // day-first reading sees two); if the two disagree, the explicit date wins
    // "11am on Thursday, June 12": so is a time on that weekday, with the stated date's day
    const timeOnWeekday = last !== undefined && /^(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(text.slice(last.start, last.end)) && /T\d\d:\d\d/.test(last.value);
    if (
      last !== undefined &&
      (/^date\.(?:weekday-by-tense|relative)$/.test(last.rule) || timeOnWeekday) &&
      (timeOnWeekday || /^(?:on\s+|(?:next|this|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(text.slice(last.start, last.end))) &&
      /^\d{4}-\d{2}-\d{2}/.test(d.value) &&
      (!timeOnWeekday || /^\d{4}-\d{2}-\d{2}$/.test(d.value)) &&
      (/^,?\s*$/.test(text.slice(last.end, d.start)) || (!timeOnWeekday && /^\s*\(\s*$/.test(text.slice(last.end, d.start)) && /^\s*\)/.test(text.slice(d.end, d.end + 3)))) &&
      !text.slice(last.end, d.start).includes('\n')
    ) {
      // "Sunday (March 9)", "next Friday (March 14)": two spans, the weekday on the stated date
      if (/^\s*\(\s*$/.test(text.slice(last.end, d.start))) {
        out[out.length - 1] = { ...last, value: d.value };
        out.push(d);
        continue;
      }
      // a stated date without its year is put in the year in which it falls on the weekday named
      // (the weekday's own reading is near the reference)
      const wd = weekdayIndex(/(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b/i.exec(text.slice(last.start, last.end))?.[1] ?? '');
      let value = d.value;
      if (wd >= 0 && !/\b\d{4}\b|['’]\d\d\b/.test(text.slice(d.start, d.end))) {
        const y = weekdayYear(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)), wd, new Date(`${last.value.slice(0, 10)}T12:00:00Z`));
        value = pad(y, 4) + value.slice(4);
      }
      out[out.length - 1] = timeOnWeekday ? { ...last, end: d.end, value: value + last.value.slice(10) } : { ...d, start: last.start, value };
      continue;
    }
    out.push(d);
  }
  return settleFromNeighbours(text, out);
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const PERIOD_AGAIN = /\bthe\s+(?:(?:corresponding|same|comparable|equivalent)\s+(period|quarter|month)\s+(?:(?:of|in)\s+)?((?:19|20)\d{2}|last year)|year[-\s](?:ago|earlier)\s+(period|quarter|month))\b/gi;
const MONTHS_ENDED = /\b(?:(three|six|3|6)[\s-]months?|quarter)\s+(?:ended|ending|to|through)\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/gi;
const PAGE_ZONE = /\b(AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|JST|HKT|SGT|GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/g;
/** Zones that are one place's standard and daylight time, told apart by the date. */
const ZONE_FAMILIES: Record<string, { family: string; standard: number; daylight: number }> = {
  AEST: { family: 'AU-E', standard: 600, daylight: 660 },
  AEDT: { family: 'AU-E', standard: 600, daylight: 660 },
  ACST: { family: 'AU-C', standard: 570, daylight: 630 },
  ACDT: { family: 'AU-C', standard: 570, daylight: 630 },
  NZST: { family: 'NZ', standard: 720, daylight: 780 },
  NZDT: { family: 'NZ', standard: 720, daylight: 780 },
};

/** A page's note of the zone its times are in: "AEST = Australian Eastern Standard Time …", "ACST is 9.5 hours ahead of GMT", "All times AEDT". */
const ZONE_LEGEND = /\b(?:AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|JST|HKT|SGT|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)(?:\s*=\s*[A-Z]|\s+is\s[^.\n]{0,60}\b(?:ahead\s+of|behind)\s+(?:GMT|UTC))|\b(?:all\s+)?times\s+(?:are\s+|shown\s+(?:are\s+)?|given\s+)?(?:in\s+)?(?:AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|JST|HKT|SGT|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/i;

/**
 * The one time zone a page names, if it says its times are in it (in its first 30,000 characters):
 * "AEDT" in the body and "AEST = … 10 hours ahead of GMT" in the footer are one place (GMT and UTC
 * only count when nothing else is named: they are the reference other zones are told against). A
 * zone named only in the body ("the match starts at 7.15pm AEDT") says nothing of the dateline's.
 */
function zoneFamily(text: string): { family: string; standard: number; daylight?: number } | null {
  const head = text.length > 30000 ? text.slice(0, 30000) : text;
  if (!ZONE_LEGEND.test(head)) return null;
  const found = new Map<string, { family: string; standard: number; daylight?: number }>();
  for (const z of head.matchAll(PAGE_ZONE)) found.set(ZONE_FAMILIES[z[1]]?.family ?? z[1], ZONE_FAMILIES[z[1]] ?? { family: z[1], standard: ZONE_MINUTES[z[1]] });
  if (found.size > 1) {
    found.delete('GMT');
    found.delete('UTC');
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
const DATELINE_LABEL = /^[ \t]*(?:first\s+)?(?:posted|published|updated|last\s+updated)\b[^\n]{0,12}$/i;

/**
 * What a date's neighbours settle:
 * - "payable on August 28, 2025, to shareholders on the register as at August 14": a date without its
 *   year, within 45 days of a date with one in the same sentence, is in the year that puts it nearest;
 * - "the corresponding period of 2024" after "the six months ended June 30" or "the first half of
 *   2025": the same part of that year (`2024-H1`); "the same quarter last year" after "the three
 *   months to June 30" (`2025-Q2`), "the same month last year" after "in January" (`2025-01`);
 * - "Posted Tue 4 Mar 2025 at 6:12am" on a page that names one time zone and says its times are
 *   in it ("AEST = Australian Eastern Standard Time …"): the dateline's time is in that zone.
 */
function settleFromNeighbours(text: string, dates: DraftDate[]): DraftDate[] {
  let out = dates;
  for (let k = 0; k < out.length; k++) {
    const d = out[k];
    const span = text.slice(d.start, d.end);
    if (!/^\d{4}-\d{2}-\d{2}/.test(d.value) || !MONTH_NAME.test(span) || /\d{4}|['’]\d\d\b/.test(span)) continue;
    for (const e of [out[k - 1], out[k + 1]]) {
      if (e === undefined || !/\b(?:1[6-9]|20)\d{2}\b/.test(text.slice(e.start, e.end)) || !/^\d{4}-\d{2}-\d{2}/.test(e.value)) continue;
      const between = text.slice(Math.min(d.end, e.end), Math.max(d.start, e.start));
      if (between.length > 200 || between.includes('\n') || /[.!?]["”’]?\s+[A-Z]/.test(between)) continue;
      const [ey, em, ed] = e.value.slice(0, 10).split('-').map(Number);
      const [, dm, dd] = d.value.slice(0, 10).split('-').map(Number);
      const anchor = Date.UTC(ey, em - 1, ed);
      const best = [ey - 1, ey, ey + 1].map((y) => ({ y, gap: Math.abs(Date.UTC(y, dm - 1, dd) - anchor) })).sort((a, b) => a.gap - b.gap)[0];
      if (best.gap <= 45 * 86400000 && best.y !== Number(d.value.slice(0, 4))) out[k] = { ...d, value: pad(best.y, 4) + d.value.slice(4) };
      break;
    }
  }
  const re = PERIOD_AGAIN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // the period: "the six months ended June 30" earlier in the sentence, else the latest half or quarter told before
    // ("the same quarter last year": "the three months to June 30" may be a sentence or two back;
    // "the same month last year": the month told just before, in the same sentence)
    // ("the year-ago quarter", "the year-earlier period": the same as "… last year")
    const unit = (m[1] ?? m[3]).toLowerCase();
    const back = text.slice(Math.max(0, start - 400), start);
    const cut = unit === 'quarter' ? -1 : Math.max(back.lastIndexOf('\n'), back.search(/[.!?]\s+[A-Z][^.!?]*$/));
    let period: string | undefined;
    let from: DraftDate | undefined;
    if (unit === 'month') {
      for (const e of out) {
        if (e.start >= start) break;
        if (/^\d{4}-\d{2}$/.test(e.value) && e.start >= start - back.length + cut + 1) from = e;
      }
      if (from !== undefined) period = from.value.slice(5);
    } else {
      for (const e of back.slice(cut + 1).matchAll(MONTHS_ENDED)) {
        const n = e[1] === undefined || /^(?:three|3)$/i.test(e[1]) ? 3 : 6; // ("the quarter ended Sept. 30")
        const month = monthIndex(e[2]);
        if (n === 3 && month % 3 === 0) period = `Q${month / 3}`;
        else if (n === 6 && month % 6 === 0 && unit === 'period') period = `H${month / 6}`;
        else continue;
        // its year: the date that ends the stretch ("June 30" → 2026)
        const at = start - back.length + cut + 1 + (e.index ?? 0) + e[0].length;
        from = out.find((d) => d.start <= at && d.end > at - e[2].length && /^\d{4}-\d{2}/.test(d.value));
      }
      if (period !== undefined && from !== undefined) from = { ...from, value: `${from.value.slice(0, 4)}-${period}` };
      for (const e of out) {
        if (period !== undefined || e.start >= start) break;
        if ((unit === 'quarter' ? /^\d{4}-Q[1-4]$/ : /^\d{4}-(?:H[12]|Q[1-4])$/).test(e.value) && start - e.end <= 1500) from = e;
      }
      if (period === undefined && from !== undefined) period = from.value.slice(5);
    }
    // (after "the year-ago quarter", "the same period last year" is that same quarter, not a year before it)
    const y = /^\d/.test(m[2] ?? '') ? Number(m[2]) : from !== undefined ? Number(from.value.slice(0, 4)) - (from.rule === 'date.corresponding-period' ? 0 : 1) : undefined;
    if (period === undefined || y === undefined) continue;
    const value: DraftDate = { start, end, value: `${pad(y, 4)}-${period}`, score: 0.75, rule: 'date.corresponding-period' };
    out = [...out.filter((e) => e.end <= start || e.start >= end), value].sort((a, b) => a.start - b.start);
  }
  let pageZone: { family: string; standard: number; daylight?: number } | null | undefined;
  for (let k = 0; k < out.length; k++) {
    const d = out[k];
    if (!/T\d\d:\d\d$/.test(d.value) || !DATELINE_LABEL.test(text.slice(text.lastIndexOf('\n', d.start - 1) + 1, d.start))) continue;
    if (pageZone === undefined) pageZone = zoneFamily(text); // (once, null included)
    if (pageZone === null) continue;
    // a southern family with daylight time: AEDT/NZDT from the first Sunday of October (NZ: the last
    // of September) to the first Sunday of April, by the dateline's own day
    const [y, m, day] = d.value.slice(0, 10).split('-').map(Number);
    const sunday = (month: number, from: number): number => from + ((7 - new Date(Date.UTC(y, month - 1, from)).getUTCDay()) % 7);
    const t = m * 100 + day;
    const summer = pageZone.daylight !== undefined && (t < 400 + sunday(4, 1) || t >= (pageZone.family === 'NZ' ? 900 + sunday(9, 24) : 1000 + sunday(10, 1)));
    out[k] = { ...d, value: d.value + zone(summer && pageZone.daylight !== undefined ? pageZone.daylight : pageZone.standard) };
  }
  return out;
}

/**
 * "between January and March 2023": the year stated at the end belongs to the first month too;
 * "between 9.30pm and 10.15pm on Sunday": so does the day, to a first time of day.
 */
function lendYears(results: ParsedResult[], text: string): void {
  for (let k = 0; k + 1 < results.length; k++) {
    const a = results[k];
    const b = results[k + 1];
    if (!/^\s*(?:and|to|until|till|through|[-–—])\s*$/i.test(text.slice(a.index + a.text.length, b.index))) continue;
    const assign = (k: string, v: number | null): void => {
      if (v !== null) (a.start as unknown as { assign: (k: string, v: number) => void }).assign(k, v);
    };
    // "between 9.30pm and 10.15pm on Sunday": the first time is on the second one's day
    const onlyTime = (r: ParsedResult): boolean => r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month');
    if (onlyTime(a) && !onlyTime(b) && (b.start.isCertain('day') || b.start.isCertain('weekday'))) {
      assign('year', b.start.get('year'));
      assign('month', b.start.get('month'));
      assign('day', b.start.get('day'));
      continue;
    }
    if (a.start.isCertain('year') || !a.start.isCertain('month') || !b.start.isCertain('year')) continue;
    assign('year', b.start.get('year'));
  }
}

/** A clock time alone ("11:30", "9.15pm"), its a.m./p.m. if stated. */
const BARE_CLOCK = /^(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*([ap])\.?m\.?)?|\d{1,2}\s*([ap])\.?m\.?)$/i;

/** "the next morning", "the following day", "that evening", "the previous night". */
const ANCHORED = /\b(?:(?:later|earlier)\s+)?(?:the\s+(next|following|previous|prior|same)|(that))\s+(day|morning|afternoon|evening|night|session)\b/gi;

/**
 * Phrases that count from a date told earlier in the same paragraph ("On 3 March … The next
 * morning …", at most 2,000 characters back) or near the end of the paragraph before: that day
 * plus or minus one. Without such a date they are skipped.
 */
function anchoredRelatives(text: string, sentences: Range[], dates: DraftDate[]): DraftDate[] {
  const added: DraftDate[] = [];
  const replaced = new Set<DraftDate>();
  let di = 0;
  let anchor: DraftDate | undefined;
  for (const sentence of sentences) {
    if (sentence.end - sentence.start > 5000) continue;
    const re = ANCHORED;
    re.lastIndex = 0;
    const seg = text.slice(sentence.start, sentence.end);
    for (let m = re.exec(seg); m !== null; m = re.exec(seg)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      // the latest day-precise date before the phrase, in the same paragraph
      // ("By 11:30 that night": a bare time right before the phrase is the phrase's own, no anchor)
      let own: DraftDate | undefined;
      while (di < dates.length && dates[di].start < start) {
        // (and "at 2 a.m. that night": the abbreviation's stop, trimmed off the time, before a phrase in lower case)
        if (dates[di].end <= start && (/^\s*$/.test(text.slice(dates[di].end, start)) || (/^\.\s+$/.test(text.slice(dates[di].end, start)) && /m$/i.test(text.slice(dates[di].start, dates[di].end)) && /^[a-z]/.test(m[0]))) && BARE_CLOCK.test(text.slice(dates[di].start, dates[di].end))) own = dates[di];
        else if (/^\d{4}-\d{2}-\d{2}/.test(dates[di].value)) anchor = dates[di];
        di++;
      }
      if (/^\s+(?:of|before|after)\b/i.test(text.slice(end, end + 8))) continue; // "the next day of talks", "the day before the vote"
      // chrono reads "next day" from the publication date; inside this phrase the anchor wins
      const inside: DraftDate[] = [];
      if (di > 0 && dates[di - 1].end > start) inside.push(dates[di - 1]);
      for (let k = di; k < dates.length && dates[k].start < end; k++) inside.push(dates[k]);
      if (inside.some((d) => d.rule !== 'date.relative' || d.start < start || d.end > end)) continue;
      const lastDay = added.length > 0 && (anchor === undefined || added[added.length - 1].start > anchor.start) ? added[added.length - 1] : anchor;
      if (lastDay === undefined || start - lastDay.end > 2000) continue;
      // (in the same paragraph, or the paragraph just before when it is near: "… went up on 14 June.
      // ¶ 'I walked down the next day,' she says")
      const gap = text.slice(lastDay.end, start);
      if (gap.includes('\n') && (gap.length > 400 || gap.split('\n').slice(1, -1).some((line) => line.trim() !== ''))) continue;
      const [y, mo, d] = lastDay.value.slice(0, 10).split('-').map(Number);
      const shift = m[1] === undefined ? 0 : /next|following/i.test(m[1]) ? 1 : /previous|prior/i.test(m[1]) ? -1 : 0;
      const day = new Date(Date.UTC(y, mo - 1, d + shift));
      for (const d of inside) replaced.add(d);
      if (own !== undefined && /T\d\d:\d\d/.test(own.value)) {
        // "11:30 that night": the time on the day told, in the evening when no a.m./p.m. says otherwise
        replaced.add(own);
        const clock = BARE_CLOCK.exec(text.slice(own.start, own.end));
        const hour = Number(own.value.slice(11, 13)) + ((clock?.[1] ?? clock?.[2]) === undefined && /night|evening|afternoon/i.test(m[3]) && Number(own.value.slice(11, 13)) < 12 && Number(own.value.slice(11, 13)) >= (/afternoon/i.test(m[3]) ? 1 : 5) ? 12 : 0);
        // ("1:30 that night", "2 a.m. that night": the small hours of that night are the next day)
        const small = hour < 5 && /night|evening/i.test(m[3]) ? 1 : 0;
        added.push({ start: own.start, end, value: `${isoDay(new Date(day.getTime() + small * 86400000))}T${pad(hour)}${own.value.slice(13, 16)}`, score: 0.7, rule: 'date.anchored-relative' });
        continue;
      }
      added.push({ start, end, value: isoDay(day), score: 0.7, rule: 'date.anchored-relative' });
    }
  }
  if (added.length === 0) return dates;
  return [...dates.filter((d) => !replaced.has(d)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The tense of a date's clause, worked out on first asking (a class, not a closure: one is made for
 * every date chrono finds).
 */
class ClauseTense {
  private tense: Tense | undefined;
  constructor(
    private readonly text: string,
    private readonly sentence: Range,
    private readonly r: ParsedResult,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get(): Tense {
    this.tense ??= clauseTense(this.text, this.sentence, this.r, this.start, this.end);
    return this.tense;
  }
}

/** The tense of a date's clause, with the corrections for dates set, put off, compared or due by then. */
function clauseTense(text: string, sentence: Range, r: ParsedResult, start: number, end: number): Tense {
  // "updated on Thursday": an update comes after publication, so its weekday is the nearest
  // one on or after the reference, whatever the tense of "was updated"
  const updated = /\b(?:updated|corrected|amended)\s*:?\s*(?:on\s+)?$/i.test(text.slice(Math.max(sentence.start, start - 30), start));
  let tense: Tense = updated ? 'future' : tenseAround(text, sentence.start, sentence.end, start, end);
  // "price in more cuts by the end of June", "raised its forecast to 89 pence by the end of the
  // first quarter": a deadline looks ahead (unless a past clause tells what had happened by then)
  // "shares were flat ahead of the Fed's Dec. 16 decision": what comes before or ahead of is not
  // in the past of the clause's verb; the nearest such day
  // "the case has been set down for hearing on November 26", "was adjourned until …": a date set
  // by a past act lies after it; the past tense alone does not move it back a year
  if (tense === 'past' && !/\d{4}/.test(r.text) && SCHEDULED_FOR.test(text.slice(Math.max(sentence.start, start - 80), start) + (/^(?:on|for|to|until|till)\s/i.exec(r.text)?.[0] ?? ''))) tense = 'unknown';
  // "a total fire ban has been declared for Tuesday", "a strike called for Friday": a day a past act is for, not when it happened (unless it "had" been)
  if (tense === 'past' && !/\d/.test(r.text) && !/^['’]s\b/.test(text.slice(end, end + 3)) && DECLARED_FOR.test(text.slice(Math.max(sentence.start, start - 80), start) + (/^for\s/i.exec(r.text)?.[0] ?? '')) && !/\bhad\b/i.test(text.slice(Math.max(sentence.start, start - 80), start))) tense = 'unknown';
  if (tense === 'past' && /^\s+[a-z]/.test(text.slice(end, end + 3)) && AHEAD_OF.test(text.slice(Math.max(sentence.start, start - 60), start))) tense = 'unknown';
  if (tense !== 'past' && !/\d{4}/.test(r.text) && FROM_LEVEL.test(text.slice(Math.max(sentence.start, start - 40), start)) && !/^\s+to\b/i.test(text.slice(end, end + 4))) tense = 'past';
  if (tense !== 'future' && BY_DEADLINE.test(text.slice(Math.max(sentence.start, start - 30), start)) && (tense === 'unknown' || FORECAST_WORD.test(text.slice(Math.max(sentence.start, start - 120), start)))) tense = 'future';
  return tense;
}

function candidateWindows(text: string, sentence: Range): Range[] {
  const windows: Range[] = [];
  const re = TRIGGER;
  re.lastIndex = 0;
  // search the sentence alone: searching the text from the sentence on would scan ahead to the next
  // trigger, anywhere in the article, for every sentence without one (quadratic on a long transcript)
  const seg = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(seg); m !== null; m = re.exec(seg)) {
    const at = sentence.start + m.index;
    let a = Math.max(sentence.start, at - WINDOW);
    let b = Math.min(sentence.end, at + m[0].length + WINDOW);
    while (a > sentence.start && /\S/.test(text[a - 1])) a--;
    while (b < sentence.end && /\S/.test(text[b])) b++;
    const last = windows[windows.length - 1];
    // Merge overlapping windows, but never past MAX_WINDOW: chrono's refiners look back over the
    // whole window for each result, so one giant window (a long line dense with dates) is quadratic.
    // A fresh window starts WINDOW before its trigger, overlapping the last; dedupe() drops repeats.
    if (last !== undefined && a <= last.end && b - last.start <= MAX_WINDOW) last.end = Math.max(last.end, b);
    else windows.push({ start: a, end: b });
  }
  return windows;
}

function dedupe(dates: DraftDate[]): DraftDate[] {
  dates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DraftDate[] = [];
  for (const d of dates) {
    const last = out[out.length - 1];
    if (last !== undefined && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

function isoWeek(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const dow = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - dow + 3); // Thursday of the week
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86400000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

/** Rules whose month or day a stated year would otherwise be guessed for by tense alone. */
const NEAR_YEAR_RULES = new Set(['date.month', 'date.chrono', 'date.month-day', 'date.month-part']);
/** A budget word and a sum of money near a bare "2027-28": a financial year, on any page. */
const BUDGET_WORD = /\b(?:budgets?|spending|funding|allocations?|grants?|deficit|revenues?|expenditure|appropriations?)\b/i;
const MONEY_SUM = /[£$€¥₹]\s?\d|\b\d[\d.,]*\s?(?:bn|billion|m|million|crore|lakh)\b/i;
function budgetAround(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  return BUDGET_WORD.test(s) && MONEY_SUM.test(s);
}

/** "until", "by the end of": the date is a deadline or a wait's end. */
const UNTIL_BEFORE = /\b(?:until|till|by|before)\s+(?:the\s+(?:end|start|middle|beginning)\s+of\s+)?$/i;
/** "a hike in", "a": an event told of, not one told (then "a December hike"). */
const AHEAD_EVENT = /\b(?:an?\s+[a-z]+\s+(?:in|for)|an?)\s+$/i;
/** "if no payment was made by", "unless … until": a condition with a deadline still to come. */
const CONDITION = /\b(?:if|unless|or else|otherwise)\b/i;
/** "than the board expected in", "the sum due by the end of": the only sign of a future, right before the month. */
const EXPECTED_OR_DUE = /\b(?:expected|due)\s+(?:[a-z]+\s+){0,4}$/i;
/** The month is the subject of a present tense: "December is neither ruled in nor out". */
const PRESENT_AFTER = /^\s+(?:is|remains|looks|seems)\s+(?!(?:\w+\s+)?(?:over|gone|behind)\b)/i;
/** "waiting until January, when the bank publishes its forecasts": what the month will bring, in the present. */
const WHEN_PRESENT_AFTER = /^,?\s+when\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|publishes|meets|holds|releases|opens|starts|begins|takes|reports|updates|sets|reviews)\b/i;
/** "March this year", "May of next year": the year is said after the month. */
const YEAR_AFTER = /^\s+(?:of\s+)?(?:this|last|next)\s+year\b/i;

/**
 * A year-less month or day near the reference, read against its tense. A past clause about an event
 * told of in a month that starts within six weeks after the reference ("offered no signal of a hike in
 * December", "saw a chance of a December hike") or a deadline in a condition ("if no plan was tabled
 * by 4 December", "unless paid by January", "to wait until January, when the bank publishes …") or a
 * month told in the present ("December is not ruled out") on a 20 November page means the coming one: a year-less
 * month is, in news style, one of the current year, and last year's would be almost a year back (a
 * story told in the past, "recorded from December 3", keeps last year's). The month just over or the
 * current one read as future only from "expected" or "due" right before it ("better than the board
 * expected in October", "the sum due by the end of October" in November) is that one, not the same
 * month eleven months on: those words are as often a past tense or an adjective.
 */
function nearYear(value: string, ref: Date, tense: Tense, before: string, after: string): string {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = value.length > 7 ? Number(value.slice(8, 10)) : undefined;
  const ry = ref.getUTCFullYear();
  const rm = ref.getUTCMonth() + 1;
  const refDay = Date.UTC(ry, rm - 1, ref.getUTCDate());
  let year = y;
  if (tense === 'past') {
    const fy = m > rm || (m === rm && d !== undefined && d > ref.getUTCDate()) ? ry : m < rm ? ry + 1 : y;
    const days = (Date.UTC(fy, m - 1, d ?? 1) - refDay) / 86400000;
    const told = AHEAD_EVENT.test(before) || PRESENT_AFTER.test(after) || (UNTIL_BEFORE.test(before) && (CONDITION.test(before) || WHEN_PRESENT_AFTER.test(after)));
    if (fy > y && days > 0 && days <= 45 && told && (fy === ry || UNTIL_BEFORE.test(before))) year = fy;
  } else if (tense === 'future' && d === undefined && (rm - m + 12) % 12 <= 1 && EXPECTED_OR_DUE.test(before)) {
    year = m <= rm ? ry : ry - 1;
  }
  return year === y ? value : `${pad(year, 4)}${value.slice(4)}`;
}

/** Moves a date without a stated year into the past or future by tense, allowing `slackDays` the other way. */
function shiftYear(y: number, m: number, d: number, ref: Date, tense: Tense, slackDays = 1): number {
  const t = Date.UTC(y, m - 1, d);
  const r = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  if (tense === 'past' && t > r + slackDays * 86400000) return y - 1;
  if (tense === 'future' && t < r - slackDays * 86400000) return y + 1;
  return y;
}

/** The year (of the three around the reference) in which day `d` of month `m` falls on `weekday`, nearest the reference; else `y`. */
function weekdayYear(y: number, m: number, d: number, weekday: number, ref: Date): number {
  const on = (year: number): boolean => new Date(Date.UTC(year, m - 1, d)).getUTCDay() === weekday;
  if (on(y)) return y;
  const r = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  let best = y;
  for (const c of [ref.getUTCFullYear() - 1, ref.getUTCFullYear(), ref.getUTCFullYear() + 1]) {
    if (on(c) && (best === y || Math.abs(Date.UTC(c, m - 1, d) - r) < Math.abs(Date.UTC(best, m - 1, d) - r))) best = c;
  }
  return best;
}

interface Value {
  value: string;
  score: number;
  rule: string;
}

type Components = ParsedResult['start'];
/** Whether chrono read a component of the date (not implied). */
const has = (s: Components, c: Parameters<Components['isCertain']>[0]): boolean => s.isCertain(c);
/** A component of the date, read or implied (0 when neither). */
const get = (s: Components, c: Parameters<Components['get']>[0]): number => s.get(c) ?? 0;

function isoValue(r: ParsedResult, tags: Set<string>, ref: Date, clause: { get: () => Tense }, refKnown: boolean, refTimed: boolean, fy?: { month: number; country?: string }, localAhead = 0): Value | undefined {
  const s = r.start;
  // (has and get are functions of the module: closures made here would be made, and named, for every date)
  if (tags.has('custom/fiscal') && fy !== undefined) {
    // an interval of months (`2024-07/2025-06`); a financial year that is the calendar year is that year
    let first = get(s, 'year');
    if (!tags.has('custom/fiscal-span')) {
      if (!refKnown) return undefined;
      const shift = tags.has('custom/fiscal-1') ? -1 : tags.has('custom/fiscal1') ? 1 : 0;
      first = (ref.getUTCMonth() + 1 >= fy.month ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1) + shift;
    }
    const value = fy.month === 1 ? pad(first, 4) : `${pad(first, 4)}-${pad(fy.month)}/${pad(first + 1, 4)}-${pad(fy.month - 1)}`;
    return { value, score: fy.country !== undefined ? 0.8 : 0.5, rule: 'date.financial-year' };
  }
  if (tags.has('custom/fiscal-quarter')) {
    // "Q2 FY27" on an Indian page (the year from April 2026): July-September 2026, the calendar quarter `2026-Q3`
    const q = Math.floor((get(s, 'month') - 1) / 3);
    if (fy === undefined || fy.month === 1 || !FY_LABEL_COUNTRIES.has(fy.country ?? '')) return { value: `${pad(get(s, 'year'), 4)}-Q${q + 1}`, score: 0.6, rule: 'date.fiscal-quarter' };
    const first = get(s, 'year') * 12 - 12 + fy.month - 1 + q * 3;
    return { value: `${pad(Math.floor(first / 12), 4)}-Q${Math.floor((first % 12) / 3) + 1}`, score: 0.8, rule: 'date.fiscal-quarter' };
  }
  if (tags.has('custom/fiscal-label')) {
    // "FY27" on an Australian or Indian page: the months of the year that ends in 2027 (`2026-07/2027-06`)
    if (fy !== undefined && fy.month !== 1 && FY_LABEL_COUNTRIES.has(fy.country ?? '')) {
      return { value: `${pad(get(s, 'year') - 1, 4)}-${pad(fy.month)}/${pad(get(s, 'year'), 4)}-${pad(fy.month - 1)}`, score: 0.8, rule: 'date.fiscal-label' };
    }
    return { value: pad(get(s, 'year'), 4), score: 0.8, rule: 'date.fiscal-label' };
  }
  if (tags.has('custom/year-range')) {
    // "the 2028-2034 budget period": the first year and the last (carried by a tag)
    for (const t of tags) if (t.startsWith('custom/year-range-')) return { value: `${pad(get(s, 'year'), 4)}/${t.slice(18)}`, score: 0.8, rule: 'date.year-range' };
  }
  if (tags.has('custom/year-span')) return { value: `${pad(get(s, 'year'), 4)}/${pad(get(s, 'year') + 1, 4)}`, score: 0.8, rule: 'date.year-span' };
  if (tags.has('custom/half')) {
    const y = has(s, 'year') ? get(s, 'year') : shiftYear(get(s, 'year'), get(s, 'month') + 5, 28, ref, clause.get());
    return { value: `${pad(y, 4)}-H${get(s, 'month') > 6 ? 2 : 1}`, score: refKnown || has(s, 'year') ? 0.85 : 0.5, rule: 'date.half-year' };
  }
  if (tags.has('custom/year')) return { value: pad(get(s, 'year'), 4), score: 0.8, rule: 'date.year-in-context' };
  if (tags.has('custom/decade')) return { value: pad(get(s, 'year'), 4).slice(0, 3), score: 0.75, rule: 'date.decade' };
  if (tags.has('custom/quarter')) {
    // (told in the past, a quarter already begun is this year's: "for the December quarter, it said …" in November)
    const y = has(s, 'year') ? get(s, 'year') : clause.get() === 'past' ? shiftYear(get(s, 'year'), get(s, 'month'), 1, ref, clause.get()) : shiftYear(get(s, 'year'), get(s, 'month') + 2, 28, ref, clause.get());
    return { value: `${pad(y, 4)}-Q${Math.floor((get(s, 'month') - 1) / 3) + 1}`, score: refKnown || has(s, 'year') ? 0.85 : 0.5, rule: 'date.quarter' };
  }
  if (tags.has('custom/weekend')) {
    // the weekend just gone (a Saturday or Sunday reference is in it) or the coming one, as its week
    const t = tags.has('custom/weekend-past') ? 'past' : tags.has('custom/weekend-ahead') ? 'future' : clause.get();
    if (!refKnown || t === 'unknown') return undefined;
    const dow = ref.getUTCDay();
    const saturday = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + (t === 'past' ? -((dow + 1) % 7) : (6 - dow + 7) % 7)));
    return { value: isoWeek(saturday.getUTCFullYear(), saturday.getUTCMonth() + 1, saturday.getUTCDate()), score: 0.75, rule: 'date.weekend' };
  }
  // "Thanksgiving next week": the week only says which Thanksgiving, the nearest one
  if (tags.has('custom/holiday') && tags.has('custom/unit-week')) return { value: `${pad(get(s, 'year'), 4)}-${pad(get(s, 'month'))}-${pad(get(s, 'day'))}`, score: 0.8, rule: 'date.holiday' };
  if (tags.has('custom/ordinal-day')) {
    // "arrive on the 26th" (said on the 20th): this month; said ahead of a day already past, next month;
    // told in the past of a day still to come, last month
    if (!refKnown) return undefined;
    const day = get(s, 'day');
    const shift = clause.get() === 'future' && day < ref.getUTCDate() ? 1 : clause.get() === 'past' && day > ref.getUTCDate() ? -1 : 0;
    const at = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day));
    if (at.getUTCDate() !== day) return undefined; // "the 31st" of a 30-day month
    return { value: isoDay(at), score: 0.7, rule: 'date.ordinal-day' };
  }
  if (tags.has('custom/unit-week')) return refKnown ? { value: isoWeek(get(s, 'year'), get(s, 'month'), get(s, 'day')), score: 0.85, rule: 'date.relative-week' } : undefined;
  if (tags.has('custom/unit-month')) return refKnown ? { value: `${pad(get(s, 'year'), 4)}-${pad(get(s, 'month'))}`, score: 0.85, rule: 'date.relative-month' } : undefined;
  if (tags.has('custom/unit-year')) return refKnown ? { value: pad(get(s, 'year'), 4), score: 0.85, rule: 'date.relative-year' } : undefined;
  if (tags.has('custom/month-part')) {
    const y = has(s, 'year') ? get(s, 'year') : shiftYear(get(s, 'year'), get(s, 'month'), 15, ref, clause.get());
    return { value: `${pad(y, 4)}-${pad(get(s, 'month'))}`, score: 0.85, rule: 'date.month-part' };
  }
  if (tags.has('custom/holiday')) {
    let y = get(s, 'year');
    // "hired staff ahead of Christmas": the action is past, the holiday may still be to come
    // (and "will reopen after Easter" may follow an Easter just gone); allow some weeks that way
    const lenient = (clause.get() === 'past' && tags.has('custom/holiday-before')) || (clause.get() === 'future' && tags.has('custom/holiday-after'));
    if (clause.get() !== 'unknown' && !tags.has('custom/holiday-lunar')) y = shiftYear(y, get(s, 'month'), get(s, 'day'), ref, clause.get(), lenient ? 60 : 1);
    // a moveable feast moved to another year falls on another day ("after Easter" next year)
    const day = y !== get(s, 'year') ? holidayIn(r.text, y) : undefined;
    const value = `${pad(y, 4)}-${pad(day?.m ?? get(s, 'month'))}-${pad(day?.d ?? get(s, 'day'))}`;
    // "Memorial Day weekend": Saturday to the Monday holiday; "Thanksgiving weekend": Thursday to Sunday
    if (tags.has('custom/holiday-weekend')) {
      const at = new Date(`${value}T00:00:00Z`);
      const span = ({ 1: [-2, 0], 4: [0, 3], 5: [0, 2], 6: [0, 1], 0: [-1, 0] } as Record<number, [number, number]>)[at.getUTCDay()];
      if (span !== undefined) return { value: `${isoDay(new Date(at.getTime() + span[0] * 86400000))}/${isoDay(new Date(at.getTime() + span[1] * 86400000))}`, score: 0.75, rule: 'date.holiday' };
    }
    // "6am on Christmas Eve", "New Year's Eve at 9pm": the holiday with its stated time of day
    const clock = has(s, 'hour') && /\d\s*[ap]\.?m\b|\d[:.]\d\d|o['’]clock|\bnoon\b|\bmidnight\b/i.test(r.text) ? `T${pad(get(s, 'hour'))}:${pad(get(s, 'minute'))}${has(s, 'timezoneOffset') ? zone(get(s, 'timezoneOffset')) : ''}` : '';
    return { value: value + clock, score: 0.8, rule: 'date.holiday' };
  }
  let y = get(s, 'year');
  let m = get(s, 'month');
  let d = get(s, 'day');
  // "Oct 21", "Nov. 14": in news a month with a small number is a day, not a two-digit year
  // (also before or after a time: "April 11 at 1:30 p.m.", "Nov. 5, 10:15 p.m.", "at 6 p.m. Nov. 24",
  // "6pm on Nov 24" — no year follows the day)
  const md = /^(?<time>(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+(?:ET|CT|MT|PT|[ECMP][SD]T|GMT|UTC|BST))?,?\s+(?:on\s+)?)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\w:.])(?!,?\s*(?:(?:1[6-9]|20)\d{2}|['’]\d{2})\b)(.*)$/is.exec(r.text.trim());
  let rule = 'date.chrono';
  let score = 0.9;
  let monthDay = false;
  if (md !== null && refKnown) {
    d = Number(md[3]);
    // ("May 3 last year" states its year in words)
    y = has(s, 'year') && /^\s*,?\s*(?:of\s+)?(?:last|next) year\b/i.test(md[4]) ? get(s, 'year') : shiftYear(ref.getUTCFullYear(), m, d, ref, clause.get());
    if (md[4].trim() === '' && md.groups?.time === undefined) return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, score: 0.85, rule: 'date.month-day' };
    monthDay = true;
    rule = 'date.month-day';
    score = 0.85;
  }
  const relative = tags.has('result/relativeDate') || /\b(ago|yesterday|today|tomorrow|tonight|last|next|this)\b/i.test(r.text);
  if (monthDay) {
    // day and year already settled above; only the time is still to add
  } else if (has(s, 'weekday') && !has(s, 'day') && !relative) {
    // resolve a bare weekday by tense: past → most recent such day, future → the next one
    if (!refKnown) return undefined;
    const wd = get(s, 'weekday');
    const refDow = ref.getUTCDay();
    const base = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    let delta: number;
    if (clause.get() === 'future') delta = (wd - refDow + 7) % 7;
    else if (clause.get() === 'past') delta = -((refDow - wd + 7) % 7);
    else {
      const fwd = (wd - refDow + 7) % 7;
      delta = fwd <= 3 && fwd !== 0 ? fwd : -((refDow - wd + 7) % 7);
      if (fwd === 0) delta = 0;
    }
    const date = new Date(base + delta * 86400000);
    y = date.getUTCFullYear();
    m = date.getUTCMonth() + 1;
    d = date.getUTCDate();
    rule = 'date.weekday-by-tense';
    score = 0.8;
  } else if (!has(s, 'year') && (has(s, 'month') || has(s, 'day')) && !relative) {
    if (!refKnown && !has(s, 'year')) score = 0.6;
    // (told in the past, a month already begun is this year's: "one loss in November" on 9 November)
    y = shiftYear(y, m, has(s, 'day') ? d : clause.get() === 'past' ? 1 : 15, ref, clause.get());
    // "Tuesday, September 22": the stated weekday tells the year, whatever the tense
    if (has(s, 'day') && has(s, 'weekday') && refKnown) y = weekdayYear(y, m, d, get(s, 'weekday'), ref);
    rule = has(s, 'day') ? 'date.chrono' : 'date.month';
  } else if (relative) {
    if (!refKnown) return undefined;
    const unit = /\b(week(?:end)?|month|year)\b/i.exec(r.text);
    if (unit !== null && !/\bago\b/i.test(r.text) && (!has(s, 'day') || /^week/i.test(unit[1]))) {
      const u = unit[1].toLowerCase();
      if (u === 'year') return { value: pad(y, 4), score: 0.85, rule: 'date.relative-year' };
      if (u === 'month') return { value: `${pad(y, 4)}-${pad(m)}`, score: 0.85, rule: 'date.relative-month' };
      // "Thursday next week", "Tuesday last week": the named week's day (counted from the reference's Monday)
      const named = has(s, 'weekday') ? WEEKDAY_OF_WEEK.exec(r.text) : null;
      if (named !== null) {
        const monday = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() - ((ref.getUTCDay() + 6) % 7));
        const shift = /^next$/i.test(named[1]) ? 7 : /^last$/i.test(named[1]) ? -7 : 0;
        return { value: isoDay(new Date(monday + (shift + ((get(s, 'weekday') + 6) % 7)) * 86400000)), score: 0.85, rule: 'date.relative' };
      }
      return { value: isoWeek(y, m, d), score: 0.85, rule: 'date.relative-week' };
    }
    // "3 hours ago", "45 minutes ago" from a reference without a clock (a page's date): that day
    if (!refTimed && HOURS_AGO.test(r.text)) return { value: isoDay(ref), score: 0.8, rule: 'date.ago' };
    // "ten years ago", "three months ago": as precise as the unit
    const ago = /\b(year|month|week)s?\s+ago\b/i.exec(r.text);
    if (ago !== null) {
      const u = ago[1].toLowerCase();
      if (u === 'year') return { value: pad(y, 4), score: 0.8, rule: 'date.ago' };
      if (u === 'month') return { value: `${pad(y, 4)}-${pad(m)}`, score: 0.8, rule: 'date.ago' };
      return { value: isoWeek(y, m, d), score: 0.8, rule: 'date.ago' };
    }
    rule = 'date.relative';
    score = 0.85;
    // "last night" written in the small hours is still the evening before (chrono reads today)
    if (/^last\s+night$/i.test(r.text) && ref.getUTCHours() < 6 && d === ref.getUTCDate()) {
      const before = new Date(Date.UTC(y, m - 1, d - 1));
      y = before.getUTCFullYear();
      m = before.getUTCMonth() + 1;
      d = before.getUTCDate();
    }
  }
  const dayKnown = has(s, 'day') || has(s, 'weekday') || relative || tags.has('parser/ENTimeExpressionParser') || has(s, 'hour');
  if (!has(s, 'month') && !dayKnown && has(s, 'year')) return { value: pad(y, 4), score, rule };
  if (!dayKnown && has(s, 'month')) return { value: `${pad(y, 4)}-${pad(m)}`, score, rule };
  if (!dayKnown && !has(s, 'month') && !has(s, 'year')) return undefined;
  // "shortly after midnight" with no day of its own: told in the past, the midnight that began the
  // reference day; ahead ("the ban starts at midnight"), the one that ends it
  if (/^(?:at\s+)?midnight$/i.test(r.text) && refKnown && clause.get() !== 'unknown') {
    const day = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + (clause.get() === 'future' ? 1 : 0)));
    return { value: `${isoDay(day)}T00:00`, score, rule };
  }
  if (refTimed && has(s, 'hour') && !has(s, 'day') && !has(s, 'weekday') && !relative && clause.get() !== 'unknown') {
    // a bare time of day: "expected to report by 2 a.m." written at 23:41 is the next day,
    // "the fire broke out at 11 p.m." written at 08:00 the day before
    // (read on the local clock when the stamp's zone is another: "3 p.m. local time" under a 07:12 UTC
    // stamp from Tokyo, nine hours ahead, is the afternoon of the stamp's local day, not the day before)
    const now = ref.getTime() + localAhead * 60000;
    if (localAhead !== 0) {
      const local = new Date(now);
      y = local.getUTCFullYear();
      m = local.getUTCMonth() + 1;
      d = local.getUTCDate();
    }
    const at = Date.UTC(y, m - 1, d, get(s, 'hour'), get(s, 'minute'));
    // (only when far off: a story written at 17:15 may still say talks "are expected to begin at 14:00")
    const shift = clause.get() === 'future' && at < now - 6 * 3600000 ? 1 : clause.get() === 'past' && at > now + 6 * 3600000 ? -1 : 0;
    if (shift !== 0) {
      const day = new Date(Date.UTC(y, m - 1, d + shift));
      y = day.getUTCFullYear();
      m = day.getUTCMonth() + 1;
      d = day.getUTCDate();
    }
  }
  let value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  const statedTime = /\d\s*[ap]\.?m\b|\d[:.]\d\d|o['’]clock|\bnoon\b|\bmidnight\b/i.test(r.text);
  if (has(s, 'hour') && (statedTime || !/^casualReference|casual/i.test([...tags].join(' '))) && (has(s, 'minute') || has(s, 'meridiem') || /o['’]clock|noon|midnight/i.test(r.text))) {
    value += `T${pad(get(s, 'hour'))}:${pad(get(s, 'minute'))}`;
    if (has(s, 'timezoneOffset')) value += zone(usZoneOn(r.text, y, m, d) ?? get(s, 'timezoneOffset'));
    if (!has(s, 'day') && !refKnown) return undefined;
  }
  return { value, score, rule };
}

const HOURS_AGO = /\b(?:hours?|hrs?|minutes?|mins?)\s+ago\b/i;
const US_GENERIC_ZONE = /\b(ET|CT|MT|PT)\b/;
const US_STANDARD: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/**
 * "3:30 p.m. MT" on Nov. 28: a US zone named without standard or daylight time is the one in force
 * on the date itself (from the second Sunday of March to the first Sunday of November), not on the
 * date chrono first read ("Nov. 28" as November 2028).
 */
function usZoneOn(text: string, y: number, m: number, d: number): number | undefined {
  const z = US_GENERIC_ZONE.exec(text);
  if (z === null) return undefined;
  const sunday = (month: number, nth: number): number => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const t = m * 100 + d;
  const daylight = t >= 300 + sunday(3, 2) && t < 1100 + sunday(11, 1);
  return US_STANDARD[z[1]] + (daylight ? 60 : 0);
}
