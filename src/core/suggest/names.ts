// Name phrases around reporting verbs: capitalised runs read backwards or forwards from the verb,
// titles and roles stripped ("Russia's Deputy Foreign Minister Sergey Ryabkov" → "Sergey Ryabkov"),
// organisations told apart from people by their head words.

export const TITLE_WORDS = new Set(
  `trainer jockey skipper pilot chef architect designer artist singer actor actress player driver rider novelist poet composer conductor curator pastor vicar priest broker banker investor trader consultant strategist pollster planner engineer physician psychologist psychiatrist epidemiologist virologist pathologist paramedic firefighter ranger warden headteacher principal spokesmodel forecaster meteorologist lawyer campaigner activist expert historian teacher nurse surgeon witness resident farmer mp mep councillor candidate presenter host winner finalist opposition spokesman president vice-president minister secretary spokeswoman spokesperson chancellor premier senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor chief director ceo cfo coo chairman chairwoman chair head leader ambassador envoy commissioner general gen gen. colonel col col. admiral judge justice prosecutor attorney king queen prince princess pope sheikh emir mr mr. mrs mrs. ms ms. dr dr. prof prof. professor coach manager captain striker forward winger midfielder defender goalkeeper analyst economist official deputy vice press foreign defense defence interior finance state home health trade economy junior senior first lady lord sir dame sergeant lieutenant officer inspector superintendent detective commander founder owner executive chief-executive counsel adviser advisor aide secretary-general undersecretary under-secretary editor correspondent reporter author researcher scientist doctor dean rector bishop archbishop cardinal rabbi imam father commentator pundit grandmaster arbiter referee umpire`.split(/\s+/),
);

/**
 * Ranks and honorifics, written out and abbreviated, that stand before a name: "Det Supt Karl
 * Voss", "Insp Kate Lindqvist", "Cllr Ann Reed", "Cr Ann Reed" (an Australian councillor), "Miss Nadia Fairclough", "Revd Paul Hart".
 */
const RANKS_AND_HONORIFICS = `supervisor trustee selectman selectwoman adv cr garda gda constable asst pc pcso wpc dc ds di dci dcs dsu acc dcc det supt ch insp sgt cpl pte cllr col lt capt maj brig cdr cmdr adm marshal corporal brigadier commodore miss madam mdm mx rev revd reverend fr pres hon honourable baroness baron alderman sheriff magistrate coroner solicitor barrister recorder ayatollah councilman councilwoman assemblyman assemblywoman chairperson treasurer regent comptroller registrar ombudsman interim acting comrade alhaji alhaja taoiseach tánaiste tanaiste star mec`;
for (const w of RANKS_AND_HONORIFICS.split(/\s+/)) TITLE_WORDS.add(w);

/**
 * Occupations and roles that describe someone only when they open a name ("Student Tom Raeburn",
 * "Shopkeeper Ann Lee"); elsewhere many are surnames ("Emma Baker"), so they are never stripped
 * from the end of a name.
 */
const PREFIX_ROLES = new Set(
  // (plural titles open a list of names: "Trustees Ann Lee and Bob Cole voted against")
  `trustees supervisors councillors councilors senators commissioners aldermen selectmen regents student pupil schoolboy schoolgirl teenager teen youngster youth debutant rookie substitute midwife shopkeeper commuter fan supporter passenger worker volunteer parent mother mum dad grandmother grandfather grandparent pensioner retiree landlord landlady tenant homeowner motorist pedestrian shopper customer voter protester survivor victim neighbour neighbor businessman businesswoman entrepreneur publican cleaner carer cook waiter waitress bartender barista porter guard miner fisherman trawlerman steelworker dockworker docker labourer laborer mechanic builder plumber baker butcher vet lecturer tutor headmaster headmistress schoolteacher graduate apprentice trainee intern rapper dancer comedian writer filmmaker producer athlete sprinter swimmer boxer golfer cricketer footballer runner climber mountaineer sailor skier veteran widow widower organiser organizer steward prop hooker lock flanker wing winger centre center fly-half scrum-half full-back fullback back-rower forward keeper quarterback pitcher catcher shortstop linebacker batsman batter bowler wicketkeeper all-rounder opener playmaker stallholder hawker vendor clerk caretaker manager owner spokesperson provost rancher grower crofter shepherd herder beekeeper winemaker vintner gardener florist tailor hairdresser barber electrician carpenter joiner welder`.split(/\s+/),
);

export const ORG_HEADS = new Set(
  `síochána constabulary force directorate inspectorate secretariat trust society forum alliance coalition consortium cooperative co-operative observatory laboratory museum library hospital college school regulator academy tribunal kremlin house ministry office department centers centres center centre station commission council union party agency embassy company corporation corp corp. inc inc. ltd ltd. group bank police army navy government court parliament assembly committee senate congress university institute foundation association federation league club fund board authority service services bureau unit district pentagon nato un eu who fbi cia imf opec reuters afp ap tass sputnik ria novosti bbc cnn newsmax network channel times post journal press news organisation organization administration cabinet regime command forces military statement spokesperson's club fc united city council's airlines airways motors system systems`.split(/\s+/),
);

export const PLACES = new Set(
  `moscow washington kiev kyiv beijing london paris berlin brussels tokyo tehran ankara warsaw minsk rome madrid ottawa canberra delhi new-delhi islamabad jerusalem cairo riyadh seoul pyongyang taipei havana caracas brasilia geneva vienna athens budapest prague lisbon dublin stockholm oslo helsinki copenhagen russia ukraine china iran britain france germany israel japan america turkey poland india pakistan europe`.split(/\s+/),
);

/** Lower-case words inside names: "Ursula von der Leyen", "Bord na Móna", "Carlos de la Cruz", "Abu Bakr al-Baghdadi". */
export const NAME_PARTICLES = 'von|van|der|den|de|del|della|des|du|da|di|dos|das|la|le|ter|ten|zu|na|nic|ni|y|bin|bint|ibn|al|el|ould|wa|ap';
const PARTICLES = new Set([...NAME_PARTICLES.split('|'), 'of']);

