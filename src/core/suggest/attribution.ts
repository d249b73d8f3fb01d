// Speakers and claims: quotations with their attribution (after, before, split, continued over
// paragraphs), reported speech ("X said that …", "…, X told reporters", "according to X"),
// headline forms ("Name: …", "…, X Says"), Q:/A: transcripts, and the article's own assertions.
import type { DraftClaim, Line } from './draft';
import { allMatches } from './matches';
import { capRunAfter, capRunBefore, FAMILY_EPITHET, isCap, isGeography, NAME_PARTICLES, nameFromRun, NICKNAME_AHEAD, ORG_HEADS, rolePhraseBefore, TITLE_WORDS, UNNAMED_PERSON, withoutPortfolio, type NamePhrase, type Token } from './names';
import { OrgIndex } from './orgs';
import { findQuotes, type Quote } from './quotes';
import type { Range } from './sentences';
import { splitSentences } from './sentences';
import { answerRange, CHROME_LABELS, continuationLines, figuresOnly, isQuestionTurn, planTranscript, properCase, type TurnLabel } from './turns';
import { BETWEEN, isSpaceAt, mayEndWithBetween, NEEDS_THAT, PARTICIPLE, REPORTING_VERBS, spacesBefore, TAKES_OBJECT, VERB_WORDS } from './verbs';

/** A speaker mention before its name is resolved. */
export interface Mention {
  start: number;
  end: number;
  kind: 'name' | 'pronoun' | 'role';
  /** The surface name (titles stripped), the pronoun, or the role head. */
  surface: string;
  isOrg: boolean;
  roles: string[];
  rule: string;
  score: number;
  /** A role written as a capitalised title ("the Health Minister"): the name kept when no one on the page holds it. */
  title?: string;
  /** An unnamed source ("a source close to the club", "the insider"): its head noun, which a later "the source" takes up. */
  unnamed?: string;
  /** "a spokesperson for the actor": the words before the person, who is resolved and named after them. */
  spokesFor?: string;
  /**
   * "a Met Office spokesperson", "a spokesman for the council": an unnamed spokesperson or official named after
   * the organisation, which is resolved first; the words written before and after its name.
   */
  forOrg?: { before: string; after: string };
}

