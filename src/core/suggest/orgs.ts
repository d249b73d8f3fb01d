// Organisations named on the page, so that a speaker written as a description ("the company",
// "the council", "the mines ministry") or a short form ("Luano Ridge" for "Luano Ridge Mining")
// gets the organisation's full name.
import { BUSINESS_ENDINGS, ORG_HEADS, TITLE_WORDS } from './names';
import { firstAtOrAfter } from '../search';

/** An organisation's full name and where it is written. */
export interface OrgName {
  start: number;
  name: string;
  /** Lower-cased words of the name, for matching a description's head and modifiers. */
  words: string[];
  /** Ends like a business ("… Mining", "… Airlines", "… plc"). */
  company: boolean;
  /** Written only as a title's prefix here ("Kestrel Rail chairman Ann Lee"), not as the organisation itself. */
  asRole?: boolean;
}

/** Last words that make a name a business: those only a business ends with, and those a surname or a place may end with too ("… Power", "… Steel"). */
const COMPANY_SUFFIX = new Set([...BUSINESS_ENDINGS, ...'ab ag asa air bank brands bus bv capital clothing co communications company cruises drinks electric energy entertainment express farms fashion ferry gas group homes kk labs leisure media mills nv oil oy oyj packaging power quarries rail records recordings retail sa se solar solutions spa steel stores technology tours trains travel water'.split(' ')]);

/** Heads of a description that stand for the business the article is about. */
const COMPANY_HEADS = new Set('company firm group business operator carrier airline retailer miner insurer lender manufacturer maker developer supplier utility broadcaster publisher label chain brand startup giant conglomerate carmaker automaker drugmaker chipmaker steelmaker planemaker shipowner'.split(' '));

/** Last words of a newspaper's or a magazine's name ("The Northern Gazette", "Diário do Porto" is found by its description). */
const PAPER_WORDS = ['gazette', 'herald', 'telegraph', 'chronicle', 'courier', 'tribune', 'argus', 'advertiser', 'examiner', 'bulletin', 'ledger', 'sentinel', 'inquirer', 'times', 'post', 'journal', 'news', 'press', 'mail', 'mirror', 'express', 'guardian', 'observer', 'standard', 'independent', 'echo', 'globe', 'record', 'star', 'sun', 'magazine', 'review', 'weekly', 'daily', 'gazeta', 'jornal', 'diario', 'zeitung'];
/** Of those, the words that make a run of capitalised words a publication's name wherever it is written. */
const PAPER_NAME_ENDS = new Set(['gazette', 'herald', 'telegraph', 'chronicle', 'courier', 'tribune', 'argus', 'advertiser', 'examiner', 'bulletin', 'ledger', 'sentinel', 'inquirer']);

/** Words of a sports club's name ("Northgate Rovers", "FC Tarragona", "Kingsmere Athletic"). */
const CLUB_WORDS = ['club', 'fc', 'afc', 'cf', 'cd', 'sc', 'ac', 'sv', 'athletic', 'united', 'rovers', 'wanderers', 'albion', 'rangers', 'hotspur', 'rugby', 'rfc'];
/** Of those, the sport's name, which names a club only as its last word ("Edinburgh Rugby", not the "Scottish Rugby Union"). */
const CLUB_SPORT = /^(?:rugby|rfc)$/;
/** Of those, the last words that make a run of capitalised words a club's name wherever it is written. */
const CLUB_NAME_ENDS = new Set(['athletic', 'rovers', 'wanderers', 'albion', 'rangers', 'hotspur', 'rugby', 'rfc']);
/** Heads of a business description that name no particular kind of business ("the insurance company" may be any other). */
const GENERIC_BUSINESS = new Set(['company', 'firm', 'group', 'business', 'giant', 'conglomerate', 'brand', 'chain', 'startup']);
/** Words before a business description that make it another business than the one the article is about. */
const OTHER_BUSINESS = /^(?:rival|rivals|other|another|competing|competitor|parent|sister|partner|subsidiary|smaller|larger|bigger|acquiring|target|merged|combined|joint|holding|shell|foreign|private|insurance|ratings|consulting|consultancy|law|accounting|audit|security)$/;
/** Descriptions that stand for the side the story is about when several fit ("the club" in a transfer story, "the company" after an analyst "at … Bank"). */
const SUBJECT_HEADS = new Set(['club', 'team', 'company']);

/** Name words of a research body ("the thinktank", "the think-tank"). */
const THINKTANK_WORDS = ['institute', 'foundation', 'centre', 'center', 'trust', 'forum', 'thinktank'];

/** Name words a description's head may stand for ("the force" → "… Police"). */
const HEAD_WORDS: Record<string, string[]> = {
  force: ['police', 'constabulary', 'force'],
  police: ['police', 'constabulary'],
  // tabloid "cops said"
  cops: ['police', 'constabulary'],
  charity: ['charity', 'foundation', 'trust'],
  club: CLUB_WORDS,
  team: CLUB_WORDS,
  airline: ['airlines', 'airways', 'air'],
  carrier: ['airlines', 'airways', 'air'],
  miner: ['mining', 'minerals', 'metals', 'resources'],
  lender: ['bank'],
  // "the label": a record company, usually named "… Records"
  label: ['records', 'recordings', 'music'],
  // (a US hospital is often a "… Medical Center")
  hospital: ['hospital', 'infirmary', 'medical'],
  // (a US regulator is often an "… Administration" or "… Agency": "the Federal Aviation Administration … the regulator")
  regulator: ['authority', 'commission', 'regulator', 'administration', 'agency'],
  watchdog: ['authority', 'commission', 'regulator', 'watchdog', 'administration', 'agency'],
  government: ['government'],
  // "the department": in British usage a ministry is a government department
  department: ['department', 'ministry'],
  // "the thinktank": a research body, usually named "… Institute", "… Foundation" or "… Centre"
  thinktank: THINKTANK_WORDS,
  'think-tank': THINKTANK_WORDS,
  // "the union": a trade union may be named "… Education Association" or "… Federation of Teachers"
  union: ['union', 'association', 'federation', 'guild', 'alliance'],
  // "the alliance", "the coalition": campaigners named "… Alliance" or "… Coalition"
  alliance: ['alliance', 'coalition'],
  coalition: ['coalition', 'alliance'],
  // "the authority": in British usage a council is the local authority
  authority: ['authority', 'council'],
  // "Fair Plug, a nonprofit, … the group argues": campaigners introduced as a nonprofit, a charity or a coalition
  group: ['group', 'nonprofit', 'non-profit', 'ngo', 'charity', 'coalition', 'alliance', 'campaign', 'movement', 'network', 'friends'],
  // "the hospital network", "the health system": a health provider named "… Health" or "… Healthcare"
  network: ['network', 'networks', 'health', 'healthcare'],
  system: ['system', 'health', 'healthcare'],
  // "the agency", "the organisation", "the body": a public body of any head ("World Health Organization", "… Department of Health")
  agency: ['agency', 'ratings', 'department', 'organization', 'organisation', 'administration', 'office', 'service', 'bureau', 'authority', 'commission', 'institute', 'programme', 'program', 'fund', 'centre', 'center', 'centers', 'centres', 'inspectorate', 'directorate'],
  organisation: ['organization', 'organisation', 'agency', 'fund', 'programme', 'program', 'federation', 'association', 'union', 'alliance'],
  organization: ['organization', 'organisation', 'agency', 'fund', 'programme', 'program', 'federation', 'association', 'union', 'alliance'],
  body: ['organization', 'organisation', 'agency', 'authority', 'commission', 'council', 'board', 'federation', 'association', 'union', 'committee', 'institute', 'regulator'],
  // "The Northern Gazette reported … The paper said"
  paper: PAPER_WORDS,
  newspaper: PAPER_WORDS,
  daily: PAPER_WORDS,
  tabloid: PAPER_WORDS,
  magazine: PAPER_WORDS,
  publication: PAPER_WORDS,
};