/** The Arabic article joined to a surname ("al-Qasimi", "el-Masri"), which a later mention may leave out ("Qasimi said"). */
const JOINED_ARTICLE = /(^|\s)(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑](?=\p{L}{3})/giu;

/** A name, lower-cased, without the Arabic article joined to its words: "Nasser al-Qasimi" → "nasser qasimi". */
export function withoutJoinedArticle(name: string): string {
  return name.toLowerCase().replace(JOINED_ARTICLE, '$1');
}

/** "Maureen O’Brien, 71, and her husband, Frank": a relative named by first name only, who shares the surname. */
const RELATIVE = /\b(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+))?)\s+(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*),?(?:\s+\d{1,3},)?\s+and\s+(?:her|his)\s+(?:husband|wife|son|daughter|brother)(?:,\s+|\s+)(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

/** "Aidan and Ciara Doherty": two first names sharing the surname after them (the surname ends the run). */
const SHARED_SURNAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+and\s+\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?\p{Ll}+)*)(?![\p{L}'’-]|\s+(?:\p{Lu}|&|of\b))/gu;

/**
 * Full names of people the page names by first name beside a full name: "… and her husband, Frank" → "Frank
 * O’Brien", "Aidan and Ciara Doherty" → "Aidan Doherty" (no organisation's or place's words: "Marks and Spencer").
 */
export function relativesNamed(text: string): string[] {
  const out: string[] = [];
  if (text.includes(' and her ') || text.includes(' and his ')) for (const m of text.matchAll(RELATIVE)) out.push(`${m[3]} ${m[2]}`);
  for (const m of text.matchAll(SHARED_SURNAME)) {
    const words = [m[1], m[2]].map((w) => w.toLowerCase());
    if (!words.some((w) => ORG_HEADS.has(w) || PLACES.has(w) || TITLE_WORDS.has(w))) out.push(`${m[1]} ${m[2]}`);
  }
  return out;
}

/** How many words of a name are capitalised: "Faisal bin Saud al-Marri" has two ("bin", "al-Marri" are particles and a surname's article). */
export function capitalisedWords(name: string): number {
  let n = 0;
  // ("Al" and "El" written apart, "Abdullah bin Zayed Al Nahyan", are the article, not a name)
  for (const w of name.split(' ')) if (/^\p{Lu}/u.test(w) && w !== 'Al' && w !== 'El') n++;
  return n;
}

/** Capitalised words that open a sentence before a name: "Later Smith said", "Meanwhile the Kremlin said". */
const SENTENCE_OPENERS = new Set(['Later', 'Earlier', 'Meanwhile', 'Then', 'However', 'Also', 'Today', 'Yesterday', 'Tonight', 'Separately', 'Still', 'Now', 'But', 'And', 'So', 'Yet', 'Afterwards', 'Instead', 'Elsewhere', 'Previously', 'Finally', 'Initially', 'Again', 'Moreover', 'Similarly']);

/** A share rating or a trading verb, capitalised in a headline or a rating ("Buy Harlow", "Hold"), is no part of a name. */
/** A preposition of time before a weekday or month ("After Monday's vote"). */
const TIME_LEAD = /^(?:After|Before|Since|Until|During|Through|By|From)$/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
/** A self-introduction ("I'm Ana Ruiz") gives the name after it, without "I'm". */
const SELF_INTRODUCTION = /^I['’]m$/;
const RATING_WORDS = new Set(['Buy', 'Sell', 'Hold', 'Outperform', 'Underperform', 'Overweight', 'Underweight']);

/** Abbreviations whose full stop belongs to the word: "Dr.", "Gen.", "Insp.", "Supt.". */
const ABBREVIATION = /^(?:jr|sr|st|dr|adv|cr|mr|mrs|ms|mx|gen|sen|rep|gov|prof|rev|revd|fr|insp|supt|det|sgt|cpl|capt|col|lt|maj|cllr|hon|pres|brig|adm|cmdr|cdr)\.$/i;
/** A company's legal endings, written without their full stop (an alternation for a regular expression). */
export const LEGAL_ENDINGS = 'Inc|Ltd|Corp|Co|Bros|Pty';
/** A company's legal ending ("Inc.", "Ltd.", "Corp.", "Co."), whose full stop is the name's when the sentence runs on after it. */
const LEGAL_ENDING = new RegExp(`^(?:${LEGAL_ENDINGS})\\.$`);
/** After a name: the sentence runs on (a comma, a bracket, a lower-case word), so a full stop before it is no sentence end. */
const RUNS_ON = /^\s*[,;:)\p{Ll}]/u;

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN_CHAR = /[\p{L}\p{N}.'’&-]/u;

/** TOKEN_CHAR.test(ch), with ASCII answered without the regular expression. */
function isTokenChar(ch: string | undefined): boolean {
  if (ch === undefined) return TOKEN_CHAR.test(String(ch));
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45 || c === 38;
  return TOKEN_CHAR.test(ch);
}

/** A capitalised word, or a name with a lower-case prefix: "al-Baghdadi", "d'Estaing". */
export function isCap(t: string): boolean {
  return /^[\p{Lu}]/u.test(t) || /^(?:al|el|ad|ar|as|ash|at|az|an|ben|bin|ibn|abu|d|l|o)[-'’][\p{Lu}]/u.test(t);
}

/** t without a possessive ending ("'", "’", "'s", "’s"): what `t.replace(/['’]s?$/, '')` gives, without a regular expression. */
function stripPossessive(t: string): string {
  const last = t.charCodeAt(t.length - 1);
  if (last === 39 || last === 0x2019) return t.slice(0, -1);
  if (last === 115 && t.length >= 2) {
    const before = t.charCodeAt(t.length - 2);
    if (before === 39 || before === 0x2019) return t.slice(0, -2);
  }
  return t;
}

/**
 * "Transport for London", "Health for Wales": a public body named by its field, opening the name (no title or
 * name before it: "Secretary of State for Transport" is a title), then the place it serves (one or two words).
 */
function fieldForPlace(field: string, tokens: Token[], before: string): boolean {
  return tokens.length <= 2 && PORTFOLIO.has(field.toLowerCase()) && !/^(?:the|and|of|for|state)$/i.test(field) && (!isTitle(field) || DEPARTMENT_WORDS.has(field.toLowerCase())) && !/[\p{Lu}][\p{L}'’.-]*\s+[\p{Lu}][\p{L}'’]*\s+$/u.test(before) && !tokens.some((t) => isTitle(t.text) || ORG_HEADS.has(t.text.toLowerCase()));
}

/**
 * "for", "on" and "and" inside an organisation's name: "Office for Budget Responsibility" (after an
 * organisation head), "Food and Drug Administration" (the run read so far ends in one). Names of
 * people and coordinated places ("Washington and Kiev") are left to the callers.
 */
function orgConnector(word: string, tokens: Token[], before: string): boolean {
  if (tokens.length === 0) return false;
  const prev = /([\p{Lu}][\p{L}'’]*)\s+$/u.exec(before);
  if (prev === null) return false;
  // "Commission on Environmental Quality", "Council on Foreign Relations"
  // ("Transport for Wales", "Sport for Nordhaven": a body named by its field and the place it serves)
  if (word === 'for' || word === 'on') return ORG_HEADS.has(stripPossessive(prev[1]).toLowerCase()) || (word === 'for' && fieldForPlace(prev[1], tokens, before));
  if (word !== 'and' && word !== '&') return false;
  // ("Procter & Gamble", "Marks & Spencer": an ampersand between capitalised words joins one name)
  if (word === '&') return true;
  if (PLACES.has(prev[1].toLowerCase())) return false;
  // "… Administration" read so far, or "Centers for Disease Control and …" before
  const headOf = /([\p{Lu}][\p{L}]*)\s+(?:for|of)\s+(?:[\p{Lu}][\p{L}'’]*\s+){1,3}$/u.exec(before);
  return tokens.some((t) => ORG_HEADS.has(stripPossessive(t.text).toLowerCase()) && !/['’]s?$/.test(t.text)) || (headOf !== null && ORG_HEADS.has(headOf[1].toLowerCase()));
}

/** Quotation marks around a nickname written inside a name. */
const NICKNAME_OPEN = '“"‘\'';
const NICKNAME_CLOSE = '”"’\'';
/** A one-word nickname in quotation marks: "“Reggie”". */
const NICKNAME = String.raw`[“"‘']\p{Lu}[\p{Ll}.-]*[”"’']`;
/** A first name, then a nickname, at the end of a slice ("Reginald “Reggie”"): the nickname. */
const NICKNAME_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*\s+(${NICKNAME})$`, 'u');
/** A nickname followed by a capitalised word ("“Reggie” Tate"): the nickname and its space. */
const NICKNAME_AFTER = new RegExp(String.raw`${NICKNAME}\s+(?=\p{Lu})`, 'uy');
/** The same, at the start of a slice after optional spaces. */
export const NICKNAME_AHEAD = new RegExp(String.raw`^\s*${NICKNAME}(?=\s+\p{Lu})`, 'u');

/** Tokens of a capitalised name run ending right before `end` (spaces skipped). Stops at lower-case words and punctuation. */
export function capRunBefore(text: string, end: number, floor: number): Token[] {
  const tokens: Token[] = [];
  let i = end;
  while (i > floor) {
    while (i > floor && text[i - 1] === ' ') i--;
    // "Reginald “Reggie” Tate said": a nickname in quotation marks between a first name and a surname is no word of the name
    if (tokens.length > 0 && i > floor && NICKNAME_CLOSE.includes(text[i - 1])) {
      const nick = NICKNAME_BEFORE.exec(text.slice(Math.max(floor, i - 40), i));
      if (nick !== null) {
        i -= nick[1].length;
        continue;
      }
    }
    let j = i;
    while (j > floor && isTokenChar(text[j - 1])) j--;
    if (j === i) break;
    let word = text.slice(j, i);
    let wEnd = i;
    // a trailing full stop belongs to the sentence, not the name (unless an initial like "P.")
    // "the U.S. Bureau of Reclamation": a dotted abbreviation opens the name
    // "Brennan Water Systems Inc., the Ohio firm, said": a legal ending keeps its full stop when the sentence runs on
    const legal = tokens.length === 0 && LEGAL_ENDING.test(word) && RUNS_ON.test(text.slice(i, i + 4));
    if (!legal && word.endsWith('.') && !/^\p{Lu}\.$/u.test(word) && !ABBREVIATION.test(word) && !(tokens.length > 0 && /^(?:\p{Lu}\.){2,}$/u.test(word))) {
      if (tokens.length > 0) break;
      word = word.slice(0, -1);
      wEnd = i - 1;
    }
    const ok = isCap(word) || (PARTICLES.has(word.toLowerCase()) && tokens.length > 0 && (word !== 'of' || /[\p{Lu}][\p{L}]*\s+$/u.test(text.slice(Math.max(floor, j - 30), j)))) || orgConnector(word, tokens, text.slice(Math.max(floor, j - 60), j));
    if (!ok) break;
    tokens.unshift({ start: j, end: wEnd, text: word });
    i = j;
    if (tokens.length >= 10) break;
  }
  // "Ministry of Housing, Communities and Local Government": a run cut at a list's comma or "and" inside a name
  // goes back to the organisation's head before the list ("the Ministry of Health, Ann Roe" has no "and": two names)
  if (tokens.length > 0 && tokens[0].start - 2 > floor && /^(?:, |d |& )$/.test(text.slice(tokens[0].start - 2, tokens[0].start))) {
    const tail = text.slice(Math.max(floor, end - 160), end);
    // (cheap checks first: a capitalised word right before, and an "of"/"for" to head the list)
    const list = LIST_ITEM_BEFORE.test(text.slice(Math.max(floor, tokens[0].start - 24), tokens[0].start)) && (tail.includes(' of ') || tail.includes(' for ')) ? LISTED_ORG.exec(tail) : null;
    if (list !== null && ORG_HEADS.has(list[1].toLowerCase())) {
      const headEnd = end - list[0].length + list[1].length;
      // the run before the head word, with it ("the Ministry"), then the listed words after it
      const before = capRunBefore(text, headEnd, floor);
      const listed: Token[] = [];
      // (a word before the list's comma keeps it, so the name reads as written: "Ministry of Housing, Communities …")
      for (const w of text.slice(headEnd, end).matchAll(/[\p{L}\p{N}'’-]+,?/gu)) listed.push({ start: headEnd + (w.index ?? 0), end: headEnd + (w.index ?? 0) + w[0].length - (w[0].endsWith(',') ? 1 : 0), text: w[0] });
      if (before.length > 0) return [...before, ...listed];
    }
  }
  // a lower-case particle cannot open a name ("… of the"); a capitalised one can ("De la Cruz said")
  while (tokens.length > 0 && PARTICLES.has(tokens[0].text)) tokens.shift();
  // "After Saturday's game", "Since March": a time phrase, never a person's name
  if (tokens.length === 2 && TIME_LEAD.test(tokens[0].text) && CALENDAR.test(stripPossessive(tokens[1].text))) return [];
  while (tokens.length > 1 && (SENTENCE_OPENERS.has(tokens[0].text) || RATING_WORDS.has(tokens[0].text) || SELF_INTRODUCTION.test(tokens[0].text))) tokens.shift();
  return tokens;
}

/** A capitalised list item right before a run: "Communities and ", "Housing, ". */
const LIST_ITEM_BEFORE = /[\p{Lu}][\p{L}'’-]*(?:,| and| &) $/u;
/** "Ministry of Housing, Communities and Local Government" at a run's end: the head word, "of"/"for", a list with "and". */
const LISTED_ORG = /([\p{Lu}][\p{L}]*)\s+(?:of|for)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})*,?\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}$/u;

/** Tokens of a capitalised run starting at `start` (after spaces). */
export function capRunAfter(text: string, start: number, ceiling: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < ceiling) {
    while (i < ceiling && text[i] === ' ') i++;
    // "Reginald “Reggie” Tate": the nickname is skipped, the surname after it read on
    if (tokens.length > 0 && NICKNAME_OPEN.includes(text[i])) {
      NICKNAME_AFTER.lastIndex = i;
      const nick = NICKNAME_AFTER.exec(text);
      if (nick !== null && i + nick[0].length <= ceiling) {
        i += nick[0].length;
        continue;
      }
    }
    let j = i;
    while (j < ceiling && TOKEN_CHAR.test(text[j])) j++;
    if (j === i) break;
    let word = text.slice(i, j);
    let wEnd = j;
    if (word.endsWith('.') && !/^\p{Lu}\.$/u.test(word) && !ABBREVIATION.test(word) && !(LEGAL_ENDING.test(word) && RUNS_ON.test(text.slice(j, j + 4)))) {
      word = word.slice(0, -1);
      wEnd = j - 1;
    }
    const ok = isCap(word) || (PARTICLES.has(word.toLowerCase()) && tokens.length > 0);
    if (!ok) break;
    tokens.push({ start: i, end: wEnd, text: word });
    i = j;
    if (wEnd < j || tokens.length >= 10) break;
  }
  while (tokens.length > 0 && PARTICLES.has(tokens[tokens.length - 1].text.toLowerCase())) tokens.pop();
  return tokens;
}

export interface NamePhrase {
  start: number;
  end: number;
  /** The name without titles. */
  name: string;
  isOrg: boolean;
  /** Lower-cased title words that preceded the name ("deputy foreign minister"). */
  roles: string[];
  /** Only titles, no name ("the President"). */
  titleOnly?: boolean;
}

/** Sports positions that are titles only in lower case ("the forward said"): "Forward UK" is a party, not a title and a place. */
const LOWER_CASE_TITLES = new Set(['forward', 'winger', 'star']);

function isTitle(t: string): boolean {
  const w = stripPossessive(t).toLowerCase();
  if (LOWER_CASE_TITLES.has(w) && /^\p{Lu}/u.test(t)) return false;
  return TITLE_WORDS.has(w) || (w.endsWith('.') && TITLE_WORDS.has(w.slice(0, -1)));
}

/** Titles that are also common first names, read as the first name when one surname follows ("Dean Rowe"). */
const FIRST_NAME_TITLES = new Set(['Dean']);

/** A role that may open a name: a title anywhere, an occupation only at the start ("Student Tom Raeburn", "Mum-of-three Ann Lee"). */
function isPrefixRole(t: string): boolean {
  return PREFIX_ROLES.has(t.toLowerCase()) || isOccupation(t) || FAMILY_EPITHET.test(t.toLowerCase());
}

/**
 * A person's name without the titles, ranks, honorifics and occupations before it: "Det Supt Karl
 * Voss" → "Karl Voss", "Miss Fairclough" → "Fairclough", "Student Tom Raeburn" → "Tom Raeburn".
 * A name that is nothing but titles ("Prime Minister") is kept.
 */
export function stripTitles(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && ((isTitle(words[k]) && !(k === words.length - 2 && FIRST_NAME_TITLES.has(words[k]))) || (isPrefixRole(words[k]) && k < words.length - 2))) k++;
  if (k === 0 || words.slice(k).every((w) => isTitle(w))) return name;
  return words.slice(k).join(' ');
}

/** An occupation before a name: "Glaciologist Liv Sandvik", "Photographer Ann Lee". */
function isOccupation(t: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}(?:ologist|ist|ician|grapher|onomer)$/u.test(t);
}

/**
 * Capitalised abbreviations that open an organisation's name: a country or union ("UK Health
 * Security Agency", "EU Council"), a broadcaster or body ("BBC Radio Leeds", "NHS England"), a
 * sports club's form ("US Valmont", "FC Porto", "AS Roma").
 */
const ORG_PREFIXES = new Set('UK US USA EU UN NHS BBC ITV CNN NATO FIFA UEFA IMF WHO FBI CIA NASA FC AC AS SC SS RC CF CD SV SK VfB VfL TSG RB PSV AFC CSKA KV KRC'.split(' '));

/** Title words that name a department inside an organisation's name ("Foreign Ministry", "Home Office", "Health Security Agency"). */
const DEPARTMENT_WORDS = new Set('foreign defense defence interior finance state home health trade economy press justice junior senior first general garda'.split(' '));

/** Last words that only a business name ends with ("Luano Ridge Mining", "Kestrel Quarrying"); not "Power", "Mills" or "Steel", which are surnames too. */
export const BUSINESS_ENDINGS = new Set(
  'mining minerals metals resources ratings airlines airways aviation buses coaches railways ltd limited inc incorporated plc llc llp corp corporation holdings motors petroleum pharmaceuticals pharma foods telecom telecoms insurance logistics shipping brewery brewing supermarkets properties construction chemicals software networks studios investments securities ventures enterprises ferries quarrying fisheries dairies beverages cosmetics apparel hotels resorts haulage freight trucking couriers telecommunications semiconductors electronics robotics renewables utilities automotive aerospace engineering consulting industries technologies systems partners partnership gmbh devices appliances instruments therapeutics biosciences mobile wireless energie énergie energia gruppe groupe grupo gruppo'.split(' '),
);

/** Countries that end an agency's or a company's name ("Transport Canada", "Statistics Norway", "Air India"); not those that are also surnames or first names (England, Wales, Scotland, France, Ireland, Holland, Jordan, Georgia, Chad). */
const COUNTRY_ENDINGS = new Set(
  'canada australia britain germany india china japan russia ukraine italy spain portugal mexico brazil argentina chile colombia peru kenya nigeria ghana egypt ethiopia norway sweden denmark finland iceland poland austria switzerland belgium netherlands greece turkey iran iraq pakistan bangladesh indonesia malaysia singapore philippines vietnam thailand korea africa europe zealand'.split(' '),
);

/** Words of geography that no person's name holds ("North Atlantic", "Gulf of St. Lawrence", "Gaspé Peninsula"). */
const GEOGRAPHY = new Set('atlantic pacific arctic antarctic mediterranean baltic caribbean gulf ocean sea peninsula strait straits archipelago islands isles fjord estuary glacier plateau highlands lowlands basin canyon'.split(' '));
const WEATHER_OPENERS = new Set(['Hurricane', 'Typhoon', 'Cyclone']);
const COMPASS = new Set('north south east west northern southern eastern western central upper lower greater'.split(' '));

/** A capitalised run that names a place or a stretch of water, not a person ("North Atlantic", "Bay of Fundy"). */
export function isGeography(ts: Token[]): boolean {
  if (ts.some((t) => GEOGRAPHY.has(stripPossessive(t.text).toLowerCase()))) return true;
  // ("El Niño", "La Niña", "Hurricane Delia", "Typhoon Mawar": weather, which says nothing and is no one)
  if (ts.length >= 2 && (WEATHER_OPENERS.has(ts[0].text) || (/^(?:El|La)$/.test(ts[0].text) && /^Ni[ñn][oa]/u.test(ts[1].text)))) return true;
  // ("Leeds Central", "Glasgow North", "Cork South-West": a city's district or constituency, named by its point of the compass)
  if (ts.length === 2 && (/^(?:Central|(?:North|South)-?(?:[Ee]ast|[Ww]est))$/.test(ts[1].text) || (/^(?:North|South|East|West)$/.test(ts[1].text) && PLACES.has(ts[0].text.toLowerCase())))) return true;
  return ts.length >= 2 && COMPASS.has(ts[0].text.toLowerCase());
}

function isOrgLike(ts: Token[]): boolean {
  // ("Health Canada", "Finance Canada": a department's word before the country is the agency's name, no title)
  if (ts.length >= 2 && COUNTRY_ENDINGS.has(stripPossessive(ts[ts.length - 1].text).toLowerCase()) && !ts.some((t) => isTitle(t.text) && !(ts.length === 2 && DEPARTMENT_WORDS.has(t.text.toLowerCase())))) return true;
  if (ts.length >= 2 && ORG_PREFIXES.has(ts[0].text) && !ts.slice(1).some((t) => isTitle(t.text))) return true;
  if (ts.length >= 2 && BUSINESS_ENDINGS.has(stripPossessive(ts[ts.length - 1].text).toLowerCase().replace(/\.$/, ''))) return true;
  // ("Pryce Lyle & Co.", "Marks & Spencer": an ampersand joins no person's name)
  if (ts.length >= 3 && ts.some((t) => t.text === '&')) return true;
  // (a name particle not in capitals is part of a person's name, "Aled ap Rhys", "Ap Rhys said", whatever "AP" stands for)
  return ts.length > 0 && (ts.some((t) => ORG_HEADS.has(stripPossessive(t.text).toLowerCase()) && !(PARTICLES.has(t.text.toLowerCase()) && t.text !== t.text.toUpperCase())) || (ts.length === 1 && PLACES.has(ts[0].text.toLowerCase())) || ts.every((t) => t.text.length <= 6 && /^[\p{Lu}\d.&-]+$/u.test(t.text)));
}

/** "Reform UK's Dean Rowe": a title that is also a first name, right before a surname, is the first name. */
function titleAsFirstName(tokens: Token[], k: number): boolean {
  return k === tokens.length - 2 && FIRST_NAME_TITLES.has(tokens[k].text) && !/['’]s?$/.test(tokens[k + 1].text);
}

/** Titles that are common surnames too ("Stephen King", "Gayle Bishop"), and the suffixes that may follow a name. */
const SURNAME_TITLES = /^(?:King|Bishop|Judge|Dean|Pope)$/;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** Whether the title word at k closes a name after a first name as its surname ("Stephen King", "Martin Luther King Jr."). */
function surnameAt(tokens: Token[], k: number): boolean {
  const n = tokens.length;
  return SURNAME_TITLES.test(tokens[k].text) && k >= 1 && (k === n - 1 || (k === n - 2 && NAME_SUFFIX.test(tokens[n - 1].text))) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1].text) && !isTitle(tokens[k - 1].text) && !PLACES.has(tokens[k - 1].text.toLowerCase()) && !NATIONALITY_NOUNS.has(tokens[k - 1].text) && !/^(?:Crown|The|Saudi|Sun|Burger|Lion|Prince|Queen)$/.test(tokens[k - 1].text);
}

/** A member's letters ("TD", "MSP", "MLA"), which stand before a name as a title ("Sinn Féin TD Mary Lynch", "SNP MSP Ailsa Kerr"). */
const SEAT_LETTERS = /^(?:TD|MP|MEP|MSP|MLA|MPP|MHA|MS)$/;
/** The last word of a party's name, which may stand before a member's letters ("Fine Gael TD", "Labour MP"). */
const PARTY_ENDINGS = new Set('labour conservative conservatives tory tories liberal democrat democrats democratic green greens independent féin fáil gael snp sdlp dup uup tuv alliance cymru reform aontú unionist nationalist republican party profit solidarity'.split(' '));

/** Letters opening a name as its holder's title: a seat's letters followed by a first name and a surname that are no organisation's. */
function seatBefore(tokens: Token[], k: number): boolean {
  return k <= tokens.length - 3 && SEAT_LETTERS.test(tokens[k].text) && !isOrgLike(tokens.slice(k + 1));
}

/** "Jane Reed MP": a member's letters closing a person's name (after "the", or a party's name, they are the title: "the Fianna Fáil TD"). */
function postNominalAt(tokens: Token[], k: number, precededByThe: boolean): boolean {
  return k >= 2 && k === tokens.length - 1 && !precededByThe && SEAT_LETTERS.test(tokens[k].text) && !isTitle(tokens[k - 1].text) && !isTitle(tokens[k - 2].text) && !PARTY_ENDINGS.has(tokens[k - 1].text.toLowerCase());
}

/** Strips titles and roles from a capitalised run and tells organisations from people. */
export function nameFromRun(tokens: Token[], precededByThe: boolean): NamePhrase | undefined {
  if (tokens.length === 0) return undefined;
  // "The Treasury was blunt:": a capitalised "The" opening the run makes it an organisation's name, kept in the span
  if (tokens.length > 1 && tokens[0].text === 'The' && !precededByThe) {
    const np = nameFromRun(tokens.slice(1), true);
    if (np !== undefined && np.titleOnly !== true) {
      if (np.isOrg) np.start = tokens[0].start;
      return np;
    }
  }
  // "the County Prosecutor's Office", "Boris Johnson's Office": an organisation named by a possessive keeps it whole
  const n = tokens.length;
  if (n >= 2 && ORG_HEADS.has(tokens[n - 1].text.toLowerCase()) && /[\p{L}]['’]s?$/u.test(tokens[n - 2].text)) {
    const from = /^(the|a|an)$/i.test(tokens[0].text) ? 1 : 0;
    const all = tokens.slice(from);
    return { start: all[0].start, end: all[all.length - 1].end, name: all.map((t) => t.text).join(' '), isOrg: true, roles: [] };
  }
  // "Omar Haddad of Lakeside University": the person, not the affiliation after "of"
  const ofAt = tokens.findIndex((t) => t.text === 'of');
  if (ofAt >= 1 && !precededByThe) {
    const person = tokens.slice(0, ofAt);
    const affiliation = tokens.slice(ofAt + 1);
    const named = person.filter((t) => !isTitle(t.text));
    if (named.length > 0 && !person.some((t) => ORG_HEADS.has(stripPossessive(t.text).toLowerCase()) || /['’]s?$/.test(t.text)) && isOrgLike(affiliation)) return nameFromRun(person, false);
  }
  let lastTitle = -1;
  // "the Foreign Ministry", "the UK Health Security Agency": department words inside an organisation's name stay
  // "the Kansas Department of Health and Environment": a head with "of"/"for" inside the name counts as much as a head at its end
  // ("Health for Nordhaven": a field opening the name before "for" heads it too)
  const headOf = tokens.some((t, k) => k + 1 < n && /^(?:of|for)$/.test(tokens[k + 1].text) && (ORG_HEADS.has(t.text.toLowerCase()) || (k === 0 && tokens[1].text === 'for' && PORTFOLIO.has(t.text.toLowerCase()) && t.text !== 'State')));
  // ("Health Canada", "Finance Canada": a federal department named by its field and its country)
  const departmentOrg = (ORG_HEADS.has(stripPossessive(tokens[n - 1].text).toLowerCase()) || headOf || (n === 2 && COUNTRY_ENDINGS.has(stripPossessive(tokens[1].text).toLowerCase()))) && tokens.every((t) => !isTitle(t.text) || DEPARTMENT_WORDS.has(t.text.toLowerCase()));
  // "Stephen King", "Gayle Bishop", "Martin Luther King Jr.": a title word closing a name after a first name is the surname
  // (a function of the module: a closure made here would be made, and named, for every run)
  // (a word joined by "&" is a firm's founder, not an occupation: "Lindgren & Co.")
  if (!departmentOrg) for (let k = 0; k < tokens.length; k++) if ((isTitle(tokens[k].text) && !titleAsFirstName(tokens, k) && !surnameAt(tokens, k) && !postNominalAt(tokens, k, precededByThe)) || (k === lastTitle + 1 && k < tokens.length - 2 && tokens[k + 1].text !== '&' && isPrefixRole(tokens[k].text)) || seatBefore(tokens, k)) lastTitle = k;
  const roles = tokens.slice(0, lastTitle + 1).map((t) => stripPossessive(t.text).toLowerCase());
  let rest = tokens.slice(lastTitle + 1);
  // "Prime Minister's Questions", "the President's Cup": what a title holder owns is no one's name
  if (lastTitle >= 0 && rest.length > 0 && /['’]s?$/.test(tokens[lastTitle].text)) return undefined;
  // a possessive ("Russia's", "Putin's") before the name is not part of it — but one after an
  // organisation's "of" is ("the Federation of Riverton Tenants' Associations")
  const orgOf = rest.findIndex((t, k) => k > 0 && t.text === 'of' && ORG_HEADS.has(rest[k - 1].text.toLowerCase()));
  for (let k = rest.length - 2; k >= 0; k--) {
    // (skipped, not stopped: "Manitoba's Ministry of Mines" still loses the owner before the head)
    if (orgOf >= 0 && k > orgOf) continue;
    // ("St. Brendan’s Medical Center": a saint's name is part of the name it opens)
    if (/['’]s?$/.test(rest[k].text) && !(k > 0 && /^(?:St\.?|Saint|Ste\.?)$/.test(rest[k - 1].text))) {
      rest = rest.slice(k + 1);
      break;
    }
  }
  if (rest.length === 0) {
    // only titles: "the President", "Junior Foreign Minister"
    const all = tokens;
    // "a Garda spokesman": the rank that is also the force's name, alone, is the force
    if (all.length === 1 && /^Garda$/.test(all[0].text)) return { start: all[0].start, end: all[0].end, name: all[0].text, isOrg: true, roles: [] };
    return { start: all[0].start, end: all[all.length - 1].end, name: all.map((t) => t.text).join(' '), isOrg: isOrgLike(all) || precededByThe, roles, titleOnly: true };
  }
  // "Leader of the Opposition P. Selvam": after "the", a title before a full name makes the name a person's
  const restIsOrg = isOrgLike(rest) || (headOf && lastTitle < 0);
  const titledPerson = precededByThe && lastTitle >= 0 && rest.length >= 2 && !restIsOrg;
  if (restIsOrg || (precededByThe && !titledPerson)) {
    // only the last word's possessive goes ("the Treasury's" → "Treasury"); "Tenants' Associations" keeps its own
    return { start: rest[0].start, end: rest[rest.length - 1].end, name: rest.map((t, k) => (k === rest.length - 1 ? stripPossessive(t.text) : t.text)).join(' '), isOrg: true, roles };
  }
  // "Ann Lacey SC", "Tom Hale KC", "Jane Reed MP": letters after a person's name are no part of it
  // (a barrister's are read as the role "counsel", so that "counsel said" finds them)
  // (after a title one surname is enough: "Ms Lacey SC")
  while ((rest.length >= 3 || (rest.length === 2 && lastTitle >= 0)) && POST_NOMINALS.test(rest[rest.length - 1].text)) {
    if (BARRISTER.test(rest[rest.length - 1].text)) roles.push('counsel');
    rest = rest.slice(0, -1);
  }
  // "Isla Menzies's flock": the owner's name, without the possessive
  const last = rest[rest.length - 1];
  const owner = rest.length >= 2 && /\p{L}['’]s$/u.test(last.text);
  const name = rest.map((t) => t.text).join(' ');
  return { start: rest[0].start, end: owner ? last.end - 2 : last.end, name: owner ? name.slice(0, -2) : name, isOrg: false, roles };
}

/** Letters after a name: a barrister's rank, a parliament's seat, an honour. */
const POST_NOMINALS = /^(?:BL|SC|KC|QC|TD|MP|MEP|MSP|MLA|MS|AM|OBE|CBE|MBE|KBE|DBE)$/;
const BARRISTER = /^(?:BL|SC|KC|QC)$/;

/** Words of a minister's portfolio ("Minister for Culture, Heritage and the Gaeltacht", "Secretary of State for Transport"). */
const PORTFOLIO = new Set(
  'culture arts heritage gaeltacht sport sports media tourism housing local government planning health mental education skills finance justice equality transport environment climate energy communications foreign affairs defence defense enterprise trade employment agriculture food marine fisheries rural community communities development social protection children youth integration disability public expenditure reform higher further research innovation science digital business industry labour work pensions welfare home immigration economy infrastructure water security policing women veterans older people state europe european international overseas treasury national regional urban growth manpower sustainability natural resources land population cities citizenship consumer family families investment cooperative co-operative governance traditional the and & of for'.split(' '),
);
// ("MEC for Health": a South African provincial minister, a Member of the Executive Council)
const PORTFOLIO_TITLES = /^(?:minister|secretary|commissioner|spokes(?:man|woman|person)|senator|cabinet|mec)$/i;

/**
 * A minister's name without the portfolio between the title and the name: "Minister for Culture
 * Colm Ó Dálaigh" → "Minister Colm Ó Dálaigh" (the title stays, to be read as a role). `before` is
 * the text before the run, for a title the run did not reach ("Minister for" + "Housing Brid Nolan").
 */
export function withoutPortfolio(tokens: Token[], before: string): Token[] {
  let from = -1;
  let title = -1;
  for (let k = 1; k < tokens.length - 1 && from < 0; k++) {
    if (/^(?:for|of)$/.test(tokens[k].text) && PORTFOLIO_TITLES.test(tokens[k - 1].text)) {
      from = k;
      title = k - 1;
    }
  }
  if (from < 0 && /\b(?:Minister|Secretary|Commissioner|Spokes(?:man|woman|person)|MEC)\s+(?:of\s+State\s+)?(?:for|of)\s+(?:(?:the|and|&|[\p{Lu}][\p{L}]*),?\s+)*$/u.test(before)) from = 0;
  if (from < 0) return tokens;
  let k = from;
  while (k < tokens.length - 2 && PORTFOLIO.has(stripPossessive(tokens[k].text).toLowerCase())) k++;
  if (k === from) return tokens;
  return title >= 0 ? [...tokens.slice(0, title + 1), ...tokens.slice(k)] : tokens.slice(k);
}

/** Tabloid epithets that stand for a person already named: "the mum-of-two", "the gran-of-five". */
export const FAMILY_EPITHET = /^(?:mum|mother|mom|dad|father|gran|granny|grandmother|grandma|nan|nanna|grandad|granddad|grandfather|grandpa)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;

/** Heads of a role phrase besides the title words and organisation heads: sources, kinds of business, of media, of body. */
const ROLE_HEADS = new Set(
  'report officials source sources diplomat team firm prosecutors authorities regulator broadcaster airline carrier operator insurer retailer manufacturer charity watchdog school prison newspaper paper daily tabloid magazine outlet website publication studio label campaign organisers organizers airport port utility supplier force lender miner maker developer publisher chain brand startup giant business conglomerate body thinktank think-tank carmaker automaker drugmaker chipmaker steelmaker planemaker shipowner'.split(' '),
);

/** Heads of an unnamed source after "a"/"an": "a senior Gulf official", "a Western diplomat". */
const UNNAMED_ROLE_HEADS = /^(?:source|insider|diplomat|official|aide|delegate|negotiator|staffer|confidant)$/;

/** Nationalities written as nouns, which sports and feature writers use for the person just named ("The Dutchman said"). */
const NATIONALITY_NOUNS = new Set(
  'Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Scot Spaniard Swede Dane Finn Pole Norwegian German Italian Portuguese Brazilian Argentine Argentinian Canadian Mexican Colombian Chilean Uruguayan Nigerian Ghanaian Senegalese Cameroonian Ivorian Egyptian Moroccan Algerian Tunisian Kenyan Ethiopian Japanese Chinese Korean Indian Pakistani Bangladeshi Afghan Iranian Iraqi Turk Greek Croat Serb Bosnian Slovenian Slovak Czech Hungarian Romanian Bulgarian Ukrainian Russian Belarusian Georgian Armenian Austrian Swiss Belgian Icelander Estonian Latvian Lithuanian Kiwi Jamaican Venezuelan Peruvian Ecuadorian Paraguayan Cuban Israeli Palestinian Lebanese Syrian Jordanian Emirati Qatari Kuwaiti Omani Yemeni Filipino Indonesian Malaysian Thai Vietnamese Singaporean Zimbabwean Zambian Ugandan Tanzanian Rwandan'.split(' '),
);

/** "Dutchman", "Sri Lankan", "South Korean", "New Zealander": a nationality noun (a newspaper's name, "The Australian", is not one). */
export function isNationalityNoun(words: string): boolean {
  const m = /^(?:(?:South|North|Sri|Saudi|Costa|New|Sierra)\s+)?(\p{Lu}\p{Ll}+)$/u.exec(words);
  return m !== null && (NATIONALITY_NOUNS.has(m[1]) || /^(?:Sri Lankan|New Zealander|Saudi Arabian|Costa Rican|Sierra Leonean|South African)$/.test(words));
}

/** People met in the street, unnamed when they speak ("a woman said", "one passenger told reporters"), often named a sentence later. */
export const UNNAMED_PERSON = /^(?:woman|man|passenger|resident|neighbour|neighbor|colleague|friend|classmate|teammate|acquaintance|relative|shopper|motorist|commuter|witness|bystander|onlooker|pensioner|fisherman|driver|customer|worker|parent|mother|father|fan|local|survivor|villager|trader|stallholder|steward|spectator|supporter|volunteer|visitor|tourist|diner|guest)$/;

/** A lower-case role phrase before `end`: "the deputy minister", "the Russian leader", "the embassy's spokesman". */
export function rolePhraseBefore(text: string, end: number, floor: number): { start: number; end: number; head: string; words: string[]; unnamed?: boolean } | undefined {
  const from = Math.max(floor, end - 60);
  const seg = text.slice(from, end);
  // ("the U.N. agency": a dotted short form among the words)
  const m = /\b(the|a|an|its|his|her|their|one|another)\s+((?:(?:[\p{L}'’-]+|(?:\p{Lu}\.)+)\s+){0,3}?)([\p{Ll}\d'’-]+)\s*$/iu.exec(seg);
  if (m === null) return undefined;
  const head = m[3].toLowerCase();
  const start = from + m.index;
  // "the 52-year-old said": an age stands for the person
  if (/^\d{1,3}-year-old$/.test(head) || FAMILY_EPITHET.test(head)) return { start, end: start + m[0].trimEnd().length, head, words: [head] };
  const det = m[1].toLowerCase();
  const indefinite = det === 'a' || det === 'an';
  const someoneNew = det === 'one' || det === 'another';
  // ("one passenger", "a woman": someone unnamed the story met)
  // ("One former Leeds colleague": after "one" or "another", a place's capital too)
  const person = (indefinite || someoneNew) && UNNAMED_PERSON.test(head) && (!/\p{Lu}/u.test(m[2]) || someoneNew);
  if (!TITLE_WORDS.has(head) && !ORG_HEADS.has(head) && !ROLE_HEADS.has(head) && !person) return undefined;
  // ("the thinktank" stands for the one the page names; "a leading thinktank" names none)
  if (indefinite && /^(statement|report|thinktank|think-tank)$/.test(head)) return undefined;
  // "one trawler owner", "another witness": someone new, not a person named before; so is "a senior Gulf official"
  // (an unnamed source's head after "a"/"an")
  return { start, end: start + m[0].trimEnd().length, head, words: (m[2] + m[3]).toLowerCase().split(/\s+/).filter(Boolean), unnamed: someoneNew || (indefinite && (UNNAMED_ROLE_HEADS.test(head) || person)) };
}