/** "who did not wish to be named", "who spoke on condition of anonymity": why a source goes unnamed, right before its verb. */
const ANONYMITY_WHY = "(?:(?:did not|didn['’]t|does not|doesn['’]t) (?:wish|want) to be (?:named|identified)|(?:asked|declined|requested) not to be (?:named|identified)|declined to be (?:named|identified)|spoke on (?:the )?condition of anonymity|(?:asked|wished) to remain anonymous|requested anonymity)";
const ANONYMITY_CLAUSE = new RegExp(`\\s+who\\s+${ANONYMITY_WHY}$`);
/** ", who asked not to be named because he works for the council," between commas, with its reason, right before the verb. */
const ANONYMITY_COMMAS = new RegExp(`,\\s+who\\s+${ANONYMITY_WHY}(?:\\s+(?:because|as|since)\\s+[^,.;:!?"“”]{1,90})?,$`);
/** Head nouns of an unnamed source: "a source close to …", "an industry insider", "a Western diplomat". */
const UNNAMED_HEADS = 'source|insider|diplomat|official|aide|delegate|negotiator|staffer|confidant|person(?=\\s+(?:close to|familiar with|with (?:direct )?knowledge of|briefed on))';
/** Up to two words before the head: "senior", "industry", or an adjective of place ("European", "Western"), not an organisation's name. */
const UNNAMED_ADJECTIVES = '(?:(?:[\\p{Ll}-]+|\\p{Lu}\\p{Ll}+(?:ern|ian|ean|can|ese|ish|i))\\s+){0,2}?';
/** What ties the source to the story: "close to the band", "familiar with the talks". */
// (the person or body may be named: "close to Castell", "familiar with the Bank of Japan's thinking")
const UNNAMED_TIE = "(?:\\s+(?:close to|familiar with|with (?:direct )?knowledge of|briefed on|involved in)(?:\\s+[\\p{Ll}'’-]+|(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of|for|and)\\s+\\p{Lu}[\\p{L}'’.&-]*|\\s+\\p{Lu}[\\p{L}'’.&-]*){0,3})(?:\\s+[\\p{Ll}'’-]+){0,2}){1,3})?";
/** "a source close to the band", "a senior official", "a European diplomat" (an adjective of place, not an organisation's name). */
const UNNAMED_SOURCE = new RegExp(`(?:^|[^\\p{L}'’-])((?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${UNNAMED_ADJECTIVES}(${UNNAMED_HEADS})${UNNAMED_TIE})$`, 'u');
/** "according to two delegates who were in the room", "according to a source close to the talks": the unnamed source, as introduced. */
// ("two Republican aides", "three senior Labour officials": up to two adjectives, a party's capitalised)
const UNNAMED_ACCORDING = new RegExp(`^((?:(?:two|three|four|five|several)\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}\\p{Ll}+)\\s+){0,2}?(?:${UNNAMED_HEADS})s|[Aa]n?\\s+${UNNAMED_ADJECTIVES}(?:${UNNAMED_HEADS}))${UNNAMED_TIE})(?=\\s+(?:who|which|that|with|at|in|on)\\b|\\s*$)`, 'u');
/** "the source", "the insider": an unnamed source taken up again. */
const UNNAMED_AGAIN = new RegExp(`(?:^|[^\\p{L}'’-])([Tt]he\\s+(${UNNAMED_HEADS}))$`, 'u');
/** "a mother of three from the Hillside estate", "one woman in the crowd": an unnamed person with a count and a place after the head. */
const UNNAMED_DESCRIBED = new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(${UNNAMED_PERSON.source.slice(1, -1)})(?:\\s+of\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}))?(?:\\s+(?:from|in|at|on)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+)?)$`, 'u');
/** Who an unnamed member of the public may be, besides UNNAMED_PERSON: "a user on the forum", "a trooper at the scene". */
const QUALIFIED_HEADS = `${UNNAMED_PERSON.source.slice(1, -1)}|user|trooper|marshal|firefighter|paramedic|lifeguard|moderator|reader|viewer|listener|subscriber|commenter|poster|employee|staffer|member|player|gamer|owner|buyer|seller|tenant|patient|nurse|student|teacher|pupil|rider|cyclist|walker|runner|parent|eyewitness|caller`;
/** What tells an unnamed person apart: "who stopped to help", "at the scene", "on the club's forum", "with tickets for the final". */
const QUALIFIER = "\\s+(?:(?:who|that)\\s+(?!(?:is|was|are|were|has|had|have|did|does|said|says|told)\\b)[\\p{Ll}'’-]+(?:\\s+[\\p{Ll}'’-]+){0,4}|(?:at|in|on|of|from|with|for|near|outside|inside)\\s+(?:[\\p{L}\\d'’/.&-]+\\s+){0,5}?[\\p{L}\\d'’/&-]+)";
/** "A Reddit user in Germany", "a trooper at the scene", "one fan with tickets for the final": the person, its head, right before the verb. */
const UNNAMED_QUALIFIED = new RegExp(`(?:^|[^\\p{L}'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+((?:[\\p{Ll}-]+\\s+|\\p{Lu}[\\p{L}-]*\\s+)?(${QUALIFIED_HEADS})${QUALIFIER})$`, 'u');
/** The same after the verb: "wrote one user on the club's forum" (up to the phrase's end). */
const UNNAMED_QUALIFIED_AHEAD = new RegExp(`^\\s*(?:an?|one|another)\\s+((?:[\\p{Ll}-]+\\s+|\\p{Lu}[\\p{L}-]*\\s+)?(${QUALIFIED_HEADS})${QUALIFIER})\\s*$`, 'u');
/** A cheap test before UNNAMED_QUALIFIED: a head with its qualifier's first word. */
const QUALIFIED_CUE = new RegExp(`\\b(?:${QUALIFIED_HEADS})\\s+(?:who|that|at|in|on|of|from|with|for|near|outside|inside)\\s`);
/** A qualifier that names whose someone is, or for whom they speak: "of Mr Gilchrist", "for Tom Reed". */
const QUALIFIER_NAMED = /^\S+(?:\s+\S+)?\s+(?:of|for)\s+\p{Lu}/u;
/** A qualifier that only says when: "on Monday", "in March", "on Friday night". */
const QUALIFIER_WHEN = /\s(?:on|in|at|for|from)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|tonight|night|morning|afternoon|evening|weekend|week|month|year|time|years|months|days|weeks|hours)\b/;
/** "said a woman walking her dog": an article, up to two lower-case words, and the person's head noun. */
const UNNAMED_PERSON_AHEAD = /^\s*((?:an?|one|another)\s+((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}]+))\b(?![-'’])/u;
/** "The woman, Agnes Moffat, 66, said": a person met before, named now (the head noun, the name). */
const NAMED_AFTER = /\b[Tt]he\s+([\p{Ll}]+),\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),/gu;
/** Who speaks for someone named as their owner, besides title words: "Ann Price's office", "the singer's representatives". */
const POSSESSED_AGENTS = /^(?:office|lawyers|attorneys|representatives|aides|advisers|advisors|campaign|spokespeople|agent|publicist|family|relatives|parents)$/;
/** "his publicist", "her longtime lawyer", "His family": who speaks for a person named by a possessive pronoun (pronoun, words, head). */
const OWN_AGENT = /(?:^|[^\p{L}'’-])([Hh]is|[Hh]er)\s+((?:(?:former|longtime|long-time|personal|new|own)\s+)?(publicist|lawyers?|attorneys?|solicitors?|barrister|spokes(?:man|woman|person)|agent|manager|family|representatives?|reps?|aides?|advisers?|advisors?|campaign|office))$/u;
/** The same after the verb ("said his publicist"), unless a name follows in apposition ("said her lawyer, Tom Reed"). */
const OWN_AGENT_AHEAD = /^\s*((his|her)\s+((?:(?:former|longtime|long-time|personal|new|own)\s+)?(publicist|lawyers?|attorneys?|solicitors?|barrister|spokes(?:man|woman|person)|agent|manager|family|representatives?|reps?|aides?|advisers?|advisors?|campaign|office)))(?![\p{L}'’-])(?!\s*,\s*\p{Lu})/u;
/** "(said) on Tuesday, adding that …": a participle after the attribution, opening the same speaker's next clause. */
const PARTICIPLE_AFTER = /^[^,;“”"]{0,40}?,\s+(?:saying|adding|noting|stressing|warning|explaining|insisting|arguing)\s+(?:that\s+)?/;
/** A local unit after a run, which names the place it covers: "(Glasgow North) branch", "(Leeds Central) constituency". */
const SEAT_AFTER = /^\s+(?:branch|constituency|ward|riding|electorate|precinct|parish|borough|chapter)\b/;
/** A plural verb right after a name, or after its "who": "Rovers are", "United, who are fourth". */
const PLURAL_AFTER = /^(?:,\s+who)?\s+(?:are|were|have)\s/;
/** An auxiliary or modal opening what follows a phrase: "(said the state) would sue", "(said the council) had refused". */
const CLAUSE_VERB_AHEAD = /^\s+(?:would|will|had|has|have|was|were|is|are|could|should|might|must|may|can|did|does|do|planned|wanted|intended)\b/;
/** ", published on 13 October," right after "according to X": when the source came out, before the content. */
const RELEASED_AFTER = /^\s*,\s*(?:published|released|issued|updated|out)\s+(?:on|in|last|this|earlier|yesterday|today)\b[^,;:]{0,50}(?=,)/;
/** "one of the people", "one of them", "one of those sources": one member of an unnamed group. */
const ONE_OF_GROUP = /(?:^|[^\p{L}'’-])([Oo]ne of (?:them|(?:the|those)\s+([\p{Ll}-]+)))$/u;
/** "a spokesman for " right before a capitalised name. */
// (also a lawyer or another agent speaking for the person: "A lawyer for Tom Reed said")
const SPOKES_FOR_NAME = /(?:^|[^\p{L}'’-])([Aa]n?\s+(spokes(?:man|woman|person)|lawyer|attorney|solicitor|representative|agent|adviser|advisor|aide)\s+for)\s+$/u;
/** "Lawyers for Brightwater", "attorneys for the city": the lawyers speak, named after whom they act for (phrase, head). */
const AGENTS_FOR = /(?:^|[^\p{L}'’-])((?:[Ll]awyers|[Aa]ttorneys|[Ss]olicitors|[Bb]arristers)\s+(?:acting\s+)?for)\s+$/u;
/** The same before a body written in lower case: "Lawyers for the government" (phrase, the body). */
const AGENTS_FOR_BODY = /(?:^|[^\p{L}'’-])((?:[Ll]awyers|[Aa]ttorneys|[Ss]olicitors|[Bb]arristers)\s+(?:acting\s+)?for\s+the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)$/u;
/** "A neighbour of Mr Gilchrist, who …, said": someone unnamed, known by whose neighbour, friend or relative they are. */
const RELATION_OF_NAME = /(?:^|[^\p{L}'’-])((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:close|old|former|longtime|long-time|family)\s+)?(neighbour|neighbor|friend|pal|relative|cousin|colleague|classmate|teammate|schoolfriend|ally|confidant|supporter)\s+of|(?:(?:close|old|longtime|long-time)\s+)?(allies|friends|supporters|confidants)\s+of|[Tt]he\s+(family|relatives|parents|lawyers)\s+of)\s+(?:the\s+)?$/u;
/** "Allies of Ms Thackeray said": the same people in the plural, opening the sentence (a run of capitalised words). */
const RELATIONS_OPENING = /^(?:Allies|Friends|Supporters|Confidants)$/u;
/** "a spokesman for " (and "the ") right before an organisation's name. */
const SPOKES_FOR_BEFORE = /(?:^|[^\p{L}'’-])([Aa]n?\s+(spokes(?:man|woman|person))\s+for)\s+$/u;
/** "the singer's representatives", "the actor's lawyer": people speaking for a person written as a lower-case role. */
const OWNED_BY_ROLE = /(?:^|[^\p{L}'’-])([Tt]he\s+([\p{Ll}-]+)['’]s\s+(representatives?|lawyers?|attorneys?|solicitors?|spokes(?:man|woman|person|people)|publicists?|agents?|aides?|advisers?|advisors?|management|camp|office))$/u;
/** "a spokesperson for the singer": a spokesperson speaking for a person written as a role. */
/** "A pal of the star", "a close friend of the singer": someone unnamed known by whose relation they are (phrase, head, role). */
const RELATION_OF_ROLE = /(?:^|[^\p{L}'’-])((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:close|old|former|longtime|long-time|family)\s+)?(neighbour|neighbor|friend|pal|relative|cousin|colleague|classmate|teammate|confidant)\s+of)\s+the\s+([\p{Ll}-]+)$/u;
const SPOKES_FOR_ROLE = /(?:^|[^\p{L}'’-])([Aa]n?\s+spokes(?:man|woman|person)\s+for)\s+the\s+([\p{Ll}-]+)$/u;

export interface AttributionResult {
  mentions: Mention[];
  claims: (Omit<DraftClaim, 'speaker'> & { mention?: number })[];
  /** Every capitalised person-like name run seen in the body, for canonical names and pronouns. */
  persons: PersonMention[];
  /** Sentence ranges in order (for pronoun resolution). */
  sentences: Range[];
}

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  roles: string[];
  /** First person named in its sentence (a likely subject). */
  subject: boolean;
  sentence: number;
  /** Named inside someone's reported or quoted claim ("Abernathy said Lemieux had …"). */
  inClaim?: boolean;
}

const PRONOUN = /^(he|she|they|it)$/i;
/** Plural groups that a later "they said" may refer to. */
const GROUP_NOUNS = /\b(?:prosecutors|officials|researchers|investigators|police|scientists|doctors|experts|analysts|authorities|lawyers|attorneys|economists|organi[sz]ers|activists|residents|witnesses|campaigners|officers|firefighters|rescuers|paramedics|protesters|lawmakers|legislators|regulators|inspectors|detectives|engineers|forecasters|scholars|historians|epidemiologists)\b/giu;
/**
 * The same without the u flag, which only the long s and the Kelvin sign tell apart (/iu folds them to
 * "s" and "k", also at word edges): about twice as fast, used on text holding neither.
 */
const GROUP_NOUNS_ASCII = new RegExp(GROUP_NOUNS.source, 'gi');
const UNICODE_FOLDS = /[\u017f\u212a]/;

/** A plural group named in the body ("Prosecutors", "health officials"), for "they". */
export interface GroupMention {
  start: number;
  end: number;
  /** The group noun as written, lower-cased ("prosecutors"). */
  name: string;
  sentence: number;
}
const HEADLINE_LABELS = /^(live updates?|live|breaking|update|updated|exclusive|analysis|opinion|video|watch|photos?|explainer|caption|published|posted|source|related|read more|note|editor['’]s note|correction|factbox|timeline|transcript|interview|q|a|by|tags?|update \d+|results?|recap|summary|reaction|verdict|preview|latest|key events?|team news|as it happened|full[ -]time|half[ -]time|ft|ht|kick[ -]off|goal|penalty|red card|yellow card|substitution|var|line-?ups?|extra[ -]time|stoppage[ -]time|final whistle|score|scores)$/i;
const HEADLINE_SAYS = /^(.{8,}?),\s+([^,]{2,60}?)\s+(says|said|claims|warns|insists|admits|confirms|tells [^,]{2,40})$/i;
/** "Valmont are in a relegation fight now, says Ménard": the verb before the speaker. */
const HEADLINE_SAYS_INVERTED = /^(.{8,}?),\s+(says|said|warns|claims|insists|admits|confirms)\s+([\p{Lu}][^,]{1,60})$/iu;
const SAYS_HEADLINE = /^([\p{Lu}][^,:]{1,50}?)\s+(Says|Said|Warns|Claims|Insists|Admits|Confirms|Tells [\p{Lu}][\p{L}]+)\s+(.{8,})$/u;
const NAME_COLON = new RegExp(`^([\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.'’-]*|${NAME_PARTICLES})){0,4})\\s*:\\s+(\\S.{6,})$`, 'u');
/** A conjunction opening a subordinate clause ("after", "when", "because"): a subject after it speaks for none of the clause before the comma. */
const SUBORDINATE_LEAD = /^(?:after|before|when|whenever|while|whilst|as|because|since|until|till|once|if|unless|although|though|whereas)\s/i;
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
/** Where or when something was said, between a participle and its "that": "arguing in a note late on Monday that …". */
const PARTICIPLE_PLACE = /^\s+(?:in|on|at|during|late|early|earlier|later)\s[^,;:"“”]{0,50}?\bthat\s+/;
/** Time-zone abbreviations ("1 p.m. EST Wednesday"): never the first word of a name. */
const TIME_ZONE = /^(?:[ECMP][SD]T|AK[SD]T|HST|GMT|BST|UTC|CES?T|EES?T|WES?T|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|IST|JST|KST|HKT|SGT)$/;
/** Prepositions that open a sentence with a capital: the name after them is a place or an object, not the subject. */
const LEADING_PREPOSITION = /^(?:In|On|At|From|With|For|By|Of|To|Into|Near|Across|Outside|Inside|Under|Over|Through|Throughout|Around|Beyond|Between|Among|Against|Without|Within|Unlike|Like|Via|During|Towards?|Off|Along|Aboard|Behind|Beside|Past)$/;
/** Title words among the up to three lower-case words right before a name ("said former champion "). */
function titleWordsBefore(before: string): string[] {
  const from = lowerWordsStart(before);
  if (from === before.length) return [];
  return before.slice(from).trim().split(/\s+/).filter((w) => TITLE_WORDS.has(w.toLowerCase()));
}

const LOWER_LETTER = /^\p{Ll}$/u;

/** The length of the lower-case letter or hyphen (a whole code point) ending at `end` in s, 0 if there is none. */
function lowerBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if ((c >= 97 && c <= 122) || c === 45) return 1;
  if (c < 128) return 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = s.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LOWER_LETTER.test(s.slice(end - 2, end)) ? 2 : 0;
  }
  return LOWER_LETTER.test(s[end - 1]) ? 1 : 0;
}

/** Whether s ends in a comma and one or more spaces (what `/,\s+$/` tests, read backwards from the end). */
function endsWithCommaSpace(s: string): boolean {
  const e = spacesBefore(s);
  return e < s.length && e > 0 && s.charCodeAt(e - 1) === 44;
}

/**
 * Where the up to three lower-case words (each with the spaces after it) that end s begin: what
 * `/((?:[\p{Ll}-]+\s+){0,3})$/u` matches, read backwards from the end instead of tried at every position.
 */
function lowerWordsStart(s: string): number {
  let from = s.length;
  let i = s.length;
  for (let pairs = 0; pairs < 3; pairs++) {
    const j = spacesBefore(s, i);
    if (j === i) break;
    let k = j;
    for (let w = lowerBefore(s, k); w > 0 && k > 0; w = k > 0 ? lowerBefore(s, k) : 0) k -= w;
    if (k === j) break;
    from = k;
    i = k;
  }
  return from;
}
/** A capitalised run with name particles inside ("Ursula von der Leyen", "Abu Bakr al-Baghdadi"). */
const PERSON_RUN = new RegExp(`[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:${NAME_PARTICLES})\\s+)*(?:[\\p{Lu}]|(?:al|el|ad|ash|bin|ibn|abu|d|o)[-'’][\\p{Lu}])[\\p{L}'’.-]*)*`, 'gu');
const PARTICLE_WORD = new RegExp(`^(?:of|${NAME_PARTICLES})$`);
/** ", though ", ", but " inside what follows a verb: a contrast starting another clause. */
const CONTRAST_AFTER = /,\s*(?:though|although|but|while|whereas)\s/i;
/** "but added that ", "though warned " after an attribution: the same speaker's next clause. */
const SAME_SPEAKER_AGAIN = /^\s*(?:though|although|but|while)\s+(?:also\s+)?(?:added|said|warned|noted|insisted|stressed|cautioned|acknowledged|conceded|admitted|argued|explained)(?:\s+that)?\s+/i;
/** ", with governor Ana Ruiz " before a participle ("saying", "warning"): who, after a comma and "with". */
const WITH_SUBJECT = /,\s+with\s+([^\s,;:“”"()][^,;:“”"()]{0,60}?)\s+$/u;
/** A place joined to a participle, describing who comes next: "Lisbon-based", "Dublin-born", "Paris-headquartered". */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:based|born|bred|raised|headquartered|listed|registered|educated|trained|area)$/u;
/** "Peru's mines ministry", "Japan's foreign ministry", "Kenya's government": a country's public body in lower case. */
const PLACE_BODY = /(?:^|[^\p{L}'’.-])((?:[\p{Lu}][\p{L}-]+\s+)?[\p{Lu}][\p{L}-]+['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministry|government|department|embassy|military|army|navy|cabinet|presidency|parliament|regulator|coastguard|agency))$/u;
/**
 * An unnamed group before its verb: "two sources familiar with the matter", "senior officials", "people
 * briefed on the talks", "three OPEC+ sources", "Several Kremlin officials" (a count, then one describing
 * word, lower-case or capitalised, but no conjunction or determiner opening the sentence; "Leeds police" is
 * the police force the page names, found as "police").
 */
const GROUP_BEFORE = /(?:^|[\s,])((?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Ss]ome|[Mm]any|\d+)\s+)?(?:(?:[\p{Ll}-]+|(?!(?:But|And|Or|Nor|The|Yet|So|Now|Then|When|While|After|Before|If|As|Although|Though|Meanwhile|However|Still|Also|Even|Only|Both|All|These|Those|Such|Other|Most|Many|Some|Several|Its|His|Her|Their|Our|Your|My|In|On|At|By|For|From|With|Of|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s)\p{Lu}[\p{L}\d+&.’'-]*(?!\s+(?:police|cops|authorities)\b))\s+)?(?:diplomats|officials|analysts|experts|sources|witnesses|residents|police|cops|prosecutors|investigators|economists|doctors|scientists|aides|critics|lawyers|organisers|organizers|activists|campaigners|protesters|authorities|observers|insiders|people|researchers|academics|authors|engineers|inspectors|regulators|historians|epidemiologists|officers|teachers|nurses|parents|volunteers|farmers|workers|students|traders|dealers|bankers|brokers|executives|negotiators|delegates|envoys|lawmakers|legislators|strategists)(?:\s+(?:familiar with|with (?:direct )?knowledge of|close to|briefed on|involved in|at|in|from)(?:\s+[\p{Ll}-]+){1,3})?)$/u;
/** A public body's name that a place may be written before as its owner: "Ministry of Mining", "Foreign Ministry". */
const OWNED_BODY_NAME = /^(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:Ministry|Department|Office|Agency|Embassy|Government|Bureau|Directorate|Secretariat)\b/u;
/** "Chile's " right before a name: a place (or anyone) written as its owner. */
const PLACE_OWNER_BEFORE = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]+['’]s\s+)$/u;
/** A short opening phrase of place or time before a sentence's subject: "In Chennai, ", "On Friday, ", "Meanwhile, ". */
const SHARED_LEAD = /^(?:(?:In|At|On|From|Earlier|Later)\s[^,;:"“”]{1,40}|Meanwhile|Separately|Elsewhere|Earlier|Later|Yesterday|Today),\s+(?=\p{Lu})/u;
/** A lower-case body a place may be written before as part of its name: "the Mandya district police", "Hebei provincial authorities". */
// (with a kind before it only: "Milwaukee police" alone is read as the "Milwaukee Police Department" the page names)
const PLACE_BEFORE_BODY = /^(?:district|city|state|provincial|county|municipal|regional|local|federal|border|traffic|port|transport|railway|civic)\s+(?:police|authorities)$/;
/** Capitalised words that open a clause rather than name a place before "police". */
const NOT_A_PLACE = /^(?:But|And|Or|Nor|The|Yet|So|Now|Then|When|While|After|Before|If|As|Although|Though|Meanwhile|However|Still|Also|Even|Only|Both|All|These|Those|Such|Other|Most|Many|Some|Several|Its|His|Her|Their|Our|Your|My|In|On|At|By|For|From|With|Of|Where|Today|Yesterday|Earlier|Later|Separately|Elsewhere|Instead)$/;
/** A role owned by a firm or a place, in apposition: "Acme's chief executive", "Karnataka's Minister for Water Resources". */
const OWNED_ROLE_APPOSITION = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:for|of|to|at)\s+[^,]*)?$/u;
/** A role in apposition to a name: "her daughter", "its president", "the club's chairman". */
const APPOSED_ROLE = /^(?:his|her|its|their|the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+$/u;
/** "The environmental group ", "The farmers' union ": a body's description before its name opening a sentence. */
const DESCRIBED_NAME_LEAD = /^[Tt]he\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:group|body|charity|union|association|organisation|organization|federation|alliance|coalition|campaign|network|watchdog|think-?tank|lobby|nonprofit|non-profit)\s+(?=\p{Lu}[\p{L}'’&-]*\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,4}[\p{Ll}])/u;
/** A body told something, right after "told": "the committee", "the standing committee", "the court", "the inquest". */
const LISTENER = /^\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:committee|court|hearing|inquiry|inquest|meeting|conference|council|assembly|panel|board|jury|tribunal|audience|crowd|summit|forum|commission|senate|chamber|legislature)\b/u;
/** The same with where the role is held after its title word (the title word): "a deputy minister at the department". */
const APPOSED_ROLE_AT = /^(?:his|her|its|their|the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,3}([\p{Ll}-]+)\s+(?:at|of|for|with|in|from)\s+(?:the\s+)?(?:[\p{L}'’&-]+\s+){0,3}[\p{L}'’-]+$/u;
/** A person's name in apposition: two to four capitalised words, with a title before it or not ("Dr Ann Lee"). */
const APPOSED_NAME = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}[\p{Lu}][\p{L}'’-]+$/u;
/** A relative in apposition ("her son", "his late wife", "their eldest daughter"), who may be named by first name alone. */
const KIN_ROLE = /^(?:his|her|their)\s+(?:(?:late|eldest|elder|oldest|older|youngest|younger|only|twin|former)\s+)?(?:son|daughter|husband|wife|partner|brother|sister|mother|father|niece|nephew|grandson|granddaughter|grandchild|cousin|widow|widower|stepson|stepdaughter)$/u;
/** A sentence opened by a name (a role before it or not) and a relative clause about it: "Hooker Jamie Finlay, who …". */
const NAME_THEN_RELATIVE = /^\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*,\s+(?:who|whose)\s/u;
/** One capitalised first name ("David", "Anne-Marie"). */
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** "counsel", "defence counsel" with no article, right after a quote, a comma or at the clause's start. */
const BARE_COUNSEL = /(?:^|[,;:"”'’]\s*)((?:(?:[Dd]efen[cs]e|[Pp]rosecuting|[Dd]efending|[Pp]rosecution|[Ss]enior|[Jj]unior)\s+)?[Cc]ounsel)\s*$/u;
/** Unnamed sources a headline may cite: "…, Report Says". */
const GENERIC_SOURCE = /^(?:(?:a|the|new|media|press|news)\s+)?(?:report|reports|study|survey|poll|media|sources?|officials?|experts?|analysts?|data|research|researchers|insiders?|documents?)$/i;
/** Documents that "according to" may name as the source. */
const DOC_NOUNS = 'figures|data|statistics|numbers|estimates?|reports?|statement|documents?|filings?|records|memo|letter|survey|study|analysis|polls?|projections?|forecasts?|results|count|tally|calculations?';
// reporting-verb patterns, compiled once
const ATTRIBUTION_AFTER = new RegExp(`^[\\s,]*(?:[^\\s,]+\\s+){0,5}?(?:${REPORTING_VERBS})\\b`);
const SUBJECT_VERB = new RegExp(`^([^,;!?“”"]{1,80}?)(,\\s[^,;!?“”"]{1,100},)?((?:\\s+(?:also|then|later|further|again|has|had|have|reportedly|earlier|quickly|once|finally))*)\\s+(${REPORTING_VERBS})\\b`, 'i');
// "said its secretary N. K. Rao": the full stop after an initial stays inside the name
/** Titles abbreviated with a full stop before a name ("said Dr. Ana Ruiz", "said Lt. Col. Ben Ode"). */
const TITLE_ABBREVIATIONS = 'Adv|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Prof|Rev|Mr|Mrs|Ms|Mx|Fr|Det|Insp|Supt|Cllr|Hon|Brig|Cmdr|Cdr|Atty|Amb|Pres|Sec';
// (a nickname in quotation marks inside the name is part of it: "said Bartholomew “Bart” Kowalczyk";
// so is an abbreviated title's full stop: "said Dr. Ana Ruiz")
const VERB_SUBJECT = new RegExp(`^(${REPORTING_VERBS})\\s+((?:[^,.;!?“”"]|(?<=(?:^|[\\s.])\\p{L})\\.(?=\\s*\\p{Lu})|(?<=\\p{Lu}[\\p{L}'’.-]*\\s)[“"]\\p{Lu}[\\p{Ll}.-]*[”"](?=\\s+\\p{Lu})|(?<=(?:^|\\s)(?:${TITLE_ABBREVIATIONS}))\\.(?=\\s+\\p{Lu})){1,80})`, 'iu');
/** Words before a "that" showing the content has begun ("she took the job because it was … that"): a subject pronoun first, or a subordinating word. */
const CLAUSE_BEFORE_THAT = /^\s*(?:he|she|they|it|we|i|you|there)\s+\S|\b(?:because|although|though|while|whereas|unless|which|who)\b|^\s*(?:an?|the)\s+[\p{Ll}-]+\s+(?:was|were|is|are|would|could|will|might)\s/iu;
const BUT_OR_VERB = new RegExp(`\\b(?:but|${REPORTING_VERBS})\\b`);
/** ", and she told reporters …", ", but he added …": a pronoun subject with a reporting verb inside a reported clause. */
const PRONOUN_REPORTS = /(?:,\s+(?:and|but|although|though)|;)\s+(he|she|they|it|the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:union|company|council|ministry|department|government|agency|police|court|board|club|party|firm|group|authority|regulator|operator|airline|bank|association|commission|committee|city|county|state|school|university|hospital|spokesman|spokeswoman|spokesperson))(\s+(?:also\s+|later\s+)?)(said|says|told|tells|added|adds|noted|warned|explained|insisted|argued|stressed|predicted|estimated|confirmed)\b/u;
const COORDINATED_VERB = new RegExp(`[,]?\\s+(?:but|and|yet)\\s+(?:also\\s+|later\\s+|then\\s+|again\\s+)?(?:${REPORTING_VERBS})\\b`, 'g');
const DOC_SEEN_BY = new RegExp(`^(?:an?|the)\\s+(?:${DOC_NOUNS})\\s+(?:seen|obtained|reviewed)\\s+by\\s+[^,;:]{2,60}$`, 'iu');
const DOC_FROM = new RegExp(`^(?:an?\\s+|the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:${DOC_NOUNS})\\s+(?:from|by|published by|released by|issued by|compiled by)\\s+`, 'iu');
const SOURCE_BODY = new RegExp(`^((?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){0,4}?)((?:[\\p{Ll}-]+\\s+){0,2}(?:agency|agencies|media|officials|sources|ministry|police|government|authorities|${DOC_NOUNS}))(?=\\s*$|\\s+(?:in|on|at|for|of|from|published|released|issued)\\b)`, 'u');
/**
 * Court and police papers: "according to a criminal complaint", "the affidavit states", "court
 * documents show". A paper is neither a person nor an organisation (SPEC's speaker), so like a study
 * with no named author it is no speaker, and nothing else in the phrase is either: the sentence stays
 * the article's own assertion.
 */
const LEGAL_DOC = /^(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[\p{Ll}-]+\s+){0,2}?(?:complaint|affidavit|indictment|lawsuit|petition|(?:arrest|search)\s+warrant|(?:police|incident|arrest|autopsy|crash|coroner['’]s)\s+report|(?:court|charging|legal)\s+(?:documents|records|papers|filings?)|(?:court\s+)?filings?))$/u;
/** "figures the university released", "data that the ministry published": the document, then who issued it. */
const DOC_RELEASED = new RegExp(`^(?:an?\\s+|the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOC_NOUNS})\\s+(?:that\\s+|which\\s+)?((?:the\\s+)?[\\p{L}][^,;:]{1,50}?)(?=\\s+(?:released|published|issued|compiled|produced|shared|posted|gave)\\b)`, 'u');
const DOC_OWNED = new RegExp(`^(.+?)['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOC_NOUNS})$`, 'u');
/** A sentence whose subject is a court paper or a report, right before the next sentence's "It": "The complaint alleges … ." */
const DOC_THEN_IT = /(?:^|[.!?]["”’]?\s+)(?:The|A|An|Its|Her|His|Their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:complaint|affidavit|indictment|lawsuit|suit|petition|claim|filing|report|study|survey|review|audit|warrant|ruling|judgment|judgement)\s+(?:also\s+)?(?:alleges|alleged|claims|claimed|says|said|states|stated|argues|argued|contends|contended|accuses|accused|finds|found|shows|showed|concludes|concluded)\b(?:[^.!?]|\.(?=\d)){0,300}[.!?]["”’]?\s+$/u;
/** A sentence opened by a court paper (or "It" standing for one) that alleges: "The lawsuit also claims …". */
const DOC_OPENS = /^\s*(?:It|(?:The|A|An)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:complaint|affidavit|indictment|lawsuit|suit|petition|filing|warrant))\s+(?:also\s+|further\s+)?(?:alleges|claims|contends|accuses|states)\s/u;
const DOC_ONLY = new RegExp(`^(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOC_NOUNS})$`, 'u');
/** ", the channel confirmed on Saturday" closing a reported clause: a second attribution (no participle, no "according to"). */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+(?!(?:but|and|yet|also|then|later)\\s)(?:the\\s+)?[^,;“”"]{1,40}?\\s+(?:${REPORTING_VERBS.split('|').filter((v) => !PARTICIPLE.test(v) && v !== 'according to').join('|')})(?:\\s+[^,;“”"]{0,30})?$`);
/** A public body's finding closing a sentence: ", the health watchdog has found." (the body, then the verb). */
const FOUND_BY = /,\s+(the\s+(?:[\p{Ll}-]+\s+){0,2}(?:regulator|watchdog|inspectorate|ombudsman|commission|authority|agency|council|auditor|inspectors|regulators))\s+(?:has\s+|have\s+|had\s+)?(found|concluded)\s*[.!]?\s*$/u;
/** Whom something was told: "reporters", "the BBC's Today programme", "Ria Novosti", "fans". */
const SPOKEN_TO = /^\s*(?:reporters|journalists|the (?:media|press)|(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*(?:\s+[\p{Ll}]+)?|(?:the|his|her|their|its)\s+[\p{L}'’-]+|[\p{Ll}]+)/u;
/**
 * A verb that sums something up in the speaker's quoted words: "dismissed the plan as “…”", "which
 * she described as “…”", "has called the approach “…”". The quotation is the speaker's direct claim.
 */
const CHARACTERISES = /(?<![\p{L}-])(called|calls|described|describes|dismissed|dismisses|branded|brands|labell?ed|labels|termed|terms|hailed|hails|derided|derides)\b((?:\s+(?!as\b)[\p{L}\p{N}'’-]+){0,6}?)(?:\s+as)?\s*$/u;
/**
 * "according to" in any case, which the "according to X" patterns (/iu) cannot match without (none of its
 * letters folds differently with the u flag): most sentences skip them.
 */
const ACCORDING_TO = /according to/i;
/** Stems every verb of CHARACTERISES holds. */
const CHARACTERISING_STEMS = ['call', 'describ', 'dismiss', 'brand', 'label', 'term', 'hail', 'derid'];
/** Adverbials between a reporting verb and its clause: "said on Monday", "told reporters in a statement". */
const CLAUSE_LEAD = /^(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:earlier|later|today|yesterday|tonight|again|also|repeatedly|publicly|privately|last\s+\w+|this\s+\w+|in\s+a\s+(?:statement|post|letter|speech|tweet|interview)|in\s+an\s+(?:interview|email|e-mail|op-ed)(?:\s+with\s+[^,.;]{1,40}?(?=[,.;]|$))?|at\s+an?\s+[\w -]{1,30}?(?=,|[.;]?\s*$)|on\s+\w+))*,?/i;
/** "“…” That was the verdict of Ann Lee, …", "So says X.": the sentence after a quotation names who said it. */
const VERDICT_OF = /^\s*(?:(?:That|This|Such)\s+(?:was|is|has been)\s+(?:the\s+)?(?:verdict|view|assessment|message|warning|opinion|reaction|response|take|argument|conclusion|advice|word|prediction|promise)\s+(?:of|from)|So\s+(?:says|said))\s+/u;
/** "No, replied captain Yanis Belkacem. We stopped running.": words, the inserted attribution, then more words. */
const DIALOGUE_ATTRIBUTION = /^([^,—–]{1,300}?)(,\s*|\s+[—–]\s+)(replied|replies|answered|answers|said|says|added|adds|insisted|insists|explained|explains|continued|continues|retorted|admitted|admits|conceded|concedes|sighed|smiled|laughed)(\s+)([^.!?]{2,80}?)[.!?]\s*(.*)$/su;
/** "Name was blunt", "Name reacted on X", "Name put it simply" before a colon that opens a quotation. */
const COLON_LEAD = /^(.{2,80}?)\s+(?:(?:was|is|were|are|has been|had been|sounded|seemed|remained)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|reacted|responded|replied|wrote|posted|tweeted|commented|added|explained|insisted|continued|went on|summed it up|sums it up|put it|puts it|went further|goes further|did not mince (?:his|her|their|its) words)\b[^:]{0,40}$/u;
/** Letters after a person's name: "MP", "MSP", "QC", "OBE". */
const POST_NOMINAL = /^(?:MP|MPs|MEP|MSP|MS|AM|TD|MLA|MPP|MHA|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|PhD|Jr|Sr)\.?$/;
/** Lower-case people and the place they are in, right before a capitalised run: "residents in Hanover and", "shoppers near". */
const LOCATED_GROUP = /(?:^|\s)(?:[Rr]esidents|[Pp]eople|[Ll]ocals|[Vv]illagers|[Ff]amilies|[Pp]arents|[Ss]hoppers|[Tt]raders|[Bb]usinesses|[Cc]ommuters|[Dd]rivers|[Ff]armers|[Ww]orkers|[Vv]oters|[Tt]enants|[Hh]omeowners|[Nn]eighbours|[Nn]eighbors)\s+(?:in|near|around|across|from)\s+(?:(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:and|&)\s+)?$/u;
/** A lower-case noun for a work, or a possessive, before a capitalised run: "single Paper Hearts", "her Northern Lights tour". */
const WORK_WORDS = new Set('single album song track hit film movie book novel memoir documentary series sitcom musical opera journal newspaper magazine his her their my our your'.split(' '));

/**
 * "whose single ", "her ": a word of WORK_WORDS, whole, then spaces, ends s (what
 * `/(?:^|\s)(?:single|album|…|your)\s+$/u` tests, read backwards from the end).
 */
function workBefore(s: string): boolean {
  const e = spacesBefore(s);
  if (e === s.length || e === 0) return false;
  let b = e;
  while (b > 0 && !isSpaceAt(s, b - 1)) b--;
  return WORK_WORDS.has(s.slice(b, e));
}

/** "the " (any case, a word of its own) then spaces ends s: what `/\bthe\s+$/i` tests, read backwards from the end. */
function theBefore(s: string): boolean {
  const e = spacesBefore(s);
  if (e === s.length || e < 3) return false;
  const t = s.charCodeAt(e - 3);
  const h = s.charCodeAt(e - 2);
  const x = s.charCodeAt(e - 1);
  if (!(t === 116 || t === 84) || !(h === 104 || h === 72) || !(x === 101 || x === 69)) return false;
  return e === 3 || !/\w/.test(s[e - 4]);
}
/** "…, and added", "… but then said": a second verb right before a quotation. */
const COORDINATED_BEFORE = /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/;
/** A participle after the medium a statement was made in: "a video posted on", "a letter published in". */
const POSTED_ON = /\b(?:posted|published|released|shared|issued|tweeted)\s+(?=(?:on|to|in|by|online)\b)/g;
/** A prepositional phrase after a reporting verb: where, when or how it was said ("in a filing with …", "during a visit to …"). */
const PLACE_OF_SAYING = /^\s*(?:in|at(?!\s+(?:least|most|times)\b)|on|during|via|through|after|before|with|from|to|under|ahead of)\s/i;
/** Capitalised words that open a clause but never name its subject. */
const NOT_A_SUBJECT = /^(?:His|Her|Their|Its|Our|My|Your|This|That|These|Those|Last|Next|On|In|At|After|Before|Asked|When|While|Speaking|Today|Yesterday|Earlier|Later|Then|But|And|So|Yet|However|Meanwhile|There|It)$/;
/** ", managing director of Kestrel Freight" right before an apposition's comma: a role of an organisation, after a name. */
const ROLE_OF_ORG_APPOSITION = /(?<=[\p{Lu}][\p{L}'’.-]*),\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:of|at)\s+(?:the\s+)?[\p{Lu}][^,]*$/u;
/** "Residents of " right before "the district": people of a place or a body, who speak for themselves. */
const PEOPLE_OF = /(?:^|\s)(?:residents|people|parents|families|members|staff|workers|employees|pupils|students|teachers|voters|taxpayers|neighbours|neighbors|critics|supporters)\s+of\s+$/iu;
/** "the shadow chancellor": the opposition's spokesman for an office, not its holder. */
const SHADOW = /\bshadow\s/iu;
/** "shadow chancellor Marcus Thorne", "Shadow Home Secretary Ann Lee": the same, written before the name. */
const SHADOW_BEFORE = /\bshadow\s+(?:[\p{L}-]+\s+){1,3}$/iu;
/** The word "shadow" in any case (with the long s that /iu folds to "s"): SHADOW_BEFORE cannot match without it. */
const SHADOW_WORD = /[sſ]hadow/i;
/** SHADOW_BEFORE.test(before), tried only when the word is there at all. */
function shadowBefore(before: string): boolean {
  return SHADOW_WORD.test(before) && SHADOW_BEFORE.test(before);
}
/** A place named by its feature: "Casco Bay", "Miller Creek", "Elk River". */
const PLACE_FEATURE = /\s(?:Bay|Cove|Creek|Harbou?r|River|Valley|Lake|Canal|Inlet|Sound|Falls|Mountains?|Hills?)$/u;
/** A preposition right before a name ("off", "across", "near"). */
const PREPOSITION_BEFORE = /\b(?:off|across|along|near|over|on|in|at|to|from|into|onto|around|beyond|by|past|toward|towards|beside|under)\s+(?:the\s+)?$/i;
/** ", who" (", who also") right before a speech verb: the speaker is the name before the comma. */
/** A passive auxiliary right before a verb: "had been told", "was warned". */
const PASSIVE_BEFORE = /\b(?:been|being|was|were|is|are)\s+$/;

/** Bodies a spokesperson speaks for, named on the page: "a spokesperson for the foundation". */
const DESCRIBED_BODY = /^(?:foundation|trust|charity|association|federation|union|institute|university|commission|authority|agency|regulator|watchdog|society|board|council|company|firm|group|ministry|department|hospital|school|college|museum|library)$/;

/** A comma before the "but" or "and" of a second verb, at the end of what comes before that verb. */
/** A subject and the relative clause between commas after it: "Copa-Cogeca, which represents farmers across the EU, ". */
const SHARED_RELATIVE = /^([^,;:"“”]{1,60}?),\s+(?:which|who|whose)\s+(?:[^,;:"“”]|,(?=\d)){1,120},\s+/u;
/** A name and a role in apposition to it before a shared verb: "Mia Holt, a spokeswoman for the office, ". */
const SHARED_APPOSED = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:a|an|the|his|her|its|their)\s+[\p{Ll}][^,;:"“”]{1,80},\s+/u;
const SHARED_COMMA = /,(?=\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$)/;

/** An unnamed source placed in an office, before the office: "a source in ", "one senior official at ". */
const SOURCE_INSIDE = new RegExp(`(?:^|[^\\p{L}'’-])((?:[Aa]n?|[Oo]ne)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(${UNNAMED_HEADS})))\\s+(in|at|inside|within|from)\\s+$`, 'u');

/** A live-blog entry's time alone on its line: "4:10 p.m.", "16:48", "9.05am", "10:32 GMT". */
const ENTRY_TIME = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?$/i;

/** "The Governor, in a statement signed by …, on Tuesday,": a subject (no comma in it), then how it spoke, up to the verb's comma. */
const CHANNEL_AFTER_SUBJECT = /^\s*((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s[^,;:"“”]{2,60}|\p{Lu}[^,;:"“”]{1,60}),\s+in\s+an?\s+(?:statement|letter|communiqu[ée]|press release|message|post)\b[^.;:"“”]{0,180},$/u;
/** " at Kestrel Partners": where a group of analysts or economists works, after the head noun. */
const AT_FIRM = /^\s+(?:at|from)\s+\p{Lu}/u;
/** The cheap cue UNNAMED_IN_ORG needs before it is tried. */
const UNNAMED_IN_ORG_CUE = /(?:official|source|insider|aide|staffer|employee)\s+(?:in|at|from|with|inside)\s+the\s/;
/** "a senior official in the Kelso Ministry of Finance": an unnamed source (its description), where it works, the organisation's name. */
const UNNAMED_IN_ORG = /(?:^|[^\p{L}'’-])(?:[Aa]n?|[Oo]ne)\s+((?:[\p{Ll}-]+\s+){0,2}?(official|source|insider|aide|staffer|employee)\s+(?:in|at|from|with|inside))\s+the\s+((?:\p{Lu}[\p{L}'’.&-]*\s+|(?:of|for|and|on)\s+){0,8}\p{Lu}[\p{L}'’.&-]*)\s*$/u;
/** A role named by its owner: "Castell's lawyer", "Ann Lee's campaign manager", "NUMSA's Tembisa regional secretary". */
const OWNER_ROLE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{Ll}\s-]+$/u;
/** "Public Affairs", "Media Relations": the words of a portfolio, never a person's name. */
const PORTFOLIO_NAME = /\s(?:Affairs|Relations|Communications)$/;
/** ", which" (with an adverb or auxiliary) before a reporting verb: an organisation named before the comma speaks. */
const RELATIVE_WHICH = /,\s+which(?:\s+(?:also|later|then|previously|earlier|has|had|have))?$/;
/** ", which represents 14,000 nurses, cooks and porters,": a relative clause running up to the verb's comma (no sentence end inside). */
const WHICH_CLAUSE_BEFORE = /,\s+which\s+(?!said\b|says\b|told\b)[^.;:!?()"“”]{4,180},$/;
const RELATIVE_WHO = /,\s+who(?:\s+(?:also|later|then|previously|earlier|has|had|have))?$/;
/** Where a clause opens inside a sentence, for the subject a closing participle belongs to ("after the firm cut …"). */
const CLAUSE_OPENER = /(?:^|\s)(?:after|when|as|because|while|since|before|once)\s+/g;
/** A clause's subject, a finite verb of action ("cut", "lowered") and its object, up to the comma: "the firm also cut its outlook". */
const ACTING_CLAUSE = /^((?:[Tt]he\s+)?[^\s,;:"“”]+(?:\s+[^\s,;:"“”]+){0,4}?)\s+(?:(?:also|again|then|later|further|sharply|on\s+\p{Lu}\p{Ll}+day)\s+)*(?:\p{Ll}+ed|cut|cuts|kept|keeps|held|holds|put|set|gave|made|hit|raised|lowered|slashed|trimmed|scrapped)\s+[^,;:"“”]{1,80}$/u;

/** Unnamed people named by the firm they work at ("Analysts at Corvin Partners"), capitalised as a sentence opens. */
const PEOPLE_AT_FIRM = /^(?:Analysts|Economists|Strategists|Researchers|Scientists|Experts)$/;
/** "analysts at " right before a firm's name (people, the word for them). */
const PEOPLE_AT_FIRM_BEFORE = /(?:^|[^\p{L}'’-])(([Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Ii]nsiders|[Ss]ources)\s+(?:at|from)\s+)$/u;

/** A sentence's opening phrase of place or time: "In a note on Tuesday", "Speaking in Oslo", "Earlier this week". */
const OPENING_PHRASE = /^[\s"“]*(?:In|On|At|After|Before|During|Earlier|Later|Last|This|Speaking|Writing|Asked|Since|Following|Ahead|Late|Early)\s/u;

/** A US party and home-town label in apposition: "D-Mass.", "R-El Paso", "I-Vt." */
const PARTY_LABEL_WORDS = '[DRI]-[\\p{Lu}][\\p{L}.]{1,12}(?:\\s[\\p{Lu}][\\p{L}.]{1,12}){0,2}';
const PARTY_LABEL = new RegExp(`^${PARTY_LABEL_WORDS}$`, 'u');
/** A party label or an age closing a name's apposition: ", D-Santa Fe", ", 54". */
const TRAILING_LABEL = new RegExp(`,\\s*(?:${PARTY_LABEL_WORDS}|\\d{1,3})\\s*$`, 'u');
const QA = /^(Q|A|Question|Answer)\s*[:.)-]\s*/;

/** Whether text reads as a content clause without "that": "it had been a bad night", "the plant would close". */
function looksLikeClause(t: string): boolean {
  // "the first and second prizes, €40,000 and €25,000, will be …": an apposition between the subject and its verb
  return /^\s*(?:he|she|it|they|we|i|you|there)\s+[\p{Ll}']/u.test(t) || /^\s*(?:[^\s,;:.]+\s+){0,4}?(?:[^\s,;:.]+,\s+(?:[^,;:.]|(?<=\d)[,.](?=\d)){1,40},\s+|[^\s,;:.]+\s+)(?:had|has|have|was|were|would|will|could|should|is|are|did|does|do|must|might|may|can|cannot|won['’]t|wouldn['’]t|couldn['’]t|didn['’]t)\b/iu.test(t);
}

/** Whether a quotation mark in s is left open (closed quotations aside): words after it are inside a quotation. */
function leavesQuoteOpen(s: string): boolean {
  return /["“”«»]/.test(s.replace(/["“][^"“”]*["”]|«[^«»]*»/g, ''));
}

/**
 * The number of words: runs of non-space characters holding a letter or a digit (what
 * `s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` counts, without building the words;
 * it runs for nearly every clause).
 */
function wordCount(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
        n++;
        counted = true;
      }
      continue;
    }
    if (isSpaceAt(s, i)) {
      counted = false;
      continue;
    }
    const cp = s.codePointAt(i) ?? c;
    if (!counted && WORD_CHAR.test(String.fromCodePoint(cp))) {
      n++;
      counted = true;
    }
    if (cp > 0xffff) i++;
  }
  return n;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

const DATELINE_LEAD = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s[^-–—\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]+\s+/u;
/** "Hannah Lee of Kestrel Capital was less forgiving.", "Not everyone was alarmed.": a stance that leads into someone's words, no statement of its own. */
const STANCE = /^[^,;:"“”\d]{2,80}\s(?:was|were)\s+(?:(?:less|more|far|much|rather|even|somewhat|no|not)\s+){0,2}(?:forgiving|upbeat|cautious|sanguine|critical|scathing|alarmed|impressed|unimpressed|convinced|unconvinced|optimistic|pessimistic|sceptical|skeptical|enthusiastic|unmoved|downbeat|bullish|bearish|measured|patient|impatient|conciliatory|defiant|combative|guarded|dismissive|relaxed|philosophical|confident|cheerful|frustrated|disappointed|delighted|pleased|emotional|circumspect|realistic|diplomatic|candid|forthright|effusive|gracious|magnanimous|rueful|(?:warm|cool|blunt|kind|harsh|gloomi|sunni|happi|angri)er)(?:\s+than\s+[^,;:"“”\d]{2,40})?[.!]?$/i;
/** A fact check's label over the statement it examines. */
const CLAIM_LABEL = /^(?:what was claimed|the claim|claim|what (?:was said|they said|he said|she said))\s*:?$/i;
/** "Told of the remark, Varga laughs.", "Asked about the delay, the mayor shrugged.": a reaction, no statement. */
const REACTION = /^(?:(?:[Aa]sked|[Tt]old|[Ii]nformed|[Rr]eminded|[Pp]ressed|[Qq]uestioned)\s[^.;:"“”]{1,80},\s+)?(?:[\p{Lu}][\p{L}'’-]+|he|she|they|the\s+[\p{Ll}-]+)\s+(?:(?:just|only|simply)\s+)?(?:laughs|laughed|smiles|smiled|shrugs|shrugged|sighs|sighed|pauses|paused|winces|winced|nods|nodded|grins|grinned|chuckles|chuckled)[.!]?$/u;
/** "The minister struck a more careful tone.", "Her deputy sought to play down the row.": a lead-in to someone's words, no statement of its own. */
const LEAD_IN = /^[^;:"“”\d]{2,80}\s(?:(?:struck|sounded|took|adopted)\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:tone|note)|(?:sought|tried|moved|rushed|was quick|were quick)\s+to\s+(?:play down|downplay|calm|ease|soothe|reassure|dampen|cool|defuse)\b[^,;:"“”\d]{0,40}|(?:rejected|dismissed|brushed (?:off|aside)|denied|defended)\s+(?:the|this|that|these|those|such|her|his|their|its)\s+(?:criticism|criticisms|charge|charges|accusation|accusations|claim|claims|suggestion|complaints?|decision|plan|move|approach|record)|(?:dismissed|brushed (?:off|aside)|shrugged off|played down)\s+(?:the|these|those|such|her|his|their|its)\s+(?:statements?|remarks?|comments?|promises?|assurances?|warnings?|reports?|concerns?|allegations?|fears?|figures))[.!]?$/iu;
/** A heading over a list of the story's main facts (not "Key events", whose items link to live-blog entries). */
const SUMMARY_HEADING = /^(?:key (?:points|facts|takeaways)|at a glance|highlights|in brief|main points|what we know(?: so far)?|the facts|summary)\s*:?$/i;
/** A list item written as a sentence, not in headline style: an auxiliary, a common past form, or "The …" with a past in -ed. */
const SENTENCE_ITEM = /\b(?:is|are|was|were|has|have|had|will|would)\s|\b(?:rose|fell|went|ran|won|lost|grew|took|made|came|gave|got|began|left|saw|paid|spent|sold|led|held|met|kept|drew|became|found|brought)\b|^(?:The|A|An|Its|His|Her|Their)\s(?:.*\s)?\p{Ll}{3,}ed\b/u;
/** A completed passive and the obligation it leaves: "has been quashed and must be taken again" (no other modal or first person). */
const IMPOSED = /^(?![^]*\b(?:I|we|you|should|ought|might|perhaps|maybe|think|believe)\b)[^]*\b(?:has|have|had) been \p{Ll}{3,}(?:ed|en|wn) and must be \p{Ll}{3,}(?:ed|en|wn)\b[^]*$/iu;
/** The line after a paragraph is the byline ("By Ann Lee", "By ANN LEE and TOM POKE", "Author: Ann Lee (KRVT)"). */
const BYLINE_NEXT = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:By|Author:|Authors:|Written by|Words by|Reporting by)\s+\p{Lu}/u;
/** A clause of reported speech joined right after a quotation: " and said it would …", ", and warned that …". */
const SAID_TOO = /^\s*,?\s+and\s+(?:also\s+)?(?:said|says|added|warned|insisted|argued|claimed|stressed|told\s+[^,.;]{1,40}?)\s+(?:that\s+)?(?:it|he|she|they|the|its|their|his|her|there|this|a|an)\b/;
/** What comes right before "say" when someone declines to: "declined to ", "would not ", "refused to ". */
const NOT_SAYING = /(?:(?:declined|refused|unable|not prepared|not willing)\s+to|(?:would|did|could|will)\s+not|(?:wouldn|didn|couldn|won)['’]t)\s+$/i;
/** A refusal to say what or whether: "declined to say whether it would appeal" states an event of the story ("did not say whether" tells only of a silence). */
const REFUSED_TO_SAY = /\b(?:declined|refused)\s+to\s+(?:say|confirm|disclose|reveal)\s+(?:whether|if|how|what|when|where|why|who|which)\b/i;
/** A reporting verb as a sentence's last word ("… Sergey Lavrov said."): a fragment, not a statement. */
// ("… and Lord Justice Tom Pike agreed." is the judges' assent, an event)
const LAST_REPORTING = new RegExp(`^(?!agree)(?:${REPORTING_VERBS})[.!]$`);
/** "Ann Roe, who top-scored with 97, did not hide her frustration.": the mood of someone about to be quoted, no statement. */
const HIDING = /^[^;:"“”]{2,120}\s(?:did not|didn['’]t|could not|couldn['’]t|made no (?:attempt|effort) to)\s+(?:hide|conceal|mask|disguise)\s+(?:his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+[.!]?$/u;
const SUPERLATIVE = /\b(?:is|are|was|were|been|became|becomes|remains|remained)\s+(?:(?:now|still|already|by far)\s+)?the\s+(?:(?:second|third)[\s-]+)?(?:(?:larg|bigg|high|low|long|short|great|small|old|young|deadli|wealthi|poor|rich|fast|slow|strong|weak|heavi|busi|cheap|hott|cold|wett|dri|warm|tall|deep)est|best|worst|most\s+[\p{L}-]{4,})\b/iu;
const REPORTED_FIGURES = /^\s+(?:(?:a|an|its|their|the|record|higher|lower|better|weaker|stronger|quarterly|annual|full-year|half-year|net|adjusted|pre-tax|operating|[\w-]+-quarter)\s+)*(?:revenues?|sales|profits?|loss(?:es)?|earnings|income|results)\b/i;
/** Notes about the page rather than the story: a transcript's or interview's editing, an update log, the author's bio. */
const PAGE_NOTE = /^(?:this (?:transcript|interview|conversation|q&a) (?:has been|was|is) (?:prepared|edited|condensed|lightly edited|transcribed|produced)|this (?:article|page|post|document|story) is an? (?:[\p{Ll}-]+\s+){0,2}(?:transcript|recording|summary|record)\b|(?:added|updated|adds|updates|corrected) (?:comments?|details|quotes?|reaction|context|figures) (?:from|by|with|to)\b|(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}is an? (?:[\p{Ll}-]+\s+){0,2}(?:writer|journalist|reporter|editor|correspondent|columnist|critic|author|freelancer|photographer) (?:based in|at|for|who|and)\b)/iu;
/** A finite verb that shows a clause: an auxiliary, a regular past tense, or a common irregular past. */
const CLAUSE_VERB = '(?:was|were|is|are|has|have|had|will|would|could|did|\\p{Ll}{3,}ed|made|went|lost|won|took|ran|fell|rose|set|gave|got|came|left|held|kept|met|paid|sold|built|brought|bought|began|became|broke|found|grew|hit|led|sent|spent|stood|struck|wrote|drew|flew|fled|shot|beat|caught|drove|fought|laid|sank|sat|spoke|stole|swept|threw|tore|wore)';
/** "Harbour Rovers, Eastfield, Glen Athletic and St Mungo's have …": a list of names as the subject of a clause. */
const NAME_LIST = '(?:\\p{Lu}[\\p{L}\'’-]*(?:\\s+\\p{Lu}[\\p{L}\'’-]*){0,2},\\s+){1,5}\\p{Lu}[\\p{L}\'’-]*(?:\\s+\\p{Lu}[\\p{L}\'’-]*){0,2},?\\s+and\\s+\\p{Lu}[\\p{L}\'’-]*(?:\\s+\\p{Lu}[\\p{L}\'’-]*){0,2}\\s+';
/** ", and Tom Pike was detained …", ", but the fleet finished …", "; it has been …": a second main clause, with its own subject (up to four words, no adverb or preposition first) and finite verb. */
const COMPOUND_SPLIT = new RegExp(
  `(?:,\\s+(?:and|but)|;)\\s+(?=(?:the\\s+|a\\s+|an\\s+)?(?!(?:then|also|later|so|thus|even|only|not|never|in|on|at|with|by|for|to|from|after|before|when|while|as|that|which|who|${CLAUSE_VERB})\\s)(?:(?:[\\p{L}\\d'’%-]|(?<=\\d)[,.](?=\\d))+\\s+){1,4}${CLAUSE_VERB}(?![\\p{L}'’-])|${NAME_LIST}(?:${CLAUSE_VERB})\\s)`,
  'u',
);
/** "its shares have been …": a second clause whose verb is an auxiliary needs no verb check on the first ("The firm employs 90 staff"). */
const AUX_CLAUSE = new RegExp(`^(?:the\\s+|a\\s+|an\\s+)?(?:(?:[\\p{L}\\d'’%-]+\\s+){1,3}|${NAME_LIST})(?:was|were|is|are|has|have|had|will|would|could|did)\\s(?:\\S+\\s+){2}`, 'u');
/** The first clause of a compound sentence has its own finite verb too ("Officials from Spain, France, and Italy met" is one clause). */
const HAS_CLAUSE_VERB = new RegExp(`\\s${CLAUSE_VERB}\\b`, 'u');
/** "…, the complaint says.", "…, the study found.": a statement the article cites from a paper (no speaker, still checkable). */
const PAPER_NOUN = `(?:[\\p{Ll}-]+\\s+){0,2}?(?:${DOC_NOUNS}|complaint|affidavit|indictment|lawsuit|petition|warrant|filings?|papers)\\s+(?:says|said|states|stated|alleges|alleged|shows|showed|found|finds|concluded|concludes|notes|noted)`;
const PAPER_CITED = new RegExp(`(?:,\\s+(?:the|a|an)\\s+${PAPER_NOUN}[.!]?$|^(?:The|A|An)\\s+${PAPER_NOUN}\\s)`, 'u');
const NUMBER_WORDS = /(?<!\b(?:the|these|those|both|after|before|at|by|past|until)\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|half|third|quarter|fifth|tenth|dozens?|twice|double|doubled|tripled|halved)\b/i;
/** A weekday's name, capitalised or not (the source of SHORT_WHEN and TIME_TOLD). */
const DAY_NAME = '(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day';
/** A short statement of when: "The pier reopens Friday.", "The bridge reopens on Tuesday.", "Polls close tomorrow." */
const SHORT_WHEN = new RegExp(`^\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2}\\s+(?:\\p{Ll}{3,}(?:s|ed)|will\\s+\\p{Ll}{3,})\\s+(?:(?:on|by|until|from|again)\\s+)?(?:${DAY_NAME}|today|tonight|tomorrow|yesterday|(?:next|this|last)\\s+(?:week|month|year))[.!]$`, 'u');
/** "Three people were hurt.", "Two men have been charged.", "Dozens were evacuated." */
const SHORT_COUNT = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands)(?:\s+\p{Ll}+)?\s+(?:were|are|have been|had been|died|remain)\s+\p{Ll}+[.!]$/u;
/** A time a statement can be checked against: a weekday, "next month", "that autumn", a month's name. */
const TIME_TOLD = new RegExp(`\\b(?:${DAY_NAME}|today|tonight|yesterday|tomorrow|(?:last|next|this|that)\\s+(?:week(?:end)?|month|year|spring|summer|autumn|fall|winter|night|morning|afternoon|evening)|January|February|March|April|June|July|August|September|October|November|December)\\b`, '');
/**
 * An event told of a definite subject, with no number or name: "The driver, a local man, was treated at the roadside.",
 * "No motive has been established.", "The board did not alter its plan.", "Then the flood closed the depot."
 * (a passive with its place or agent, a perfect passive, "did not", or a past verb and its object; not "was misguided",
 * not a note on the page's own text "This conversation has been trimmed", not "The firm did not explain why", not the
 * lead-in to a post shown on the page "The mayor tweeted the photo at noon").
 */
const EVENT_CLAUSE = /^(?:(?:then|later|but|and),?\s+)?(?:the|a|an|no|its|their|his|her)\s(?!(?:\p{Ll}+\s+)?(?:transcript|interview|conversation|article|story|report|q&a|video|podcast|episode|text|exchange)\b)[^;:"“”?!]{0,60}?\b(?:(?:was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en|wn)\s+(?:by|at|in|on|to|from|after|over|with|for)\b|(?:has|have|had)\s+been\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en|wn)[.!]?$|did\s+not\s+(?!(?:say|comment|respond|reply|elaborate|explain|specify|disclose|return|immediately|give|provide)\b)\p{Ll}+|(?!(?:post|tweet|retweet|shar|upload|repost)ed\b)\p{Ll}{3,}ed\s+(?:the|a|an|its|their|his|her)\s|(?!(?:post|tweet|retweet|shar|upload|repost)ed\b)\p{Ll}{3,}ed\s+(?:this|that|these|those)\s+\p{Ll}{3,}[.!]?$)/iu;
/** "… the hull, and that she first heard a whale …": a second reported clause of the same verb (not "and that was …"). */
const AND_THAT = /[,;]?\s+(?:and|but)\s+(?:also\s+)?that\s+(?!(?:is|was|are|were|has|had|have|would|will|could|can|may|might|should|must|did|does|do|'s|’s)\b)/g;
/** A space, separator or emoji (or its joiner, variation selector or skin tone): one code point of the junk at the end of a span. */
const JUNK_POINT = /^(?:[\s,;:—–-]|\u200d|\ufe0f|\p{Extended_Pictographic}|\p{Emoji_Modifier})$/u;

/**
 * Where the spaces, separators and emoji at the end of `s` start (`s.length`: none), read backwards
 * one code point at a time: the same start as the pattern of such code points anchored at the end,
 * without trying that pattern at every space of a long paragraph.
 */
function trailingJunkStart(s: string): number {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 128) {
      // (ASCII: white space and , ; : -)
      if (c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 59 || c === 58 || c === 45) i--;
      else break;
      continue;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
    const from = pair ? i - 2 : i - 1;
    if (!JUNK_POINT.test(s.slice(from, i))) break;
    i = from;
  }
  return i;
}

/** `s` without the spaces, separators and emoji at its end. */
const withoutTrailingJunk = (s: string): string => s.slice(0, trailingJunkStart(s));

/** A claim's span trimmed of separators; emoji after the sentence are dropped unless they are part of a quotation. */
function trimClaim(text: string, start: number, end: number, quoted = false): Range {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  // a wire dateline opening the paragraph: "LONDON, March 4 (Reuters) - "
  const dateline = DATELINE_LEAD.exec(text.slice(start, Math.min(end, start + 80)));
  if (dateline !== null && dateline[0].length < end - start) start += dateline[0].length;
  // trailing spaces, separators and emoji ("… on Saturday. 🍝")
  if (quoted) {
    const junk = /[\s,;:—–-]+$/.exec(text.slice(Math.max(start, end - 40), end));
    if (junk !== null) end -= junk[0].length;
  } else {
    const tail = text.slice(Math.max(start, end - 40), end);
    end -= tail.length - trailingJunkStart(tail);
  }
  // "rain was due, which she described as “…”": the clause that introduces a quotation ends the claim
  const intro = quoted ? null : /,\s+(?:which|who|whom)\s+(?:\S+\s+){0,3}?(?:called|described|dismissed|branded|labell?ed|termed|hailed|derided)(?:\s+as)?\s*$/.exec(text.slice(Math.max(start, end - 80), end));
  if (intro !== null && intro[0].length < end - start) end -= intro[0].length;
  // drop the sentence's final stop, keep ?/! — and drop "that" at the start
  if (end > start && text[end - 1] === '.' && !/\.\.$/.test(text.slice(end - 2, end))) end--;
  return { start, end };
}

/** Most words capitalised, short function words aside: "Council Will Not Raise Parking Fees". */
function isTitleCase(s: string): boolean {
  const ws = s.trim().split(/\s+/).filter((w) => !/^(?:a|an|the|of|for|in|on|at|to|and|or|but|by|with|from|as|is|vs?\.?)$/.test(w));
  return ws.length > 0 && ws.filter((w) => /^[\p{Lu}\d'‘"“£$€]/u.test(w)).length * 5 >= ws.length * 4;
}

/** A line that ends in a reporting verb and a colon: "… Ann Lee said:", "the council told residents:". */
const REPORTING_COLON = /\s(?:said|says|added|adds|told(?:\s+[^:]{1,40})?|wrote|writes|explained|warned|noted|listed|argued)(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|email|e-mail|post|letter|message))?\s*:$/u;
/** The marker of a list item: "- ", "• ", "* ". */
const BULLET = /^[-–•*·▪]\s+(?=\S)/u;

function isHeadlineLike(s: string): boolean {
  // a paragraph ending in emoji ("… she said. ❤️") is still prose
  const t = withoutTrailingJunk(s.trim());
  if (/[.!?]["”’»]?$/.test(t)) return false;
  const ws = t.split(/\s+/);
  if (ws.length > 30) return false;
  const caps = ws.filter((w) => /^[\p{Lu}\d'‘"“]/u.test(w)).length;
  // "Here is what the manager had to say after the match:": prose introducing the quotation below
  if (/:$/.test(s.trim()) && ws.length >= 6 && caps / ws.length < 0.5) return false;
  // "Public Works Director Ann Lee said:": a capitalised name and title before a reporting verb still introduce what follows
  if (ws.length >= 3 && REPORTING_COLON.test(s.trim())) return false;
  // ("Vos puts it more bluntly:", "The minister was unrepentant:" too)
  if (ws.length >= 3 && /:$/.test(s.trim()) && COLON_LEAD.test(s.trim().slice(0, -1))) return false;
  return caps / ws.length >= 0.5 || ws.length <= 12;
}

export class Attributor {
  readonly mentions: Mention[] = [];
  readonly claims: AttributionResult['claims'] = [];
  readonly persons: PersonMention[] = [];
  /** Full names of people named in headlines and standfirsts (for canonical names only). */
  readonly titleNames: string[] = [];
  /** Last words of the multi-word person names seen so far (a later lone surname refers to one). */
  private readonly surnames = new Set<string>();
  readonly groups: GroupMention[] = [];
  /** Organisations named anywhere in the body and headlines, in text order. */
  readonly orgs = new OrgIndex();
  private bodyParagraphs = 0;
  readonly sentences: Range[] = [];
  private lastQuoteMention: number | undefined;
  /** "Here is what Ann Lee had to say:" closing the paragraph before: who the quotation opening this one is by. */
  private colonIntro: PersonMention | undefined;
  /** Whether the paragraph introducing the next one ended in a reporting verb and a colon ("… said:"). */
  private colonSaid = false;
  /** Where the reporting verb of that paragraph ("… the family said:") starts, and its sentence. */
  private colonVerb: { at: number; floor: number } | undefined;
  /** The speaker of the list under "X said:", while its items go on. */
  private listMention: number | undefined;
  private openQuoteMention: number | undefined;
  private transcript = false;
  private interviewee: string | undefined;
  /** Transcript turns ("NAME: …") by the start of their line, and the labels of those who ask. */
  private turns = new Map<number, TurnLabel>();
  private askers = new Set<string>();
  /** Paragraphs that carry on the transcript turn before them, and the speaker of that turn (none after a question). */
  private readonly continuations = new Set<number>();
  /** Starts of a magazine Q&A's unlabelled question lines: the interviewer's, no claims. */
  private readonly questionLines = new Set<number>();
  private readonly fuller = new Map<string, string | undefined>();
  private turnMention: number | undefined;
  /** The speaker of the last answer in a run of dash-introduced dialogue lines ("— No, replied X."). */
  private dialogueMention: number | undefined;
  /** The page has dash dialogue: two or more lines opening with a dash, one of them a question. */
  private dialogue = false;
  /** Where the last line of prose starts: headline-like lines after it are links to other stories. */
  private lastProse = Infinity;
  /** A paragraph of prose has been read: a headline-like line from here on is a subhead inside the story. */
  private proseSeen = false;
  /** The paragraph before was the page's headline (a standfirst may follow). */
  private afterTitle = false;
  /** Starts of the items under a "Key points" heading that are written as sentences, and whether the paragraph read is one. */
  private readonly summaryItems = new Set<number>();
  private summaryItem = false;
  /** Where the first Q:/A: line starts (the interviewee is named before it). */
  private firstQa = Infinity;
  /** Whether the paragraph being read may carry the article's own assertions (not the title). */
  private assertionsOn = true;
  /** Where the clause a closing participle belongs to opens in its sentence (0: at its start), set by actingSubject. */
  private actingFrom = 0;

  constructor(private readonly text: string) {}

  /** Capitalised words the page writes inside its sentences (names), read once per page. */
  private midNames: Set<string> | undefined;

  /** Whether a sentence opens with a name ("France, the biggest recipient, signalled …"), not a word capitalised for starting it. */
  private namedFirst(t: string): boolean {
    const first = /^(\p{Lu}\p{Ll}+)(?:['’]s)?[\s,]/u.exec(t)?.[1];
    if (first === undefined) return false;
    // (a word described in apposition, "France, the bloc's biggest recipient of farm aid,", is a name)
    if (/^\p{Lu}\p{Ll}+, (?:the|a|an) [^,;:]{3,80}, \p{Ll}/u.test(t)) return true;
    if (this.midNames === undefined) {
      this.midNames = new Set<string>();
      for (const m of this.text.matchAll(/[\p{Ll},;] (\p{Lu}\p{Ll}+)\b(?!['’]?\s*\p{Lu})/gu)) this.midNames.add(m[1]);
    }
    return this.midNames.has(first);
  }

  /** Decides once whether the article is a Q:/A: transcript. */
  prepare(lines: Line[]): void {
    let qa = 0;
    for (const l of lines) {
      if (l.boilerplate || !QA.test(l.text.trim())) continue;
      qa++;
      this.firstQa = Math.min(this.firstQa, l.start);
    }
    this.transcript = qa >= 2;
    const dashed = lines.filter((l) => !l.boilerplate && /^[—–―]\s*\S/.test(l.text.trim()));
    this.dialogue = dashed.length >= 2 && dashed.some((l) => /\?["”’»]?$/.test(l.text.trim()));
    // the last line of prose: headline-like lines after it are links to other stories ("Read next",
    // "More features"), unless a timestamp among them shows live-blog entries whose headlines come last
    for (let i = lines.length - 1; i >= 0; i--) {
      const t = lines[i].text.trim();
      if (!lines[i].boilerplate && /^\d{1,2}[:.]\d{2}\b/.test(t)) break;
      if (lines[i].boilerplate || t === '' || isHeadlineLike(t) || wordCount(t) < 6) continue;
      this.lastProse = lines[i].start;
      break;
    }
    // the items under "Key points" / "At a glance" (not "Key events", links to entries) that are sentences
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].boilerplate || lines[i].text.length > 30 || !SUMMARY_HEADING.test(lines[i].text.trim())) continue;
      for (let j = i + 1; j < lines.length && j <= i + 10 && !lines[j].boilerplate; j++) {
        const item = lines[j].text.trim().replace(/^[-–•*·▪]\s+/u, '');
        if (item === '') break;
        if (SENTENCE_ITEM.test(item) && wordCount(item) >= 4 && !/[.!?]["”’]?$/.test(item)) this.summaryItems.add(lines[j].start);
      }
    }
    const plan = planTranscript(lines);
    for (const [i, turn] of plan.turns) this.turns.set(lines[i].start, turn);
    this.askers = plan.askers;
    for (const i of plan.questions) this.questionLines.add(lines[i].start);
    const qaLine = (i: number): boolean => this.transcript && QA.test(lines[i].text.trim());
    if (plan.turns.size > 0 || this.transcript) for (const i of continuationLines(lines, (k) => plan.turns.has(k) || plan.questions.has(k) || qaLine(k), (k) => plan.turns.get(k)?.alone === true)) this.continuations.add(lines[i].start);
  }

  paragraph(line: Line, opts: { headline: boolean; assertions: boolean }): void {
    const text = this.text;
    const raw = line.text;
    const lead = raw.length - raw.trimStart().length;
    const pStart = line.start + lead;
    const pEnd = line.start + raw.trimEnd().length;
    if (pEnd <= pStart) return;
    // the statement a fact check examines, under its "What was claimed" label, is not the article's own
    const lineBefore = /([^\n]*)\n\s*$/.exec(text.slice(Math.max(0, pStart - 30), pStart))?.[1].trim() ?? '';
    const underClaimLabel = lineBefore.length > 4 && CLAIM_LABEL.test(lineBefore);
    this.assertionsOn = opts.assertions && !underClaimLabel;
    this.orgs.add(text, pStart, pEnd, opts.headline || this.bodyParagraphs++ === 0);
    const turn = this.turns.get(line.start);
    if (turn !== undefined && lead === 0) {
      this.turn(turn, pStart, pEnd);
      return;
    }
    if (this.questionLines.has(line.start)) return;
    if (this.continuations.has(line.start)) {
      const sentences = splitSentences(text, pStart, pEnd);
      this.collectPersons(sentences, this.sentences.length, findQuotes(text, pStart, pEnd));
      this.sentences.push(...sentences);
      const answer = answerRange(text, pStart, pEnd);
      const claim = trimClaim(text, answer.start, answer.end, true);
      if (this.turnMention !== undefined && claim.end > claim.start) this.addClaim(claim, 'direct', 0.7, 'claim.transcript-continued', this.turnMention);
      return;
    }
    // "Okafor said:" over a bulleted list: each item is what the person said (reported; the marker left out)
    const bullet = BULLET.exec(text.slice(pStart, pEnd));
    if (bullet === null) this.listMention = undefined;
    else if (this.colonIntro !== undefined || this.listMention !== undefined) {
      const intro = this.colonIntro;
      this.colonIntro = undefined;
      this.colonVerb = undefined;
      this.colonSaid = false;
      if (this.listMention === undefined && intro !== undefined) this.listMention = this.addMention({ start: intro.start, end: intro.end, name: intro.name, isOrg: false, roles: intro.roles }, 'name', 'speaker.colon-list', 0.7);
      const itemStart = pStart + bullet[0].length;
      const items = splitSentences(text, itemStart, pEnd);
      this.collectPersons(items, this.sentences.length, []);
      this.sentences.push(...items);
      const claim = trimClaim(text, itemStart, pEnd);
      if (claim.end > claim.start) this.addClaim(claim, 'indirect', 0.7, 'claim.colon-list', this.listMention);
      return;
    }
    const sentences = splitSentences(text, pStart, pEnd);
    const claimsBefore = this.claims.length;
    const firstSentenceIndex = this.sentences.length;
    this.sentences.push(...sentences);
    const trimmed = text.slice(pStart, pEnd);
    // a standfirst of teaser fragments above the story ("X agree fee for Y; Y to fly in on Friday; coach says …"): no sentence, no claims
    const unstopped = !/[.!?…]["”’»)']?$/.test(withoutTrailingJunk(trimmed));
    // "Campaigners say losing the branch would 'rip the heart out' of the estate" right under the headline, with no
    // full stop: the standfirst, a summary of the story like its headline, not a sentence of it
    // ("The singer's shows are off, and her team blames the label." between the headline and the byline is the standfirst too)
    // (and any line right above the byline before the story's first sentence, whatever the headline above it looks like)
    const standfirst = !opts.headline && !this.proseSeen && !/:$/.test(trimmed) && !/^["“‘'«]/.test(trimmed) && ((this.afterTitle && unstopped) || BYLINE_NEXT.test(text.slice(pEnd, pEnd + 120)));
    this.afterTitle = opts.headline;
    // (an item under "Key points" written as a sentence, "Turnout rose to 58.1 percent", is one, full stop or not)
    this.summaryItem = this.summaryItems.has(line.start);
    const headlineLike = !this.summaryItem && (opts.headline || isHeadlineLike(trimmed) || standfirst || (!this.proseSeen && /;\s/.test(trimmed) && unstopped));
    const allQuotes = findQuotes(text, pStart, pEnd);
    if (!headlineLike) this.collectPersons(sentences, firstSentenceIndex, allQuotes);
    else this.collectTitleNames(pStart, pEnd);

    if (this.transcriptLine(trimmed, pStart, pEnd)) return;
    if (this.dialogueLine(trimmed, pStart, pEnd)) return;
    this.dialogueMention = undefined;
    if (headlineLike) {
      // "Cartwright: “We play for the town now” (4:08)": a link to a video, not a statement
      // "Cholera stockpile runs low, Gavi says" under the story: a link to another article
      const trailingLink = !opts.headline && line.start > this.lastProse;
      if (!trailingLink && !/\(\d{1,2}:\d{2}(?::\d{2})?\)$/.test(withoutTrailingJunk(trimmed))) this.headline(trimmed, pStart, pEnd, !opts.headline && this.proseSeen);
      return;
    }
    this.proseSeen = true;

    // the clause a quotation sits in starts after the previous quotation or at its sentence
    const leadStarts: number[] = [];
    let ls = 0;
    allQuotes.forEach((q, k) => {
      while (ls < sentences.length - 1 && sentences[ls].end <= q.open) ls++;
      const sentStart = sentences[ls]?.start ?? pStart;
      const prev = k > 0 ? allQuotes[k - 1].close + 1 : pStart;
      leadStarts.push(Math.max(sentStart, prev, q.open - 400));
    });
    const quotes = allQuotes.filter((q, k) => wordCount(text.slice(q.start, q.end)) >= 3 && !this.embedded(q, leadStarts[k]));
    const intro = this.colonIntro;
    this.colonIntro = undefined;
    const saidColon = this.colonSaid;
    this.colonSaid = false;
    const verb = this.colonVerb;
    this.colonVerb = undefined;
    // who speaks below "… said:": the reporting verb's subject ("Mr Ferris's family said:", "The ministry said:"),
    // else the first person of the introducing sentence
    const introMention = (): number | undefined => {
      if (verb !== undefined) {
        const mark = this.mark();
        const m = this.subjectBefore(verb.at, verb.floor, 'speaker.colon-paragraph');
        if (m !== undefined) return m;
        this.rollback(mark);
      }
      return intro !== undefined ? this.addMention({ start: intro.start, end: intro.end, name: intro.name, isOrg: false, roles: intro.roles }, 'name', 'speaker.colon-paragraph', 0.7) : undefined;
    };
    // "Its chair, Rhona Peel, said:" over a paragraph without quotation marks: the paragraph is her words, set as a
    // block quotation
    const blockMention = saidColon && allQuotes.length === 0 ? introMention() : undefined;
    if (blockMention !== undefined) {
      const mention = blockMention;
      const r = trimClaim(text, pStart, pEnd, true);
      if (r.end > r.start) this.claims.push({ ...r, kind: 'direct', score: 0.75, rule: 'claim.colon-block', mention });
      this.lastQuoteMention = mention;
      this.markPersonsInClaims(pStart, claimsBefore);
      return;
    }
    const continuing = this.openQuoteMention !== undefined && quotes.length > 0 && quotes[0].open === pStart;
    const continued = continuing ? this.openQuoteMention : undefined;
    this.openQuoteMention = undefined;
    const quoteMention: (number | undefined)[] = [];
    let si = 0;
    quotes.forEach((q, k) => {
      while (si < sentences.length - 1 && sentences[si].end <= q.open) si++;
      const s = sentences[si] ?? { start: pStart, end: pEnd };
      let sj = si;
      while (sj < sentences.length - 1 && sentences[sj].end < q.close) sj++;
      const sEnd = sentences[sj] ?? s;
      let m = this.afterQuote(q, sEnd.end, quotes[k + 1]);
      // "“…” That was the verdict of Ann Lee.": a quotation closing its sentence, named in the next one
      const follow = m === undefined && q.close + 3 >= sEnd.end ? sentences[sj + 1] : undefined;
      const verdict = follow !== undefined && (quotes[k + 1] === undefined || quotes[k + 1].open > follow.end) ? VERDICT_OF.exec(text.slice(follow.start, follow.end)) : null;
      if (follow !== undefined && verdict !== null) m = this.nounPhraseForward(follow.start + verdict[0].length, follow.end, 'speaker.verdict-after-quote');
      if (m === undefined) m = this.beforeQuote(q, s.start, quotes[k - 1]);
      quoteMention.push(m);
    });
    // (the person of an introducing paragraph speaks only when the quotation opening this one has no speaker of its own)
    const colonIntro = (intro !== undefined || verb !== undefined) && continued === undefined && quotes.length > 0 && quotes[0].open === pStart && quoteMention[0] === undefined ? introMention() : undefined;
    // split quotations and quote-only paragraphs take the nearest attributed quotation's speaker
    const nextKnown: (number | undefined)[] = new Array<number | undefined>(quotes.length);
    for (let k = quotes.length - 1; k >= 0; k--) nextKnown[k] = k + 1 < quotes.length ? (quoteMention[k + 1] ?? nextKnown[k + 1]) : undefined;
    for (let k = 0; k < quotes.length; k++) {
      if (quoteMention[k] !== undefined) continue;
      const prev = k > 0 ? quoteMention[k - 1] : undefined;
      const next = nextKnown[k];
      quoteMention[k] = prev ?? (k === 0 ? (continued ?? colonIntro) : undefined) ?? next ?? (quotes[k].open === pStart ? this.lastQuoteMention : undefined);
    }
    quotes.forEach((q, k) => {
      const r = trimClaim(text, q.start, q.end, true);
      if (r.end <= r.start) return;
      this.claims.push({ start: r.start, end: r.end, kind: 'direct', score: quoteMention[k] !== undefined ? 0.9 : 0.6, rule: q.closed ? 'claim.quotation' : 'claim.quotation-open', mention: quoteMention[k] });
      if (quoteMention[k] !== undefined) this.lastQuoteMention = quoteMention[k];
    });
    const lastQuote = quotes[quotes.length - 1];
    if (lastQuote !== undefined && !lastQuote.closed) this.openQuoteMention = quoteMention[quotes.length - 1] ?? this.lastQuoteMention;

    let qi = 0;
    for (const s of sentences) {
      while (qi < quotes.length && quotes[qi].close < s.start) qi++;
      const inQuote = qi < quotes.length && quotes[qi].open < s.end;
      if (inQuote) {
        // "“We will win,” Lund said, adding that the party would “fight every seat”": the
        // reported clause after the last quotation of the sentence is a claim of its own
        let last = qi;
        while (last + 1 < quotes.length && quotes[last + 1].open < s.end) last++;
        const tailStart = quotes[last].close + 1;
        const fragment = allQuotes.some((q) => q.open > tailStart && q.close < s.end);
        if (fragment && tailStart < s.end) this.reportedTail({ start: tailStart, end: s.end }, quoteMention[last], s.start);
        // "The diplomat said Washington had made assertions and Moscow feels the need to “explain …,” he added."
        const head = quotes[qi].open;
        if (head > s.start && wordCount(text.slice(s.start, head)) >= 5) this.reportedTail({ start: s.start, end: head }, undefined, s.start);
        continue;
      }
      // ("That was the verdict of Ann Lee, the club's captain." names the speaker of the quotation before it)
      if (VERDICT_OF.test(text.slice(s.start, s.end))) continue;
      if (this.reported(s)) continue;
      if (this.assertionsOn) this.assertion(s);
    }
    this.markPersonsInClaims(pStart, claimsBefore);
    // "Here is what Dunmore's Ann Lee had to say yesterday:", "Ann Lee spoke to reporters:": a paragraph without
    // quotations ending in a colon introduces the quotation below; its first person named is who speaks
    if (allQuotes.length === 0 && /:\s*$/.test(trimmed) && sentences.length > 0) {
      const last = sentences[sentences.length - 1];
      let p: PersonMention | undefined;
      for (let k = this.persons.length - 1; k >= 0 && this.persons[k].start >= last.start; k--) if (this.persons[k].end <= last.end) p = this.persons[k];
      this.colonIntro = p;
      // ("Vos puts it more bluntly:", "The minister was unrepentant:" introduce the words below as well)
      const said = REPORTING_COLON.exec(trimmed.trimEnd());
      this.colonVerb = said !== null ? { at: pStart + said.index + 1, floor: last.start } : undefined;
      this.colonSaid = (p !== undefined || said !== null) && (said !== null || COLON_LEAD.test(text.slice(last.start, last.end).trimEnd().replace(/:$/, '')));
    }
  }

  /**
   * Where the mentions and claims stand (mentions × 2^20 + claims), to undo a speaker tried and rejected: finding one
   * may record a claim too (the clause before an organisation's "which"), which must go with it.
   */
  private mark(): number {
    return this.mentions.length * 0x100000 + this.claims.length;
  }

  private rollback(mark: number): void {
    this.mentions.length = Math.floor(mark / 0x100000);
    this.claims.length = mark % 0x100000;
  }

  /** Records a claim over r (a plain object of one shape for all claims: cheaper than spreading r). */
  private addClaim(r: Range, kind: DraftClaim['kind'], score: number, rule: string, mention?: number): void {
    this.claims.push({ start: r.start, end: r.end, kind, score, rule, mention });
  }

  /** Marks the people of this paragraph who are named inside a direct or indirect claim. */
  private markPersonsInClaims(pStart: number, firstClaim: number): void {
    const inner = this.claims.slice(firstClaim).filter((c) => c.kind !== 'assertion').sort((a, b) => a.start - b.start);
    if (inner.length === 0) return;
    let first = this.persons.length;
    while (first > 0 && this.persons[first - 1].start >= pStart) first--;
    // both in text order: one sweep, keeping the claim reaching furthest so far
    let ci = 0;
    let reach = -1;
    for (let k = first; k < this.persons.length; k++) {
      const p = this.persons[k];
      while (ci < inner.length && inner[ci].start <= p.start) reach = Math.max(reach, inner[ci++].end);
      if (p.end <= reach) p.inClaim = true;
    }
  }

  // ---- quotations ----

  /**
   * A quotation that is part of someone else's sentence rather than a quotation of its own:
   * a fragment inside reported speech ("She said the party would talk to "every party that
   * agrees" on Monday", "conceded it had been "a bad night"") belongs to the indirect claim over
   * the whole clause; a short scare-quoted phrase in the article's own sentence ("who called the
   * result "painful but fair."") is no claim at all. A quotation right after the verb, "that", a
   * colon or a comma, or one followed by its attribution ("…," she said), stands on its own.
   */
  /** Where a characterising verb right before a quotation starts in `lead` ("… dismissed the plan as "), if one does. */
  private characterised(lead: string): number | undefined {
    // (the pattern needs one of its verbs: most leads skip it)
    if (!CHARACTERISING_STEMS.some((w) => lead.includes(w))) return undefined;
    const m = CHARACTERISES.exec(lead);
    if (m === null) return undefined;
    // the verb needs a subject to speak: a name, a title, a pronoun ("which she described as"), an
    // auxiliary or adverb after one; not a participle after a comma ("the plan, called “…”"), a noun
    // ("fielding calls about the grants “…”") or a relative "who" with no one to stand for
    const prev = /(\S+)\s+$/.exec(lead.slice(0, m.index))?.[1] ?? '';
    // ("Pieter Vos, who studies hibernation …, calls the data “…”", "Its chair, Ravi Patel, called the rise “…”": after
    // an apposition, a verb in the present, or one after a name, has the name before the comma as its subject; "the
    // plan, called “…”" is a participle)
    // (not inside a relative clause of the article's own sentence: "a defeat for the coalition, whose leader, Ivo
    // Marek, called the outcome “…”")
    if (prev.endsWith(',') && (m[1].endsWith('s') || /^\p{Lu}/u.test(prev)) && !/\bwhose\b/.test(lead.slice(0, m.index))) return m.index;
    if (!/^(?:he|she|they|it|we|i|has|have|had|also|then|later|once|repeatedly|publicly|previously|earlier|since)$/i.test(prev) && !/^[\p{Lu}][\p{L}.'’-]*$/u.test(prev) && !TITLE_WORDS.has(prev.toLowerCase())) return undefined;
    return m.index;
  }

  /**
   * The name ending at `nameEnd` with nothing but titles between `floor` and it ("Commentator Sofia
   * Marchetti"); a bare title names nobody. With `postNominals`, letters after the name ("MP") are dropped.
   */
  private openingName(floor: number, nameEnd: number, postNominals = false): NamePhrase | undefined {
    const text = this.text;
    const tokens = capRunBefore(text, nameEnd, floor);
    if (postNominals) while (tokens.length > 1 && POST_NOMINAL.test(tokens[tokens.length - 1].text)) tokens.pop();
    if (tokens.length === 0 || !text.slice(floor, tokens[0].start).trim().split(/\s+/).every((w) => w === '' || TITLE_WORDS.has(w.toLowerCase()))) return undefined;
    const np = nameFromRun(tokens, false);
    return np?.titleOnly === true ? undefined : np;
  }

  private embedded(q: Quote, leadStart: number): boolean {
    const text = this.text;
    if (!q.closed) return false;
    const content = text.slice(q.start, q.end);
    const afterText = text.slice(q.close + 1, q.close + 100).split(/[\r\n.!?]/)[0];
    // "“…,” she said" closes a quotation; "said X had been “the engine of the quarter,” with …" (the
    // American comma inside the marks) is still a fragment of the reported clause
    const trailingComma = /[,;:]\s*$/.test(content);
    if (trailingComma && (ATTRIBUTION_AFTER.test(afterText) || !/^\s*(?:with|as|and|but|while|after|before|because|despite|which|who|when|in|on|at|for|from|to|than|up|down)\b/i.test(afterText))) return false;
    const lead = text.slice(leadStart, q.open);
    if (lead.trim() === '' || /[:,;(—–-]\s*$/.test(lead) || /["“”]/.test(lead)) return false;
    // "… called the plan “a slap in the face” and said it would …": a few words the sentence goes on to report
    // in a clause of its own are a scare quote inside that report, no quotation of their own
    if (wordCount(content) <= 6 && SAID_TOO.test(afterText)) return true;
    if (this.characterised(lead) !== undefined) return false;
    let verb: RegExpExecArray | null = null;
    // (a passive, "Rudd had been told “…”", reports no speech of its own: the verb before it does)
    for (const m of allMatches(lead, VERB_WORDS)) if (!/^according to$/i.test(m[0]) && !PASSIVE_BEFORE.test(lead.slice(Math.max(0, m.index - 12), m.index))) verb = m;
    if (verb !== null) {
      // what stands between the verb and the quotation: the reported clause's own words?
      let between = lead.slice(verb.index + verb[0].length);
      between = between.replace(CLAUSE_LEAD, '');
      if (TAKES_OBJECT.test(verb[0]) || PARTICIPLE.test(verb[0])) between = between.replace(/^\s*(?:reporters|journalists|the media|the press|(?:the|his|her|their|its)\s+[\p{L}-]+|[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)*)(?=\s+that\b)/u, '').replace(CLAUSE_LEAD, '');
      between = between.replace(/^\s*that\b/i, '');
      return wordCount(between) >= 1;
    }
    // no reporting verb: a short fragment after a lower-case word, not followed by its speaker
    if (wordCount(content) > 8) return false;
    const before = /([\p{L}'’]+)[ \t]*$/u.exec(lead);
    if (before === null || !/^[\p{Ll}]/u.test(before[1]) || /^(?:that|he|she|they|it|we|i)$/i.test(before[1])) return false;
    return !ATTRIBUTION_AFTER.test(afterText);
  }

  private afterQuote(q: Quote, sentenceEnd: number, nextQuote: Quote | undefined): number | undefined {
    const text = this.text;
    if (!q.closed) return undefined;
    const limit = Math.min(nextQuote?.open ?? sentenceEnd, sentenceEnd, q.close + 160);
    let i = q.close + 1;
    while (i < limit && /[\s,.!?;:—–-]/.test(text[i])) i++;
    const seg = text.slice(i, limit);
    // "…," Peskov said / he added / the minister told reporters
    const m = SUBJECT_VERB.exec(seg);
    if (m !== null) {
      const npStart = i;
      const npEnd = i + m[1].length;
      // "…," the study's lead author, Dr Ann Lee, told …": the name in apposition to a lower-case role speaks
      // ("the Leeds manager, Tom Hale": a role named by its team or employer ends in a lower-case title)
      const roleHead = /\s([\p{Ll}-]+)$/u.exec(m[1].trim())?.[1];
      // (or by its principal as owner: "…," Castell's lawyer, Martin Dunbar, told …")
      const employerRole = (/^(?:the|its|his|her|their)\s/i.test(m[1]) || OWNER_ROLE.test(m[1].trim())) && roleHead !== undefined && TITLE_WORDS.has(roleHead);
      if (m[2] !== undefined && (APPOSED_ROLE.test(m[1].trim()) || employerRole)) {
        const mark = this.mentions.length;
        const inner = m[2].slice(1, -1);
        const nameStart = npEnd + 1 + (inner.length - inner.trimStart().length);
        const named = this.phraseEndingAt(nameStart, npEnd + 1 + inner.trimEnd().length, 'speaker.after-quote.apposition');
        if (named !== undefined && this.mentions[named].kind === 'name' && !this.mentions[named].isOrg) return named;
        this.mentions.length = mark;
      }
      const mention = this.nounPhrase(npStart, npEnd, 'speaker.after-quote');
      if (mention !== undefined) return mention;
    }
    // "…," said Peskov / said the Kremlin spokesman
    const inv = VERB_SUBJECT.exec(seg);
    if (inv !== null && !/^according to$/i.test(inv[1])) {
      // "…,' said the band's drummer, Ana Reyes": the name in apposition to a lower-case role speaks
      const appo = /^,\s+(?=[\p{Lu}])/u.exec(text.slice(i + inv[0].length, limit));
      // "said the Vikings head coach, Mark Elstob": a role named by its team or employer ends in a lower-case title
      const roleHead = /\s([\p{Ll}-]+)\s*$/u.exec(inv[2])?.[1];
      // (or by its country or employer as owner: "said France's representative, Anne Roux")
      // (the owner's branch or region may come between: "said SAMWU's Midvaal regional secretary, Ann Roe")
      const lowerRole = !/[\p{Lu}]/u.test(inv[2]) || ((/^(?:the|a|an|its|his|her|their)\s/i.test(inv[2]) || OWNER_ROLE.test(inv[2])) && roleHead !== undefined && TITLE_WORDS.has(roleHead));
      if (appo !== null && lowerRole) {
        const mark = this.mentions.length;
        const nameStart = i + inv[0].length + appo[0].length;
        const named = this.nounPhraseForward(nameStart, limit, 'speaker.said-after-quote.apposition');
        if (named !== undefined && this.mentions[named].kind === 'name' && !this.mentions[named].isOrg) return named;
        this.mentions.length = mark;
      }
      const m2 = this.nounPhraseForward(i + inv[1].length + 1, i + inv[0].length, 'speaker.said-after-quote');
      if (m2 !== undefined) return m2;
    }
    const acc = !ACCORDING_TO.test(seg) ? null : /\baccording to\s+((?:[^,.;!?“”"]|\.(?=[^\s“”"])|(?<=\p{Lu}\.\p{Lu})\.(?=\s+\p{Lu})){2,80})/iu.exec(seg);
    if (acc !== null) return this.accordingTo(i + acc.index + acc[0].length - acc[1].length, i + acc.index + acc[0].length);
    return undefined;
  }

  private beforeQuote(q: Quote, sentenceStart: number, prevQuote: Quote | undefined): number | undefined {
    const text = this.text;
    const floor = Math.max(sentenceStart, prevQuote !== undefined ? prevQuote.close + 1 : sentenceStart, q.open - 300);
    const seg = text.slice(floor, q.open);
    const characterised = this.characterised(seg);
    if (characterised !== undefined) {
      const m = this.subjectBefore(floor + characterised, floor, 'speaker.characterises-quote');
      if (m !== undefined) return m;
    }
    let last: RegExpExecArray | null = null;
    for (const m of allMatches(seg, VERB_WORDS)) last = m;
    if (last !== null) {
      const vStart = floor + last.index;
      if (/^according to$/i.test(last[0])) return this.accordingTo(vStart + last[0].length + 1, q.open);
      const m = this.subjectBefore(vStart, floor, 'speaker.before-quote');
      if (m !== undefined) return m;
      // "Lee noted that …, and added: “…”": a second verb shares the sentence's subject
      if (COORDINATED_BEFORE.test(text.slice(Math.max(floor, vStart - 16), vStart))) {
        const pron = /^\s*(He|She|They)\s/.exec(text.slice(floor, vStart));
        if (pron !== null) return this.addPronoun(floor + pron[0].indexOf(pron[1]), pron[1], 'speaker.before-quote.shared');
        const mark = this.mentions.length;
        const shared = this.sentenceSubject(floor, vStart);
        if (shared !== undefined && this.mentions[shared].kind === 'name' && this.mentions[shared].start === floor + (text.slice(floor, vStart).length - text.slice(floor, vStart).trimStart().length)) return shared;
        this.mentions.length = mark;
      }
      const vEnd = vStart + last[0].length;
      if (/^\s+\S/.test(text.slice(vEnd, q.open)) && !PARTICIPLE.test(last[0])) {
        const inv = this.nounPhraseForward(vEnd + 1, q.open, 'speaker.said-before-quote');
        if (inv !== undefined) return inv;
      }
      if (PARTICIPLE.test(last[0])) return this.sentenceSubject(floor, vStart);
    }
    if (!/:\s*$/.test(seg)) return undefined;
    // "Ann Reed MP, speaking on local radio on Friday: “…”": a name opening the sentence, a comma, then how it was said
    // ("Ann Reed, Shadow Health Secretary, in a speech in Leeds on 3 May: “…”": a fact-check's claim line, with her role in apposition)
    const how = /^\s*([\p{Lu}][^,:“”"]{1,60}?),\s+(?:[^,:“”"]{1,80},\s+)?(?:speaking|writing|talking|posting|appearing|interviewed|asked|in\s+(?:a|an|his|her|their)\s+(?:speech|interview|statement|post|tweet|video|letter|podcast|debate|article|column|leaflet|press release))\b[^:“”"]{0,90}:\s*$/u.exec(seg);
    if (how !== null) {
      // post-nominal letters ("MP", "MSP", "OBE") follow the name but are not part of it
      const np = this.openingName(floor, floor + how[0].indexOf(how[1]) + how[1].length, true);
      if (np !== undefined) return this.addMention(np, 'name', 'speaker.colon-quote.how', 0.7);
    }
    // colon-introduced: "Name: “…”" — but "wrote on X:", "via Telegram:" name the channel, not the speaker
    const colonAt = q.open - (seg.length - seg.trimEnd().length) - 1;
    const colon = /([\p{Lu}][\p{L}.'’ -]{1,60}):\s*$/u.exec(seg);
    if (colon !== null) {
      const tokens = capRunBefore(text, colonAt, floor);
      const channel = tokens.length > 0 && /\b(?:on|via)\s+$/i.test(text.slice(Math.max(floor, tokens[0].start - 5), tokens[0].start));
      const np = channel ? undefined : nameFromRun(tokens, false);
      if (np !== undefined) return this.addMention(np, 'name', 'speaker.colon-quote', 0.75);
    }
    // "Rautio at the press conference: “…”", "Commentator Sofia Marchetti on the official stream: “…”":
    // a name opening the sentence, then where it was said
    const where = /^\s*((?:[\p{Lu}][\p{L}'’.-]*|[\p{Ll}]+)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|[\p{Ll}]+)){0,4}?)\s+(?:at|on|in|during|after|before|to)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*:\s*$/u.exec(seg);
    if (where !== null && /[\p{Lu}]/u.test(where[1][0] ?? '')) {
      const np = this.openingName(floor, floor + where[0].indexOf(where[1]) + where[1].length);
      if (np !== undefined) return this.addMention(np, 'name', 'speaker.colon-quote.where', 0.7);
    }
    // "Valmont coach Olivier Ménard was blunt: «…»", "The minister reacted on X: «…»": the clause's subject
    const leadStart = floor + (seg.length - seg.trimStart().length);
    const lead = COLON_LEAD.exec(text.slice(leadStart, colonAt));
    if (lead === null) return undefined;
    const comma = lead[1].lastIndexOf(', ');
    const subjStart = leadStart + (comma >= 0 ? comma + 2 : 0);
    const subjEnd = leadStart + lead[1].length;
    const words = text.slice(subjStart, subjEnd).split(/\s+/);
    const pronoun = words.length === 1 && /^(?:he|she|they)$/i.test(words[0]);
    const named = words.every((w) => isCap(w) || TITLE_WORDS.has(w.toLowerCase()) || PARTICLE_WORD.test(w) || /^the$/i.test(w)) && !NOT_A_SUBJECT.test(words[0]);
    if (!pronoun && !named) return undefined;
    const mark = this.mentions.length;
    const subject = this.nounPhraseForward(subjStart, subjEnd, 'speaker.colon-subject');
    if (subject !== undefined && (pronoun || this.mentions[subject].end === subjEnd)) return subject;
    this.mentions.length = mark;
    return undefined;
  }

  // ---- reported speech ----

  /** A reported clause after a quotation in the same sentence: ", adding that …" (the quotation's speaker) or "…, and X said …". */
  private reportedTail(r: Range, quoteSpeaker: number | undefined, sentenceStart: number): void {
    const text = this.text;
    const seg = text.slice(r.start, r.end);
    for (const m of allMatches(seg, VERB_WORDS)) {
      if (/^according to$/i.test(m[0])) continue;
      const vStart = r.start + m.index;
      const vEnd = vStart + m[0].length;
      const after = text.slice(vEnd, r.end);
      const that = /^(.{0,60}?)\bthat\s+/.exec(after);
      if (PARTICIPLE.test(m[0])) {
        const mark = this.mentions.length;
        const speaker = quoteSpeaker ?? (/,\s+$/.test(text.slice(vStart - 3, vStart)) ? this.mainSubject(sentenceStart, vStart) : undefined);
        if (speaker === undefined) continue;
        const start = TAKES_OBJECT.test(m[0]) ? (that !== null ? vEnd + that[0].length : undefined) : vEnd + (/^\s+(?:that\s+)?/.exec(after)?.[0].length ?? 0);
        if (start !== undefined && this.pushReported(start, r.end, speaker, 'claim.reported-participle', 0.65)) return;
        this.mentions.length = mark;
        continue;
      }
      if (that !== null && /[,;"“”«»]/.test(that[1])) continue;
      if (that === null && !looksLikeClause(after)) continue;
      const mark = this.mark();
      const mention = this.subjectBefore(vStart, r.start, 'speaker.before-clause');
      if (mention !== undefined && this.pushReported(that !== null ? vEnd + that[0].length : vEnd, r.end, mention, 'claim.reported-after-verb', 0.7)) return;
      this.rollback(mark);
    }
  }

  private reported(s: Range): boolean {
    const text = this.text;
    const sent = text.slice(s.start, s.end);
    if (sent.length > 2000) return false;
    // "The lawsuit also claims Redline told venues that …", "It also alleges …" after one: what a court paper or report
    // says, someone's words inside it included, is the article's own account
    if (DOC_OPENS.test(sent) && (!sent.startsWith('It') || DOC_THEN_IT.test(text.slice(Math.max(0, s.start - 400), s.start)))) return false;
    for (const m of allMatches(sent, VERB_WORDS)) {
      if (/^according to$/i.test(m[0])) continue;
      // "The ministry declined to say whether …", "He would not say how much": a refusal to say, nothing said
      if (/^(?:say|says|confirm|confirms)$/i.test(m[0]) && NOT_SAYING.test(sent.slice(Math.max(0, m.index - 24), m.index))) continue;
      const vStart = s.start + m.index;
      const vEnd = vStart + m[0].length;
      const beforeText = text.slice(s.start, vStart);
      let comma = beforeText.lastIndexOf(', ');
      // "CLAUSE, her brother, Tom Vell, said.", "CLAUSE, Tom Vell, its chairman, said.": a name and a role in
      // apposition between two commas are the speaker, not the end of the clause
      if (comma > 0 && comma === beforeText.length - 2) {
        const c2 = beforeText.lastIndexOf(', ', comma - 1);
        const c3 = c2 > 0 ? beforeText.lastIndexOf(', ', c2 - 1) : -1;
        const a = c3 > 0 ? beforeText.slice(c3 + 2, c2) : '';
        const b = beforeText.slice(c2 + 2, comma);
        // ("CLAUSE, Ann Lee, a deputy minister at the department, told MPs": a role with where it is held)
        const role = (x: string): boolean => APPOSED_ROLE.test(x) || TITLE_WORDS.has(APPOSED_ROLE_AT.exec(x)?.[1] ?? '');
        const name = (x: string): boolean => APPOSED_NAME.test(x);
        // ("CLAUSE, her son, David, said": a relative named by first name alone)
        if (c3 > 0 && ((role(a) && (name(b) || (KIN_ROLE.test(a) && FIRST_NAME.test(b)))) || (name(a) && role(b)))) comma = c3;
      }
      // "CLAUSE, one diplomat, who asked not to be named, told …": the anonymity clause belongs to the speaker
      if (comma > 0 && comma === beforeText.length - 2 && beforeText.lastIndexOf(', who ', comma) > comma - 190) {
        const anon = ANONYMITY_COMMAS.exec(beforeText.slice(Math.max(0, comma - 190), comma + 1));
        if (anon !== null) {
          const c2 = beforeText.lastIndexOf(', ', comma + 1 - anon[0].length - 1);
          if (c2 > 0) comma = c2;
        }
      }
      // CLAUSE, X said [on Tuesday].
      if (comma > 0) {
        const mark = this.mark();
        const mention = this.subjectBefore(vStart, s.start + comma + 2, 'speaker.after-clause');
        // ("…, three sources told Reuters, though they said …": the attribution ends at the contrast)
        const contrast = CONTRAST_AFTER.exec(text.slice(vEnd, s.end));
        // ("…, the airline said, adding that it expected …": the participle's clause is the same speaker's second claim)
        const participle = contrast === null && s.end - vEnd > 12 ? PARTICIPLE_AFTER.exec(text.slice(vEnd, s.end)) : null;
        const tail = text.slice(vEnd, contrast !== null ? vEnd + contrast.index : participle !== null ? vEnd + participle.index : s.end);
        // "After the verdict, Smith said he was …": what follows the verb is the content, not the clause before the comma
        let rest = tail.replace(CLAUSE_LEAD, (lead) => (lead.endsWith(',') ? ',' : ''));
        if (TAKES_OBJECT.test(m[0])) rest = rest.replace(SPOKEN_TO, '').replace(CLAUSE_LEAD, (lead) => (lead.endsWith(',') ? ',' : ''));
        // "…, Nimbus says, which is …": a comma closes the attribution
        if (/^\s*[,;(—–]/.test(rest)) rest = '';
        // "In a video, Bassi told fans he wanted …": a clause after the verb is the content
        // "…, the firm said in a filing with the exchange on Tuesday": a prepositional phrase tells where it was said, not what
        // ("told the Courier on Tuesday": the person spoken to is no clause opening with "the")
        const spokenToThe = TAKES_OBJECT.test(m[0]) && /^\s+the\s+\p{Lu}/u.test(tail);
        // ("told the committee on Tuesday", "told the standing committee on transport …": a body listening, and no clause after it)
        const listener = TAKES_OBJECT.test(m[0]) ? LISTENER.exec(tail) : null;
        const listened = listener !== null && !/^[^,.;]*?\s(?:he|she|they|it|we|i|there|that)\s/i.test(tail.slice(listener[0].length));
        const contentAfter = !listened && ((!spokenToThe && /^\s+(?:he|she|they|it|we|i|there|the|a|an|this|its|his|her|their)\s/i.test(tail)) || wordCount(rest) > 3) && !(PLACE_OF_SAYING.test(tail) && !looksLikeClause(tail));
        // "Asked whether he would resign, X said: “…”": the question and the colon's quotation are not a reported clause
        // ("Told of the remark, X laughs.": the news put to the speaker neither)
        const asked = /^\s*(?:asked|questioned|pressed|speaking|responding|replying|writing|addressing|interviewed|quizzed|challenged|confronted|approached|(?:told|informed|reminded|shown)\s+(?:of|about|with)\b)\b/i.test(beforeText) || /^\s*:/.test(tail);
        // "Prices fell, after the allies including Norway agreed to …": a subject inside a clause opened by a conjunction is not the speaker of what precedes the comma
        const subordinate = mention !== undefined && SUBORDINATE_LEAD.test(text.slice(s.start + comma + 2, this.mentions[mention].start));
        if (mention !== undefined && !asked && !subordinate && tail.length < 90 && !contentAfter && !/\bthat\b/.test(tail) && wordCount(beforeText.slice(0, comma)) >= 3) {
          const claim = trimClaim(text, s.start, s.start + comma);
          this.addClaim(claim, 'indirect', 0.8, 'claim.reported-before-verb', mention);
          // "…, though they said no decision had been taken": the clause after the contrast, read on its own;
          // "…, the company said, but added that no jobs would go": the same speaker's second clause
          if (contrast !== null) {
            const restStart = vEnd + contrast.index + 1;
            const same = SAME_SPEAKER_AGAIN.exec(text.slice(restStart, s.end));
            if (same === null) this.reported({ start: restStart, end: s.end });
            else this.pushReported(restStart + same[0].length, s.end, mention, 'claim.reported-after-verb.contrast', 0.7);
          }
          if (participle !== null) this.pushReported(vEnd + participle.index + participle[0].length, s.end, mention, 'claim.reported-participle', 0.7);
          return true;
        }
        this.rollback(mark);
        // CLAUSE, said X.
        if (text.slice(s.start + comma + 2, vStart).trim() === '') {
          const np = /^\s+([^,.;!?]{2,80})/.exec(tail);
          const m2 = np !== null ? this.nounPhraseForward(vEnd + 1, vEnd + np[0].length, 'speaker.said-x') : undefined;
          // "Laney, whose party voted against it, said she did not object …": a clause follows, so the comma was an apposition
          const restAfter = m2 !== undefined ? text.slice(this.mentions[m2].end, s.end) : '';
          // ("…'s spokesperson, Maya Lin, said the state would sue": a verb right after the phrase makes it a clause's subject)
          const clauseFollows = (!/^\s*[,(—–-]/.test(restAfter) && wordCount(restAfter.replace(CLAUSE_LEAD, '')) > 3) || CLAUSE_VERB_AHEAD.test(restAfter);
          // ("Jamie Finlay, who joined in 2019, said the squad backed the coach": a sentence opened by a name and its
          // relative clause is that name's, and what follows "said" is the content, not a role "the … coach" speaking)
          const relative = NAME_THEN_RELATIVE.test(beforeText);
          if (m2 !== undefined && !clauseFollows && !relative && wordCount(beforeText.slice(0, comma)) >= 3) {
            this.addClaim(trimClaim(text, s.start, s.start + comma), 'indirect', 0.75, 'claim.reported-said-x', m2);
            return true;
          }
          this.rollback(mark);
        }
      }
      // X said (that) CLAUSE
      if (PARTICIPLE.test(m[0])) {
        // "…, saying the talks would go on", "…,” adding that …", "opened the debate by telling the House that …";
        // "…, with governor Ana Ruiz saying the board …": who comes between "with" and the participle says it
        const withWho = WITH_SUBJECT.exec(text.slice(Math.max(s.start, vStart - 80), vStart));
        if (withWho === null && !/(?:,["”’]?|\b(?:by|after|while|before))\s+$/.test(text.slice(Math.max(s.start, vStart - 8), vStart))) continue;
        const mark = this.mark();
        const withEnd = vStart - 1;
        const withSpeaker = withWho !== null ? this.phraseEndingAt(withEnd - withWho[1].length, withEnd, 'speaker.with-participle') : undefined;
        if (withWho !== null && (withSpeaker === undefined || this.mentions[withSpeaker].end !== withEnd)) {
          this.rollback(mark);
          continue;
        }
        this.actingFrom = 0;
        const mention = withSpeaker ?? this.mainSubject(s.start, vStart) ?? (text[vStart - 2] === ',' ? this.subjectBefore(vStart - 2, s.start, 'speaker.participle') ?? this.actingSubject(s.start, vStart - 2) : undefined);
        const acting = this.actingFrom;
        const after = text.slice(vEnd, s.end);
        // ("arguing in a note on Monday that …": where it was said comes before the "that")
        const that = TAKES_OBJECT.test(m[0]) ? /^(.{0,60}?)\bthat\s+/.exec(after) : (PARTICIPLE_PLACE.exec(after) ?? /^\s+(?:that\s+)?/.exec(after));
        if (mention !== undefined && that !== null && this.pushReported(vEnd + that[0].length, s.end, mention, 'claim.reported-participle', 0.65)) {
          // ("The bank kept rates on hold, with …": the clause before "with" is the article's own)
          if (withWho !== null && this.assertionsOn) this.assertion({ start: s.start, end: Math.max(s.start, vStart - 80) + withWho.index }, true);
          // ("Shares fell after the firm cut its outlook, saying …": the clause before "after" is the article's own)
          else if (acting > 0 && this.assertionsOn) this.assertion({ start: s.start, end: s.start + text.slice(s.start, s.start + acting).search(/\s+\S+\s*$/) }, true);
          return true;
        }
        this.rollback(mark);
        continue;
      }
      // "The residents' group welcomed the plan but said …": the verb after "but"/"and" shares the sentence's subject
      const shared = /\S\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$/.test(text.slice(Math.max(s.start, vStart - 20), vStart));
      const mark = this.mark();
      const mention = (shared ? this.sharedSubject(s.start, vStart) : undefined) ?? this.subjectBefore(vStart, s.start, 'speaker.before-clause');
      if (mention === undefined) continue;
      let c = vEnd;
      const after = text.slice(vEnd, s.end);
      // "X reported quarterly revenue that topped estimates": reporting results is no speech (the "that" is a relative pronoun)
      if (/^report(?:s|ed)?$/i.test(m[0].trim()) && REPORTED_FIGURES.test(after)) {
        this.rollback(mark);
        continue;
      }
      // "told a radio phone-in about rural bus services last month that …": an object may take longer than a bare verb's adverbials
      const thatAt = /^(.{0,60}?)\bthat\b/.exec(after) ?? (TAKES_OBJECT.test(m[0]) ? /^([^,;:“”"]{0,100}?)\bthat\b/.exec(after) : null);
      // the "that" of a second verb ("told reporters the bridge was safe but warned that …") is not this verb's
      // "says she took the job because it was the only work that let her …": a clause before "that" is already the content
      const inContent = thatAt !== null && !TAKES_OBJECT.test(m[0]) && CLAUSE_BEFORE_THAT.test(thatAt[1]);
      // "said in a video posted on the firm's website that …": a participle naming where it was said is no second verb
      const between = thatAt !== null && PLACE_OF_SAYING.test(thatAt[1]) ? thatAt[1].replace(POSTED_ON, '') : thatAt?.[1];
      // "said its plan had not changed and that …": the "that" of a second content clause is not this verb's
      const second = thatAt !== null && /\S+\s+\S+\s+\S+.*\s(?:and|or)\s+(?:also\s+)?$/.test(thatAt[1]);
      const that = thatAt !== null && between !== undefined && !inContent && !second && !/["“”«»]/.test(thatAt[1]) && !BUT_OR_VERB.test(between) ? thatAt : null;
      if (TAKES_OBJECT.test(m[0])) {
        if (that === null) {
          // "told reporters in Washington he was …": skip the object up to a pronoun or name that starts the clause
          // ("told the Gazette the levy was unfair", "told the House of Commons the …": a name with its "the" is the object too;
          // "told the court Podmore had sold …": a name with its verb starts the clause, a courtesy title before it or an
          // age after it or not: "told the court Mr Podmore, then 41, had …"; "told the council her rent had …": a possessive
          // with its noun and an auxiliary starts it too)
          const obj = /^\s+(?:reporters|journalists|the media|the press|(?:a|an)\s+(?:news\s+|press\s+)?(?:briefing|conference|meeting|hearing|rally|committee|panel|forum|summit|webinar|crowd|gathering|audience|session)|(?:(?:the|his|her|their|its)\s+)?[\p{Ll}-]+|(?:the\s+)?[\p{Lu}][\p{L}’']+(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}\d][\p{L}\d’']*)*)(?:\s+(?:in|at|on)\s+[\p{Lu}][\p{L}]+)?\s+(?=(?:he|she|they|it|we|the|a|an|there|[\p{Lu}])\b|(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[\p{Lu}][\p{L}’'-]+(?:,\s+[^,;:.“”"]{1,30},)?\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|\p{Ll}{3,}ed)\b|(?:his|her|their|its|our|my)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does)\b)/u.exec(after);
          const pron = obj === null ? /^.{1,100}?\s(?=(?:he|she|they|we|it|there)\s+\w)/.exec(after) : null;
          // ("told Reuters this week, though they said …": a clause after a contrast is no content of this verb)
          if ((obj === null && pron === null) || (pron !== null && CONTRAST_AFTER.test(pron[0]))) {
            this.rollback(mark);
            continue;
          }
          c = vEnd + (obj !== null ? obj[0].length : (pron?.[0].length ?? 0));
        } else c = vEnd + that[0].length;
      } else if (that !== null && !/[,;]/.test(that[1])) c = vEnd + that[0].length;
      else {
        const skip = /^(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:earlier|later|today|yesterday|on\s+\w+|in a statement|in an interview(?: with [^,]{1,40})?|at a [\w ]{1,30}?(?=,)|last week))*,?/i.exec(after);
        c = vEnd + (skip?.[0].length ?? 0);
        // "X said, though they added that …": what follows the contrast is another verb's content
        if (/,$/.test(skip?.[0] ?? '') && /^\s*(?:though|although|but|while|whereas)\b/i.test(text.slice(c, s.end))) {
          this.rollback(mark);
          continue;
        }
      }
      // "confirmed the talks" is an object, "confirmed the talks would go ahead" a clause
      if ((NEEDS_THAT.test(m[0]) || PLACE_OF_SAYING.test(text.slice(c, s.end))) && that === null && !looksLikeClause(text.slice(c, s.end))) {
        this.rollback(mark);
        continue;
      }
      if (this.pushReported(c, s.end, mention, 'claim.reported-after-verb', 0.75)) {
        // "Polls close at 10pm, and the council says a result is expected by 3am": the clause before is the article's own
        const lead = /^(.+?)(?:,\s+(?:and|but|while)|;)\s+(?:[\p{L}'’.-]+\s+){0,4}$/u.exec(text.slice(s.start, this.mentions[mention].start));
        if (lead !== null && this.assertionsOn) this.assertion({ start: s.start, end: s.start + lead[1].length }, true);
        return true;
      }
      this.rollback(mark);
    }
    // "According to X, CLAUSE" / "CLAUSE, according to X." (a dotted "U.S." stays inside X)
    const acc = !ACCORDING_TO.test(sent) ? null : /\baccording to\s+((?:[^,.;!?]|\.(?=\S)|(?<=\p{Lu}\.\p{Lu})\.(?=\s+\p{Lu})){2,120})/iu.exec(sent);
    if (acc !== null) {
      const npStart = s.start + acc.index + acc[0].length - acc[1].length;
      const npEnd = s.start + acc.index + acc[0].length;
      const mention = this.accordingTo(npStart, npEnd);
      if (mention !== undefined) {
        // ("According to figures from the ONS, published on 13 October, 14.6% …": the figures' release is no part of the content)
        const released = acc.index < 3 ? RELEASED_AFTER.exec(text.slice(npEnd, Math.min(s.end, npEnd + 90))) : null;
        const claim = acc.index < 3 ? trimClaim(text, npEnd + (released?.[0].length ?? 0), s.end) : trimClaim(text, s.start, s.start + acc.index);
        if (wordCount(text.slice(claim.start, claim.end)) >= 3) {
          this.addClaim(claim, 'indirect', 0.75, 'claim.according-to', mention);
          return true;
        }
      }
    }
    // "Some patients waited 40 hours, the health watchdog has found.": a public body's finding closing the sentence
    const found = FOUND_BY.exec(sent);
    if (found !== null && wordCount(sent.slice(0, found.index)) >= 3) {
      const mark = this.mark();
      const vStart = s.start + found.index + found[0].lastIndexOf(found[2]);
      const mention = this.subjectBefore(vStart, s.start + found.index + 1, 'speaker.after-clause');
      if (mention !== undefined) {
        this.addClaim(trimClaim(text, s.start, s.start + found.index), 'indirect', 0.7, 'claim.reported-finding', mention);
        return true;
      }
      this.rollback(mark);
    }
    return false;
  }

  /**
   * The indirect claim in text[start, end); a second reporting verb joined by "but"/"and"
   * ("conceded it had been a bad night but said the party would wait") starts a second claim of
   * the same speaker. False when the content is too short to be a claim.
   */
  private pushReported(start: number, end: number, mention: number, rule: string, score: number): boolean {
    const text = this.text;
    const claim = trimClaim(text, start, end);
    const lead = /^that\s+/i.exec(text.slice(claim.start, claim.start + 6));
    if (lead !== null) claim.start += lead[0].length;
    if (wordCount(text.slice(claim.start, claim.end)) < 3) return false;
    const whole = text.slice(claim.start, claim.end);
    // "she says A, and that B", "said that A and that B": two claims of one speaker (each content
    // clause can be checked on its own)
    // (the pattern needs "that" and "and" or "but": most clauses skip the scan)
    for (const m of whole.includes('that') && (whole.includes('and') || whole.includes('but')) ? allMatches(whole, AND_THAT) : []) {
      if (leavesQuoteOpen(whole.slice(0, m.index))) continue;
      const firstEnd = claim.start + m.index;
      const restStart = firstEnd + m[0].length;
      if (wordCount(text.slice(claim.start, firstEnd)) < 3 || wordCount(text.slice(restStart, claim.end)) < 3) continue;
      this.pushReported(claim.start, firstEnd, mention, rule, score);
      this.pushReported(restStart, claim.end, mention, rule.endsWith('.and-that') ? rule : `${rule}.and-that`, score);
      return true;
    }
    // "said the results beat forecasts, noting that the firm had expected less": the participle's clause is a second claim
    const participle = /,\s+(?:noting|adding|saying|stressing|warning|insisting|arguing|explaining)(\s+that)?\s+/.exec(whole);
    if (participle !== null && !leavesQuoteOpen(whole.slice(0, participle.index))) {
      const firstEnd = claim.start + participle.index;
      const restStart = firstEnd + participle[0].length;
      if (wordCount(text.slice(claim.start, firstEnd)) >= 3 && (participle[1] !== undefined || looksLikeClause(text.slice(restStart, claim.end))) && this.pushReported(restStart, claim.end, mention, rule.endsWith('.participle') ? rule : `${rule}.participle`, score)) {
        this.addClaim(trimClaim(text, claim.start, firstEnd), 'indirect', score, rule, mention);
        return true;
      }
    }
    // "said the ministry had awarded 4,300 km, and she told reporters that building would speed up": the same
    // speaker, named again by a pronoun, reports a second clause
    // ("…; they said the phone had been unusable": the same after a semicolon)
    // ("…, although she stressed that …": a concession by the same speaker too)
    const again = whole.includes(' and ') || whole.includes(' but ') || whole.includes('; ') || whole.includes('though ') ? PRONOUN_REPORTS.exec(whole) : null;
    if (again !== null && !leavesQuoteOpen(whole.slice(0, again.index)) && wordCount(whole.slice(0, again.index)) >= 3) {
      const pronounAt = claim.start + again.index + again[0].length - again[1].length - again[2].length - again[3].length;
      const restStart = claim.start + again.index + again[0].length;
      const rest = text.slice(restStart, claim.end);
      const skip = TAKES_OBJECT.test(again[3]) ? /^.{0,60}?\bthat\s+/.exec(rest) : /^\s*(?:that\s+)?/.exec(rest);
      if (skip !== null && (TAKES_OBJECT.test(again[3]) || /^(?:said|says)$/.test(again[3]) || /that/.test(skip[0])) && wordCount(rest.slice(skip[0].length)) >= 3) {
        const mark = this.mentions.length;
        const pronoun = /^the\s/.test(again[1]) ? this.nounPhrase(pronounAt, pronounAt + again[1].length, 'speaker.reported-again') : this.addPronoun(pronounAt, again[1], 'speaker.reported-again');
        if (pronoun !== undefined && this.pushReported(restStart + skip[0].length, claim.end, pronoun, rule, score)) {
          this.addClaim(trimClaim(text, claim.start, claim.start + again.index), 'indirect', score, rule, mention);
          return true;
        }
        this.mentions.length = mark;
      }
    }
    // "he is leaving the show, the channel confirmed on Saturday": a second attribution closes the clause
    const closing = TRAILING_ATTRIBUTION.exec(text.slice(claim.start, claim.end));
    if (closing !== null && wordCount(text.slice(claim.start, claim.start + closing.index)) >= 3) claim.end = claim.start + closing.index;
    const seg = text.slice(claim.start, claim.end);
    // (the pattern needs "but", "and" or "yet")
    for (const m of seg.includes('and') || seg.includes('but') || seg.includes('yet') ? allMatches(seg, COORDINATED_VERB) : []) {
      if (/according to|ing$/.test(m[0]) || /["“”]/.test(seg.slice(0, m.index).replace(/["“][^"“”]*["”]/g, '')) ) continue;
      // "no one has yet told her": "yet" after an auxiliary is an adverb, not a second verb's conjunction
      if (/^\s*yet\b/.test(m[0]) && /\b(?:has|have|had|is|was|are|were|not|never|n['’]t)\s*$/i.test(seg.slice(0, m.index))) continue;
      const firstEnd = claim.start + m.index;
      const restStart = claim.start + m.index + m[0].length;
      const rest = text.slice(restStart, claim.end);
      const verb = /(\S+)$/.exec(m[0])?.[1] ?? '';
      const skip = TAKES_OBJECT.test(verb) ? /^(?:.{0,60}?\bthat\s+|(?:\s+(?:reporters|journalists|the\s+\w+|[\p{Lu}][\p{L}’'.-]*))?\s+)/u.exec(rest) : /^\s+(?:that\s+)?/.exec(rest);
      const second = trimClaim(text, restStart + (skip?.[0].length ?? 0), claim.end);
      if (wordCount(text.slice(claim.start, firstEnd)) < 3 || wordCount(text.slice(second.start, second.end)) < 3) break;
      this.addClaim(trimClaim(text, claim.start, firstEnd), 'indirect', score, rule, mention);
      this.addClaim(second, 'indirect', score, `${rule}.coordinated`, mention);
      return true;
    }
    this.addClaim(claim, 'indirect', score, rule, mention);
    return true;
  }

  // ---- assertions ----

  /** The article's own statement in sentence s, or in a clause of it (which has no final stop). */
  private assertion(s: Range, clause = false, part = false): void {
    const t = this.text.slice(s.start, s.end);
    // "Turnout was 41.8%.", "Polls close at 10pm.": a short sentence of a subject, its verb and a number
    const shortFact = t.length < 25 && /\d/.test(t) && /^\p{Lu}\p{Ll}+\s+(?:was|were|is|are|stood at|stands at|closes?|closed|opens?|opened|rose|fell|employs|employed|has|had|owns|owned|won|lost|scored|killed|injured)\s+(?:at\s+|by\s+|to\s+|about\s+|some\s+)?\S*\d/u.test(t);
    // "The bridge reopens Monday.", "Polls close tomorrow.": a short sentence of a subject, its verb and a day
    const shortWhen = !shortFact && t.length < 40 && SHORT_WHEN.test(t);
    // "Three people were hurt.", "Two men have been charged.": a count in words and what befell it
    const shortCount = t.length < 25 && SHORT_COUNT.test(t);
    if (t.length > 600 || (t.length < 25 && !shortFact && !shortWhen && !shortCount && !part)) return;
    if (/\?["”’]?$/.test(t) || (!clause && !this.summaryItem && !/[.!]["”’]?$/.test(t))) return;
    // "The returning officer read out the result at 3am: Lowe took 9,120 votes …": two statements, one each side of the colon
    const colon = clause ? -1 : t.search(/[\p{L}\p{N}%)]: (?=[\p{Lu}\p{N}])/u);
    if (colon > 0 && !/["“”«»]/.test(t.slice(0, colon + 1))) {
      this.assertion({ start: s.start, end: s.start + colon + 1 }, true);
      this.assertion({ start: s.start + colon + 3, end: s.end });
      return;
    }
    // "Ann Roe was arrested on June 9, and Tom Pike was detained a week later": two statements, one each side of ", and" (or ";")
    if (!clause && (t.includes(', and ') || t.includes(', but ') || t.includes('; '))) {
      const split = COMPOUND_SPLIT.exec(t);
      const first = split === null ? '' : t.slice(0, split.index);
      // "… with her partner, a cellist, and two cats named after …": the last item of a list is no clause
      const listItem = !HAS_CLAUSE_VERB.test(` ${first.slice(first.lastIndexOf(',') + 1)}`) && wordCount(first.slice(first.lastIndexOf(',') + 1)) < 4;
      const newClause = HAS_CLAUSE_VERB.test(first) && !listItem;
      if (split !== null && wordCount(first) >= 3 && wordCount(t.slice(split.index + split[0].length)) >= 4 && (newClause || (wordCount(first) >= 5 && AUX_CLAUSE.test(t.slice(split.index + split[0].length))))) {
        // each clause of a sentence that states something stands as a statement, however short ("No charges were laid")
        this.assertion({ start: s.start, end: s.start + split.index }, true, true);
        this.assertion({ start: s.start + split.index + split[0].length, end: s.end }, false, true);
        return;
      }
    }
    // ("The licence has been revoked and must be applied for again": the obligation the event left, a fact of the story)
    if (/\b(I|we|you|should|must|ought|might|perhaps|maybe|unclear|not clear|seems?|appears?|it is time|let['’]s|think|believe|opinion|(?:sounds?|sounded|looks?|looked|feels?|felt) like)\b/i.test(t) && !(t.includes(' and must be ') && IMPOSED.test(t))) return;
    // the presenter's own voice ("Two people who know the river are with me now"): no statement of the story
    if (/\b(?:me|my|My)\b/.test(t)) return;
    // contact lines ("Have a news tip? Email news@… or call …") and notes about the page itself:
    // "This transcript has been prepared by …", "Added comment from …", "Ann Lee is a writer based in Leeds."
    if (/[\w.+-]@[\w-]+\.\w/.test(t) || PAGE_NOTE.test(t) || STANCE.test(t) || LEAD_IN.test(t) || REACTION.test(t) || (/\s(?:hide|conceal|mask|disguise)\s/.test(t) && HIDING.test(t))) return;
    if (/^(click|read|watch|listen|follow|subscribe|sign|share|download|see)\b/i.test(t)) return;
    // an appeal to readers: "Anyone with information can contact police on …"
    if (/^(?:anyone|people|readers|witnesses) with (?:any )?information\b/i.test(t)) return;
    // a greeting opening a live blog ("Good afternoon and welcome to …") asserts nothing
    if (/^(?:good (?:morning|afternoon|evening)|hello|hi|welcome)\b/i.test(t)) return;
    // "Our Standards: The Meridian Wire Trust Principles.": a title in title case, not a statement
    const ws = t.split(/\s+/);
    // ("Lord Justice Ann Roe and Lord Justice Tom Pike agreed.", ending in a verb, is a sentence)
    if (ws.filter((w) => /^[\p{Lu}\d]/u.test(w)).length * 4 >= ws.length * 3 && !(/^\p{Ll}+[.!]$/u.test(ws[ws.length - 1]) && !LAST_REPORTING.test(ws[ws.length - 1]))) return;
    // editors' notes about the story itself (their dates still count): "This story was updated on …"
    // "This report by The Canadian Press was first published March 11, 2026": the wire's publication note
    if (/^(?:this (?:story|article|report|post) (?:by [^,.;]{1,60}? )?(?:was|has been) (?:updated|corrected|amended|(?:first )?published)|an earlier version(?: of this (?:story|article|report))?(?:,[^,]{1,60},)? (?:of this (?:story|article|report)|gave|said|stated|misstated|misspelled|misnamed|misidentified|incorrectly|wrongly|referred|reported|described|named|included|omitted|did not))\b/i.test(t)) return;
    const words = wordCount(t);
    // "Seven candidates are standing.": a short sentence counts when it states a number
    // ("No motive has been established.": an event told of a definite subject counts from five words)
    const event = words >= 5 && words < 6 && !/\d/.test(t) && EVENT_CLAUSE.test(t);
    if (words < (shortFact || shortWhen || shortCount || part ? 3 : /\d/.test(t) || NUMBER_WORDS.test(t) ? 4 : event ? 5 : 6)) return;
    const body = t.replace(/^\S+\s+/, '');
    // a number, a name, or a quantity in words ("six hospitals", "half a placebo", "two assists")
    // (or a ranking: "It is the largest displacement crisis in the world"; or a time the page can be
    // checked against: "The studio opens next month."; or an event told of a definite subject:
    // "The board did not alter its plan.", "The driver was treated at the roadside.")
    const checkable = /\d/.test(t) || /\b[\p{Lu}][\p{L}]+/u.test(body) || NUMBER_WORDS.test(t) || SUPERLATIVE.test(t) || PAPER_CITED.test(t) || shortWhen || shortCount || event || TIME_TOLD.test(t) || EVENT_CLAUSE.test(t) || this.namedFirst(t) || REFUSED_TO_SAY.test(t) || (t.includes(' and must be ') && IMPOSED.test(t));
    if (!checkable && !part) return;
    const r = trimClaim(this.text, s.start, s.end);
    this.addClaim(r, 'assertion', /\d/.test(t) ? 0.6 : 0.5, clause ? 'claim.assertion.before-reported' : 'claim.assertion');
  }

  // ---- headlines and transcripts ----

  private headline(t: string, pStart: number, pEnd: number, subhead = false): void {
    const text = this.text;
    const colon = NAME_COLON.exec(t);
    // "Dunmore: “We will not be the last …”" over a live-blog entry: a teaser for the entry below, which says who spoke and what
    if (colon !== null && subhead && !this.transcript && /^["“‘']/.test(colon[2].trim()) && /["”’']$/.test(colon[2].trim())) return;
    // ("4:10 p.m." on the line above, "Pelletier: 'This is not over'" or "Resolution Foundation: poorest fifth lose
    // most": an entry's headline under its time, quoted or not, even before the first entry's prose, when the entry
    // below names who spoke again; "Ann Lee: Firms Must Refund Fares" with no more of her below is her message)
    if (colon !== null && !this.transcript && ENTRY_TIME.test(/([^\n]*)\n\s*$/.exec(text.slice(Math.max(0, pStart - 40), pStart))?.[1].trim() ?? '')) {
      const below = text.slice(pEnd, pEnd + 800);
      const nextEntry = below.search(/\n\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*\n/i);
      const last = colon[1].slice(colon[1].lastIndexOf(' ') + 1);
      if ((nextEntry < 0 ? below : below.slice(0, nextEntry)).includes(last)) return;
    }
    // "Ana Ruiz: Harbour City agree £20m fee for Spanish forward" at the top of the page: the name is the story's topic, not its speaker
    // ("Mayor Ann Lee: Council Will Not Raise Fees", in title case, is a headline with its source)
    if (colon !== null && !this.proseSeen && !this.transcript && !/^["“‘'«]/.test(colon[2].trim()) && !isTitleCase(colon[2])) return;
    // "NYSE: ACME $12.40 ▲ +0.31", "Duration: 52 minutes": a quote box or a figure names nobody
    if (colon !== null && figuresOnly(colon[2])) return;
    // "PRESS CONFERENCE TRANSCRIPT:", "Exclusive video interview:": a label ending in a kind of item names nobody
    if (colon !== null && !HEADLINE_LABELS.test(colon[1]) && !HEADLINE_LABELS.test(colon[1].slice(colon[1].lastIndexOf(' ') + 1)) && !CHROME_LABELS.test(colon[1]) && colon[1].split(/\s+/).length <= 5) {
      const tokens = capRunAfter(text, pStart, pStart + colon[1].length);
      const np = nameFromRun(tokens, false);
      // "Minister: 'We will act'" over a live-blog entry: a bare title names nobody; the entry below says who spoke
      // ("H: 55° L: 37°": a weather box's one letter names nobody either)
      if (np !== undefined && np.titleOnly !== true && /\p{L}{2}/u.test(np.name)) {
        const mention = this.addMention(np, 'name', 'speaker.name-colon-headline', 0.7);
        const rest = pStart + t.length - colon[2].length;
        const claim = trimClaim(text, rest, pEnd);
        this.addClaim(claim, 'indirect', 0.6, 'claim.headline', mention);
      }
      return;
    }
    const says = HEADLINE_SAYS.exec(t);
    if (says !== null) {
      const npStart = pStart + says[1].length + (t.slice(says[1].length).length - t.slice(says[1].length).replace(/^,\s+/, '').length);
      const tokens = capRunAfter(text, npStart, npStart + says[2].length);
      const np = nameFromRun(tokens, false);
      // "…, Report Says" / "…, Sources Say": no one in particular
      if (np !== undefined && !GENERIC_SOURCE.test(np.name)) {
        const mention = this.addMention(np, 'name', 'speaker.says-headline', 0.7);
        this.addClaim(trimClaim(text, pStart, pStart + says[1].length), 'indirect', 0.6, 'claim.headline', mention);
      }
      return;
    }
    const bare = withoutTrailingJunk(t);
    const inverted = HEADLINE_SAYS_INVERTED.exec(bare);
    if (inverted !== null) {
      const speakerText = inverted[3];
      const npStart = pStart + bare.length - speakerText.length;
      const mark = this.mentions.length;
      const mention = GENERIC_SOURCE.test(speakerText) ? undefined : this.nounPhraseForward(npStart, npStart + speakerText.length, 'speaker.says-headline');
      // the speaker phrase must take up the rest of the headline ("…, says Bank governor Ellen Marsh")
      if (mention !== undefined && this.mentions[mention].end === npStart + speakerText.length) {
        this.addClaim(trimClaim(text, pStart, pStart + inverted[1].length), 'indirect', 0.6, 'claim.headline', mention);
      } else this.mentions.length = mark;
      return;
    }
    const lead = SAYS_HEADLINE.exec(t);
    if (lead !== null) {
      const tokens = capRunAfter(text, pStart, pStart + lead[1].length);
      const np = nameFromRun(tokens, false);
      if (np !== undefined && tokens.length > 0 && tokens[tokens.length - 1].end === pStart + lead[1].length) {
        const mention = this.addMention(np, 'name', 'speaker.says-headline', 0.7);
        this.addClaim(trimClaim(text, pEnd - lead[3].length, pEnd), 'indirect', 0.6, 'claim.headline', mention);
      }
    }
  }

  /** One transcript turn: the label speaks the whole turn, unless the turn asks a question. */
  private turn(turn: TurnLabel, pStart: number, pEnd: number): void {
    const text = this.text;
    const bodyStart = pStart + turn.textStart;
    const firstIndex = this.sentences.length;
    const sentences = splitSentences(text, bodyStart, pEnd);
    this.sentences.push({ start: pStart, end: pStart + turn.labelEnd }, ...sentences);
    this.collectPersons(sentences, firstIndex + 1, findQuotes(text, bodyStart, pEnd));
    this.turnMention = undefined;
    if (isQuestionTurn(turn, text.slice(bodyStart, pEnd), this.askers)) return;
    // "Thank you, everyone." / "Good morning." carries nothing
    if (/^(?:(?:okay|ok|all right|alright|well|right)[,.!]?\s+)?(?:thank you|thanks|good (?:morning|afternoon|evening)|hello|hi|welcome|goodbye|bye|my pleasure|pleasure)\b[^.!?]{0,20}[.!?]?$/i.test(text.slice(bodyStart, pEnd).trim())) return;
    // a moderator's hand-over: "OK, questions.", "Last question.", "Next question, please."
    if (/^(?:(?:okay|ok|all right|alright|right|so)[,.!]?\s+)?(?:(?:we'll take |let's take |taking )?(?:some |a few |your )?questions|(?:the |one )?(?:first|next|last|final) question|go ahead|over to you)(?:,? please)?[.!]?$/i.test(text.slice(bodyStart, pEnd).trim())) return;
    // ("Good morning. We'll hear first from the chief, then …": courtesies and a running order, nothing of substance)
    if (turn.alone !== true && bodyStart < pEnd) {
      const answer = answerRange(text, bodyStart, pEnd);
      if (answer.end <= answer.start) return;
    }
    const tokens: Token[] = [];
    const wordRe = /\S+/gu;
    const labelStart = pStart + turn.labelStart;
    for (let m = wordRe.exec(turn.label); m !== null; m = wordRe.exec(turn.label)) {
      tokens.push({ start: labelStart + m.index, end: labelStart + m.index + m[0].length, text: properCase(m[0], tokens.length === 0) });
    }
    // "NR:" for Nadia Rahman: initials stand for a person named on the page
    if (/^\p{Lu}{2,3}$/u.test(turn.label)) {
      const full = this.nameWithInitials(turn.label);
      if (full !== undefined) {
        const mention = this.addMention({ start: labelStart, end: pStart + turn.labelEnd, name: full, isOrg: false, roles: [] }, 'name', 'speaker.transcript-turn', 0.75);
        this.lastQuoteMention = mention;
        this.turnMention = mention;
        const answer = answerRange(text, bodyStart, pEnd);
        const claim = trimClaim(text, answer.start, answer.end, true);
        if (claim.end > claim.start) this.addClaim(claim, 'direct', 0.75, 'claim.transcript-turn', mention);
        return;
      }
    }
    const np = nameFromRun(tokens, false);
    if (np === undefined || np.titleOnly === true) return;
    // "MINISTER OSEI:" under a page that names "Health Minister Amara Osei" anywhere
    if (!np.name.includes(' ') && !np.isOrg) np.name = this.fullerName(np.name) ?? np.name;
    const mention = this.addMention(np, 'name', 'speaker.transcript-turn', 0.8);
    this.lastQuoteMention = mention;
    this.turnMention = mention;
    const answer = answerRange(text, bodyStart, pEnd);
    const claim = trimClaim(text, answer.start, answer.end, true);
    if (claim.end > claim.start) this.addClaim(claim, 'direct', 0.8, 'claim.transcript-turn', mention);
  }

  /** The first person named on the page whose initials are these ("NR" → "Nadia Rahman"). */
  private nameWithInitials(initials: string): string | undefined {
    const key = `#${initials}`;
    if (this.fuller.has(key)) return this.fuller.get(key);
    const parts = [...initials].map((c) => `${c}[\\p{Ll}'’-]+`);
    const m = new RegExp(`\\b${parts.join('\\s+')}\\b`, 'u').exec(this.text);
    this.fuller.set(key, m?.[0]);
    return m?.[0];
  }

  /** The first "Firstname Surname" anywhere in the text for a lone surname (cached per surname). */
  private fullerName(surname: string): string | undefined {
    if (this.fuller.has(surname)) return this.fuller.get(surname);
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`([\\p{Lu}][\\p{L}'’-]+)\\s+((?:(?:${NAME_PARTICLES})\\s+)*)${escaped}\\b`, 'gu');
    let found: string | undefined;
    for (let m = re.exec(this.text); m !== null && found === undefined; m = re.exec(this.text)) {
      if (!TITLE_WORDS.has(m[1].toLowerCase()) && m[1] !== m[1].toUpperCase() && !/^(?:The|A|An|And|But|Mr|Mrs|Ms|Dr)$/.test(m[1])) found = `${m[1]} ${m[2]}${surname}`;
    }
    this.fuller.set(surname, found);
    return found;
  }

  private transcriptLine(t: string, pStart: number, pEnd: number): boolean {
    if (!this.transcript) return false;
    const qa = QA.exec(t);
    if (qa !== null) {
      this.turnMention = undefined;
      if (/^(Q|Question)/.test(qa[1])) return true;
      const name = this.interviewee ?? this.personBefore(this.firstQa) ?? this.mainPerson();
      if (name === undefined) return true;
      this.interviewee = name;
      const idx = this.mentions.length;
      this.mentions.push({ start: pStart, end: pStart + qa[1].length, kind: 'name', surface: name, isOrg: false, roles: [], rule: 'speaker.transcript-answer', score: 0.8 });
      this.turnMention = idx;
      const claim = trimClaim(this.text, pStart + qa[0].length, pEnd);
      if (claim.end > claim.start) this.addClaim(claim, 'direct', 0.8, 'claim.transcript-answer', idx);
      return true;
    }
    const named = NAME_COLON.exec(t);
    if (named !== null && !HEADLINE_LABELS.test(named[1]) && !CHROME_LABELS.test(named[1])) {
      const tokens = capRunAfter(this.text, pStart, pStart + named[1].length);
      const np = nameFromRun(tokens, false);
      if (np === undefined) return false;
      const mention = this.addMention(np, 'name', 'speaker.transcript-name', 0.8);
      const claim = trimClaim(this.text, pEnd - named[2].length, pEnd);
      if (!/\?["”’]?$/.test(named[2].trim())) this.addClaim(claim, 'direct', 0.8, 'claim.transcript-turn', mention);
      return true;
    }
    return false;
  }

  /**
   * Dialogue written with dashes, as in French, Spanish or Russian copy: "— Did the team stop
   * believing?" (a question, no claim), "— No, replied captain Yanis Belkacem. We stopped running."
   * (the words around the inserted attribution are that person's direct claims), and an answer with
   * no attribution after a question carries on the last answerer's words.
   */
  private dialogueLine(t: string, pStart: number, pEnd: number): boolean {
    const dash = /^[—–―]\s*/.exec(t);
    if (dash === null || !this.dialogue) return false;
    const text = this.text;
    const bodyStart = pStart + dash[0].length;
    const body = text.slice(bodyStart, pEnd);
    if (/\?["”’»]?\s*$/.test(body)) return true;
    const inserted = DIALOGUE_ATTRIBUTION.exec(body);
    if (inserted !== null) {
      const npStart = bodyStart + inserted[1].length + inserted[2].length + inserted[3].length + inserted[4].length;
      const npEnd = npStart + inserted[5].length;
      const mark = this.mentions.length;
      const mention = this.nounPhraseForward(npStart, npEnd, 'speaker.dialogue');
      if (mention === undefined) {
        this.mentions.length = mark;
        return true;
      }
      this.dialogueMention = mention;
      const first = trimClaim(text, bodyStart, bodyStart + inserted[1].length, true);
      if (first.end > first.start) this.addClaim(first, 'direct', 0.75, 'claim.dialogue', mention);
      const rest = trimClaim(text, pEnd - inserted[6].length, pEnd, true);
      if (rest.end > rest.start && wordCount(text.slice(rest.start, rest.end)) >= 1) this.addClaim(rest, 'direct', 0.75, 'claim.dialogue', mention);
      return true;
    }
    if (this.dialogueMention === undefined) return false;
    const claim = trimClaim(text, bodyStart, pEnd, true);
    if (claim.end > claim.start) this.addClaim(claim, 'direct', 0.65, 'claim.dialogue-continued', this.dialogueMention);
    return true;
  }

  /** The person named last before the questions start ("I spoke with Lindqvist by video call."). */
  private personBefore(pos: number): string | undefined {
    for (let k = this.persons.length - 1; k >= 0; k--) if (this.persons[k].start < pos) return this.persons[k].name;
    return undefined;
  }

  private mainPerson(): string | undefined {
    const counts = new Map<string, number>();
    for (const p of this.persons) if (p.name.includes(' ')) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    let best: string | undefined;
    for (const [name, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = name;
    return best;
  }

  // ---- noun phrases ----

  /** An organisation named after "according to", as a mention. */
  private pushOrg(start: number, end: number, surface: string, rule: string): number {
    const idx = this.mentions.length;
    this.mentions.push({ start, end, kind: 'name', surface, isOrg: true, roles: [], rule, score: 0.6 });
    return idx;
  }

  /**
   * The source after "according to": a person or organisation ("the Civil Aviation Authority"), a
   * role with its name in apposition ("its leader, Hanna Vik"), a lower-case body ("the regional
   * electoral commission"), a descriptor before a name ("the patient group Migraine Australia") or
   * a document ("NHS England figures", "a document seen by Reuters").
   */
  private accordingTo(npStart: number, npEnd: number): number | undefined {
    const text = this.text;
    while (npEnd > npStart && /\s/.test(text[npEnd - 1])) npEnd--;
    const np = text.slice(npStart, npEnd);
    // ("according to her lawyer": the person's agent, named after her)
    const own = np.length >= 7 ? OWN_AGENT_AHEAD.exec(np) : null;
    if (own !== null && own[0].length === np.length) return this.ownAgent(npStart + own[0].length - own[1].length, npStart + own[0].length, own[2], own[3], own[4], 'speaker.according-to');
    if (/^(him|her|them)\b/i.test(np)) {
      const idx = this.mentions.length;
      const word = /^\w+/.exec(np)?.[0] ?? 'him';
      this.mentions.push({ start: npStart, end: npStart + word.length, kind: 'pronoun', surface: word.toLowerCase() === 'her' ? 'she' : word.toLowerCase() === 'them' ? 'they' : 'he', isOrg: false, roles: [], rule: 'speaker.according-to', score: 0.6 });
      return idx;
    }
    // "according to a criminal complaint, Marsh …": a paper is no speaker, nor is the name after it
    if (LEGAL_DOC.test(np)) return undefined;
    const determiner = /^(?:the|its|his|her|their|a|an)\s+/i.exec(np);
    // "its leader, Hanna Vik": the name in apposition speaks
    if (determiner !== null && !/[\p{Lu}]/u.test(np)) {
      const appo = /^,\s+([\p{Lu}][^,.;:!?“”"]{1,60})/u.exec(text.slice(npEnd, npEnd + 80));
      if (appo !== null) {
        const start = npEnd + appo[0].length - appo[1].length;
        const mark = this.mentions.length;
        const named = this.nounPhraseForward(start, start + appo[1].length, 'speaker.according-to.apposition');
        if (named !== undefined && this.mentions[named].kind === 'name') return named;
        this.mentions.length = mark;
      }
    }
    // a document: "a document seen by Reuters" speaks for no one (no speaker); "NHS England figures": its author
    if (DOC_SEEN_BY.test(np)) return undefined;
    const from = DOC_FROM.exec(np);
    if (from !== null) return this.accordingTo(npStart + from[0].length, npEnd);
    // "according to figures the university released on Oct. 30": who released them
    const released = DOC_RELEASED.exec(np);
    if (released !== null) {
      const mention = this.accordingTo(npStart + released[0].length - released[1].length, npStart + released[0].length);
      if (mention !== undefined) return mention;
    }
    // "the regional broadcaster NRK's projection": the owner of the document speaks, the span covers it all
    const owned = DOC_OWNED.exec(np);
    if (owned !== null) {
      const mention = this.accordingTo(npStart, npStart + owned[1].length);
      if (mention !== undefined && this.mentions[mention].kind === 'name') {
        this.mentions[mention].end = npEnd;
        return mention;
      }
    }
    const org = SOURCE_BODY.exec(np);
    if (org !== null) {
      // "NHS England figures" → NHS England; "the health ministry" → health ministry
      const doc = DOC_ONLY.test(org[2]) && org[1].trim() !== '' && !/^the\s*$/i.test(org[1].trim());
      // "according to the study", "according to official figures": a document with no named author is no speaker
      if (DOC_ONLY.test(org[2]) && !doc) return undefined;
      const surface = (doc ? org[1] : org[0]).trim().replace(/^the\s+/i, '').replace(/['’]s?$/, '');
      if (surface !== '' && !/^(?:the|a|an)$/i.test(surface)) return this.pushOrg(npStart, npStart + org[0].length, surface, 'speaker.according-to.org');
    }
    // "the patient group Migraine Australia": the name after a lower-case descriptor
    // "Portuguese newspaper Diário do Porto": a nationality before a kind of outlet, then its name
    const described = /^(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){1,4}(?=[\p{Lu}])/u.exec(np) ?? /^(?:(?:the|a|an)\s+)?[\p{Lu}][\p{L}-]+\s+(?:[\p{Ll}-]+\s+){0,2}(?:newspaper|paper|daily|tabloid|weekly|magazine|outlet|website|broadcaster|station|channel|network|agency|news\s+agency|journal|publication|podcast)\s+(?=[\p{Lu}])/u.exec(np);
    if (described !== null) {
      const named = this.nounPhraseForward(npStart + described[0].length, npEnd, 'speaker.according-to');
      if (named !== undefined) return named;
    }
    // "the regional electoral commission": a lower-case body or role
    if (determiner !== null && !/[\p{Lu}]/u.test(np)) {
      const role = rolePhraseBefore(text, npEnd, npStart);
      if (role !== undefined && role.start === npStart) {
        const idx = this.mentions.length;
        const isOrg = !TITLE_WORDS.has(role.head);
        this.mentions.push({ start: npStart, end: npEnd, kind: isOrg ? 'name' : 'role', surface: isOrg ? np.replace(/^the\s+/i, '') : role.head, isOrg, roles: role.words, rule: 'speaker.according-to.role', score: 0.6 });
        return idx;
      }
    }
    // "according to two delegates who were in the room": the unnamed source as introduced
    const unnamed = UNNAMED_ACCORDING.exec(np);
    if (unnamed !== null) {
      const head = /(\p{Ll}+?)s?(?=\s+(?:close to|familiar with|with|briefed on|involved in)\b|$)/u.exec(unnamed[1].split(/\s+(?:close to|familiar with|with|briefed on|involved in)\s/)[0])?.[1];
      const idx = this.mentions.length;
      this.mentions.push({ start: npStart, end: npStart + unnamed[1].length, kind: 'name', surface: unnamed[1].replace(/\s+/g, ' ').replace(/^A/, 'a'), isOrg: true, roles: [], rule: 'speaker.according-to.unnamed-source', score: 0.6, unnamed: head });
      return idx;
    }
    const mark = this.mentions.length;
    const found = this.nounPhraseForward(npStart, npEnd, 'speaker.according-to');
    // "according to figures presented Tuesday": a weekday or month is when, not who
    if (found !== undefined && found >= mark && CALENDAR_WORD.test(this.mentions[found].surface)) {
      this.mentions.length = mark;
      return undefined;
    }
    return found;
  }


  /** The speaker phrase in text[npStart, npEnd) right before a verb. */
  private nounPhrase(npStart: number, npEnd: number, rule: string): number | undefined {
    const text = this.text;
    const np = text.slice(npStart, npEnd).trim();
    if (PRONOUN.test(np)) return this.addPronoun(npStart + text.slice(npStart, npEnd).indexOf(np), np, rule);
    const end = npStart + text.slice(npStart, npEnd).trimEnd().length;
    return this.phraseEndingAt(npStart, end, rule);
  }

  private phraseEndingAt(floor: number, end: number, rule: string): number | undefined {
    const text = this.text;
    // "Cllr Ana Ruiz (Green, Northside) said": a party or ward in brackets after the name is no part of it
    const bracket = /\s*\([^()\n]{1,40}\)\s*$/.exec(text.slice(Math.max(floor, end - 45), end));
    if (bracket !== null && end - bracket[0].length > floor) end -= bracket[0].length;
    // "A senior official in the Kelso Ministry of Finance said": an unnamed source inside an organisation the page names
    const inWin = text.slice(Math.max(floor, end - 120), end);
    const inOrg = UNNAMED_IN_ORG_CUE.test(inWin) ? UNNAMED_IN_ORG.exec(inWin) : null;
    if (inOrg !== null) {
      const run = nameFromRun(capRunBefore(text, end, end - inOrg[3].length), false);
      if (run !== undefined && run.isOrg && run.titleOnly !== true) {
        const idx = this.mentions.length;
        const start = Math.max(floor, end - 120) + inOrg.index + inOrg[0].search(/[AaOo]/);
        this.mentions.push({ start, end, kind: 'name', surface: run.name, isOrg: true, roles: run.roles, rule: `${rule}.source-in-org`, score: 0.65, unnamed: inOrg[2], forOrg: { before: `${inOrg[1].replace(/\s+/g, ' ')} `, after: '' } });
        return idx;
      }
    }
    // "Lawyers for the government said": the lawyers speak, named after the body as written
    const agentsWin = end - floor >= 16 ? text.slice(Math.max(floor, end - 60), end) : '';
    const agentsBody = agentsWin.includes(' for the ') ? AGENTS_FOR_BODY.exec(agentsWin) : null;
    if (agentsBody !== null) {
      const idx = this.mentions.length;
      const surface = agentsBody[1].replace(/\s+/g, ' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      this.mentions.push({ start: end - agentsBody[1].length, end, kind: 'name', surface, isOrg: true, roles: [], rule: `${rule}.agents-for`, score: 0.6, unnamed: 'lawyers' });
      return idx;
    }
    // "A Reddit user in Germany said", "a trooper at the scene said": an unnamed person, told apart by what follows the head
    {
      const from = Math.max(floor, end - 100);
      const win = text.slice(from, end);
      const q = QUALIFIED_CUE.test(win) ? UNNAMED_QUALIFIED.exec(win) : null;
      // (not "a neighbour of Mr Gilchrist": whose relation someone is, by name, is resolved by the rules below)
      if (q !== null && !QUALIFIER_WHEN.test(q[1]) && !QUALIFIER_NAMED.test(q[1])) {
        const qStart = end - q[0].length + q[0].search(/[AaOo]/u);
        return this.unnamedPerson(qStart, end, q[2], q[1].split(/\s+/), `${rule}.unnamed-person`);
      }
    }
    // "A source close to Castell said": an unnamed source close to someone named is the source, not that person
    if (/\s(?:close to|familiar with|knowledge of|briefed on|involved in)\s/.test(text.slice(Math.max(floor, end - 70), end))) {
      const unnamed = UNNAMED_SOURCE.exec(text.slice(Math.max(floor, end - 90), end));
      if (unnamed !== null) {
        const idx = this.mentions.length;
        this.mentions.push({ start: end - unnamed[1].length, end, kind: 'name', surface: unnamed[1].replace(/\s+/g, ' ').replace(/^A/, 'a'), isOrg: true, roles: [unnamed[2]], rule: `${rule}.unnamed-source`, score: 0.6, unnamed: unnamed[2] });
        return idx;
      }
    }
    // "Minister for Culture Ann Roe": the portfolio between the title and the name is no part of the name
    const run = capRunBefore(text, end, floor);
    const tokens = run.length === 0 ? run : withoutPortfolio(run, text.slice(Math.max(floor, run[0].start - 40), run[0].start));
    if (tokens.length > 0) {
      const before = text.slice(Math.max(floor, tokens[0].start - 40), tokens[0].start);
      // "Residents in Hanover and Elm Grove say": the places where an unnamed group lives do not speak
      if (LOCATED_GROUP.test(before) && nameFromRun(tokens, false)?.isOrg !== true) return undefined;
      // "Lawyers for Brightwater said": the lawyers speak, named after whom they act for, resolved as if it spoke
      const agents = /\sfor\s+$/.test(before) ? AGENTS_FOR.exec(before) : null;
      if (agents !== null) {
        const mark = this.mentions.length;
        const idx = this.phraseEndingAt(tokens[0].start, end, rule);
        if (idx !== undefined && this.mentions[idx].spokesFor === undefined && this.mentions[idx].forOrg === undefined && this.mentions[idx].kind === 'name') {
          const m = this.mentions[idx];
          m.start = tokens[0].start - agents[0].length + agents[0].indexOf(agents[1]);
          m.spokesFor = agents[1].replace(/\s+/g, ' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
          m.unnamed = 'lawyers';
          m.rule = `${m.rule}.agents-for`;
          return idx;
        }
        this.mentions.length = mark;
      }
      // "A spokesman for Tom Hale said": the spokesperson speaks, named after the person (an organisation's keeps its own rules)
      let spokes: { at: number; phrase: string; head: string } | undefined;
      const spokesAt = SPOKES_FOR_NAME.exec(before) ?? RELATION_OF_NAME.exec(before);
      let named = tokens;
      if (spokesAt !== null) spokes = { at: tokens[0].start - spokesAt[0].length + spokesAt[0].indexOf(spokesAt[1]), phrase: spokesAt[1], head: spokesAt[2] ?? spokesAt[3] ?? spokesAt[4] };
      else if (tokens.length > 2 && tokens[1].text === 'of' && RELATIONS_OPENING.test(tokens[0].text)) {
        // ("Allies of Ms Thackeray said": the capitalised run opens with the relation)
        spokes = { at: tokens[0].start, phrase: `${tokens[0].text} of`, head: tokens[0].text.toLowerCase() };
        named = tokens.slice(2);
      }
      if (spokes !== undefined) {
        const person = nameFromRun(named, false);
        const spokesFor = spokes.phrase.replace(/\s+/g, ' ').trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase());
        const unnamed = spokes.head.startsWith('spokes') ? 'spokesperson' : spokes.head;
        if (person !== undefined && !person.isOrg && person.titleOnly !== true) {
          const idx = this.mentions.length;
          this.mentions.push({ start: spokes.at, end: person.end, kind: 'name', surface: person.name, isOrg: false, roles: person.roles, rule: `${rule}.spokesperson-for`, score: 0.6, unnamed, spokesFor });
          return idx;
        }
        // "one ally of the Home Secretary said": named after the person holding the office
        const words = person?.titleOnly === true ? person.name.split(/\s+/).map((w) => w.toLowerCase()).filter((w) => w !== 'the') : [];
        const head = words[words.length - 1];
        if (person !== undefined && head !== undefined && TITLE_WORDS.has(head) && !spokes.head.startsWith('spokes')) {
          const idx = this.mentions.length;
          this.mentions.push({ start: spokes.at, end: person.end, kind: 'role', surface: head, isOrg: false, roles: words, rule: `${rule}.spokesperson-for`, score: 0.6, unnamed, spokesFor, title: person.name.replace(/^the\s+/i, '') });
          return idx;
        }
      }
      // "Professor Anika Raman from Lakeside University said": the person before the affiliation speaks
      const affiliated = /[\p{Lu}][\p{L}.'’-]*(\s+(?:from|at|of|with)\s+(?:the\s+)?)$/u.exec(before);
      // "Analysts at Goldman Sachs said", "…," economists at Pryce Lyle & Co. wrote": unnamed people at a firm, named
      // with it (whether or not its name shows a firm's kind)
      const atFirm = PEOPLE_AT_FIRM_BEFORE.exec(before);
      const firm = atFirm !== null && !isGeography(tokens) ? nameFromRun(tokens, false) : undefined;
      if (atFirm !== null && firm !== undefined && firm.titleOnly !== true) {
        const idx = this.mentions.length;
        this.mentions.push({ start: tokens[0].start - atFirm[1].length, end: firm.end, kind: 'name', surface: `${atFirm[2].toLowerCase()} at ${firm.name}`, isOrg: true, roles: [], rule: `${rule}.group`, score: 0.6 });
        return idx;
      }
      if (affiliated !== null && nameFromRun(tokens, false)?.isOrg === true) {
        const personEnd = tokens[0].start - affiliated[1].length;
        const person = nameFromRun(capRunBefore(text, personEnd, floor), false);
        // "Officials with the County Health Department said": a plural group speaks for its organisation
        const group = person !== undefined && /^(?:officials|representatives|spokespeople|authorities|staff|members|leaders|executives|managers|engineers|investigators|inspectors)$/i.test(person.name);
        // "Analysts at Corvin Partners wrote": unnamed people at a firm opening the sentence, named with the firm
        // (as "analysts at Corvin Partners" inside it are)
        if (person !== undefined && PEOPLE_AT_FIRM.test(person.name) && /^\s+(?:at|from)\s+$/.test(affiliated[1])) {
          const org = nameFromRun(tokens, false);
          if (org !== undefined && org.titleOnly !== true && !isGeography(tokens)) {
            const idx = this.mentions.length;
            this.mentions.push({ start: person.start, end: org.end, kind: 'name', surface: `${person.name.toLowerCase()} at ${org.name}`, isOrg: true, roles: [], rule: `${rule}.group`, score: 0.6 });
            return idx;
          }
        }
        if (person !== undefined && !group && !person.isOrg && person.titleOnly !== true) return this.addMention(person, 'name', `${rule}.affiliated`, 0.8);
        if (group) {
          const org = nameFromRun(tokens, /\bthe\s+$/i.test(affiliated[1]));
          if (org !== undefined) return this.addMention(org, 'name', `${rule}.group-of-org`, 0.7);
        }
      }
      // "Eva Lind of Nordic Bank in Oslo said": the place after the affiliation is where the speaker works, not the speaker
      const inPlace = /[\p{L}.'’-]\s+(?:in|at)\s+$/u.exec(before);
      if (inPlace !== null && tokens.length <= 3) {
        const orgEnd = tokens[0].start - (inPlace[0].length - 1);
        const run = capRunBefore(text, orgEnd, floor);
        const ofAt = run.findIndex((t) => t.text === 'of');
        if (ofAt >= 1 && !ORG_HEADS.has(run[ofAt - 1].text.toLowerCase())) {
          const person = nameFromRun(run.slice(0, ofAt), false);
          if (person !== undefined && !person.isOrg && person.titleOnly !== true) return this.addMention(person, 'name', `${rule}.affiliated`, 0.8);
        }
        const mark = this.mentions.length;
        const who = this.phraseEndingAt(floor, orgEnd, rule);
        if (who !== undefined && this.mentions[who].kind === 'name' && /\s(?:of|from|at|with)\s/.test(text.slice(this.mentions[who].start, tokens[0].start))) {
          // "analysts at Bernwood Securities, who rate the stock a buy, wrote": unnamed people at a firm are named with it
          const w = this.mentions[who];
          const org = w.rule.endsWith('.group') && w.end === orgEnd && !w.surface.includes(' ') && /\sat\s+$/.test(before) ? nameFromRun(tokens, false) : undefined;
          if (org !== undefined && org.titleOnly !== true && org.end <= end && !isGeography(tokens)) {
            w.surface = `${w.surface} at ${org.name}`;
            w.end = org.end;
          }
          return who;
        }
        this.mentions.length = mark;
      }
      const prep = /\s(in|at|from)\s+$/.exec(before);
      if (prep !== null) {
        const roleEnd = tokens[0].start - (before.length - prep.index);
        const role = rolePhraseBefore(text, roleEnd, floor);
        if (role !== undefined && role.end === roleEnd) {
          const idx = this.mentions.length;
          const surface = text.slice(role.start, end).replace(/^(the|a|an|its|his|her|their)\s+/i, (d) => (/^(a|an)\s/i.test(d) ? d.toLowerCase() : ''));
          // ("A Western diplomat in Lisbon said … the diplomat added": one unnamed source, taken up again)
          this.mentions.push({ start: role.start, end, kind: 'name', surface, isOrg: true, roles: role.words, rule: `${rule}.role-in-place`, score: 0.6, ...(role.unnamed === true ? { unnamed: role.head } : {}) });
          return idx;
        }
      }
      // coordinated places and organisations: "Washington and Kiev say"
      const coord = /((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+and\s+$/u.exec(before);
      const the = /\bthe\s+$/i.test(before);
      const lowerRoles = titleWordsBefore(before);
      const np = nameFromRun(tokens, the);
      if (np === undefined) return undefined;
      if (coord !== null && np.isOrg) {
        const other = nameFromRun(capRunBefore(text, tokens[0].start - (before.length - coord.index - coord[1].length), floor), /^the\s/i.test(coord[1]));
        if (other !== undefined && other.isOrg) {
          np.start = tokens[0].start - (before.length - coord.index);
          np.name = `${coord[1].replace(/^the\s+/i, '')} and ${np.name}`;
          const idx = this.mentions.length;
          this.mentions.push({ start: np.start, end: np.end, kind: 'name', surface: np.name, isOrg: true, roles: [], rule: `${rule}.coordinated`, score: 0.6 });
          return idx;
        }
      }
      if (/^(The|A|An|It|This|That|There|But|And|In|On|At|As|If|Report|Reports|Study|Survey|Poll|Media|Sources|Experts|Analysts)$/.test(np.name)) return undefined;
      if (/['’]s?$/.test(text.slice(tokens[tokens.length - 1].start, tokens[tokens.length - 1].end))) return undefined;
      np.roles.push(...lowerRoles);
      // "Parks and Wildlife Tasmania (PWT) said": the run stopped at "and", but the page names the whole organisation
      {
        const names = this.orgs.names;
        for (let k = names.length - 1; k >= 0 && k >= names.length - 24; k--) {
          const o = names[k];
          // (a person's name is only taken into one the page defines by its initials, not into "US President Joe Biden";
          // "Ohio Parents for Road Safety, an advocacy group, said": the run stopped at "for" inside the name)
          if (o.start < np.start && o.start >= floor && o.start + o.name.length === np.end && text.slice(o.start, np.end) === o.name && (np.isOrg || /\s(?:for|of)\s+$/.test(text.slice(o.start, np.start)) || [...this.orgs.abbreviations.values()].includes(o.name))) {
            np.start = o.start;
            np.name = o.name;
            np.isOrg = true;
            break;
          }
        }
      }
      if (the && np.isOrg) {
        const theStart = tokens[0].start - (before.length - before.search(/the\s+$/i));
        np.start = Math.max(floor, theStart);
      }
      // "A spokesman for the Port Authority said": the unnamed spokesperson speaks, named after the organisation
      const spokesOrg = np.isOrg ? SPOKES_FOR_BEFORE.exec(text.slice(Math.max(floor, np.start - 40), np.start)) : null;
      if (spokesOrg !== null) {
        const idx = this.mentions.length;
        const head = spokesOrg[2];
        this.mentions.push({ start: np.start - spokesOrg[0].length + spokesOrg[0].indexOf(spokesOrg[1]), end: np.end, kind: 'name', surface: np.name, isOrg: true, roles: np.roles, rule: `${rule}.spokesperson-for`, score: 0.7, unnamed: head, forOrg: { before: `${head} for `, after: '' } });
        return idx;
      }
      // "Chile's Ministry of Mining said": the span takes in the place written as the body's owner (its name does not)
      if (np.isOrg && !the && OWNED_BODY_NAME.test(np.name)) {
        const owner = PLACE_OWNER_BEFORE.exec(text.slice(Math.max(floor, np.start - 40), np.start));
        if (owner !== null) np.start -= owner[1].length;
      }
      return this.addMention(np, 'name', rule, 0.85);
    }
    // "A source close to the band said", "an industry insider claimed": an unnamed source is a speaker of its own,
    // named as introduced; a later "the source" or "they" is the same source
    const unnamedFrom = Math.max(floor, end - 90);
    const unnamed = UNNAMED_SOURCE.exec(text.slice(unnamedFrom, end));
    if (unnamed !== null) {
      const idx = this.mentions.length;
      const surface = unnamed[1].replace(/\s+/g, ' ').replace(/^A/, 'a');
      this.mentions.push({ start: end - unnamed[1].length, end, kind: 'name', surface, isOrg: true, roles: [unnamed[2]], rule: `${rule}.unnamed-source`, score: 0.6, unnamed: unnamed[2] });
      return idx;
    }
    const again = UNNAMED_AGAIN.exec(text.slice(Math.max(floor, end - 20), end));
    if (again !== null && this.mentions.some((m) => m.unnamed === again[2] && m.kind === 'name' && m.start < end)) {
      const idx = this.mentions.length;
      this.mentions.push({ start: end - again[1].length, end, kind: 'role', surface: again[2], isOrg: false, roles: [again[2]], rule: `${rule}.unnamed-source`, score: 0.65, unnamed: again[2] });
      return idx;
    }
    // "…, one of the people said": one of an unnamed group introduced a few paragraphs back, named as the group
    const oneOf = end - floor >= 9 ? ONE_OF_GROUP.exec(text.slice(Math.max(floor, end - 40), end)) : null;
    if (oneOf !== null) {
      const noun = oneOf[2] === undefined ? undefined : ` ${oneOf[2]} `;
      for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - 40; k--) {
        const g = this.mentions[k];
        if (g.start >= end || end - g.start > 3000 || g.kind !== 'name' || !g.isOrg || !/\.(?:group|unnamed-source)$/.test(g.rule)) continue;
        if (noun === undefined ? !g.rule.endsWith('.group') : !` ${g.surface} `.includes(noun)) continue;
        const idx = this.mentions.length;
        this.mentions.push({ ...g, start: end - oneOf[1].length, end, rule: `${rule}.one-of-group` });
        return idx;
      }
    }
    // "A spokesperson for the singer confirmed": the spokesperson speaks, named after the person the role stands for
    const spokesFor = SPOKES_FOR_ROLE.exec(text.slice(Math.max(floor, end - 60), end));
    if (spokesFor !== null && !ORG_HEADS.has(spokesFor[2]) && !/^(?:police|council|government|company|ministry|department|agency|club|party|family|campaign|team|band|group)$/.test(spokesFor[2])) {
      const idx = this.mentions.length;
      const start = end - spokesFor[0].length + spokesFor[0].indexOf(spokesFor[1]);
      this.mentions.push({ start, end, kind: 'role', surface: spokesFor[2], isOrg: false, roles: [spokesFor[2]], rule: `${rule}.spokesperson-for`, score: 0.6, unnamed: 'spokesperson', spokesFor: spokesFor[1].replace(/^A/, 'a') });
      return idx;
    }
    // "A pal of the star said", "a close friend of the singer told …": someone unnamed, named after the person the role
    // stands for ("pal of Molly Hart")
    const relation = end - floor >= 12 ? RELATION_OF_ROLE.exec(text.slice(Math.max(floor, end - 60), end)) : null;
    if (relation !== null && TITLE_WORDS.has(relation[3])) {
      const idx = this.mentions.length;
      const start = end - relation[0].length + relation[0].indexOf(relation[1]);
      this.mentions.push({ start, end, kind: 'role', surface: relation[3], isOrg: false, roles: [relation[3]], rule: `${rule}.relation-of`, score: 0.6, unnamed: relation[2], spokesFor: relation[1].replace(/^A/, 'a') });
      return idx;
    }
    // "a spokesperson for the foundation said": the spokesperson of the foundation the page names
    if (spokesFor !== null && DESCRIBED_BODY.test(spokesFor[2])) {
      const idx = this.mentions.length;
      const start = end - spokesFor[0].length + spokesFor[0].indexOf(spokesFor[1]);
      const head = /spokes\S+/.exec(spokesFor[1])![0];
      this.mentions.push({ start, end, kind: 'name', surface: `the ${spokesFor[2]}`, isOrg: true, roles: [], rule: `${rule}.spokesperson-for`, score: 0.6, unnamed: head, forOrg: { before: `${head} for `, after: '' } });
      return idx;
    }
    // "the singer's representatives said": they speak for the person the role stands for, named after that person
    const owned = OWNED_BY_ROLE.exec(text.slice(Math.max(floor, end - 60), end));
    if (owned !== null && TITLE_WORDS.has(owned[2]) && !ORG_HEADS.has(owned[2])) {
      const idx = this.mentions.length;
      const start = end - owned[0].length + owned[0].indexOf(owned[1]);
      // "a source in the premier's office said": the unnamed source speaks, named after the office's holder
      const inside = SOURCE_INSIDE.exec(text.slice(Math.max(floor, start - 50), start));
      if (inside !== null) {
        const from = start - inside[0].length + inside[0].indexOf(inside[1]);
        this.mentions.push({ start: from, end, kind: 'role', surface: owned[2], isOrg: true, roles: [owned[2]], rule: `${rule}.source-in-office`, score: 0.6, unnamed: inside[3], forOrg: { before: `${inside[2]} ${inside[4]} `, after: `'s ${owned[3]}` } });
        return idx;
      }
      this.mentions.push({ start, end, kind: 'role', surface: owned[2], isOrg: true, roles: [owned[2]], rule: `${rule}.owned-by-role`, score: 0.6, forOrg: { before: '', after: `'s ${owned[3]}` } });
      return idx;
    }
    // "…, the complaint states": a court paper as the subject is no speaker
    const doc = /\b(?:the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}-]+$/iu.exec(text.slice(Math.max(floor, end - 60), end));
    // ("…, the inspection report says": a study or report with no author neither; "sources at the count" are people)
    if (doc !== null && (LEGAL_DOC.test(doc[0]) || (DOC_ONLY.test(doc[0].slice(doc[0].search(/\s/) + 1)) && /(?:^|[,;:.!?\n])\s*$/.test(text.slice(Math.max(floor, end - doc[0].length - 3), end - doc[0].length))))) return undefined;
    // "Peru's mines ministry said": a country's ministry, named as written (a later "the ministry" is the same body)
    const body = PLACE_BODY.exec(text.slice(Math.max(floor, end - 80), end));
    if (body !== null && !/^(?:The|A|An|It|This|That|Its|Their)\s/.test(body[1])) {
      const idx = this.mentions.length;
      this.mentions.push({ start: end - body[1].length, end, kind: 'name', surface: body[1].replace(/\s+/g, ' '), isOrg: true, roles: [], rule: `${rule}.place-body`, score: 0.65 });
      return idx;
    }
    // "his publicist said", "Her lawyer told reporters", "His family said": someone unnamed who speaks for the person
    // "his" or "her" stands for, named after that person ("publicist of Tom Reed")
    const own = end - floor >= 7 ? OWN_AGENT.exec(text.slice(Math.max(floor, end - 50), end)) : null;
    if (own !== null) return this.ownAgent(end - own[0].length + own[0].indexOf(own[1]), end, own[1], own[2], own[3], rule);
    // "Boris Johnson's spokesman", "the club's lawyer": a role named by its principal
    const possessive = /((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(text.slice(Math.max(floor, end - 80), end));
    if (possessive !== null && (TITLE_WORDS.has(possessive[2]) || POSSESSED_AGENTS.test(possessive[2]))) {
      const start = end - possessive[1].length;
      const tokens = capRunAfter(text, start, end);
      const owner = nameFromRun(tokens, false);
      const ownerStart = owner !== undefined && !owner.titleOnly ? owner.start : start;
      const idx = this.mentions.length;
      const surface = text.slice(ownerStart, end);
      this.mentions.push({ start: ownerStart, end, kind: 'name', surface, isOrg: true, roles: [possessive[2]], rule: `${rule}.possessive-role`, score: 0.6 });
      return idx;
    }
    // "the Qureshi family said": a family speaks as one, and a later "They said" is the family too
    const family = /\b[Tt]he\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}family)$/u.exec(text.slice(Math.max(floor, end - 60), end));
    if (family !== null) {
      const idx = this.mentions.length;
      const start = end - family[0].length;
      this.mentions.push({ start, end, kind: 'name', surface: family[1], isOrg: true, roles: [], rule: `${rule}.family`, score: 0.6 });
      let at = this.groups.length;
      while (at > 0 && this.groups[at - 1].start > start) at--;
      let sentence = this.sentences.length - 1;
      while (sentence > 0 && this.sentences[sentence].start > start) sentence--;
      this.groups.splice(at, 0, { start, end, name: family[1], sentence });
      return idx;
    }
    // "two sources familiar with the matter", "people briefed on the talks", "senior officials", "three OPEC+ sources"
    const group = GROUP_BEFORE.exec(text.slice(Math.max(floor, end - 80), end));
    // "The researchers estimated …": the group the article has been describing
    const theGroup = group !== null && /^the\s/i.test(group[1]) && !/\bpeople$/.test(group[1]) && !/\s(?:familiar|with|close|briefed|involved)\s/.test(group[1]);
    if (group !== null && (theGroup || !/^(the|a|an|his|her|its|their)\s/i.test(group[1]))) {
      const idx = this.mentions.length;
      let start = end - group[1].length;
      // "the Mandya district police said": a place written before a lower-case body's kind is part of its name
      const place = PLACE_BEFORE_BODY.test(group[1]) ? /(?:^|[^\p{L}'’.-])(\p{Lu}\p{Ll}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(floor, start - 30), start)) : null;
      const placed = place !== null && !CALENDAR_WORD.test(place[1]) && !NOT_A_PLACE.test(place[1]);
      if (placed) start -= place[0].length - place[0].indexOf(place[1]);
      const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(floor, start - 4), start));
      if (the !== null) start -= the[0].length;
      // (the count opening a sentence is no part of the group's name: "Several Kremlin officials" → "several …")
      let surface = group[1].replace(/^the\s+/i, '').replace(/^\p{Lu}\p{Ll}+(?=\s+\S)/u, (w) => (/^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many)$/.test(w) ? w.toLowerCase() : w));
      if (placed) surface = `${place[1]} ${surface}`;
      // "three OPEC+ sources said … The sources said": the group as introduced a few paragraphs back
      if ((theGroup || the !== null) && !surface.includes(' ')) {
        for (let k = this.mentions.length - 1; k >= 0; k--) {
          const o = this.mentions[k];
          if (o.start < start && start - o.start < 3000 && o.rule.endsWith('.group') && (o.surface.endsWith(` ${surface}`) || AT_FIRM.test(o.surface.slice(surface.length)) && o.surface.slice(0, surface.length).toLowerCase() === surface) && !/\s(?:familiar|with|close|briefed|involved)\s/.test(o.surface)) {
            surface = o.surface;
            break;
          }
        }
      }
      this.mentions.push({ start, end, kind: 'name', surface, isOrg: true, roles: [], rule: `${rule}.group`, score: 0.6 });
      return idx;
    }
    // "A Downing Street spokesperson added", "a Kremlin official said": an unnamed spokesperson speaks for the organisation
    const forOrg = /\b(?:[Aa]n?|[Oo]ne)\s+((?:[\p{Lu}][\p{L}'’.&-]*\s+)(?:(?:of|for|and|on)\s+(?=[\p{Lu}\d])|[\p{Lu}\d][\p{L}\d'’.&-]*\s+){0,5})(?:(?:senior|press|deputy|chief|top)\s+)?(?:spokes(?:man|woman|person)|official|representative|aide|insider|forecaster|meteorologist|economist|analyst)\s*$/u.exec(text.slice(Math.max(floor, end - 90), end));
    if (forOrg !== null) {
      const orgStart = Math.max(floor, end - 90) + forOrg.index + forOrg[0].indexOf(forOrg[1]);
      const orgEnd = orgStart + forOrg[1].trimEnd().length;
      const run = nameFromRun(capRunBefore(text, orgEnd, orgStart), false);
      // ("a No 10 spokesperson": a name with a number in it, as written)
      const np = run !== undefined && run.titleOnly !== true ? run : /\d/.test(forOrg[1]) ? { name: forOrg[1].trim().replace(/\s+/g, ' '), end: orgEnd, roles: [] } : undefined;
      if (np !== undefined) {
        // (named as written, "Met Office spokesperson", "EU official": an unnamed source without its "a" or "one")
        const idx = this.mentions.length;
        const head = /(\S+)\s*$/.exec(forOrg[0])![1];
        const after = ` ${text.slice(np.end, end).trim().replace(/\s+/g, ' ')}`;
        this.mentions.push({ start: Math.max(floor, end - 90) + forOrg.index, end, kind: 'name', surface: np.name, isOrg: true, roles: np.roles, rule: `${rule}.spokesperson-of`, score: 0.65, unnamed: head, forOrg: { before: '', after } });
        return idx;
      }
    }
    // "A police spokesperson confirmed", "a council spokeswoman said": an unnamed spokesperson speaks for the
    // organisation the lower-case word stands for (resolved like "the police", "the council")
    const lowerOrg = /\b[Aa]n?\s+(police|council|company|ministry|department|agency|force|club|party|government|hospital|trust|university|union|airline|firm|regulator|watchdog|charity|board|commission|authority)\s+(?:spokes(?:man|woman|person)|representative)\s*$/.exec(text.slice(Math.max(floor, end - 60), end));
    if (lowerOrg !== null) {
      const idx = this.mentions.length;
      const head = /(\S+)\s*$/.exec(lowerOrg[0])![1];
      // ("A council spokesperson" is the council's spokesperson: the council's name, then "spokesperson")
      this.mentions.push({ start: Math.max(floor, end - 60) + lowerOrg.index, end, kind: 'name', surface: lowerOrg[1], isOrg: true, roles: [lowerOrg[1]], rule: `${rule}.spokesperson-of`, score: 0.65, unnamed: head, forOrg: { before: '', after: ` ${head}` } });
      return idx;
    }
    // "A mother of three from the Hillside estate told …": the description after the head is part of the unnamed person
    const described = UNNAMED_DESCRIBED.exec(text.slice(Math.max(floor, end - 90), end).trimEnd());
    if (described !== null && described[1].length > described[1].indexOf(described[2]) + described[2].length) {
      const dEnd = Math.max(floor, end - 90) + described.index + described[0].length;
      const words = described[1].split(/\s+/);
      return this.unnamedPerson(Math.max(floor, end - 90) + described.index, dEnd, described[2], words, `${rule}.unnamed-person`);
    }
    const role = rolePhraseBefore(text, end, floor);
    // "Residents of the district said": the people of a place or body speak, not the place or body
    if (role !== undefined && role.end === end && PEOPLE_OF.test(text.slice(Math.max(floor, role.start - 30), role.start))) return undefined;
    if (role !== undefined && role.end === end) {
      const idx = this.mentions.length;
      // "the club's lawyer" names its principal: a speaker of its own, not a role to resolve
      const owned = role.words.slice(0, -1).some((w) => /['’]s$/.test(w)) || role.unnamed === true;
      const org = owned || (!TITLE_WORDS.has(role.head) && !/^(official|officials|diplomat|leader|source|sources|\d{1,3}-year-old)$/.test(role.head) && !FAMILY_EPITHET.test(role.head));
      // "…," one passenger told the court. The man, Hugh Baird, 71, said …": the person named just after
      // (named as written: "former Leeds colleague" keeps the place's capital)
      if (role.unnamed === true && UNNAMED_PERSON.test(role.head)) return this.unnamedPerson(role.start, role.end, role.head, text.slice(role.start, role.end).split(/\s+/).slice(1), `${rule}.unnamed-person`);
      const surface = role.unnamed === true ? text.slice(role.start, role.end).replace(/^\S+\s+/, '') : text.slice(role.start, role.end);
      // ("One Nordic envoy said … the envoy added": someone new, unnamed, taken up again by "the envoy")
      this.mentions.push({ start: role.start, end: role.end, kind: org ? 'name' : 'role', surface: org ? surface : role.head, isOrg: org, roles: role.words, rule: `${rule}.role`, score: 0.7, ...(role.unnamed === true ? { unnamed: role.head } : {}) });
      return idx;
    }
    // "…," counsel said": in court reports a barrister is "counsel", with no article
    const counselFrom = Math.max(floor, end - 40);
    const counsel = BARE_COUNSEL.exec(text.slice(counselFrom, end));
    // (a match at the slice's start is the clause's start only when the slice begins there)
    if (counsel !== null && (counsel.index > 0 || counselFrom === floor || /[,;:"”'’]/.test(counsel[0][0]))) {
      const idx = this.mentions.length;
      const words = counsel[1].toLowerCase().split(/\s+/);
      this.mentions.push({ start: end - counsel[1].length, end, kind: 'role', surface: 'counsel', isOrg: false, roles: words, rule: `${rule}.role`, score: 0.65 });
      return idx;
    }
    return undefined;
  }

  /** The subject right before a verb at vStart: "Peskov said", "Jason Rebholz, the spokesman, said", "he said". */
  /**
   * Where a name ends when a party label or an age follows it: "Sen. Ana Ruiz, D-Santa Fe, whose …"
   * and "Tom Hale, 54, who …" end at the name, not at the label.
   */
  private beforeLabel(floor: number, pos: number): number {
    const m = TRAILING_LABEL.exec(this.text.slice(Math.max(floor, pos - 40), pos));
    return m === null ? pos : pos - m[0].length;
  }

  private subjectBefore(vStart: number, floor: number, rule: string): number | undefined {
    const text = this.text;
    let end = vStart;
    const window = text.slice(Math.max(floor, vStart - 80), vStart);
    const between = mayEndWithBetween(window) ? BETWEEN.exec(window) : null;
    if (between !== null) end -= between[0].length;
    while (end > floor && text[end - 1] === ' ') end--;
    // "Hon. Ada Obi (APC, Kano), said": a party and seat in brackets, with its comma, stands between the name and its verb
    // (not a short form: "… of the Bus Workers' Union (BWU), says" ends an apposition)
    if (text[end - 1] === ',' && text[end - 2] === ')') {
      const label = /\s*\([^()\n]{0,20}[,-][^()\n]{1,20}\),$/.exec(text.slice(Math.max(floor, end - 46), end));
      if (label !== null && end - label[0].length > floor) end -= label[0].length;
    }
    // "A senior official who did not wish to be named said": an anonymity clause between the source and its verb
    if (text.charCodeAt(end - 1) === 100 /* d */ || text.charCodeAt(end - 1) === 121 /* y */ || text.charCodeAt(end - 1) === 115 /* s */) {
      const anon = ANONYMITY_CLAUSE.exec(text.slice(Math.max(floor, end - 90), end));
      if (anon !== null && end - anon[0].length > floor) end -= anon[0].length;
    }
    // "A driver, who asked not to be named because …, told": the same clause between commas
    const anonWin = text.charCodeAt(end - 1) === 44 /* , */ ? text.slice(Math.max(floor, end - 200), end) : '';
    if (anonWin.includes(' who ')) {
      const anon = ANONYMITY_COMMAS.exec(anonWin);
      if (anon !== null && end - anon[0].length > floor) end -= anon[0].length;
    }
    const pron = /\b(he|she|they|it)$/i.exec(text.slice(Math.max(floor, end - 5), end));
    // "The complaint alleges … It also claims …": a court paper or report taken up by "It" is no speaker either
    if (pron !== null && pron[1] === 'It' && DOC_THEN_IT.test(text.slice(Math.max(0, end - 2 - 400), end - 2))) return undefined;
    if (pron !== null) return this.addPronoun(end - pron[1].length, pron[1], rule);
    // "… the housing secretary, Ann Roe, who told MPs that …": the relative pronoun's antecedent speaks
    const who = RELATIVE_WHO.exec(text.slice(Math.max(floor, end - 20), end));
    if (who !== null) return this.phraseEndingAt(floor, end - who[0].length, rule);
    // "… pressure on rival Skagen Lines, which said on Monday that …": an organisation's "which" (a name, never a thing)
    const which = RELATIVE_WHICH.exec(text.slice(Math.max(floor, end - 20), end));
    if (which !== null) {
      const mark = this.mentions.length;
      const m = this.phraseEndingAt(floor, end - which[0].length, rule);
      if (m !== undefined && this.mentions[m].kind === 'name' && /\p{Lu}/u.test(this.mentions[m].surface)) {
        // (the clause naming it is the article's own: "The warning hit rival Skagen Lines")
        if (this.assertionsOn && this.mentions[m].start > floor + 10) this.assertion({ start: floor, end: end - which[0].length }, true);
        return m;
      }
      this.mentions.length = mark;
      return undefined;
    }
    if (text[end - 1] === ',') {
      // "The Ferry Workers' Union, which represents pursers, cooks, deckhands and cleaners, said": a relative clause about
      // an organisation, commas and all, between the name and its verb
      // "The Governor, in a statement signed by his spokesman, Ann Roe, on Tuesday, said": the subject before the channel
      // phrase speaks, not a name inside it
      const channel = end - floor < 240 && text.slice(floor, end).includes(', in a ') ? CHANNEL_AFTER_SUBJECT.exec(text.slice(floor, end)) : null;
      if (channel !== null) {
        const mark = this.mentions.length;
        const m = this.phraseEndingAt(floor, floor + channel[1].length, rule);
        if (m !== undefined) return m;
        this.mentions.length = mark;
      }
      const win = text.slice(Math.max(floor, end - 200), end);
      const rel = win.includes(', which ') ? WHICH_CLAUSE_BEFORE.exec(win) : null;
      // (not an apposition's organisation: "Ann Roe, an analyst at Kestrel Funds, which manages …, said")
      if (rel !== null && !text.slice(floor, end - rel[0].length).includes(',')) {
        const mark = this.mentions.length;
        const m = this.phraseEndingAt(floor, end - rel[0].length, rule);
        if (m !== undefined && this.mentions[m].kind === 'name' && this.mentions[m].isOrg === true) return m;
        this.mentions.length = mark;
      }
      // appositive: "Name, the role, said" or "the role, Name, said"
      // a long apposition ("Name, a consultant at … who was not involved in the study, said") reaches further back
      let reach = 90;
      if (!text.slice(Math.max(floor, end - 90), end - 1).includes(',')) reach = 220;
      const inner = text.slice(Math.max(floor, end - reach), end - 1);
      // the comma in "30,000" is no apposition's edge
      let prevComma = inner.lastIndexOf(',');
      while (prevComma > 0 && /\d/.test(inner[prevComma - 1]) && /\d/.test(inner[prevComma + 1] ?? '')) prevComma = inner.lastIndexOf(',', prevComma - 1);
      if (prevComma >= 0) {
        const segStart = Math.max(floor, end - reach) + prevComma + 1;
        const seg = text.slice(segStart, end - 1).trim();
        // "Rautio's second, grandmaster Petteri Salo, told": a titled name in the apposition is the speaker
        const titled = /^((?:[\p{Ll}-]+\s+){1,3})[\p{Lu}]/u.exec(seg);
        if (titled !== null && titled[1].trim().split(/\s+/).every((w) => TITLE_WORDS.has(w))) {
          const inAppo = this.phraseEndingAt(segStart, end - 1, rule);
          if (inAppo !== undefined) return inAppo;
        }
        // "Sen. Elizabeth Warren, D-Mass., said": a party and state label is an apposition too
        // "Pauline Garvey, 61, said": a bare age is an apposition too
        // "He, however, cautioned that …": a pronoun before an inserted adverb is the subject
        const commaAt = Math.max(floor, end - reach) + prevComma;
        const pronBefore = /^[\p{Ll}]/u.test(seg) ? /(?:^|[^\p{L}'’])(he|she|they|it)$/iu.exec(text.slice(Math.max(floor, commaAt - 6), commaAt)) : null;
        if (pronBefore !== null && /^\s*(?:(?:but|and|yet|so)\s+)?$/i.test(text.slice(floor, commaAt - pronBefore[1].length))) return this.addPronoun(commaAt - pronBefore[1].length, pronBefore[1], rule);
        // ("Ann Lee, Acme's chief executive, said", "… , Karnataka's Minister for Water Resources, said": a role owned by a
        // firm or a place is an apposition too)
        const owned = OWNED_ROLE_APPOSITION.exec(seg);
        if (/^(the|a|an|his|her|its)\b/i.test(seg) || /^[\p{Ll}]/u.test(seg) || PARTY_LABEL.test(seg) || /^\d{1,3}$/.test(seg) || (owned !== null && TITLE_WORDS.has(owned[1].toLowerCase()))) {
          // "Tom Reyes, who owns a garage in Hollis, about 20 miles from the border, told …": the apposition
          // follows a relative clause, whose last capitalised word is a place, not the speaker
          const relative = /,\s+(?:who|whose)\s[^,]*$/.exec(text.slice(Math.max(floor, commaAt - 160), commaAt));
          let nameEnd = relative !== null ? Math.max(floor, commaAt - 160) + relative.index : commaAt;
          // "Ann Roe, managing director of Kestrel Freight, one of the firms that …, said": a second apposition
          // before the first; the role "of" an organisation between the two commas belongs to the name before them
          if (relative === null) {
            const role = ROLE_OF_ORG_APPOSITION.exec(text.slice(Math.max(floor, commaAt - 120), commaAt));
            // ("In a note on Tuesday, analysts at Corvin Partners, led by Ana Ruiz, wrote": what stands before the
            // first comma is the sentence's opening phrase, no name)
            const lead = role !== null ? text.slice(floor, commaAt - role[0].length) : '';
            if (role !== null && !(OPENING_PHRASE.test(lead) && !lead.includes(','))) nameEnd = commaAt - role[0].length;
            // "Sarah Kellett, the MP for Stockport, who organised the letter, said": a role in apposition before the
            // relative clause belongs to the name before it (its place is not the speaker)
            else if (/^(?:who|whose)\s/.test(seg)) {
              const appo = /,\s+(?:the|a|an|his|her|its|their)\s+[^,]{1,70}$/.exec(text.slice(Math.max(floor, commaAt - 80), commaAt));
              if (appo !== null) nameEnd = commaAt - appo[0].length;
            }
          }
          return this.phraseEndingAt(floor, this.beforeLabel(floor, nameEnd), rule);
        }
        if (reach > 90) return undefined;
        return this.phraseEndingAt(segStart, end - 1, rule);
      }
      return undefined;
    }
    return this.phraseEndingAt(floor, end, rule);
  }

  /** A speaker phrase that follows a verb: "said Kremlin spokesman Dmitry Peskov", "said the minister". */
  private nounPhraseForward(start: number, end: number, rule: string): number | undefined {
    const text = this.text;
    const seg = text.slice(start, end);
    // "said her lawyer": the person's agent, not the person (unless named next: "said her lawyer, Tom Reed")
    const own = seg.length >= 7 ? OWN_AGENT_AHEAD.exec(seg) : null;
    if (own !== null) return this.ownAgent(start + own[0].length - own[1].length, start + own[0].length, own[2], own[3], own[4], rule);
    const pron = /^\s*(him|her|them|he|she|they)\b/i.exec(seg);
    if (pron !== null) {
      const surface = /^(him|he)$/i.test(pron[1]) ? 'he' : /^(her|she)$/i.test(pron[1]) ? 'she' : 'they';
      return this.addPronounSurface(start + seg.indexOf(pron[1]), pron[1].length, surface, rule);
    }
    // "wrote one user on the club's forum": an unnamed person told apart by what follows the head
    const qAhead = QUALIFIED_CUE.test(seg) ? UNNAMED_QUALIFIED_AHEAD.exec(seg) : null;
    if (qAhead !== null && !QUALIFIER_WHEN.test(qAhead[1]) && !QUALIFIER_NAMED.test(qAhead[1])) {
      const from = start + seg.indexOf(qAhead[1]);
      return this.unnamedPerson(seg.lastIndexOf(' ', from - start - 2) + start + 1, from + qAhead[1].length, qAhead[2], qAhead[1].split(/\s+/), `${rule}.unnamed-person`);
    }
    // "said a woman walking her dog": someone the story met, unnamed here (and perhaps named just after)
    const met = UNNAMED_PERSON_AHEAD.exec(seg);
    if (met !== null && UNNAMED_PERSON.test(met[3])) {
      const from = start + met[0].length - met[1].length;
      return this.unnamedPerson(from, start + met[0].length, met[3], met[2].trim().split(/\s+/).filter(Boolean).concat(met[3]), `${rule}.unnamed-person`);
    }
    // "said a spokeswoman for Leeds City Council": an unnamed spokesperson speaks for the organisation
    const forOrg = /^\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|representative|statement)\s+(?:for|from|of|at)\s+(?=(?:the\s+)?[\p{Lu}]|the\s+[\p{Ll}]+\b)/u.exec(seg);
    if (forOrg !== null) {
      const mark = this.mentions.length;
      const org = this.nounPhraseForward(start + forOrg[0].length, end, rule);
      // "said a spokeswoman for Tom Hale": a person's spokesperson, named after the person
      const forPerson = /^\s*(an?\s+spokes(?:man|woman|person)\s+for)\s/.exec(seg);
      if (org !== undefined && forPerson !== null && this.mentions[org].kind === 'name' && !this.mentions[org].isOrg && this.mentions[org].start === start + forOrg[0].length) {
        const mention = this.mentions[org];
        this.mentions[org] = { ...mention, start: start + seg.indexOf(forPerson[1]), unnamed: 'spokesperson', spokesFor: forPerson[1].replace(/\s+/g, ' '), rule: `${mention.rule}.spokesperson-for` };
        return org;
      }
      // "said a spokeswoman for Leeds City Council": the spokeswoman, named after the organisation
      if (org !== undefined && forPerson !== null && this.mentions[org].kind === 'name' && this.mentions[org].isOrg && this.mentions[org].start <= start + forOrg[0].length + 4) {
        const mention = this.mentions[org];
        const head = /spokes\S+/.exec(forPerson[1])![0];
        this.mentions[org] = { ...mention, start: start + seg.indexOf(forPerson[1]), unnamed: head, forOrg: { before: `${head} for `, after: '' }, rule: `${mention.rule}.spokesperson-for` };
        return org;
      }
      if (org !== undefined && this.mentions[org].kind === 'name') return org;
      this.mentions.length = mark;
    }
    // take words while they are capitalised or title words; the name is the trailing capitalised run
    const wordRe = /\s*([\p{L}\p{N}.'’-]+)/uy;
    let i = 0;
    let lastEnd = start;
    let sawOrg = false;
    let prevWord = '';
    let sawCap = false;
    for (;;) {
      // "said Bartholomew “Bart” Kowalczyk": a nickname after a first name, the surname read on
      const nick = sawCap ? NICKNAME_AHEAD.exec(seg.slice(i, i + 40)) : null;
      if (nick !== null) i += nick[0].length;
      wordRe.lastIndex = i;
      const m = wordRe.exec(seg);
      if (m === null) break;
      const w = m[1].replace(/\.$/, '');
      const isThe = /^the$/i.test(w) && i === 0;
      // "said former champion Paula Radcliffe": lower-case words before the first capitalised one
      // ("said Lisbon-based analyst Tiago Ferreira": a place joined to "-based" describes, as a lower-case word does)
      // ("said the party's co-leader Ann Roe": an owner written in lower case, with its "'s")
      const leadingLower = !sawCap && i < 40 && ((!isCap(w) && /^[\p{Ll}-]+(?:['’]s)?$/u.test(w) && !/^(that|on|in|at|as|after|before|when|while|and|but|to|of|for|with|from|by|he|she|they|it|we|i|would|will|had|has|was|were|is|are|could|should|not)$/.test(w)) || PLACE_ADJECTIVE.test(w));
      if (isCap(w) && !leadingLower) sawCap = true;
      // "for"/"and" inside an organisation's name: "the Office for Rail and Road"
      // "said Omar Haddad of the University of Leeds": the person's name ends before "of the"
      if (w === 'of' && !sawOrg && lastEnd > start && /^\s+the\s+[\p{Lu}]/u.test(seg.slice(wordRe.lastIndex)) && /^[\p{Lu}]/u.test(prevWord) && !TITLE_WORDS.has(prevWord.toLowerCase())) break;
      const ahead = seg.slice(wordRe.lastIndex);
      // "… and Energy Directorate": the name goes on when an organisation's head word closes it
      const headAhead = /^\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}?([\p{Lu}][\p{L}'’-]*)(?![\p{L}'’-]|\s+[\p{Lu}])/u.exec(ahead);
      // "said Minister for Arts and Heritage Ann Roe": the portfolio runs on to the name
      const portfolioLink = /^(for|of)$/.test(w) && /^(?:minister|secretary|commissioner)$/i.test(prevWord) && /^\s+[\p{Lu}]/u.test(ahead);
      if (portfolioLink) sawOrg = true;
      const orgLink = portfolioLink || (/^(for|and|&)$/.test(w) && /^\s+[\p{Lu}]/u.test(ahead) && (w === 'for' ? ORG_HEADS.has(prevWord.toLowerCase()) : sawOrg || (headAhead !== null && ORG_HEADS.has(headAhead[1].toLowerCase()))));
      if (!isThe && !leadingLower && !orgLink && !isCap(w) && !TITLE_WORDS.has(w.toLowerCase()) && !PARTICLE_WORD.test(w)) break;
      if (ORG_HEADS.has(w.toLowerCase()) || (/^(for|of)$/.test(w) && ORG_HEADS.has(prevWord.toLowerCase()))) sawOrg = true;
      prevWord = w;
      i = wordRe.lastIndex;
      lastEnd = start + i - (m[1].endsWith('.') && !/^\p{Lu}\.$/u.test(m[1]) ? 1 : 0);
    }
    if (lastEnd <= start) return undefined;
    return this.phraseEndingAt(start, lastEnd, rule);
  }

  /**
   * An unnamed person met in the story ("a woman", "one passenger") as a speaker at [start, end): the person a
   * "The woman, Agnes Moffat, …" just after names, else the description itself.
   */
  private unnamedPerson(start: number, end: number, head: string, words: string[], rule: string): number {
    const idx = this.mentions.length;
    NAMED_AFTER.lastIndex = end;
    let named: RegExpExecArray | null = null;
    // (searched in the text up to a little past the 400 characters, not on to the end of a long page)
    const near = this.text.slice(0, end + 700);
    for (let m = NAMED_AFTER.exec(near); m !== null && m.index < end + 400; m = NAMED_AFTER.exec(near)) {
      // ("one fisherman … The man, Duncan Reid,": "the man" or "the woman" takes up any of them)
      if (m[1] === head || (/^(?:man|woman)$/.test(m[1]) && !/^(?:man|woman)$/.test(head))) {
        named = m;
        break;
      }
    }
    if (named !== null) this.mentions.push({ start, end, kind: 'name', surface: named[2], isOrg: false, roles: [], rule: `${rule}.named-after`, score: 0.6 });
    else this.mentions.push({ start, end, kind: 'name', surface: words.join(' '), isOrg: true, roles: words, rule, score: 0.5, unnamed: head });
    return idx;
  }

  /** The subject of the main clause: "A statement from the White House …", "Moscow, in turn, has …". */
  private mainSubject(floor: number, limit: number): number | undefined {
    const text = this.text;
    const seg = text.slice(floor, Math.min(limit, floor + 200));
    const from = /^(?:[Aa]n?|[Tt]he)\s+(?:statement|report|letter|post|spokesman|spokeswoman|spokesperson)\s+(?:from|by|of)\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)/u.exec(seg);
    if (from !== null) return this.phraseEndingAt(floor + from[0].length - from[1].length, floor + from[0].length, 'speaker.participle');
    // (a party or state in brackets may stand between the name and its verb: "Cllr Ann Roe (Lab) defended …")
    const subj = /^((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)(?=(?:\s+\([^()\r\n]{1,20}\))?(?:,|\s+(?:has|have|had|is|are|was|were|also|repeatedly|again|[\p{Ll}]+ed|took|gave|made|kept|held|saw|struck|put|cut|left|stuck|went|came|hit|drew|chose|stood|won|lost|sent|spent|brought|found|ran|set|began|sounded|threw)\b))/u.exec(seg);
    if (subj === null || /^(The|A|An|It|This|That|But|And|However)$/.test(subj[1])) return undefined;
    return this.phraseEndingAt(floor, floor + subj[1].length, 'speaker.participle');
  }

  /**
   * The subject of the clause a participle after a comma closes: "The company also lowered its outlook, saying …",
   * "Shares fell after the ferry operator cut its outlook, saying …" (the last clause's, after "after", "as", "when").
   */
  private actingSubject(floor: number, commaAt: number): number | undefined {
    const seg = this.text.slice(floor, commaAt);
    let from = 0;
    for (const m of allMatches(seg, CLAUSE_OPENER)) from = m.index + m[0].length;
    const clause = ACTING_CLAUSE.exec(seg.slice(from));
    if (clause === null) return undefined;
    const subject = clause[1];
    const start = floor + from;
    if (PRONOUN.test(subject)) return this.addPronoun(start, subject, 'speaker.participle');
    // a description ("the ferry operator") or a name; not a plural of things ("Shares", "Prices")
    if (!/^(?:[Tt]he\s+[\p{Ll}\p{Lu}]|\p{Lu}[\p{L}'’.&-]*\s+\p{Lu}|\p{Lu}[\p{L}'’.&-]*$)/u.test(subject) || /^\p{Lu}\p{Ll}+s$/u.test(subject)) return undefined;
    const mark = this.mentions.length;
    const m = this.phraseEndingAt(start, start + subject.length, 'speaker.participle');
    if (m !== undefined && this.mentions[m].end === start + subject.length) {
      this.actingFrom = from;
      return m;
    }
    this.mentions.length = mark;
    return undefined;
  }

  /** The subject of a sentence whose second verb speaks ("Ann Roe welcomed the plan but said …"); none after an opening phrase or a comma. */
  private sharedSubject(floor: number, limit: number): number | undefined {
    // (a scare-quoted word or two, "kept her “hold” rating", is no quotation)
    let seg = this.text.slice(floor, limit).replace(/["“]([^"“”,;:]{1,20})["”]/g, ' $1 ');
    // ("In Chennai, the minister welcomed the order but said …": a short opening phrase of place or time is passed over)
    const lead = SHARED_LEAD.exec(seg);
    if (lead !== null) {
      floor += lead[0].length;
      seg = seg.slice(lead[0].length);
    }
    // ("Ann Roe, who chairs the board, welcomed the plan but said …": a relative clause after the subject is passed over)
    if (seg.includes(', wh')) seg = seg.replace(SHARED_RELATIVE, (m: string, subject: string) => subject + ' '.repeat(m.length - subject.length));
    // ("Mia Holt, a spokeswoman for the office, called the ruling unfair and said …": so is a role in apposition to a name)
    else if (seg.includes(', ')) seg = seg.replace(SHARED_APPOSED, (m: string, subject: string) => subject + ' '.repeat(m.length - subject.length));
    // ("Brunner accepts the point, but argues …": the comma before the "but" is no clause of its own)
    if (/[,;:“”"]/.test(seg.replace(SHARED_COMMA, ''))) return undefined;
    // ("The environmental group Soil Futures Europe welcomed …": a description before the name, passed over)
    const described = DESCRIBED_NAME_LEAD.exec(seg);
    if (described !== null) {
      floor += described[0].length;
      seg = seg.slice(described[0].length);
    }
    // the subject runs to the first lower-case word that is no title ("Ferry captain Ola Brenne met") nor part of a name
    const words = /^(?:[Tt]he\s+)?((?:\S+\s+)*?)(?=(?!(?:of|for|and|de|del|la|von|van|der|al|bin)\s)[\p{Ll}]{2,}\s)/u.exec(seg);
    if (words === null) return undefined;
    let runEnd = words[0].trimEnd().length;
    const next = /^\S+/.exec(seg.slice(words[0].length))?.[0] ?? '';
    if (TITLE_WORDS.has(next)) {
      const after = /^\S+\s+((?:[\p{Lu}][\p{L}'’.-]*\s+)+)/u.exec(seg.slice(words[0].length));
      if (after === null) return undefined;
      runEnd = words[0].length + after[0].trimEnd().length;
    }
    const subject = seg.slice(0, runEnd);
    // "She kept her rating on the stock but said …": a pronoun, resolved as one
    if (/^(?:He|She|They)$/.test(subject)) return this.addPronoun(floor, subject, 'speaker.shared-subject');
    if (!/^(?:[Tt]he\s+)?[\p{Lu}]/u.test(subject) || /^(?:The|A|An|It|This|That|But|And|However|In|On|At|After|Before|When|While|As|If)$/.test(subject)) return undefined;
    const mark = this.mentions.length;
    const m = this.phraseEndingAt(floor, floor + runEnd, 'speaker.shared-subject');
    if (m !== undefined && this.mentions[m].end === floor + runEnd && this.mentions[m].kind === 'name') return m;
    this.mentions.length = mark;
    return undefined;
  }

  private sentenceSubject(floor: number, limit: number): number | undefined {
    const text = this.text;
    const seg = text.slice(floor, limit);
    const m = /^(?:[^,]{0,40},\s+)?(?:the\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,5})/u.exec(seg);
    if (m === null) return undefined;
    const end = floor + m.index + m[0].length;
    return this.phraseEndingAt(floor, end, 'speaker.participle');
  }

  /** An existing mention at the same place (a split quotation finds its speaker twice). */
  private existing(start: number, end: number): number | undefined {
    for (let k = this.mentions.length - 1; k >= 0 && k >= this.mentions.length - 4; k--) if (this.mentions[k].start === start && this.mentions[k].end === end) return k;
    return undefined;
  }

  private addMention(np: NamePhrase, kind: Mention['kind'], rule: string, score: number): number {
    const same = this.existing(np.start, np.end);
    if (same !== undefined) return same;
    const idx = this.mentions.length;
    // "the President said", "the Health Minister said": the person introduced with that title
    if (np.titleOnly === true && kind === 'name') {
      const words = np.name.split(/\s+/).map((w) => w.replace(/['’]s?$/, '').toLowerCase()).filter((w) => w !== 'the');
      const head = words[words.length - 1];
      if (head !== undefined && TITLE_WORDS.has(head)) {
        this.mentions.push({ start: np.start, end: np.end, kind: 'role', surface: head, isOrg: false, roles: words, rule, score, title: np.name.replace(/^the\s+/i, '') });
        return idx;
      }
    }
    this.mentions.push({ start: np.start, end: np.end, kind, surface: np.name, isOrg: np.isOrg, roles: np.roles, rule, score });
    return idx;
  }

  private addPronoun(start: number, word: string, rule: string): number {
    return this.addPronounSurface(start, word.length, word.toLowerCase(), rule);
  }

  /** "His publicist" over [start, end): the agent, named after the person the pronoun stands for ("publicist of …"). */
  private ownAgent(start: number, end: number, pronoun: string, words: string, head: string, rule: string): number {
    const idx = this.mentions.length;
    const surface = /^h[ie]s$/i.test(pronoun) ? 'he' : 'she';
    this.mentions.push({ start, end, kind: 'pronoun', surface, isOrg: false, roles: [head], rule: `${rule}.own-agent`, score: 0.6, unnamed: head, spokesFor: `${words.replace(/\s+/g, ' ')} of` });
    return idx;
  }

  private addPronounSurface(start: number, length: number, surface: string, rule: string): number {
    const same = this.existing(start, start + length);
    if (same !== undefined) return same;
    const idx = this.mentions.length;
    this.mentions.push({ start, end: start + length, kind: 'pronoun', surface, isOrg: surface === 'they' || surface === 'it', roles: [], rule: `${rule}.pronoun`, score: 0.75 });
    return idx;
  }

  // ---- people named in the body ----

  /**
   * Full names of people in a headline or standfirst ("Ivy Lane pulls out of …"), so that the body's
   * "Ivy" or "Lane" takes the full name; a title-case headline's long runs are left out.
   */
  private collectTitleNames(pStart: number, pEnd: number): void {
    const text = this.text;
    if (pEnd - pStart > 400) return;
    for (const m of allMatches(text.slice(pStart, pEnd), PERSON_RUN)) {
      const runEnd = pStart + m.index + m[0].length;
      // sentence case: the run is followed by a lower-case word or ends the line
      if (!/^(?:\s+[\p{Ll}]|['’]s\b|\s*[,:;]|\s*$)/u.test(text.slice(runEnd, Math.min(pEnd, runEnd + 3)))) continue;
      const tokens = capRunBefore(text, runEnd, pStart + m.index);
      if (tokens.length < 2 || tokens.length > 4) continue;
      const np = nameFromRun(tokens, false);
      if (np === undefined || np.isOrg || np.titleOnly === true || isGeography(tokens)) continue;
      const words = np.name.split(' ').length;
      // ("By Kerry-Ann Doyle": a byline names the writer, no speaker)
      if (words >= 2 && words <= 3 && !/^By\s/.test(np.name)) this.titleNames.push(np.name.replace(/['’]s$/, ''));
    }
  }

  private collectPersons(sentences: Range[], firstIndex: number, quotes: Quote[]): void {
    const text = this.text;
    let qi = 0;
    sentences.forEach((s, k) => {
      if (s.end - s.start > 3000) return;
      const seg = text.slice(s.start, s.end);
      let first = true;
      let gq = qi;
      for (const g of allMatches(seg, UNICODE_FOLDS.test(seg) ? GROUP_NOUNS : GROUP_NOUNS_ASCII)) {
        const at = s.start + g.index;
        while (gq < quotes.length && quotes[gq].close < at) gq++;
        if (gq < quotes.length && quotes[gq].open < at) continue;
        this.groups.push({ start: at, end: at + g[0].length, name: g[0].toLowerCase(), sentence: firstIndex + k });
      }
      for (const m of allMatches(seg, PERSON_RUN)) {
        const runStart = s.start + m.index;
        while (qi < quotes.length && quotes[qi].close < runStart) qi++;
        if (qi < quotes.length && quotes[qi].open < runStart) continue;
        const runEnd = s.start + m.index + m[0].length;
        // "Maltese R&P deputy", "a Left/Green member": a run cut short by "&" or "/" inside an abbreviation is no name
        if (/^[&/]\p{Lu}/u.test(text.slice(runEnd, runEnd + 2))) continue;
        const tokens = withoutPortfolio(capRunBefore(text, runEnd, s.start + m.index), text.slice(Math.max(s.start, runStart - 40), runStart));
        // "In Chéticamp, …", "From Halifax …": a capitalised preposition opening the sentence is no first name
        let opener = false;
        // ("No Wexford Buses services are running": a determiner opening the sentence is no first name either)
        // ("2 p.m. EDT Friday": a time zone before a weekday is no first name)
        while (tokens.length > 1 && (LEADING_PREPOSITION.test(tokens[0].text) || /^(?:No|Every|Each|Any|Several|Most)$/.test(tokens[0].text) || TIME_ZONE.test(tokens[0].text))) {
          tokens.shift();
          opener = true;
        }
        const before = seg.slice(Math.max(0, m.index - 40), m.index);
        // "whose single Paper Hearts", "her Paper Hearts tour": the title of a work, not a person
        if (workBefore(before)) continue;
        // "She was born Margaret Pickering", "née Pickering": the birth name of someone already written about, no one new
        if ((before.includes('born') || before.includes('née') || before.includes('nee')) && /(?:^|\s)(?:born|née|nee)\s+$/u.test(before)) continue;
        const np = nameFromRun(tokens, theBefore(before));
        if (np === undefined || np.isOrg || np.titleOnly || isGeography(tokens)) continue;
        // "his Director of Press and Public Affairs": a portfolio's words are no one's name
        if (PORTFOLIO_NAME.test(np.name)) continue;
        // "off Casco Bay", "along Miller Creek": a place after a preposition, never a person ("Michael Bay said" still is)
        if (PLACE_FEATURE.test(np.name) && PREPOSITION_BEFORE.test(before)) continue;
        // "Metrolink Trains president Ana Ruiz": a name before a title and a person is that person's organisation
        // ("St Mirren's chairman Ann Roe": a club, school or hospital named after a saint, with a possessive too)
        const titleAfter = (/^(?:St\.?|Saint) /.test(np.name) ? /^(?:['’]s)?[ \t]+((?:[\p{Ll}-]+[ \t]+){1,3})\p{Lu}/u : /^[ \t]+((?:[\p{Ll}-]+[ \t]+){1,3})\p{Lu}/u).exec(text.slice(np.end, np.end + 50));
        if (titleAfter !== null && np.name.includes(' ') && TITLE_WORDS.has(titleAfter[1].trim().split(/\s+/).pop() ?? '')) continue;
        const single = !np.name.includes(' ');
        // "the party's Glasgow North branch", "her Leeds Central constituency": a place named before a seat or branch
        if (SEAT_AFTER.test(text.slice(np.end, np.end + 14))) continue;
        // "Rovers, who are second, beat …", "United are fourth": a surname-like word with a plural verb is a team or a
        // band, no person (a later "the 48-year-old" is not it)
        if (single && PLURAL_AFTER.test(text.slice(np.end, np.end + 16)) && !/(?:\band|&)\s+$/.test(before)) continue;
        // "a SunCargo Boeing 757 was landing": a maker and a model number, no person
        if (!single && /^[ \t]+\p{Lu}{0,2}\d/u.test(text.slice(np.end, np.end + 6))) continue;
        // "Jason Rebholz, the embassy's spokesman, said": a role in apposition after the name
        const appo = /^,\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+)(?=[,.;]|\s+(?:of|for|at)\b)/u.exec(text.slice(np.end, np.end + 80));
        const appoRole = appo !== null && TITLE_WORDS.has(appo[1]) ? [appo[1]] : [];
        // "The chancellor, Helen Ashworth, said": a role in apposition before the name
        // ("The Home Secretary, Jane Roe, said": with the words of the office, for "the Home Secretary" later)
        // ("LAGOS—Ogun State Governor, Ada Obi, on Monday …": a capitalised office opening the sentence, with no "The")
        const preAppo = endsWithCommaSpace(before) ? (/(?:^|\s)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+),\s+$/u.exec(before) ?? (first ? /(?:^|[\s—–])((?:\p{Lu}[\p{L}-]*\s+){0,2}?)(\p{Lu}[\p{L}-]+),\s+$/u.exec(before) : null)) : null;
        if (preAppo !== null && TITLE_WORDS.has(preAppo[2].toLowerCase())) for (const w of `${preAppo[1]}${preAppo[2]}`.toLowerCase().split(/\s+/)) if (TITLE_WORDS.has(w)) appoRole.push(w);
        // "Marcus Thorne, the shadow chancellor": an opposition spokesman is not who a later "the chancellor" is
        if ((appoRole.length > 0 && (SHADOW.test(appo?.[0] ?? '') || SHADOW.test(preAppo?.[1] ?? ''))) || shadowBefore(text.slice(Math.max(s.start, np.start - 40), np.start))) appoRole.push('shadow');
        // "Siobhán Kearney, 54, …": later "the 54-year-old"
        const age = /^,\s*(\d{1,3}),/.exec(text.slice(np.end, np.end + 8));
        if (age !== null) appoRole.push(`${age[1]}-year-old`);
        const lowerRoles = titleWordsBefore(before);
        // "Aubin, a professor of …": a lone surname with a role in apposition is a person too
        if (single && np.roles.length + lowerRoles.length + appoRole.length === 0 && !this.surnames.has(np.name)) continue;
        // "the mayor said on Tuesday": a weekday or month is no one's name
        if (single && CALENDAR_WORD.test(np.name)) continue;
        if (/^(The|A|An|In|On|At|But|And|It|This|That|However|Earlier|Later|Meanwhile|After|Before|As|If|When|While|Despite|Following|Speaking|According)$/.test(np.name.split(' ')[0]) && single) continue;
        // "In an interview with Le Monde, Ménard had warned …": a name after a preposition is not the subject
        const object = opener || /\b(?:with|to|by|from|for|of|at|in|on|about|against|than|into|via)\s+(?:the\s+)?$/i.test(before);
        this.persons.push({ start: np.start, end: np.end, name: np.name, roles: [...np.roles, ...lowerRoles, ...appoRole], subject: first && !object, sentence: firstIndex + k });
        if (!single) this.surnames.add(np.name.slice(np.name.lastIndexOf(' ') + 1));
        if (!object) first = false;
      }
    });
  }
}
