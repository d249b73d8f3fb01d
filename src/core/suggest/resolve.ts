// One canonical full name per speaker within an article: a later "Peskov" is "Dmitry Peskov",
// "the deputy minister" is the person introduced with that title, "he" is the person the
// previous sentences are about.
import type { DraftSpeaker } from './draft';
import type { GroupMention, Mention, PersonMention } from './attribution';
import type { Range } from './sentences';
import { capitalisedWords, FAMILY_EPITHET, isNationalityNoun, LEGAL_ENDINGS, stripTitles, TITLE_WORDS, UNNAMED_PERSON, withoutJoinedArticle } from './names';
import { canonicalOrgName, describedOrg, describesHeadless, distinctOrgs, fullerOrgName, longerOrgName, OrgIndex, orgEndingWith, orgInfo, orgInitials, orgPlaces, type OrgName } from './orgs';
import { firstAtOrAfter } from '../search';

const FEMALE = new Set(
  'jen jennifer ursula angela hillary kamala maria marie anna olga laura sarah emma elena natalia svetlana theresa liz elizabeth nancy margaret jacinda giorgia christine kristalina annalena janet karine catherine kate julia sophie claire anne marine sanna mette roberta ngozi nikki linda susan karen amy jessica lisa mary patricia barbara helen rachel rebecca sofia ana lucia ingrid greta ewa beata yulia irina tatiana ekaterina fatima aisha priya mei yuki chloe isabel carmen elisa francesca giulia marta zuzana nadia amina leila ines alice grace hannah lena lea eva marguerite margaux mathilde amelie aurelie camille chantal genevieve isabelle juliette lucie manon nathalie sylvie valerie veronique josephine louise rose agnes astrid sigrid annika birgitta britt karin kirsten maja marit solveig tove liv silje hanna johanna katarzyna agnieszka malgorzata joanna magdalena ewelina dorota zofia anastasia daria ksenia oksana tetiana iryna lyudmila valentina alessandra chiara federica paola silvia valeria beatriz catarina mariana rosa pilar lourdes guadalupe ximena priyanka lakshmi sunita anita kavita deepa meera radha shreya ananya aishwarya divya pooja geeta sita uma nandini fatou aminata nkechi chioma adaeze folake yetunde thandiwe nomvula wanjiru akosua abena ling xiu mei-ling yuko keiko haruka sakura min-ji ji-woo seo-yeon siobhan aoife niamh orla roisin sinead ciara grainne mairead deirdre emily olivia ava isabella mia charlotte amelia evelyn abigail ella scarlett layla penelope zoey lily eleanor audrey bella lucy caroline kinsley allison maya naomi sadie ruth judith deborah esther miriam leah sara tamar yael noa shira dalia rania yasmin zainab maryam khadija samira nour salma hana tina gina nina wanda gloria dolores teresa monica veronica sandra donna carol michelle dorothy kimberly betty shirley melissa brenda virginia kathleen pamela martha debra amanda stephanie carolyn frances ann joyce diane julie heather doris cheryl mildred katherine joan ashley janice nicole judy christina kathy beverly denise tammy irene jane lori marilyn kathryn jacqueline bonnie lois phyllis norma paula diana annie lillian peggy gladys rita connie florence edna tiffany cindy wendy victoria edith sylvia thelma sheila ethel ellen elaine marjorie carrie pauline juanita rhonda debbie clara lucille joanne danielle megan alicia suzanne michele gail bertha darlene jill geraldine lauren cathy joann lorraine sally regina erica beatrice bernice yvonne annette samantha marion stacy renee vivian brittany melanie loretta yolanda jeanette laurie katie kristen vanessa alma elsie beth jeanne nora vera hazel ruby violet'.split(' '),
);

const ROLE_EQUIV: Record<string, string[]> = {
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press'],
  secretary: ['secretary', 'spokesman', 'spokeswoman', 'spokesperson'],
  leader: ['president', 'leader', 'premier', 'chancellor', 'minister', 'king', 'queen'],
  president: ['president', 'leader'],
  diplomat: ['minister', 'ambassador', 'envoy', 'diplomat', 'secretary'],
  official: ['minister', 'secretary', 'official', 'spokesman', 'deputy', 'director', 'chief'],
};

/** Common men's first names, so "she" never lands on "Patrick Doucet". */
const MALE = new Set(
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy keith roger gerald harold sean arthur lawrence bryan joe bruce gabriel albert alan juan wayne elijah randy roy vincent ralph eugene russell mason philip louis oliver jacques pierre michel francois philippe alain bernard claude didier etienne fabrice guillaume hugo julien laurent luc marc mathieu nicolas olivier pascal remi sebastien stephane thierry xavier yves hans jurgen klaus wolfgang stefan uwe dieter friedrich heinz helmut karl markus matthias torsten lars erik anders bjorn gunnar henrik johan magnus nils olof sven jan piotr tomasz pawel krzysztof marek andrzej grzegorz michal jakub lukasz ivan dmitry sergey sergei vladimir alexei alexey nikolai mikhail andrei igor oleg yuri viktor pavel boris giuseppe giovanni francesco antonio marco luca matteo lorenzo alessandro davide stefano roberto carlos miguel manuel javier rafael fernando pedro pablo diego alejandro luis jorge ricardo joao paulo tiago rui nuno mohammed muhammad ahmed ali hassan hussein omar khalid mahmoud mustafa ibrahim youssef karim tariq rajesh rahul amit sanjay vijay suresh ramesh arjun anil sunil ravi manoj ashok rakesh ajay deepak vikram saji rajan kiran chen wei jun hao lei tao hiroshi takashi kenji satoshi min-jun seung kwame kofi chinedu emeka oluwaseun tunde ade sipho thabo juho petteri mikko jukka antti matti liam cian eoin conor padraig seamus niall declan fergus angus hamish callum jean-pierre jean-luc tom tim ben harry carl'.split(' '),
);

/** A first name without accents, lower-cased ("Inês" → "ines"). */
function plainFirst(name: string): string {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  // (plain ASCII has no accents to strip: most first names skip the decomposition)
  return NOT_ASCII.test(first) ? first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : first.toLowerCase();
}

const NOT_ASCII = /[\u0080-\uffff]/;

function gender(name: string, roles: string[]): 'f' | 'm' | undefined {
  if (roles.some((r) => /woman$|^(mrs|ms|queen|princess|dame|lady)\.?$/.test(r))) return 'f';
  if (roles.some((r) => /^(mr|king|prince|sir|lord)\.?$/.test(r) || /man$/.test(r))) return 'm';
  const first = plainFirst(name);
  return FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : undefined;
}