/** Heads of a public body a field word may describe without being in its name ("the energy regulator", "the health watchdog"). */
const FIELD_HEADS = new Set(['regulator', 'watchdog', 'inspectorate', 'ombudsman']);

/** "UN", "EU" before a description's head: the family of bodies it belongs to. */
const UMBRELLA = /^(?:UN|EU)$/;

/** Descriptions that may stand for an organisation written only as an acronym ("the agency" for "UNICEF"). */
const ACRONYM_HEADS = new Set(['agency', 'organisation', 'organization', 'body', 'federation', 'union', 'alliance', 'fund', 'programme', 'program']);

/** Organisation heads a description may use (a subset of ORG_HEADS plus the business words). */
const DESCRIPTION_HEADS = new Set([
  ...COMPANY_HEADS,
  ...Object.keys(HEAD_WORDS),
  ...'council district trust ministry department agency organisation organization body authority commission union party bank board university hospital court federation association league institute service society foundation committee tribunal school college parliament assembly senate embassy museum network system regulator watchdog inspectorate directorate secretariat forum'.split(' '),
]);

// "Commission on Human Rights" joins across "on", "Commission on Monday" does not
const RUN = /[\p{Lu}][\p{L}\p{N}'’&.-]*(?:[ \t]+(?:(?:of|for|and|&|de|du|des|del|di|la|le|on(?![ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b))[ \t]+(?:the[ \t]+)?)?[\p{Lu}][\p{L}\p{N}'’&.-]*)*/gu;
const LEADING = /^(?:The|A|An|In|On|At|For|From|By|With|To|And|But|Or|As|If|When|While|After|Before|Since|Meanwhile|However|Earlier|Later|Today|Yesterday|Both|Neither|Then|Now|Also|No|Not|Every|Each|Any|Some|Many|Most|Several|This|These|Those|Its|Their|Our|Rival|Rivals|Competitor)$/;
const CONNECTOR = /^(?:of|for|and|&|de|du|des|del|di|la|le|on|the)$/;
/** Country, body and club abbreviations that open an organisation's name, and the word that opens a broadcaster's ("Radio Kassel"). */
const PREFIXES = /^(?:UK|US|USA|EU|UN|NHS|BBC|FC|AC|AS|SC|AFC|CD|CF|SV|Radio)$/;

/** Words that make "… Health" a field of work rather than a provider's name. */
const HEALTH_FIELDS = /^(?:Public|Mental|Global|Social|Environmental|Occupational|Oral|Dental|Child|Children's|Women's|Men's|Animal|Sexual|Reproductive|Maternal|Digital|Population|Community|Primary|One|Planetary|Adolescent|Youth|Veterans|Rural|Urban|and|of|for)$/;
/** Words of health care a description and a provider's name may share in different words ("hospital network" for "… Health"). */
const HEALTH_WORDS = /^(?:hospital|hospitals|health|healthcare|medical)$/;

/** Last words of an organised event that speaks through its organisers ("National Film Awards", "Harbour Jazz Festival"). */
const EVENT_ENDS = new Set(['awards', 'prizes', 'festival', 'biennale']);

function classify(tokens: string[]): boolean {
  if (tokens.length === 0) return false;
  const last = tokens[tokens.length - 1].toLowerCase();
  if (ORG_HEADS.has(last) || EVENT_ENDS.has(last) || COMPANY_SUFFIX.has(last) || PAPER_NAME_ENDS.has(last) || CLUB_NAME_ENDS.has(last)) return true;
  // "Lakeshore Regional Health", "Northgate Healthcare": a provider, but not a field ("Public Health", "Mental Health")
  if ((last === 'health' || last === 'healthcare') && tokens.length >= 2 && !HEALTH_FIELDS.test(tokens[tokens.length - 2])) return true;
  // "Ministry of Mines and Minerals Development", "University of Leeds", "Bank of England"
  for (let k = 0; k + 1 < tokens.length; k++) if (ORG_HEADS.has(tokens[k].toLowerCase()) && /^(?:of|for)$/.test(tokens[k + 1])) return true;
  // "Friends of Elm Road Pool": a campaign group
  if (tokens.length >= 3 && tokens[0] === 'Friends' && tokens[1] === 'of') return true;
  return tokens.length >= 2 && PREFIXES.test(tokens[0]);
}

function push(out: OrgName[], start: number, tokens: string[]): void {
  while (tokens.length > 0 && CONNECTOR.test(tokens[tokens.length - 1])) tokens.pop();
  // a head word alone ("Council opens …", a "Buses" tag) names no organisation in particular
  if (tokens.length < 2 || !classify(tokens)) return;
  // "Union Ministry of Jal Shakti": India's "Union" is the central government, not part of the ministry's name
  if (tokens[0] === 'Union' && (tokens[1] === 'Ministry' || tokens[2] === 'Ministry')) tokens = tokens.slice(1);
  out.push({ start, ...orgInfo(tokens.join(' ')) });
}

/** The words of an organisation's name and whether it reads as a business. */
export function orgInfo(name: string): Omit<OrgName, 'start'> {
  const words = name.toLowerCase().split(/\s+/);
  return { name, words, company: COMPANY_SUFFIX.has(words[words.length - 1]) };
}

/** Appends the organisation names written in text[start, end) to `out` (in text order); one-word names go to `single`. */
export function collectOrgNames(text: string, start: number, end: number, out: OrgName[], single?: (word: string, at: number) => void): void {
  const seg = text.slice(start, end);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(seg); m !== null; m = RUN.exec(seg)) {
    // one word names no organisation in particular (see push)
    if (!/[ \t]/.test(m[0])) {
      single?.(m[0], start + m.index);
      continue;
    }
    // "… on Monday. Ofcom fined …": a full stop ends the run unless it closes an initial or an abbreviation
    const words = m[0].split(/[ \t]+/);
    let offset = start + m.index;
    let from = 0;
    for (let k = 0; k < words.length; k++) {
      if (k < words.length - 1 && !(words[k].endsWith('.') && !NAME_DOT.test(words[k]))) continue;
      const piece = words.slice(from, k + 1);
      if (piece.length === 1) single?.(piece[0], offset);
      else collectRun(piece, offset, out);
      offset += piece.join(' ').length + 1;
      from = k + 1;
    }
  }
}

