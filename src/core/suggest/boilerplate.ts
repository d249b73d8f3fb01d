// Finds site chrome in plain-text page scrapes, jusText-style: each line is classified by a phrase
// list, its shape (icon strings, timers, menus, other scripts, site-name suffixes) and its
// stopword density; short ambiguous lines then follow their neighbours.
import type { Line } from './draft';

/** Words (lower case) one of which a phrase pattern cannot match without: most lines skip the pattern. */
const NEEDLES = new Map<RegExp, readonly string[]>();
const needing = (needles: readonly string[], re: RegExp): RegExp => {
  NEEDLES.set(re, needles);
  return re;
};

const PHRASES: readonly RegExp[] = [
  /^(advertisement|advertising|sponsored( content)?|ad)$/i,
  needing(['share ', 'think your friends'], /\b(share this (story|article)|share on (facebook|twitter|x)|think your friends would be interested)/i),
  /^(related( articles| stories| coverage)?|read more|read also|read next|up next|watch next|more from [\p{L} ]{1,40}|see also|more on this|also read|most read|most watched|trending|recommended)\b\s*[:|-]?/iu,
  /^(log in|sign in|sign up|subscribe|register)\b|\blog in or register\b|^to participate in the discussion/i,
  needing(['cookie', 'privacy policy', 'terms of '], /\b(we use cookies|cookie (policy|settings|banner)|accept (all )?cookies|privacy policy|terms of (use|service))\b/i),
  needing(['google play', 'download ', ' app'], /\b(get it on google play|download on the app store|download (the|our) app|android app|ios app)\b/i),
  // app and newsletter promos: "… on your phone or tablet: download the Daily Post app", "Get our best stories in your inbox"
  needing(['download ', 'on your '], /\bdownload (?:the|our) (?:[\p{L}&'’-]+ ){0,4}app\b|\bon your (?:phone|mobile|tablet|smartphone|device)\b.{0,60}\bapp\b/iu),
  needing(['your inbox'], /^[^.!?]{0,100}\b(?:in|to|into|straight to) your inbox\b/i),
  // a syndication notice: "This service may include material from AFP, Reuters … which is copyrighted"
  needing(['material from', 'copyrighted and'], /\bmay (?:include|contain) material from\b|\b(?:is|are) copyrighted and (?:cannot|may not|must not) be\b/i),
  needing(['stay tuned'], /\bstay tuned\b/i),
  // an appeal for money: "Local news matters. Support the Courier from $1 a week.", "Become a member for £5 a month"
  needing(['support', 'subscribe', 'donat', 'member'], /\b(?:support|subscribe to|donate to|become a (?:member|supporter|subscriber))\b[^.!?]{0,50}\b(?:from|for)\s+(?:just\s+|only\s+)?[$£€]\s?\d[\d.,]*\s*(?:a|per|\/)\s*(?:week|month|year|wk|mo)\b/i),
  // a funder's disclaimer: "… receives support from the Lumen Foundation. The AP is solely responsible for all content."
  // and a comment section's: "Comments expressed here do not reflect the opinions of …"
  needing(['solely responsible', 'expressed'], /\bis solely responsible for (?:all |the )?(?:content|coverage|editorial)\b|\b(?:comments|views|opinions) expressed (?:here|below|in (?:the|these|this) [\p{L} ]{1,20}|on this (?:site|page|website))\b[^.!?]{0,30}\b(?:do|does) not (?:necessarily )?(?:reflect|represent)\b/iu),
  /^no widgets found\b/i,
  /^(table of contents|new ?first ?old ?first|being updated|live updates? (are|is) (paused|over))$/i,
  /^\*?follow (us|\w+(['’]s)? live updates)\b/i,
  /^(podcasts?|listen( now)?|watch( now| live| video)?|play( video)?|video|photos?|gallery|newsletter|comments?( \(\d+\))?|menu|search|home|close)$/i,
  /^skip to (main )?(content|navigation)/i,
  needing(['©', '(c)', 'copyright', 'all rights reserved'], /^(©|\(c\)|copyright\b)|\ball rights reserved\b/i),
  /^(caption|photo|image|picture|credit|file photo)\s*:/i,
  /^by [\w.-]+$/i,
  /^(source|sources)\s*:/i,
  /^(tags?|topics?|categories)\s*:/i,
  /^(click|tap) (here|to)\b/i,
  /^(english|français|deutsch|español|русский|العربية|中文)(\s*[|/·•]\s*(english|français|deutsch|español|русский|العربية|中文))+$/i,
  /^(previous|next) (article|story|post)\b/i,
  /^(loading|please wait)\.*$/i,
  // a freshness counter: "Updated 3 hours ago", "Published 12 mins ago", or a bare "2 hours ago" under a dateline
  /^(?:(updated|published|posted|last updated|modified)\s*:?\s*)?(\d+|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\.?$/i,
  // a media player's caption: "Listen · 6:12", "Watch: 2:45", "Play video 1:03:10"
  // ("Listen to this article 04:12"), and a player's link: "▶ WATCH: Crews give an update on the fire"
  /^(listen|watch|play|duration)\b[\p{L} ]{0,24}[\s·•|:-]*\d{1,2}:\d{2}(:\d{2})?\s*(min|mins)?$/iu,
  /^(?:▶|►|▷|⏵)\uFE0F?\s*(?:watch|listen|video|play)\b/iu,
  // disclaimers and policies: "… is not responsible for the content of external sites", market-data credits, comment rules
  // ("All quotes delayed a minimum of 15 minutes", "Data is a real-time snapshot *Data is delayed at least 15 minutes")
  needing(['not responsible', 'quote data', ' are shown in real time', 'comments ', 'delayed', 'real-time snapshot'], /\bnot responsible for the content of external (?:sites|websites|links|pages)\b|^(?:most )?(?:stock )?quote data (?:is )?provided by\b|\b(?:market )?(?:indices|quotes) are shown in real time\b|\b(?:quotes?|data|prices) (?:is |are )?delayed (?:by )?(?:at least |a minimum of |up to |by at least )?\d+ (?:minutes|mins)\b|^data is a real-time snapshot\b|^comments (?:have to|must|should|will) be\b|\bcomments are (?:moderated|pre-moderated)\b/i),
  // the newsroom asking for tips: "Send your story ideas to … or via WhatsApp on …", "Got a story? Email …",
  // "Follow BBC Leeds on Facebook, X and Instagram"
  needing(['your', ' a story', ' a news tip', ' a tip', 'follow'], /\b(?:send|share|email|e-mail|submit|message|text)\s+(?:us\s+)?your\s+(?:story ideas|stories|news tips|tips|story tips|news|photos|pictures|videos)\b[^.!?]{0,40}\b(?:to|at|on|via|with)\b|^(?:got|have you got|do you have) a (?:story|news tip|tip)\b|^follow\s+[^.!?]{1,60}\s+on\s+(?:facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky|linkedin)\b/i),
  // a reporter's contact line: "… Reach him at jo@example.org."
  needing([' him ', ' her ', ' them ', ' the author ', ' the reporter '], /\b(?:reach|contact|email|e-mail) (?:him|her|them|the author|the reporter) (?:at|on|via)\b/i),
  // a link to a video with its running time: "📺 Coach says the deal is close ▶ 3:05", or labelled "📺 Watch now: …"
  /(?:▶|►|▷|⏵)\uFE0F?\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?$|^(?:📺|🎥|🎬|📹)\uFE0F?\s.{0,200}\b\d{1,2}:\d{2}(?::\d{2})?\)?$|^(?:📺|🎥|🎬|📹)\uFE0F?\s*(?:watch|video|listen)(?:\s+(?:now|again|live))?\s*:/iu,
  /^(browse|explore|discover|view|see) (all|more|our|today['’]s|the latest|latest)\b.{0,40}$/i,
  // credits and bios at the foot of a story: about the report, not claims in it
  needing(['contributed'], /^[^.!?]{0,160}\bcontributed(?: reporting)?(?: to)?(?: this| the)? (?:report|story|article|reporting|coverage)\b[^.!?]{0,80}[.]?$/i),
  /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|producer)\s+(?:covering|who covers|based|for|at|with)\b[^.!?]{0,120}[.]?$/u,
  /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:covers|reports on|writes about)\s+[^.!?]{3,150}\s(?:for|at)\s+(?:the\s+)?[\p{Lu}][^.!?]{0,60}[.]?$/u,
];

/** The phrase patterns in order, each with the needles it cannot match without (none: always tried). */
const PHRASE_CHECKS: readonly { re: RegExp; needles: readonly string[] | undefined }[] = PHRASES.map((re) => ({ re, needles: NEEDLES.get(re) }));

/** Any needle at all: one scan, after which a line holding none skips every needled pattern at once. */
const ANY_NEEDLE = new RegExp([...new Set([...NEEDLES.values()].flat())].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * The heading of a list of links to other stories ("Most Read", "Latest News", "Related"). After the
 * story has begun, the headline-shaped lines under it are chrome: they are other stories' titles.
 */
const LINK_LIST_HEADING = /^(?:most (?:read|viewed|popular|shared|watched|commented)|latest(?: news| stories| headlines| videos)?|top (?:stories|news|headlines)|more (?:stories|news|headlines|from [\p{L}&' ]{1,40})|popular(?: now| stories| on [\p{L} ]{1,30})?|trending(?: now| stories)?|related(?: stories| articles| coverage| content| links| news| releases| reading| posts| videos| fact[- ]?checks)?|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|editor['’]s picks|also read|(?:upcoming |next |recent |latest )?(?:fixtures|results)(?: and (?:fixtures|results))?|in other news|elsewhere on [\p{L} ]{1,30}|don['’]t miss)\s*:?$/iu;

/** A headline in such a list: one line, not too long, not closed like a sentence of a paragraph. */
const isListedHeadline = (text: string): boolean => text.length > 0 && text.length <= 160 && !/[.;:]["”’)]?$/.test(text);

/** A publisher describing itself ("Civic Check is an independent fact-checking charity. We never take sides."): chrome when it stands in the page's footer. */
const SELF_DESCRIPTION = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+){1,5}(?:is|are)\s+(?:(?:owned|operated|published)\s+by\s+[\p{Lu}][^.!?]{0,80}[.]?$|(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:charity|non-?profit|not-for-profit|newsroom|publication|publisher|news\s+(?:site|website|service|outlet|organi[sz]ation|agency)|media\s+(?:company|organi[sz]ation|group|outlet)|fact[- ]?checkers?)\b)/u;

const STOPWORDS = new Set(
  'the a an of to in on at for and or but with by from as is are was were be been has have had will would that this it its he she they we i you said says not no as than then there their his her which who what when'.split(' '),
);

const TIMER = /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/;
const ICON_WORD = /icon\b/gi;
const MENU_SEPARATORS = /\s[|•·»›/>]\s/g; // "Home / News / Kerala", "Sport > Football > Results"
/** A stamp behind an icon ("📅 Wednesday, 18 November 2026", "🕒 Nov. 4, 2026 9:10 AM"): the page's date, not chrome. */
const ICON_STAMP = /^[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\uFE0F?\s*(?:(?:published|posted|updated)\s*:?\s*)?(?:\p{L}{3,9}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d{2}\b|^[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\uFE0F?\s*(?:19|20)\d{2}-[01]\d-[0-3]\d\b/iu;

function letterStats(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length && i < 2000; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) other++;
  }
  return { latin, other };
}

const WORD_LETTER = /[\p{L}\p{N}]/u;

/**
 * The words of a line's first 4,000 characters (lower case, split at anything but letters, digits,
 * apostrophes and hyphens): how many, and how many are stopwords. One scan, no word list built.
 */
function wordStats(text: string): { words: number; stop: number } {
  const lower = text.slice(0, 4000).toLowerCase();
  let words = 0;
  let stop = 0;
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    let inWord = false;
    let width = 1;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0x2019) inWord = true;
      else if (c >= 128) {
        const cp = lower.codePointAt(i) as number;
        width = cp > 0xffff ? 2 : 1;
        inWord = WORD_LETTER.test(String.fromCodePoint(cp));
      }
    }
    if (inWord) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words++;
      // (no stopword is longer than five letters)
      if (i - from <= 5 && STOPWORDS.has(lower.slice(from, i))) stop++;
      from = -1;
    }
    i += width - 1;
  }
  return { words, stop };
}

/** Suffix after the last " - " (e.g. "- Sputnik International, 1920"), without trailing numbers and dates. */
function siteSuffix(text: string): string | undefined {
  const at = text.lastIndexOf(' - ');
  const from = at >= 0 ? at + 3 : text.startsWith('- ') ? 2 : -1;
  if (from < 0) return undefined;
  const suffix = text.slice(from).replace(/[\s,.\d]+$/, '').trim();
  if (suffix.length < 3 || suffix.length > 60 || !/^[A-Z]/.test(suffix) || suffix.split(/\s+/).length > 5) return undefined;
  return suffix;
}

type Verdict = 'chrome' | 'body' | 'unsure';

function classify(text: string, suffix: string | undefined, docScript: 'latin' | 'other', suffixCounts: Map<string, number>): { verdict: Verdict; rule: string } {
  if (text.length === 0) return { verdict: 'unsure', rule: '' };
  let lower: string | undefined;
  let anyNeedle: boolean | undefined;
  for (const { re, needles } of PHRASE_CHECKS) {
    if (needles !== undefined) {
      lower ??= text.toLowerCase();
      anyNeedle ??= ANY_NEEDLE.test(lower);
      if (!anyNeedle || !needles.some((w) => (lower as string).includes(w))) continue;
    }
    if (re.test(text)) return { verdict: 'chrome', rule: 'boilerplate.phrase' };
  }
  const icons = text.slice(0, 5000).match(ICON_WORD);
  if (icons !== null && icons.length >= 3) return { verdict: 'chrome', rule: 'boilerplate.icons' };
  if (TIMER.test(text)) return { verdict: 'unsure', rule: 'boilerplate.timer' };
  // a byline or dateline with separators ("By Jo Bloggs | 5 March 2025 | 10:02 GMT") is not a menu:
  // its date is the publication date and an annotation
  // "Jo Bloggs · Daily Post · Posted: Mar 5, 2025 4:00 AM ET": the label may follow the byline's separators
  if (text.length < 200 && /^(?:by\s+\p{Lu}|(?:published|posted|updated|last updated)\b)|\s[|·•]\s+(?:published|posted)\s*(?:on\s*)?:?\s*\p{Lu}?[\p{Ll}.]*\s*\d/iu.test(text) && /\d{1,2}[:.]\d{2}|\b(?:1[6-9]|20)\d{2}\b/.test(text)) return { verdict: 'unsure', rule: 'byline' };
  const seps = text.slice(0, 5000).match(MENU_SEPARATORS);
  if (seps !== null && seps.length >= 2 && text.length < 300) return { verdict: 'chrome', rule: 'boilerplate.menu' };
  if (suffix !== undefined && (suffixCounts.get(suffix) ?? 0) >= 2) return { verdict: 'chrome', rule: 'boilerplate.site-suffix' };
  const stats = letterStats(text);
  if (docScript === 'latin' && stats.other > stats.latin) return { verdict: 'chrome', rule: 'boilerplate.other-script' };
  // (a live-blog entry's "06.31" is a time too)
  if (stats.latin + stats.other === 0 && !/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d:\d\d|^\d{1,2}\.\d\d$/.test(text)) return { verdict: 'chrome', rule: 'boilerplate.no-letters' };
  const { words: wordTotal, stop } = wordStats(text);
  // emoji-laden short lines and link-like lines
  if (/https?:\/\/|www\./.test(text) && wordTotal < 12) return { verdict: 'chrome', rule: 'boilerplate.link' };
  if (text.length <= 60 && ICON_STAMP.test(text)) return { verdict: 'unsure', rule: 'byline' };
  const emoji = text.slice(0, 400).match(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu);
  if (emoji !== null && wordTotal <= 8 && !/[.!?]["”’]?$/.test(text) && ((emoji.length >= 2 && emoji.length * 3 >= wordTotal) || /^[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/u.test(text))) return { verdict: 'chrome', rule: 'boilerplate.emoji' }; // not a headline with a trailing emoji or two
  if (wordTotal >= 8 && stop / wordTotal >= 0.15) return { verdict: 'body', rule: '' };
  return { verdict: 'unsure', rule: 'boilerplate.short' };
}

/** Marks boilerplate lines in place. Runs in time linear in the text length. */
export function markBoilerplate(lines: Line[], fullText: string): void {
  const stats = letterStats(fullText.length > 20000 ? fullText.slice(0, 20000) : fullText);
  const docScript = stats.other > stats.latin ? 'other' : 'latin';
  const suffixCounts = new Map<string, number>();
  const trimmed = lines.map((line) => line.text.trim());
  const suffixes = trimmed.map((t) => siteSuffix(t));
  for (const s of suffixes) if (s !== undefined) suffixCounts.set(s, (suffixCounts.get(s) ?? 0) + 1);
  const verdicts = trimmed.map((t, i) => classify(t, suffixes[i], docScript, suffixCounts));
  for (let i = 0; i < lines.length; i++) {
    const v = verdicts[i];
    if (v.verdict === 'chrome') {
      lines[i].boilerplate = true;
      lines[i].rule = v.rule;
    } else if (v.rule === 'boilerplate.timer') {
      // a bare "29:12" is a podcast timer when it stands among chrome or other timers;
      // followed by prose it is a live-blog timestamp.
      let j = i + 1;
      while (j < lines.length && trimmed[j] === '') j++;
      const next = j < lines.length ? verdicts[j] : undefined;
      const prevChrome = i > 0 && (verdicts[i - 1].verdict === 'chrome' || verdicts[i - 1].rule === 'boilerplate.timer');
      if (next === undefined || next.rule === 'boilerplate.timer' || next.verdict === 'chrome' || prevChrome) {
        lines[i].boilerplate = true;
        lines[i].rule = v.rule;
      }
    }
  }
  // lists of links to other stories under a "Most Read" heading, once the story has begun (a
  // "Top Stories" menu above the headline is left to the other rules: the headline is no link)
  for (let i = 0, bodyBefore = 0; i < lines.length; i++) {
    if (verdicts[i].verdict === 'body') bodyBefore++;
    if (bodyBefore < 3 || !LINK_LIST_HEADING.test(trimmed[i])) continue;
    lines[i].boilerplate = true;
    lines[i].rule = 'boilerplate.link-list';
    for (let j = i + 1; j < lines.length && j <= i + 12 && isListedHeadline(trimmed[j]); j++) {
      if (lines[j].boilerplate) continue;
      lines[j].boilerplate = true;
      lines[j].rule = 'boilerplate.link-list';
    }
  }
  // the footer: a publisher's self-description after the last line of body text
  // (the walk stops at the last body line: nothing above it is the footer)
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].boilerplate) continue;
    const t = trimmed[i];
    if (t.length < 300 && SELF_DESCRIPTION.test(t)) {
      lines[i].boilerplate = true;
      lines[i].rule = 'boilerplate.self-description';
    } else if (verdicts[i].verdict === 'body') break;
  }
  // Neighbour smoothing: a short line between chrome lines is chrome.
  for (let i = 1; i < lines.length - 1; i++) {
    if (lines[i].boilerplate || verdicts[i].verdict !== 'unsure' || trimmed[i] === '') continue;
    const prev = lines[i - 1].boilerplate;
    const next = lines[i + 1].boilerplate;
    if (prev && next && lines[i].text.length < 80 && wordStats(lines[i].text).words <= 3) {
      lines[i].boilerplate = true;
      lines[i].rule = 'boilerplate.between-chrome';
    }
  }
}