function canonical(titled: string, byLast: Map<string, string[]>, byFirst?: Map<string, string[]>, fits?: (full: string) => number): string {
  const surface = stripTitles(titled);
  const lower = surface.toLowerCase();
  let best: string | undefined;
  // ("Qasimi said" after "Nasser al-Qasimi": the surname without its joined article)
  const bare = withoutJoinedArticle(lower);
  let bestFit = -1;
  // the lists are sorted longest first, so the first match is the fullest name
  for (const full of byLast.get(lastToken(lower)) ?? []) {
    const f = full.toLowerCase();
    const fBare = withoutJoinedArticle(f);
    if (f === lower || f.endsWith(` ${lower}`) || (fBare !== f && (fBare === bare || fBare.endsWith(` ${bare}`)))) {
      // ("Mr O’Brien" beside "Maureen O’Brien" and "Frank O’Brien": the fullest name of the title's gender, one
      // known to be of it before one whose gender is unknown)
      const fit = fits === undefined ? 2 : fits(full);
      if (fit > bestFit) {
        best = full;
        bestFit = fit;
      }
      if (bestFit === 2) break;
    }
  }
  // "Castillo said" after "Andrés Felipe Castillo Rojas": the first of two surnames closing a name of four words or more
  // (as Spanish and Portuguese names are written), when no name ends with it
  if (best === undefined && !lower.includes(' ')) {
    const paternal = byLast.get(`${PATERNAL}${lower}`) ?? [];
    if (paternal.length === 1) best = paternal[0];
  }
  // "Xi said" after "Xi Jinping", "Ruth said" after "Ruth Adebayo": a single word that opens exactly one full name
  if (best === undefined && byFirst !== undefined && !lower.includes(' ')) {
    const opens = byFirst.get(lower) ?? [];
    if (opens.length === 1) best = opens[0];
  }
  return best ?? surface;
}

/** "SAFFRON Vale has …": a name opening a story in capitals, written as elsewhere ("Saffron Vale"). */
function dropCapName(name: string): string {
  const words = name.split(' ');
  if (words.length < 2 || !/^\p{Lu}{3,}$/u.test(words[0]) || !words.slice(1).some((w) => /\p{Ll}/u.test(w))) return name;
  return [words[0][0] + words[0].slice(1).toLowerCase(), ...words.slice(1)].join(' ');
}

/** "TxDOT", "DfE", "DoJ": capitals with at most two lower-case letters between them (not "McDonald"). */
const MIXED_ABBREVIATION = /^\p{Lu}(?:\p{Ll}{0,2}\p{Lu})+\p{Ll}{0,2}$/u;

/** Key prefix of the three-word full names by their middle word ("García" in "Marta García Márquez"). */
const MIDDLE = 'middle:';
/** Key prefix of the full names a paternal surname ("Castillo" in "Andrés Felipe Castillo Rojas") opens. */
const PATERNAL = 'paternal:';
/** First words of Malay names that the person is not called by ("Muhammad", "Nur", "Siti"): the second word is the name in use. */
const MALAY_FIRST = /^(?:Muhammad|Muhamad|Mohammad|Mohamad|Mohamed|Mohd|Muhd|Nur|Nurul|Siti|Noor|Nor)$/;

/** The last word of a name, lower-cased. */
function lastToken(name: string): string {
  const i = name.lastIndexOf(' ');
  return (i < 0 ? name : name.slice(i + 1)).toLowerCase();
}