/** Full stops that belong to a name: initials and abbreviations ("J.", "Co.", "Inc."). */
const NAME_DOT = /^(?:\p{Lu}\.|Co\.|Inc\.|Ltd\.|Corp\.|St\.|Bros\.|Jr\.|Sr\.|Dr\.|Mr\.|Mrs\.|Ms\.|Mt\.)$/u;

/** One run of capitalised words (with "of", "and", …) split off at sentence ends: its organisation names, if any. */
function collectRun(raw: string[], offset: number, out: OrgName[]): void {
  let tokens = raw.map((t) => t.replace(/\.$/, ''));
  // "The …", "In …": words that open a sentence or a phrase, not the name
  while (tokens.length > 0 && (LEADING.test(tokens[0]) || CONNECTOR.test(tokens[0]))) {
    offset += raw[raw.length - tokens.length].length + 1;
    tokens = tokens.slice(1);
  }
  // "Toronto-listed Haldor Metals": a describing word before the name
  while (tokens.length > 1 && /-(?:listed|based|owned|registered|headquartered|backed|led|run|controlled)$/i.test(tokens[0])) {
    offset += raw[raw.length - tokens.length].length + 1;
    tokens = tokens.slice(1);
  }
  // "Zambia's Ministry of …": the owner before a possessive is not part of the name
  const owner = tokens.findIndex((t, k) => k < tokens.length - 1 && /['’]s$/.test(t));
  // ("the Missouri Attorney General's Office": an office named after the title that heads it keeps the title)
  const titledOffice = owner === tokens.length - 2 && owner >= 1 && ORG_HEADS.has(tokens[owner + 1].toLowerCase()) && TITLE_WORDS.has(tokens[owner].replace(/['’]s$/, '').toLowerCase());
  if (owner >= 0 && !titledOffice) tokens = tokens.slice(owner + 1);
  // "Karl Voss of Merrow Bay Police": a person's name before "of" is not part of the organisation's
  for (let k = tokens.length - 2; k >= 1; k--) {
    // ("Friends of Elm Road Library": a campaign group named as the friends of what it defends keeps its whole name)
    if (/^(?:of|for)$/.test(tokens[k]) && !ORG_HEADS.has(tokens[k - 1].toLowerCase()) && !COMPANY_SUFFIX.has(tokens[k - 1].toLowerCase()) && !(k === 1 && tokens[0] === 'Friends')) {
      // "a fee with FC Almeria for the Spanish winger": an organisation before "for" is the name, what follows is not
      tokens = k >= 2 && classify(tokens.slice(0, k)) && !classify(tokens.slice(k + 1)) ? tokens.slice(0, k) : tokens.slice(k + 1);
      break;
    }
  }
  if (tokens.length === 0) return;
  tokens[tokens.length - 1] = tokens[tokens.length - 1].replace(/['’]s$/, '');
  // "Leeds City Council and Northway Buses": two organisations
  const and = tokens.findIndex((t) => t === 'and' || t === '&');
  if (and > 0 && classify(tokens.slice(0, and)) && classify(tokens.slice(and + 1))) {
    push(out, offset, tokens.slice(0, and));
    push(out, offset, tokens.slice(and + 1));
    return;
  }
  push(out, offset, tokens);
}

interface WordStats {
  count: number;
  /** Written in a headline or the first paragraph of the body. */
  lead: boolean;
  /** Times written after "in", "at", "from" … (as a place is). */
  place: number;
  /** Ever written as a business is: "X said", "X's", "X CEO …", "X, the … maker". */
  business: boolean;
}

const BUSINESS_AFTER = /^(?:\s+(?:said|says|announced|announces|reported|reports|expects|CEO|chief executive|spokes(?:man|woman|person)|shares|stock)\b|,\s+(?:the|a|an)\s+[^,.;]{0,60}?\b(?:maker|company|firm|operator|retailer|chain|developer|manufacturer|carrier|airline|provider|supplier|startup|brand|business|group)\b)/;
const PLACE_BEFORE = /\b(?:in|at|from|near|across|around|outside|into|throughout)\s+$/;

const ACRONYM = /(?<![\p{L}\p{N}.'’-])\p{Lu}{3,7}(?![\p{L}\p{N}-])(?!['’](?!s\b))/gu;
/** Capitals that are not an organisation: countries, time zones, units, titles, common abbreviations. */
const NOT_AN_ORG = /^(?:USA|GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|CST|CDT|MST|IST|AEST|CEO|CFO|COO|CTO|COVID|GDP|DNA|RNA|HIV|AIDS|MPS|MEP|MEPS|KPH|MPH|PDF|FAQ|ATM|VAT|LGBT|LGBTQ|OK|TV|AM|PM|NEW|THE|AND|FOR|LIVE|UPDATE|BREAKING|VIDEO|WATCH|READ|MORE|PHOTO|EXCLUSIVE|OPINION|ANALYSIS|INTERVIEW|FEATURES?|NEWS)$/;
const INDIAN = /\b(?:crores?|lakhs?|Rs\.?\s?\d|Lok Sabha|Rajya Sabha|Union (?:Minister|Ministry|Cabinet|Budget|Territory)|NITI Aayog)\b|₹\s?\d/;

// ("Services union Verdi said": a sentence may open with the description, its article left out)
const INTRODUCED = /(?:\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?|(?:^|[.!?]\s+)[\p{Lu}][\p{Ll}-]+\s+)(group|body|charity|campaign|coalition|alliance|network|watchdog|association|organisation|organization|movement|think tank|union)\s+((?:[\p{Lu}][\p{L}'’&-]*)(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[\p{Lu}][\p{L}'’&-]*){0,5})/gu;

/**
 * "Rural Roads Tasmania, the state agency running the scheme, said": a name followed by a description
 * of what it is. The description's head ends the description (a comma, a full stop, or a word that
 * goes on about it: "running", "that", "responsible for"), so "Ann Lee, a company director" is not one.
 * A place may describe it too: "Open Door, a Leeds-based nonprofit".
 */
const APPOSED = /(?<![\p{L}'’-])((?:[\p{Lu}][\p{L}'’&-]*)(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[\p{Lu}][\p{L}'’&-]*){1,5}),\s+(?:the|a|an)\s+(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{L}]*-[\p{Ll}]+)\s+){0,3}?(agency|authority|body|regulator|watchdog|charity|company|firm|operator|committee|department|ministry|council|commission|organisation|organization|group|nonprofit|non-profit|ngo|trust|union|association|federation|foundation|institute|service|bureau|board|club|newspaper|paper|broadcaster|publisher|party)(?=\s+(?:that|which|who|responsible|in\s+charge|behind|overseeing|for|of|in|at|on|with|\p{Ll}+ing|founded|formed|created|established|set\s+up|launched)\b|\s*[,.;:)])/gu;

/** What INTRODUCED cannot match without: its head word before a capital. */
const INTRODUCED_HEAD = /(?:group|body|charity|campaign|coalition|alliance|network|watchdog|association|organisation|organization|movement|think tank|union)\s+[\p{Lu}]/u;
/** What APPOSED cannot match without: a comma and an article. */
const APPOSED_ARTICLE = /,\s+(?:the|a|an)\s/;

/** Whether INDIAN can match at all: one of the words it needs is written (a plain substring scan). */
function mayBeIndian(seg: string): boolean {
  return seg.includes('crore') || seg.includes('lakh') || seg.includes('Rs') || seg.includes('Sabha') || seg.includes('Union ') || seg.includes('NITI') || seg.includes('₹');
}

/** Capitalised words (with "and", "of", "for", "on", "the" between) and their initials in brackets: "Parks and Wildlife Tasmania (PWT)". */
const INITIALLED = /((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:(?:and|of|for|on|the|&)\s+)*[\p{Lu}][\p{L}'’-]*){1,7})\s+\((\p{Lu}(?:&?\p{Lu}){1,7})\)/gu;

/** ", Food and Rural Affairs" after "Department for Environment": the rest of a portfolio listed with commas. */
const PORTFOLIO_TAIL = /^(?:,[ \t]+\p{Lu}\p{L}+){1,4},?[ \t]+and[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?(?![ \t]*\p{Lu})/u;

/** A title and a name after an organisation's name: "… president Tan Wei", "… chief executive Ann Lee". */
const ROLE_AFTER = /^[ \t]+(?:(?:deputy|acting|interim|senior|vice|managing|executive|general|chief|group|regional)[ \t]+)?(?:president|chairman|chairwoman|chair|chief executive|chief|director|ceo|boss|head|spokes(?:man|woman|person)|manager|secretary|owner|founder)[ \t]+\p{Lu}/u;

/** The first letters of every word, capitalised: "Alliance of Small Island States" → "AOSIS". */
function allInitials(name: string): string {
  return name.split(/\s+/).map((w) => w[0].toUpperCase()).join('');
}

/** The first letters of the capitalised words: "Parks and Wildlife Tasmania" → "PWT". */
function initialsOf(words: string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** "The U.S. ", "Kenya's ", "The Dutch ": a country before an organisation's name opening a sentence. */
const COUNTRY_LEAD = /^(?:The\s+)?(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3}|\p{Lu}\p{Ll}+(?:['’]s)?)\s+$/u;

/** Organisations named on the page, and the business the article is about. */
export class OrgIndex {
  readonly names: OrgName[] = [];
  private readonly words = new Map<string, WordStats>();
  /** The page reads as Indian (crore, lakh, "Rs 900", Lok Sabha, Union ministries): "the Centre" is the Government of India. */
  india = false;
  /** Organisations written as one acronym ("UNICEF", "UNHCR", "WHO"), in text order. */
  readonly acronyms: OrgName[] = [];
  /** Short forms the page defines in brackets after a name ("… (DfE)"), to the name. */
  readonly abbreviations = new Map<string, string>();
  /** The article's text, for counting how often a name's words are written. */
  private text = '';

  /** Whether only "The" and a country's short form or word stand in [from, at): "The U.S. ", "Kenya's ", "The Dutch ". */
  countryBefore(from: number, at: number): boolean {
    return at - from <= 24 && COUNTRY_LEAD.test(this.text.slice(from, at));
  }

  /** Reads one paragraph; `lead` for headlines and the first paragraph of the body. */
  add(text: string, start: number, end: number, lead: boolean): void {
    this.text = text;
    const seg = text.slice(start, end);
    if (!this.india && mayBeIndian(seg) && INDIAN.test(seg)) this.india = true;
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(seg); m !== null; m = ACRONYM.exec(seg)) if (!NOT_AN_ORG.test(m[0])) this.acronyms.push({ start: start + m.index, ...orgInfo(m[0]) });
    const from = this.names.length;
    this.introduced(seg, start);
    this.initialled(seg, start);
    collectOrgNames(text, start, end, this.names, (raw, at) => {
      const possessive = /['’]s$/.test(raw);
      const word = raw.replace(/['’]s$/, '').replace(/\.$/, '');
      // only a word of a headline or the first paragraph can be the business the article is about
      const seen = this.words.get(word);
      if (seen === undefined && !lead) return;
      if (word.length < 2 || LEADING.test(word) || !/\p{Ll}/u.test(word)) return;
      const st = seen ?? { count: 0, lead: false, place: 0, business: false };
      st.count++;
      if (lead) st.lead = true;
      if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) st.place++;
      if (possessive || BUSINESS_AFTER.test(text.slice(at + raw.length, at + raw.length + 80))) st.business = true;
      this.words.set(word, st);
    });
    if (this.names.length - from > 1) {
      const tail = this.names.splice(from).sort((a, b) => a.start - b.start);
      for (const o of tail) this.names.push(o);
    }
    // "the Department for Education (DfE)": the short form the page defines, whatever its letters
    for (let k = from; k < this.names.length; k++) {
      let o = this.names[k];
      if (text.slice(o.start, o.start + o.name.length) !== o.name) continue;
      // "the Department for Environment, Food and Rural Affairs": a portfolio listed with commas stays in the name
      if (/\s(?:for|of)\s+\p{Lu}\p{L}+$/u.test(o.name)) {
        const tail = PORTFOLIO_TAIL.exec(text.slice(o.start + o.name.length, o.start + o.name.length + 80));
        if (tail !== null) o = this.names[k] = { ...o, ...orgInfo(o.name + tail[0]) };
      }
      const after = o.start + o.name.length;
      if (ROLE_AFTER.test(text.slice(after, after + 40))) o.asRole = true;
      const abbr = /^\s*\(([\p{Lu}][\p{L}&]{1,7})\)/u.exec(text.slice(after, after + 12));
      // (one capital is enough when the short form spells the name's initials: "… Regulator of South Africa (Nersa)",
      // the small words' too: "the Alliance of Small Island States (Aosis)")
      const spellsInitials = abbr !== null && abbr[1].length >= 3 && (abbr[1].toUpperCase() === initialsOf(o.name.split(/\s+/)) || abbr[1].toUpperCase() === allInitials(o.name));
      if (abbr !== null && (/\p{Lu}.*\p{Lu}/u.test(abbr[1]) || spellsInitials) && !this.abbreviations.has(abbr[1])) this.abbreviations.set(abbr[1], o.name);
    }
  }

  /**
   * "Parks and Wildlife Tasmania (PWT)": capitalised words whose initials the page gives in brackets
   * name an organisation, even with no organisation word in them.
   */
  private initialled(seg: string, start: number): void {
    // (initials need their bracket: most paragraphs skip the pattern)
    if (!seg.includes('(')) return;
    INITIALLED.lastIndex = 0;
    for (let m = INITIALLED.exec(seg); m !== null; m = INITIALLED.exec(seg)) {
      // ("Procter & Gamble (P&G)": the ampersand is no initial)
      const acronym = m[2].replace('&', '');
      const words = m[1].split(/\s+/);
      // the words whose initials make the acronym, from the end: "… said Parks and Wildlife Tasmania (PWT)"
      let caps = 0;
      let from = words.length;
      while (from > 0 && caps < acronym.length) {
        from--;
        if (/^\p{Lu}/u.test(words[from])) caps++;
      }
      const kept = words.slice(from);
      const initials = initialsOf(kept);
      if (initials !== acronym || kept.length < 2 || LEADING.test(kept[0])) continue;
      const name = kept.join(' ');
      if (this.names.some((o) => o.name === name)) continue;
      const at = start + m.index + m[1].length - name.length;
      this.names.push({ start: at, ...orgInfo(name) });
      if (!this.abbreviations.has(m[2])) this.abbreviations.set(m[2], name);
    }
  }

  /**
   * Whether the words right after a name written at `end` read it as a person's: "Ann Roe, who …", or a "his" or
   * "her" in the same clause ("Ann Roe said her cake …"); "Hockey Otago, fast bowler …" does not.
   */
  readsAsPerson(end: number): boolean {
    const after = this.text.slice(end, end + 80);
    return /^,\s+who\b/.test(after) || /^[^,.;:!?"“”]*\b(?:his|her|he|she|him|himself|herself)\b/.test(after);
  }

  /**
   * How much the page writes about an organisation: how often the most written of its distinctive
   * words appears anywhere in the article ("Northgate" for "Northgate Rovers", alone or in the full name).
   */
  /** Whether the name is written here with a full stop right after it ("Brindle Optics Inc." read as "… Inc"). */
  dotAfter(o: OrgName): boolean {
    const end = o.start + o.name.length;
    return this.text[end] === '.' && this.text.startsWith(o.name, o.start);
  }

  written(name: string): number {
    let most = 0;
    for (const w of name.split(/\s+/)) {
      if (w.length < 3 || PREFIXES.test(w) || CONNECTOR.test(w) || CLUB_NAME_ENDS.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase())) continue;
      let n = 0;
      for (let at = this.text.indexOf(w); at >= 0; at = this.text.indexOf(w, at + w.length)) if (!/[\p{L}\p{N}]/u.test(this.text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(this.text[at + w.length] ?? '')) n++;
      most = Math.max(most, n);
    }
    return most;
  }

  /**
   * "the climate group North Sea Watch", "the trade body Offshore Energies Scotland": a name with no
   * organisation word of its own, introduced by a description; later "the group" / "the body" stands for it.
   */
  private introduced(seg: string, start: number): void {
    INTRODUCED.lastIndex = 0;
    // (each pattern is tried only when the words it cannot match without are there)
    if (INTRODUCED_HEAD.test(seg)) for (let m = INTRODUCED.exec(seg); m !== null; m = INTRODUCED.exec(seg)) {
      const head = m[1].toLowerCase();
      const name = m[2].trim();
      const info = orgInfo(name);
      if (info.words.includes(head)) continue;
      this.names.push({ start: start + m.index + m[0].length - m[2].length, name, words: [...info.words, head], company: info.company });
    }
    APPOSED.lastIndex = 0;
    if (APPOSED_ARTICLE.test(seg)) for (let m = APPOSED.exec(seg); m !== null; m = APPOSED.exec(seg)) {
      const tokens = m[1].split(/\s+/);
      let skip = 0;
      while (skip < tokens.length && (LEADING.test(tokens[skip]) || CONNECTOR.test(tokens[skip]))) skip++;
      if (tokens.length - skip < 2) continue;
      const name = tokens.slice(skip).join(' ');
      const head = m[2].toLowerCase();
      const info = orgInfo(name);
      if (info.words.includes(head) || classify(tokens.slice(skip))) continue;
      this.names.push({ start: start + m.index + m[1].length - name.length, name, words: [...info.words, head], company: info.company || COMPANY_HEADS.has(head) });
    }
  }

  /**
   * The business the article is about when its name is one word with no business ending ("Nimbus",
   * "Northway"): in a headline or the first paragraph (counted from there on), written three times or more, spoken of as a
   * business, seldom as a place is ("in Leeds"), and not a person's name (`people`: words of people's names).
   */
  main(people: Set<string>): string | undefined {
    let best: string | undefined;
    let bestCount = 2;
    for (const [w, st] of this.words) {
      if (st.lead && st.business && st.place * 3 < st.count && st.count > bestCount && !people.has(w)) {
        best = w;
        bestCount = st.count;
      }
    }
    return best;
  }
}

/** One organisation name with every place it is written (in text order). */
export interface DistinctOrg extends Omit<OrgName, 'start'> {
  starts: number[];
  /** Whether one of those places writes it as the organisation itself, not as a title's prefix. */
  plain: boolean;
}

/** The names of `orgs` once each, in order of first appearance, with their positions. */
export function distinctOrgs(orgs: OrgName[]): DistinctOrg[] {
  const byName = new Map<string, DistinctOrg>();
  for (const o of orgs) {
    const d = byName.get(o.name);
    if (d === undefined) byName.set(o.name, { name: o.name, words: o.words, company: o.company, starts: [o.start], plain: o.asRole !== true });
    else {
      d.starts.push(o.start);
      if (o.asRole !== true) d.plain = true;
    }
  }
  return [...byName.values()];
}

/** How many of the sorted `starts` are before `pos`. */
function countBefore(starts: number[], pos: number): number {
  return firstAtOrAfter(starts, pos, (x) => x);
}

/** Where organisations are written, for finding the nearest one a description fits. */
export interface OrgPlaces {
  /** Every written organisation name under each of its words, in text order. */
  byWord: Map<string, OrgName[]>;
  /** Every written business name ("… Mining", "… plc"), in text order. */
  companies: OrgName[];
}

/** Indexes the organisation names (in text order) by word and kind. */
export function orgPlaces(orgs: OrgName[]): OrgPlaces {
  const byWord = new Map<string, OrgName[]>();
  for (const o of orgs) {
    for (const w of new Set(o.words)) {
      const list = byWord.get(w);
      if (list === undefined) byWord.set(w, [o]);
      else list.push(o);
    }
  }
  return { byWord, companies: orgs.filter((o) => o.company) };
}

/** How far a search walks from the description's position in one list before giving up. */
const SCAN = 64;

/** The fitting name nearest before `pos` and the first after it, in a list in text order. */
function nearestIn(list: OrgName[], pos: number, fits: (o: OrgName) => boolean, best: { before?: OrgName; after?: OrgName }): void {
  const lo = firstAtOrAfter(list, pos, (o) => o.start);
  for (let k = lo - 1; k >= 0 && k >= lo - SCAN; k--) {
    if (!fits(list[k])) continue;
    if (best.before === undefined || list[k].start > best.before.start) best.before = list[k];
    break;
  }
  for (let k = lo; k < list.length && k < lo + SCAN; k++) {
    if (!fits(list[k])) continue;
    if (best.after === undefined || list[k].start < best.after.start) best.after = list[k];
    break;
  }
}

/**
 * The organisation a lower-case description stands for: "company" → a business, "mines ministry" →
 * "Ministry of Mines and Minerals Development", "force" → "Wexshire Police". The first that fits of:
 * one named earlier in the same sentence (from `sentenceStart`), one of the organisations that spoke
 * last (`spoken`, oldest first), the nearest named before, the first named after; for "the company"
 * with none of those, the business the article is about (`mainBusiness`). Undefined when nothing fits.
 */
export function describedOrg(description: string, pos: number, sentenceStart: number, places: OrgPlaces, spoken: Omit<OrgName, 'start'>[] = [], mainBusiness?: string, acronyms: OrgName[] = [], written?: (name: string) => number): string | undefined {
  // "the Leeds-based operator": where it is based names no word of it
  // ("the UN agency", "the EU body": the umbrella a body belongs to, no word of its own name)
  const words = description.split(/\s+/).filter((w, k) => w !== '' && !(k === 0 && /^\p{Lu}[\p{L}.'’]*-(?:based|headquartered|registered|owned|listed)$/u.test(w))).map((w, k, all) => (k < all.length - 1 && UMBRELLA.test(w) ? w.toLowerCase() : w));
  if (words.length === 0 || words.length > 4 || words.some((w) => !/^[\p{Ll}-]+$/u.test(w))) return undefined;
  const head = words[words.length - 1];
  if (!DESCRIPTION_HEADS.has(head)) return undefined;
  const modifiers = words.slice(0, -1).filter((w) => !/^(?:local|national|regional|state|federal|main|new|former|same|whole|entire|governing|global|international|world|un|eu)$/.test(w));
  const wanted = HEAD_WORDS[head] ?? [head];
  // ("the central bank": a "Bank of England", "Reserve Bank of …" is central by its name's form)
  const central = (o: Omit<OrgName, 'start'>): boolean => head === 'bank' && ((o.words[0] === 'bank' && o.words[1] === 'of') || o.words.includes('reserve') || o.words.includes('national'));
  const has = (o: Omit<OrgName, 'start'>, w: string): boolean => o.words.some((x) => x === w || x === `${w}s` || `${x}s` === w || (HEALTH_WORDS.test(w) && HEALTH_WORDS.test(x))) || (w === 'central' && central(o));
  // "the union" of a strike story is not the European Union
  const political = head === 'union' ? /^(?:european|soviet|african|eurasian|postal)$/ : undefined;
  // a health word stands for a provider only at the end of its name ("… Valley Health", not "Ministry of Health")
  const byHead = (o: Omit<OrgName, 'start'>): boolean => wanted.some((w) => o.words.includes(w) && (!HEALTH_WORDS.test(w) || HEALTH_WORDS.test(head) || (o.words[o.words.length - 1] === w && !o.words.includes('of'))) && (!CLUB_SPORT.test(w) || o.words[o.words.length - 1] === w)) && modifiers.every((w) => has(o, w)) && !(political !== undefined && o.words.some((w) => political.test(w)));
  const byKind = (o: Omit<OrgName, 'start'>): boolean => COMPANY_HEADS.has(head) && o.company && modifiers.every((w) => has(o, w));
  // "the power utility", "the budget airline": a kind of business more particular than "company", with words of its
  // field, may still be the business the article is about; "the rival airline", "the parent company" are another
  const mainFits = modifiers.length === 0 || (!GENERIC_BUSINESS.has(head) && modifiers.every((w) => !OTHER_BUSINESS.test(w)));
  const passes: [(o: Omit<OrgName, 'start'>) => boolean, OrgName[][]][] = [
    [byHead, wanted.map((w) => places.byWord.get(w) ?? [])],
    [byKind, COMPANY_HEADS.has(head) ? [places.companies] : []],
  ];
  for (const [fits, lists] of passes) {
    const best: { before?: OrgName; after?: OrgName } = {};
    for (const list of lists) nearestIn(list, pos, fits, best);
    if (best.before !== undefined && best.before.start >= sentenceStart) return best.before.name;
    for (let k = spoken.length - 1; k >= 0; k--) if (fits(spoken[k])) return spoken[k].name;
    // "German utility Dorfmann Energie … The Bonn-based group said": a business named before comes before a
    // "… Network Agency" named after, whose word only the description's head shares
    if (fits === byHead && best.before === undefined && COMPANY_HEADS.has(head) && places.companies.length > 0 && places.companies[0].start < pos) continue;
    // "the company said" with only the publisher's "… Media" below: the business the article is about comes first
    if (best.before === undefined && fits === byKind && mainBusiness !== undefined && mainFits && head !== 'group') return mainBusiness;
    // "Northgate Rovers agree a fee with CD Almeria … the club said": the side the page writes most about, not the nearest
    if (written !== undefined && SUBJECT_HEADS.has(head) && best.before !== undefined) {
      let pick = best.before;
      let most = written(pick.name);
      for (const list of lists) {
        const lo = firstAtOrAfter(list, pos, (o) => o.start);
        for (let k = lo - 1; k >= 0 && k >= lo - SCAN; k--) {
          if (!fits(list[k]) || list[k].name === pick.name) continue;
          const n = written(list[k].name);
          if (n > most) {
            pick = list[k];
            most = n;
          }
        }
      }
      return pick.name;
    }
    const named = best.before ?? best.after;
    if (named !== undefined) return named.name;
  }
  // "the health regulator" with the "Care Quality Commission" the only regulator-like body on the page: a field
  // word need not be in a public body's name when nothing else of that kind is named
  if (modifiers.length > 0 && FIELD_HEADS.has(head)) {
    const kinds = new Set<string>();
    for (const w of wanted) for (const o of places.byWord.get(w) ?? []) if (o.words.length >= 2) kinds.add(o.name);
    if (kinds.size === 1) return [...kinds][0];
  }
  // "UNICEF spokesperson … The agency said": an organisation written as its acronym, nearest before
  if (ACRONYM_HEADS.has(head) && modifiers.length === 0 && acronyms.length > 0) {
    const best: { before?: OrgName; after?: OrgName } = {};
    nearestIn(acronyms, pos, () => true, best);
    if (best.before !== undefined && pos - best.before.start < 1500) return best.before.name;
    // "That is the plan, the agency insists. In a statement, NASA said …": written just after, in the next sentence
    if (best.after !== undefined && best.after.start - pos < 300) return best.after.name;
  }
  // "Nimbus … according to the company": the business the article is about ("the group" may be campaigners)
  return COMPANY_HEADS.has(head) && head !== 'group' && mainFits ? mainBusiness : undefined;
}

/**
 * "the Corporation", "the Commission": an organisation's head word alone, capitalised, stands for the
 * organisation on the page whose name ends with it (the nearest written before, else the first after).
 */
export function orgEndingWith(word: string, pos: number, places: OrgPlaces): string | undefined {
  const w = word.toLowerCase();
  if (!ORG_HEADS.has(w) && !DESCRIPTION_HEADS.has(w)) return undefined;
  const best: { before?: OrgName; after?: OrgName } = {};
  nearestIn(places.byWord.get(w) ?? [], pos, (o) => o.words.length >= 2 && o.words[o.words.length - 1] === w, best);
  return (best.before ?? best.after)?.name;
}

/**
 * A lower-case description of an organisation ("the party", "the state agency") whose head names
 * no kind the organisation's own name shows ("Reform UK", "Rural Roads Tasmania"): such a name may
 * be what the description stands for when it has just spoken.
 */
export function describesHeadless(description: string, name: string): boolean {
  const words = description.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3 || words.some((w) => !/^[\p{Ll}-]+$/u.test(w))) return false;
  if (!DESCRIPTION_HEADS.has(words[words.length - 1])) return false;
  const own = orgInfo(name).words;
  return !own.some((w) => DESCRIPTION_HEADS.has(w) || ORG_HEADS.has(w) || COMPANY_SUFFIX.has(w));
}

/**
 * The full name of an organisation introduced earlier on the page that this name is a short form
 * of: "Luano Ridge" → "Luano Ridge Mining" (the most often written such name).
 */
export function longerOrgName(name: string, pos: number, orgs: DistinctOrg[]): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  let best: string | undefined;
  let bestCount = 0;
  for (const o of orgs) {
    if (o.words.length <= words.length || !words.every((w, k) => o.words[k] === w)) continue;
    // "Northern" is not short for the "Northern Ledger": a publication is not written by its first words
    if (PAPER_NAME_ENDS.has(o.words[o.words.length - 1])) continue;
    const n = countBefore(o.starts, pos);
    // "Moorland" with "Moorland Rail" in the headline and "Moorland Rail Holdings" in the story: the fullest name, which the
    // shorter one shortens too
    const extendsBest = best !== undefined && o.name.startsWith(`${best} `);
    const shortens = best !== undefined && best.startsWith(`${o.name} `);
    if (n > 0 && (extendsBest || (n > bestCount && !shortens))) {
      best = o.name;
      bestCount = n;
    }
  }
  if (best !== undefined) return best;
  // a headline or an update above the story writes a company short ("Kestrel …") before its full name
  // ("TRX Rail president Ana Ruiz" names a subsidiary as a title's prefix: "TRX" written before it is not short for it)
  // ("Harbourside" in a live blog whose oldest entry, lower down, writes "Harbourside FC": a club's suffix, like a firm's)
  for (const o of orgs) if ((o.company || (o.words.length === words.length + 1 && /^a?fc$/.test(o.words[o.words.length - 1]))) && o.plain && o.words.length > words.length && words.every((w, k) => o.words[k] === w) && o.starts.length > bestCount) {
    best = o.name;
    bestCount = o.starts.length;
  }
  return best;
}

/**
 * The one longer organisation name on the page that this name of two words or more shortens by
 * leaving words out: its end ("Wildlife Tasmania" for "Parks and Wildlife Tasmania") or its middle
 * ("Parks Tasmania"). Undefined when none or several fit.
 */
export function fullerOrgName(name: string, orgs: DistinctOrg[]): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return undefined;
  let found: string | undefined;
  for (const o of orgs) {
    const n = o.words.length;
    if (n <= words.length || o.words[n - 1] !== words[words.length - 1] || o.name === name) continue;
    const suffix = words.every((w, k) => o.words[n - words.length + k] === w);
    let at = 0;
    for (const w of o.words) if (at < words.length && w === words[at]) at++;
    if (!suffix && !(at === words.length && o.words[0] === words[0])) continue;
    if (found !== undefined && found !== o.name) return undefined;
    found = o.name;
  }
  return found;
}

/** Upper-case initials of the capitalised words of each organisation name of two words or more ("WHO" → "World Health Organization"); the first name wins. */
export function orgInitials(orgs: DistinctOrg[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of orgs) {
    if (o.words.length < 2) continue;
    const caps = o.name.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w));
    if (caps.length < 2) continue;
    const key = caps.map((w) => w[0]).join('');
    if (!out.has(key)) out.set(key, o.name);
    // "US Consumer Product Safety Commission" is "the CPSC": a country's abbreviation in front is left out of the initials
    // and so is a place written before a public body's name: the "Texas Department of Public Safety" is "DPS"
    if (caps.length >= 3 && (/^(?:\p{Lu}\.?){2,3}$/u.test(caps[0]) || /^(?:Department|Ministry|Office|Bureau|Agency|Commission|Board|Authority|Service|Division)$/.test(caps[1]))) {
      const rest = key.slice(1);
      if (!out.has(rest)) out.set(rest, o.name);
    }
  }
  return out;
}

/**
 * The name an organisation is known by on the page: "Union Ministry of Jal Shakti" → "Ministry of Jal
 * Shakti" (India's "Union" marks the central government, not part of the name), "WHO" → "World
 * Health Organization" when the page spells out a name with those initials (`initials`, from orgInitials).
 */
export function canonicalOrgName(name: string, initials: Map<string, string>): string {
  const union = /^Union\s+((?:[\p{Lu}][\p{L}]*\s+)?Ministry\b.*)$/u.exec(name);
  if (union !== null) return union[1];
  if (/^[\p{Lu}]{2,6}$/u.test(name)) return initials.get(name) ?? shortInitials(name, initials) ?? name;
  // "P&G", "M&S": capitals joined by an ampersand, as the page defines them
  if (/^\p{Lu}+&\p{Lu}+$/u.test(name)) return initials.get(name) ?? name;
  // "the G.M.B.A." (American style) for the "Great Midland Bus Alliance": the initials without their full stops
  if (/^(?:\p{Lu}\.){2,6}$|^(?:\p{Lu}\.){1,5}\p{Lu}$/u.test(name)) {
    const bare = name.replace(/\./g, '');
    return initials.get(bare) ?? shortInitials(bare, initials) ?? name;
  }
  // "the NFAs" for the "Northern Film Awards": a plural acronym
  if (/^[\p{Lu}]{2,6}s$/u.test(name)) return initials.get(name.slice(0, -1)) ?? name;
  // "DfT", "DoJ": a short form with lower-case letters, as the page defines it, else the one organisation on the page
  // it spells ("TxDOT" for the "Texas Department of Transportation")
  if (/^\p{Lu}[\p{L}&]{1,7}$/u.test(name) && /\p{Ll}/u.test(name)) return initials.get(name) ?? spelledBy(name, initials) ?? name;
  return name;
}

/** Small words an abbreviation may leave out or write in lower case ("DfT": Department for Transport). */
const SMALL_WORD = /^(?:of|and|for|the|on|&)$/i;

/**
 * Whether a mixed-case abbreviation spells a name: each capital opens a word in turn, lower-case letters follow
 * from the same word ("Tx" of "Texas") or open a small word ("f" of "for"); small words may be left out.
 */
function spells(abbr: string, words: string[]): boolean {
  const go = (i: number, w: number): boolean => {
    if (i === abbr.length) return words.slice(w).every((x) => SMALL_WORD.test(x));
    if (w >= words.length) return false;
    const word = words[w];
    if (SMALL_WORD.test(word) && go(i, w + 1)) return true;
    if (abbr[i].toLowerCase() !== word[0].toLowerCase() || (/\p{Ll}/u.test(abbr[i]) && !SMALL_WORD.test(word))) return false;
    // the letters after the first, lower-case, in the word's order
    let j = 1;
    for (let k = i + 1; ; k++) {
      if (go(k, w + 1)) return true;
      if (k >= abbr.length || !/\p{Ll}/u.test(abbr[k])) return false;
      const at = word.toLowerCase().indexOf(abbr[k], j);
      if (at < 0) return false;
      j = at + 1;
    }
  };
  return go(0, 0);
}

/** The one organisation on the page a mixed-case abbreviation spells ("TxDOT"), remembered per abbreviation. */
function spelledBy(abbr: string, initials: Map<string, string>): string | undefined {
  const key = `~${abbr}`;
  if (initials.has(key)) return initials.get(key) || undefined;
  const found = new Set<string>();
  for (const [k, full] of initials) if (!k.startsWith('?') && !k.startsWith('~') && spells(abbr, full.split(/\s+/))) found.add(full);
  const one = found.size === 1 ? [...found][0] : '';
  initials.set(key, one);
  return one || undefined;
}

/**
 * "ECDC" for "European Centre for Disease Prevention and Control": an acronym that leaves out some
 * of the name's capitalised words but starts and ends with its first and last. Remembered per acronym.
 */
function shortInitials(acronym: string, initials: Map<string, string>): string | undefined {
  const key = `?${acronym}`;
  if (initials.has(key)) return initials.get(key) || undefined;
  let found = '';
  for (const [full, name] of initials) {
    if (full.startsWith('?') || full.length <= acronym.length || full[0] !== acronym[0] || full[full.length - 1] !== acronym[acronym.length - 1]) continue;
    let k = 0;
    for (const c of full) if (k < acronym.length && c === acronym[k]) k++;
    if (k === acronym.length) {
      found = name;
      break;
    }
  }
  initials.set(key, found);
  return found || undefined;
}