/** "Labour sources at the count", "two Democratic aides": people spoken of in the plural, one of whom may speak as "One". */
const PLURAL_SOURCE = /^(?:[\p{L}'’-]+\s+){0,2}(?:sources|officials|aides|insiders|advisers|advisors|members|staff|workers|residents|neighbours|neighbors|campaigners|activists|organisers|organizers|volunteers|colleagues|friends|relatives|witnesses|analysts|diplomats|people)(?:\s|$)/u;
/** Unnamed people in the plural, as a speaker's name: "sources", "officials", "cartel sources", "three OPEC+ sources". */
// (with what ties them to the story: "sources close to the board", "people familiar with the talks")
const PLURAL_UNNAMED = /^(?:[\p{L}\d+&-]+\s+){0,2}(?:sources|officials|analysts|diplomats|people|residents|witnesses|experts|traders|economists)(?:\s+(?:close to|familiar with|with (?:direct )?knowledge of|briefed on|involved in)(?:\s+[\p{L}'’.-]+){1,5})?$/u;

/** "a Western diplomat", "three OPEC+ sources": the determiner or count an unnamed source is introduced with, no part of its name. */
const LEADING_COUNT = /^(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+(?!of\s)(?=\S)/u;
/** A short form written with full stops: "U.N.", "U.S.". */
const DOTTED_SHORT = /(?<![\p{L}.])(?:\p{Lu}\.){2,}/gu;
/** "Indonesia's health ministry", "Chile's Ministry of Mining": a place's public body, the place written as its owner. */
const PLACE_OWNED_BODY = /^((?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]+)['’]s\s+((?:[\p{Ll}-]+\s+){0,2}(?:ministry|government|department|embassy|military|army|navy|cabinet|presidency|parliament|regulator|coastguard|agency)|(?:Ministry|Department|Office|Agency)\s+(?:of|for)\s+.+)$/u;
/** The determiner or count an unnamed source opens with, at the start of a sentence as well ("One official said …"). */
const UNNAMED_OPENING = new RegExp(LEADING_COUNT.source.replace('(?:an?|', '(?:another|an?|'), 'iu');
/** A word in capitals that may be a short form the page defines ("CWMA", "FAA"). */
const ABBREVIATION_WORD = /(?<![\p{L}'’-])\p{Lu}[\p{Lu}\p{Ll}&]{1,7}(?![\p{L}'’-])/gu;
/** "a source close to the singer": the person the source is close to, written as a role. */
const CLOSE_TO_ROLE = /^(.*\s(?:close to|familiar with))\s+the\s+([\p{Ll}-]+)$/u;
/** Unnamed people a "he" or "she" may stand for, besides UNNAMED_PERSON's: "a driver who stopped", "a user on the forum". */
const UNNAMED_ONE = /^(?:user|trooper|marshal|firefighter|paramedic|lifeguard|moderator|reader|viewer|listener|subscriber|commenter|poster|employee|member|player|owner|buyer|seller|tenant|patient|student|teacher|pupil|rider|cyclist|eyewitness|caller)$/;
/** Unnamed people of a known sex: "one woman in the crowd" is no "he". */
const UNNAMED_FEMALE = /^(?:woman|mother|fisherwoman)$/;
const UNNAMED_MALE = /^(?:man|father|fisherman)$/;
/** "'s family", "'s relatives": a person's kin, who speak for the person as one. */
const KIN_OWNED = /^['’]s\s+(family|relatives|parents)$/;
/** "a source close to Castell": the person the source is close to, written by one name. */
const CLOSE_TO_NAME = /^(.*\s(?:close to|familiar with))\s+(\p{Lu}[\p{Ll}'’-]+)$/u;

/** A nationality opening a lower-case description: "Swedish" in "Swedish furniture retailer", "German" in "German carmaker". */
const NATIONAL_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+(?:ern|ian|ean|can|ese|ish|ch|i)|German|Greek|Swiss|Thai)\s+(?=[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}$)/u;

/** A role's owner and the rest: "Osei" and "'s spokesperson" in "Osei's spokesperson". */
const POSSESSIVE_OWNER = /^(\p{Lu}[^'’]*?)(['’]s\s.+)$/u;

/** "his party", "their union": a possessive determiner before a body's kind, in lower case. */
const OWNER_DETERMINER = /^(?:his|her|their|its)\s+(?=[\p{Ll}-]+$)/iu;

/** Courtesy titles that name no office ("Dame Eleanor Prothero" may still be "the Speaker"). */
/** Roles an organisation may be introduced with, as a person may ("Pollster Sudwest Umfragen said"). */
const ORG_ROLES = /^(?:pollster|broadcaster|publisher)$/;
const COURTESY = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'hon', 'honourable', 'rev', 'revd', 'reverend', 'prof', 'prof.', 'professor']);

/** Offices written as one capitalised word after "the" that read like a name ("the Speaker", "the Ombudsman"). */
const SINGLE_TITLES = /^(?:Speaker|Ombudsman|Taoiseach|Tánaiste|Tanaiste|Registrar|Provost|Chair|Chairman|Chairwoman|Moderator)$/u;

/** `f` answering each key once: later calls with the same key take the kept answer. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const kept = new Map<string, { value: T }>();
  return (key) => {
    let hit = kept.get(key);
    if (hit === undefined) kept.set(key, (hit = { value: f(key) }));
    return hit.value;
  };
}

/** `f` answered once, on its first call: later calls take the kept answer. */
function once<T>(f: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: f() }).value;
}

/** Adds `value` to the list kept under `key`. */
function addTo<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}

/** A company name ending in a legal abbreviation with its full stop ("… Inc.", "… Ltd."). */
const LEGAL_DOTTED = new RegExp(`\\s(?:${LEGAL_ENDINGS})\\.$`);
const LEGAL_UNDOTTED = new RegExp(`\\s(?:${LEGAL_ENDINGS})$`);

/** Turns mentions into speakers with canonical names. Pronouns and roles without an antecedent are dropped (undefined). */
export function resolveSpeakers(mentions: Mention[], persons: PersonMention[], sentences: Range[], groups: GroupMention[] = [], orgIndex: OrgIndex = new OrgIndex(), titleNames: string[] = []): (DraftSpeaker | undefined)[] {
  const orgs = distinctOrgs(orgIndex.names);
  const places = orgPlaces(orgIndex.names);
  const initials = orgInitials(orgs);
  // the page's own definitions come first ("the Department for Transport (DfT)")
  for (const [abbr, name] of orgIndex.abbreviations) initials.set(abbr, name);
  const defined = new Set(orgIndex.abbreviations.values());
  // a short form's one fuller name, once per name (a scan of every organisation)
  const fuller = memo((name) => fullerOrgName(name, orgs));
  const startsOf = new Map(orgs.map((o) => [o.name, o.starts]));
  /** Whether the organisation is written in [from, to). */
  const namedIn = (name: string, from: number, to: number): boolean => {
    const starts = startsOf.get(name) ?? [];
    const k = firstAtOrAfter(starts, from, (x) => x);
    return k < starts.length && starts[k] < to;
  };
  // organisations by their first word, for short forms ("Luano Ridge" → "Luano Ridge Mining")
  const orgsByFirst = new Map<string, typeof orgs>();
  for (const o of orgs) addTo(orgsByFirst, o.words[0], o);
  const written = memo((name) => orgIndex.written(name));
  const longer = (name: string, pos: number): string | undefined => longerOrgName(name, pos, orgsByFirst.get(name.slice(0, (name + ' ').indexOf(' ')).toLowerCase()) ?? []);
  const fullNames = new Map<string, string[]>();
  const firstNames = new Map<string, string[]>();
  const seen = new Set<string>();
  const addFull = (titled: string): void => {
    const n = dropCapName(stripTitles(titled));
    if (!n.includes(' ') || seen.has(n.toLowerCase())) return;
    seen.add(n.toLowerCase());
    const key = lastToken(n);
    addTo(fullNames, key, n);
    // "Andrés Felipe Castillo Rojas" by "Castillo" (kept apart from last words: looked up only when none ends a name)
    const words = n.split(' ');
    const capitalised = capitalisedWords(n);
    if (capitalised >= 4 && /^\p{Lu}/u.test(words[words.length - 2])) addTo(fullNames, `${PATERNAL}${words[words.length - 2].toLowerCase()}`, n);
    // "Mr Faizal" after "Muhammad Faizal Abdul Rahman": a Malay name opened by a religious first name is called by its second word
    if (words.length >= 3 && MALAY_FIRST.test(words[0]) && /^\p{Lu}\p{Ll}+$/u.test(words[1])) addTo(fullNames, `${PATERNAL}${words[1].toLowerCase()}`, n);
    // "Ms García" after "Marta García Márquez": the first of two surnames, found only with a courtesy title (see below)
    if (words.length === 3 && capitalised === 3) addTo(fullNames, `${MIDDLE}${words[1].toLowerCase()}`, n);
    // "Nasser al-Qasimi" is found again by "Qasimi" too
    const bareKey = withoutJoinedArticle(key);
    if (bareKey !== key) addTo(fullNames, bareKey, n);
    const first = n.slice(0, n.indexOf(' ')).toLowerCase();
    // (particles do not count: "Faisal bin Saud al-Marri" is opened by "Faisal" as "Ruth Adebayo" is by "Ruth")
    if (capitalised <= 3) addTo(firstNames, first, n);
  };
  // (a business written only before a title and a person, "Kestrel Rail chairman Ann Lee", is no one's full name: its
  // first word alone is the parent company's name, not short for it)
  const roleOnly = new Set(orgs.filter((o) => o.company && !o.plain).map((o) => o.name));
  for (const p of persons) if (!roleOnly.has(p.name)) addFull(p.name);
  for (const m of mentions) if (m.kind === 'name' && !m.isOrg) addFull(m.surface);
  // longest first: the first full name that ends with a surface is the one to take
  for (const list of fullNames.values()) list.sort((a, b) => b.length - a.length);
  // "Ivy Lane pulls out of …" in the headline: the body's "Ivy" is Ivy Lane (after the body's own names)
  for (const n of titleNames) addFull(n);
  // the full names are known from here on: one lookup per surface
  const canon = memo((surface) => canonical(surface, fullNames, firstNames));
  /** Names written as one word on the page ("Peskov"), lower-cased, once per page. */
  const singleNames = once(() => {
    const single = new Set<string>();
    for (const p of persons) if (!p.name.includes(' ')) single.add(p.name.toLowerCase());
    for (const x of mentions) if (x.kind === 'name' && !x.surface.includes(' ')) single.add(x.surface.toLowerCase());
    return single;
  });
  /** One-word names of speakers ("Dunbar said"), lower-cased, once per page. */
  const singleSpeakers = once(() => new Set(mentions.filter((x) => x.kind === 'name' && !x.isOrg && !x.surface.includes(' ')).map((x) => x.surface.toLowerCase())));
  /** Full names written with a role or a courtesy title ("Prof Li Wenjing"), save one an organisation may have ("pollster"), once per page. */
  const titledPeople = once(() => new Set(persons.filter((p) => p.name.includes(' ') && p.roles.some((r) => !ORG_ROLES.test(r))).map((p) => canon(p.name))));
  /** Names a "he" or a "she" has stood for so far. */
  const gendered = new Set<string>();
  const genders = new Map<string, 'f' | 'm'>();
  for (const p of persons) {
    const g = gender(p.name, p.roles);
    if (g !== undefined) genders.set(canon(p.name), g);
  }
  /** A full name's gender: as its person was titled on the page, else by its first name. */
  const genderOf = (full: string): 'f' | 'm' | undefined => genders.get(full) ?? gender(full, []);
  // "Mr O’Brien", "Ms O’Brien": a surname with a gendered title, the full name of that gender when two share it
  const canonFor = (want: 'f' | 'm'): ((surface: string) => string) =>
    memo((surface) => canonical(surface, fullNames, firstNames, (full) => {
      const g = genderOf(full);
      return g === want ? 2 : g === undefined ? 1 : 0;
    }));
  const canonF = canonFor('f');
  const canonM = canonFor('m');
  /** The full names a one-word surname ends, when more than one does (once per surname). */
  const namesakes = memo((surface) => {
    const lower = surface.toLowerCase();
    return (fullNames.get(lower) ?? []).filter((f) => f.toLowerCase().endsWith(` ${lower}`));
  });
  /** `name`, or the full name sharing its surname that was named last before `pos` and fits the title's gender as well. */
  const nearestNamesake = (name: string, surface: string, pos: number, want: 'f' | 'm' | undefined): string => {
    const same = namesakes(surface);
    if (same.length < 2) return name;
    const fit = (full: string): boolean => want === undefined || genderOf(full) === genderOf(name);
    const before = personsBefore(pos);
    for (let k = before.length - 1; k >= 0; k--) {
      const full = before[k].name.includes(' ') ? canon(before[k].name) : undefined;
      if (full !== undefined && same.includes(full)) return fit(full) ? full : name;
    }
    return name;
  };
  /** The organisation a sentence opens with ("The Coastguard Agency has …"), if any. */
  const subjectOrg = (s: Range | undefined): string | undefined => {
    if (s === undefined) return undefined;
    const names = orgIndex.names;
    const o = names[firstAtOrAfter(names, s.start, (n) => n.start)];
    // ("The U.S. Department of Agriculture cut …", "Kenya's Ministry of Health said": one word of country before it)
    return o !== undefined && o.start < s.end && (o.start <= s.start + 4 || orgIndex.countryBefore(s.start, o.start)) ? o.name : undefined;
  };
  /** The index of the sentence holding `pos` (the last one starting at or before it; 0 before the first). */
  const sentenceOf = (pos: number): number => Math.max(0, firstAtOrAfter(sentences, pos + 1, (x) => x.start) - 1);
  // persons sorted by position (they are collected in text order)
  const firstAt = (pos: number): number => firstAtOrAfter(persons, pos, (p) => p.start);
  const personsBefore = (pos: number): PersonMention[] => {
    const lo = firstAt(pos);
    return persons.slice(Math.max(0, lo - 200), lo);
  };

  // "Prosecutors reviewed the case. They said …": the nearest plural group up to three sentences back, none named since
  const groupBefore = (pos: number): GroupMention | undefined => {
    const lo = firstAtOrAfter(groups, pos, (x) => x.start);
    const g = lo > 0 ? groups[lo - 1] : undefined;
    return g !== undefined && g.sentence >= sentenceOf(pos) - 3 ? g : undefined;
  };
  // (`body`: the organisation an unnamed spokesperson or official of it speaks for, "UKHSA" of "a UKHSA spokesperson")
  const resolvedAt: { pos: number; end?: number; name: string; sentence: number; group: boolean; org?: boolean; unnamed?: string; body?: string }[] = [];
  // an office no one is named with, once found to stand for someone ("the home secretary" → "Jane Roe")
  const holders = new Map<string, string>();
  /** The last organisations that have spoken, each once, the most recent last. */
  const spokenOrgs: Omit<OrgName, 'start'>[] = [];
  const orgNames = new Set(orgs.map((o) => o.name));
  const personWords = new Set<string>();
  for (const p of persons) for (const w of p.name.split(' ')) personWords.add(w);
  /** The people a headline names whom the body names too (full names, once each), computed once per page. */
  const headlinePeople = once(() => {
    const inBody = new Set(persons.map((p) => canon(p.name)));
    return [...new Set(titleNames.map((n) => canon(n)).filter((n) => !orgNames.has(n) && inBody.has(n)))];
  });
  /** The business the article is about, worked out once per page. */
  // (the words of people's full names: a one-word "person", "Veltro advises …", may be the business itself)
  const business = once(() => orgIndex.main(new Set(persons.filter((p) => p.name.includes(' ')).flatMap((p) => p.name.split(' ')))));
  // in text order: a speaker after a quote is collected before the sentences ahead of it, but "she"
  // after the quote refers back to whoever those sentences named
  const order = mentions.map((_, k) => k).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  const out: (DraftSpeaker | undefined)[] = new Array<DraftSpeaker | undefined>(mentions.length);
  for (const k of order) {
    const m = mentions[k];
    /** The sentence the mention is in. */
    const here = sentenceOf(m.start);
    let name: string | undefined;
    /** A person's kin named after the person ("family of Gareth Pennick"): an unnamed source a later "they" takes up. */
    let kinOf: string | undefined;
    let expandedOrg = false;
    /** A title read as a person's ("the Speaker" → the person just named), not an organisation. */
    let titled = false;
    let score = m.score;
    // "The Dutchman said": a nationality written as a noun stands for the person the last sentences were about
    const national = m.kind === 'name' && m.end - m.start === m.surface.length + 4 && isNationalityNoun(m.surface) ? personsBefore(m.start).reverse().find((p) => p.subject && p.sentence >= here - 4) : undefined;
    if (national !== undefined) {
      name = canon(national.name);
      titled = true;
    } else if (m.kind === 'name') {
      if (m.isOrg) {
        // "the company", "the mines ministry": the organisation named on the page; "Luano Ridge": its full name
        // ("his party", "their union", "her ministry": the body of the person or people just spoken of, found
        // as "the party" is; written as it stands when the page names no such body)
        const owner = OWNER_DETERMINER.exec(m.surface);
        const bare = owner !== null ? m.surface.slice(owner[0].length) : m.surface.replace(/^the\s+/i, '');
        const known = owner !== null ? bare : canonicalOrgName(bare, initials);
        // ("the U.N. agency" is the "UN agency" a UN body on the page fits)
        const lookup = known.includes('.') ? known.replace(DOTTED_SHORT, (d) => d.replace(/\./g, '')) : known;
        let described = describedOrg(lookup, m.start, sentences[here]?.start ?? 0, places, spokenOrgs, business(), orgIndex.acronyms, written);
        // ("the Swedish furniture retailer", "the German carmaker": a nationality before the description names no word of it)
        const national = described === undefined ? NATIONAL_ADJECTIVE.exec(lookup) : null;
        if (national !== null) described = describedOrg(lookup.slice(national[0].length), m.start, sentences[here]?.start ?? 0, places, spokenOrgs, business(), orgIndex.acronyms, written);
        // "Reform UK said … The party added …": an organisation whose name shows no kind, speaking just before;
        // it comes before one the description fits by its words that has not spoken and is not named in this sentence
        // ("Parks and Wildlife Tasmania said … the state agency said", not a "… Centre" named elsewhere on the page)
        const sentenceStart = sentences[here]?.start ?? 0;
        // (a name written out in words, "The Clee Estate said …", not when the description's head ends the name found:
        // "the trust" is still the "Marcher Orchard Trust"; an acronym, "according to the EFL", may still be "the league")
        const kindOf = described !== undefined && orgInfo(described).words.at(-1) === known.split(/\s+/).at(-1);
        if (described === undefined || (!spokenOrgs.some((o) => o.name === described) && !namedIn(described, sentenceStart, m.start))) {
          // (a speaker whose name holds an abbreviation, "Reform UK", "Momentum NZ", is no person either)
          // (an unnamed source, "one longtime volunteer", is no organisation a description stands for)
          for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 2; r--) {
            const last = resolvedAt[r];
            if (last.group || last.pos >= m.start || last.unnamed !== undefined) continue;
            const acronym = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(last.name);
            // (a document quoted, "the criminal complaint", is no body a description stands for)
            // ("According to Hockey Otago, … The association said": a name read as a person's that is none: no first
            // name or role known for it, no "he" or "she" for it, not written as a person's, its last word written alone
            // as no speaker's name; only when no organisation on the page fits the description by its words, and in a
            // later sentence: "Harbour Lines said …, and the union said …" is another body)
            const noPerson = described === undefined && last.sentence < here && last.org !== true && !acronym && last.name.includes(' ') && genderOf(last.name) === undefined && !gendered.has(last.name) && !titledPeople().has(last.name) && !orgIndex.readsAsPerson(last.end ?? last.pos) && !singleSpeakers().has(lastToken(last.name));
            if ((last.org === true || acronym || noPerson) && /^\p{Lu}/u.test(last.name) && describesHeadless(known, last.name) && !(kindOf && !acronym)) described = last.name;
            break;
          }
        }
        // ("the union" after the "Ghana Labour Congress (GLC)": a short form the page defines, by its full name)
        if (described !== undefined && defined.has(orgIndex.abbreviations.get(described) ?? '')) described = orgIndex.abbreviations.get(described);
        // the business the article is about, written as one word ("Kestrel"), by its full name when the page gives one
        name = (described !== undefined && !described.includes(' ') ? longer(described, m.start) : undefined) ?? described ?? (owner !== null ? m.surface : longer(known, m.start) ?? fuller(known) ?? known);
        // ("a spokeswoman for the council" with no council named: the body as written)
        if (described === undefined && m.forOrg !== undefined && name === known && /^the\s/.test(m.surface)) name = m.surface;
        // "Osei's spokesperson said" after "Rachel Osei": the owner of a role by the full name the page gives
        const ownedBy = m.rule.endsWith('.possessive-role') ? POSSESSIVE_OWNER.exec(m.surface) : null;
        if (ownedBy !== null && name === m.surface) {
          const who = canon(ownedBy[1]);
          const full = who !== ownedBy[1] ? who : longer(ownedBy[1], m.start);
          if (full !== undefined && full !== ownedBy[1]) name = `${full}${ownedBy[2]}`;
          // "Mr Pennick's family said": a person's family speaks as an unnamed source, named after the person
          // ("family of Gareth Pennick", as "His family" is)
          const kin = full !== undefined && full !== ownedBy[1] ? KIN_OWNED.exec(ownedBy[2]) : null;
          if (kin !== null) {
            name = `${kin[1]} of ${full}`;
            kinOf = kin[1];
          }
        }
        // "the Centre said" on an Indian page: the Union government
        if (name === 'Centre' && orgIndex.india) name = 'Government of India';
        // "The Lower Tamsin Water Authority … the Authority said": the head word alone, capitalised
        else if (name === known && /^\p{Lu}\p{Ll}+$/u.test(known) && !orgNames.has(known) && !SINGLE_TITLES.test(known)) name = orgEndingWith(known, m.start, places) ?? name;
        // "Dame Eleanor Prothero had seen enough. … the Speaker said": "the" and one capitalised word no organisation on
        // the page bears is a title, held by the person the sentence before was about
        else if (name === known && !known.includes(' ') && !orgNames.has(known) && SINGLE_TITLES.test(m.surface) && m.end - m.start === m.surface.length + 4) {
          // the last person named before it, a few sentences back (a quotation between may hold several), no one since
          const last = personsBefore(m.start).pop();
          const prev = last !== undefined && last.sentence >= here - 4 && last.name.includes(' ') && last.roles.every((r) => COURTESY.has(r)) ? last : undefined;
          if (prev !== undefined) {
            name = canon(prev.name);
            titled = true;
          }
        }
      } else {
        const titledAs = m.roles.length > 0 ? gender('', m.roles) : undefined;
        name = titledAs === 'f' ? canonF(m.surface) : titledAs === 'm' ? canonM(m.surface) : canon(m.surface);
        // "Prof Okafor" after "Ngozi Okafor" and "Emeka Okafor": of two full names a surname fits alike (neither or
        // both of the title's gender), the one named last before it
        if (name !== m.surface && !stripTitles(m.surface).includes(' ')) name = nearestNamesake(name, stripTitles(m.surface), m.start, titledAs);
        // ("Ms García", "Mr Sánchez": a titled word no name ends with, the middle word of one three-word name)
        else if (titledAs !== undefined && name === m.surface && !name.includes(' ')) {
          const middle = fullNames.get(`${MIDDLE}${name.toLowerCase()}`) ?? [];
          if (middle.length === 1) name = middle[0];
        }
        // "The NFAs said": a plural acronym of an organisation the page spells out
        if (/^\p{Lu}{2,6}s$/u.test(name)) name = canonicalOrgName(name, initials);
        // "TxDOT said", "the DfE said": capitals with a lower-case letter or two between them are an organisation's short form
        else if (MIXED_ABBREVIATION.test(name) && /\p{Ll}/u.test(name)) name = canonicalOrgName(name, initials);
        // "Nersa said" after the "National Energy Regulator of South Africa (Nersa)": a short form the page defines
        else if (orgIndex.abbreviations.has(name)) name = orgIndex.abbreviations.get(name) ?? name;
        // a short form of an organisation introduced earlier, not a person's surname
        // ("Wildlife Tasmania" for "Parks and Wildlife Tasmania (PWT)", written before or after)
        // (only a name the page defines by its initials: "Joe Biden" is no short form of a "US President Joe Biden" run)
        const short = defined.size > 0 && name === stripTitles(m.surface) ? fuller(name) : undefined;
        // (a headline's "Pennine Rail" that "Pennine" opens is itself short for the story's "Pennine Rail Holdings")
        const full = name === stripTitles(m.surface) ? (longer(name, m.start) ?? (short !== undefined && defined.has(short) ? short : undefined)) : orgNames.has(name) ? longer(name, m.start) : undefined;
        if (full !== undefined) name = full;
        // "Kestrel Quarrying said": a name the page writes as an organisation's
        expandedOrg = full !== undefined || orgNames.has(name);
      }
      // "Labour sources at the count say … One told me: …": one of the group that spoke just before, named as the group
      if (!m.isOrg && /^One$/.test(m.surface)) {
        for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 2; r--) {
          const o = resolvedAt[r];
          if (o.pos >= m.start) continue;
          if (o.group || PLURAL_UNNAMED.test(o.name) || PLURAL_SOURCE.test(o.name)) name = o.name;
          break;
        }
      }
      if (!m.isOrg && !name.includes(' ')) score -= 0.1;
      // "a source close to the singer": named after the person the role stands for (the one introduced with
      // that role, else the person who spoke last)
      const close = m.unnamed !== undefined ? CLOSE_TO_ROLE.exec(name) : null;
      if (close !== null && TITLE_WORDS.has(close[2])) {
        const holder = personsBefore(m.start).reverse().find((p) => p.sentence >= here - 8 && p.roles.includes(close[2]));
        let who = holder !== undefined ? canon(holder.name) : undefined;
        for (let r = resolvedAt.length - 1; who === undefined && r >= 0 && resolvedAt[r].sentence >= here - 8; r--) if (!resolvedAt[r].group && resolvedAt[r].org !== true && resolvedAt[r].unnamed === undefined && resolvedAt[r].pos < m.start) who = resolvedAt[r].name;
        if (who !== undefined) name = `${close[1]} ${who}`;
      }
      // ("a source close to Castell": the person's full name, as the page gives it)
      const closeName = m.unnamed !== undefined && close === null ? CLOSE_TO_NAME.exec(name) : null;
      if (closeName !== null) {
        const full = canon(closeName[2]);
        if (full !== closeName[2] && full.endsWith(` ${closeName[2]}`)) name = `${closeName[1]} ${full}`;
      }
    } else if (m.kind === 'pronoun') {
      const want = m.surface === 'she' ? 'f' : m.surface === 'he' ? 'm' : undefined;
      if (m.surface === 'it') {
        // "The U.S. weather agency declared an El Niño watch. It said …": the organisation the sentence before opens with,
        // when none has spoken since that sentence began (not one that spoke further back)
        const opener = here > 0 ? subjectOrg(sentences[here - 1]) : undefined;
        if (opener !== undefined && !resolvedAt.some((r) => r.org === true && r.pos >= sentences[here - 1].start && r.pos < m.start)) name = opener;
        // "The operator said … It said …": the organisation that spoke last, a few sentences back at most
        // ("A UKHSA spokesperson said … it said": the organisation, not its spokesperson)
        for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 3 && name === undefined; r--) if (resolvedAt[r].org === true) name = resolvedAt[r].body ?? resolvedAt[r].name;
        // "Harlan Valley Ceramics said … It said …": a name read as a person's that is none (no first name known
        // for it, its last word never written alone) is the organisation "it" stands for
        for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 3 && name === undefined; r--) {
          const o = resolvedAt[r];
          if (o.group || o.unnamed !== undefined || o.pos >= m.start) continue;
          if (o.name.includes(' ') && genderOf(o.name) === undefined && !singleNames().has(lastToken(o.name))) name = o.name;
          break;
        }
        // "The Kipsang Growers' Association welcomed the move, but it warned …": the organisation opening this sentence
        if (name === undefined) {
          const own = subjectOrg(sentences[here]);
          if (own !== undefined && (sentences[here]?.start ?? m.start) < m.start) name = own;
        }
        // "The Coastguard Agency has issued a warning. It says …": the organisation opening the sentence before
        if (name === undefined && here > 0) name = subjectOrg(sentences[here - 1]);
      } else if (want === undefined) {
        const g = groupBefore(m.start);
        name = g?.name;
        // "Analysts at Orland & Co. said … They said …": the group as that mention named it, with its firm
        if (g !== undefined) for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].pos >= g.start; r--) if (resolvedAt[r].pos === g.start && resolvedAt[r].name.startsWith(`${g.name} at `)) name = resolvedAt[r].name;
        // "Harbour police said that divers were sent … They said …": a group named inside what an organisation
        // just said is not who "they" are; the organisation that said it is
        const last = resolvedAt.length > 0 ? resolvedAt[resolvedAt.length - 1] : undefined;
        if (g !== undefined && last !== undefined && last.org === true && !last.group && last.pos < g.start && last.pos < m.start && last.sentence >= here - 1 && g.sentence === last.sentence) name = last.name;
        // "A source close to the band said … 'We were stunned,' they added": the unnamed source that spoke last
        if (last !== undefined && last.unnamed !== undefined && last.pos < m.start && last.sentence >= here - 2 && (g === undefined || g.start < last.pos)) name = last.name;
        // "Shelterline say calls are up. '…,' said its chief executive. They also warned …": with no group to stand
        // for, the organisation that spoke last, a few sentences back (a person or a quotation between is no "they")
        if (name === undefined) for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 5 && name === undefined; r--) {
          const o = resolvedAt[r];
          // (an organisation, or one capitalised word that is no part of a person's name: "Shelterline say …")
          if ((o.org === true || (!o.group && !o.name.includes(' ') && !personWords.has(o.name))) && o.unnamed === undefined && o.pos < m.start && /^\p{Lu}/u.test(o.name)) name = o.name;
          // "The sources said … They said …": unnamed people written in the plural that spoke last
          else if (!o.group && o.pos < m.start && PLURAL_UNNAMED.test(o.name)) name = o.name;
        }
      }
      if (want !== undefined) {
        const cands = personsBefore(m.start).filter((p) => p.sentence >= here - 6);
        // the subject of the nearest sentence that names someone of the right gender
        // (never an organisation read as a name: "she won a scholarship to Whitby Grammar School")
        const fits = (p: PersonMention): boolean => {
          const c = canon(p.name);
          const g = genders.get(c);
          return (g === undefined || g === want) && !orgNames.has(c);
        };
        // (nor a speaker of the other gender: "The minister, Robert Hale, told MPs … '…,' she told The Times")
        const ofGender = (n: string): boolean => {
          const g = genderOf(n);
          return g === undefined || g === want;
        };
        const speakersRecent: { pos: number; name: string; sentence: number; group: boolean }[] = [];
        // ("The Prime Minister's official spokesman said … '…,' he told reporters": an office's spokesman, named after
        // the office, is a man all the same)
        const spokes = want === 'm' ? /\bspokesman\b/ : /\bspokeswoman\b/;
        // (but may be one unnamed person who spoke just before: "A driver who stopped to help told … According to him, …")
        const onePerson = (u: string | undefined): boolean => u !== undefined && (UNNAMED_PERSON.test(u) || UNNAMED_ONE.test(u)) && !(want === 'm' ? UNNAMED_FEMALE : UNNAMED_MALE).test(u);
        for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 6; r--) if (resolvedAt[r].pos < m.start && !resolvedAt[r].group && (resolvedAt[r].org !== true || spokes.test(resolvedAt[r].name) || (resolvedAt[r].sentence >= here - 1 && onePerson(resolvedAt[r].unnamed))) && ofGender(resolvedAt[r].name)) speakersRecent.unshift(resolvedAt[r]); // "he"/"she" is never a group or an organisation
        // someone named again after the pronoun in its own sentence is not what the pronoun stands for
        const sentenceEnd = sentences[here]?.end ?? m.end;
        const namedAfter = new Set<string>();
        for (let k = firstAt(m.end); k < persons.length && persons[k].start < sentenceEnd; k++) namedAfter.add(canon(persons[k].name));
        const recentSpeaker = speakersRecent.some((r) => r.sentence >= here - 3);
        for (let s = here; s >= here - 6 && name === undefined; s--) {
          // a person only mentioned inside someone's claim yields to a recent speaker
          const inS = cands.filter((p) => p.sentence === s && fits(p) && !namedAfter.has(canon(p.name)) && !(p.inClaim === true && recentSpeaker));
          const spoke = speakersRecent.filter((r) => r.sentence === s);
          const pick = inS.find((p) => p.subject) ?? inS[0];
          if (spoke.length > 0 && (pick === undefined || spoke[spoke.length - 1].pos < pick.start || !pick.subject)) name = spoke[spoke.length - 1].name;
          else if (pick !== undefined) name = canon(pick.name);
        }
        // no one of that gender in the last sentences of a profile or an obituary: the one person its headline names
        // and its body writes about too ("Ann Roe, potter who … – obituary" … "she told the BBC")
        if (name === undefined) {
          const heads = headlinePeople().filter(ofGender);
          if (heads.length === 1) name = heads[0];
        }
      }
      score = 0.7;
    } else {
      // role: "the deputy minister" → the most recent person introduced with that role
      const wanted = ROLE_EQUIV[m.surface] ?? [m.surface];
      const adjectives = m.roles.filter((r) => r !== m.surface);
      // ("the chancellor" is never the one introduced as "the shadow chancellor", nor the other way round)
      const shadow = m.roles.includes('shadow') || (m.title !== undefined && /\bshadow\s/i.test(m.title));
      const before = personsBefore(m.start).reverse().filter((p) => p.roles.includes('shadow') === shadow);
      const cands = before.filter((p) => p.sentence >= here - 8);
      const exact = (p: PersonMention): boolean => p.roles.some((r) => wanted.includes(r)) && adjectives.every((a) => p.roles.includes(a) || ['senior', 'top', 'former'].includes(a));
      // "the minister" far into the story is still the person introduced as minister, before any other recent speaker
      let hit = cands.find(exact) ?? cands.find((p) => p.roles.some((r) => wanted.includes(r))) ?? before.find((p) => p.roles.includes(m.surface) && exact(p));
      // "A Western diplomat said … the diplomat added": an unnamed source introduced after any person with that role
      let source: string | undefined;
      // (also when "the envoy" after a quote was read before "One Nordic envoy said" ahead of it)
      const head = m.unnamed ?? m.surface;
      if (m.spokesFor === undefined) {
        for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 8 && source === undefined; r--) if (resolvedAt[r].unnamed === head && resolvedAt[r].pos < m.start && (hit === undefined || hit.start < (resolvedAt[r].end ?? resolvedAt[r].pos))) source = resolvedAt[r].name;
        if (source !== undefined) hit = undefined;
      }
      // "the 54-year-old said" with no age given: the person the last sentences were about (also the owner in
      // "the singer's lawyers said" when no one was introduced as singer)
      const aged = hit === undefined && (/^\d{1,3}-year-old$/.test(m.surface) || FAMILY_EPITHET.test(m.surface) || m.forOrg !== undefined) ? cands.find((p) => p.subject && p.sentence >= here - 3) : undefined;
      if (source !== undefined) name = source;
      else if (hit !== undefined) name = canon(hit.name);
      else if (aged !== undefined) name = canon(aged.name);
      else if (m.title !== undefined) {
        // "Helen Markham had come prepared. The Prime Minister told MPs …": a title no one on the page is named
        // with stands for the person the sentence before (or this one) was about, if that person has no other office
        const prev = cands.find((p) => p.subject && p.sentence >= here - 1 && p.name.includes(' ') && p.roles.every((r) => COURTESY.has(r)));
        const office = m.title.toLowerCase();
        // "The Home Secretary has warned … Jane Roe told a meeting …": a story's first speaker named by office alone
        // is the person the next sentence introduces (its subject, named there for the first time, with no office)
        let next: PersonMention | undefined;
        if (prev === undefined && !holders.has(office) && resolvedAt.length === 0) {
          for (let k = firstAt(m.end); k < persons.length && persons[k].sentence <= here + 1; k++) {
            const p = persons[k];
            if (p.sentence !== here + 1 || !p.subject) continue;
            if (p.name.includes(' ') && p.roles.every((r) => COURTESY.has(r)) && !before.some((b) => canon(b.name) === canon(p.name))) next = p;
            break;
          }
        }
        name = prev !== undefined ? canon(prev.name) : holders.get(office) ?? (next !== undefined ? canon(next.name) : m.title);
        if (name !== m.title) holders.set(office, name);
      }
      else {
        // otherwise the person who spoke last, a few sentences back: never a group or an organisation
        for (let r = resolvedAt.length - 1; r >= 0 && resolvedAt[r].sentence >= here - 8 && name === undefined; r--) if (!resolvedAt[r].group && resolvedAt[r].org !== true) name = resolvedAt[r].name;
        // "… and the principal says the ministry has stalled. Principal Ann Lee said …": no one before, the person
        // introduced with that role just after
        for (let k = firstAt(m.end); name === undefined && k < persons.length && persons[k].sentence <= here + 3; k++) if (exact(persons[k])) name = canon(persons[k].name);
        // ("… and the Kings coach admitted he had … '…,' Kings coach Ross Whitcombe said": a team or employer written before
        // the role is no role word of the person's, so the role alone will do, as it does for someone named before)
        for (let k = firstAt(m.end); name === undefined && k < persons.length && persons[k].sentence <= here + 3; k++) if (persons[k].roles.some((r) => wanted.includes(r))) name = canon(persons[k].name);
      }
      score = 0.65;
    }
    // "the mayor's office said" with no mayor on the page: the office as written ("mayor's office")
    if (name === undefined && m.kind === 'role' && m.forOrg !== undefined) name = m.surface;
    if (name === undefined) {
      out[k] = undefined;
      continue;
    }
    // "a spokesperson for the singer": named after the person the role stands for (or the organisation a name
    // turns out to be: "a spokesman for Kestrel" → "spokesman for Kestrel Quarrying")
    if (m.spokesFor !== undefined) name = `${m.spokesFor} ${name}`;
    // (a spokesperson is not who a later "he" or "she" stands for)
    const org = ((m.isOrg && !titled) && m.surface !== 'they') || expandedOrg || m.spokesFor !== undefined;
    // an unnamed source, or a "they" or "the source" standing for one, is taken up again by the next "they"
    const unnamed = m.unnamed ?? kinOf ?? (m.kind === 'pronoun' && resolvedAt.length > 0 && resolvedAt[resolvedAt.length - 1].name === name ? resolvedAt[resolvedAt.length - 1].unnamed : undefined);
    // "a Met Office spokesperson", "a spokesman for the council": the organisation, resolved, with the spokesperson's words
    const said = m.forOrg === undefined ? name : `${m.forOrg.before}${name}${m.forOrg.after}`;
    // (its end too: "A spokesperson for Brightwater" holds the "Brightwater" a later "the spokesperson" would otherwise find)
    if (m.kind === 'pronoun' && (m.surface.toLowerCase() === 'he' || m.surface.toLowerCase() === 'she')) gendered.add(said);
    resolvedAt.push({ pos: m.start, end: m.end, name: said, sentence: here, group: m.kind === 'pronoun' && m.surface === 'they' && unnamed === undefined, org, unnamed, body: m.forOrg !== undefined && /^\p{Lu}/u.test(name) ? name : undefined });
    // "a consumer group says …": an unnamed organisation is no name a later "the company" or "the group" stands for
    if (org && m.kind === 'name' && !/^(?:\p{Ll}|[Aa]n?\s+\p{Ll})/u.test(name)) {
      const was = spokenOrgs.findIndex((o) => o.name === name);
      if (was >= 0) spokenOrgs.splice(was, 1);
      else if (spokenOrgs.length >= 16) spokenOrgs.shift();
      spokenOrgs.push(orgInfo(name));
    }
    name = said;
    // as suggested, an unnamed source has no determiner or count ("a Western diplomat" → "Western diplomat"), and a
    // place written as a public body's owner is no part of its name ("Indonesia's health ministry" → "health
    // ministry"; a person's, "Ann Lee's office", is)
    // (a source that opens its sentence too: "One European negotiator said …", "Another official said …")
    name = m.unnamed !== undefined ? name.replace(UNNAMED_OPENING, '') : name.replace(LEADING_COUNT, '');
    // "a senior CWMA official" after "the Cauvery Water Management Authority (CWMA)": a short form the page defines,
    // inside an unnamed person's description, written out
    if (orgIndex.abbreviations.size > 0 && m.isOrg && !titled && /\s\p{Ll}+$/u.test(name)) name = name.replace(ABBREVIATION_WORD, (w) => orgIndex.abbreviations.get(w) ?? w);
    const owned = PLACE_OWNED_BODY.exec(name);
    if (owned !== null && !personWords.has(owned[1].slice(owned[1].lastIndexOf(' ') + 1)) && gender(owned[1], []) === undefined) name = owned[2];
    out[k] = { start: m.start, end: m.end, name, score: Math.max(0.1, Math.min(1, score)), rule: m.rule, isReference: m.kind !== 'name' || titled, isOrg: m.isOrg && !titled };
  }
  // "Harwell Analytics Inc., the data firm, said … Harwell said": a legal ending written with its full stop keeps it in
  // every mention of that company (a short form is resolved against names read without full stops)
  const dotted = new Set<string>();
  for (const d of out) if (d !== undefined && LEGAL_DOTTED.test(d.name)) dotted.add(d.name.slice(0, -1));
  // the page's own organisation names count too ("Brindle Optics Inc. agreed …" then "Brindle said")
  for (const o of orgIndex.names) if (LEGAL_UNDOTTED.test(o.name) && orgIndex.dotAfter(o)) dotted.add(o.name);
  if (dotted.size > 0) for (const d of out) if (d !== undefined && dotted.has(d.name)) d.name += '.';
  return out;
}
