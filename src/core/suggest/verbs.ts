// Reporting verbs ("said", "told reporters", "according to"), in both word orders.
// ("hit back that …": a verb of retort reports only with its "that"; "hit back, saying …" is the participle's)
// ("ruled that …" is a judgment's content; "found that …" only after a judge, court, coroner or jury: "a study found that …" is no one's words)

export const REPORTING_VERBS =
  'was quoted as saying|were quoted as saying|is quoted as saying|was quick to point out|were quick to point out|said|says|say|told|tells|added|adds|stated|states|noted|notes|stressed|stresses|underscored|underlined|emphasi[sz]ed|emphasi[sz]es|explained|explains|warned|warns|claimed|claims|insisted|insists|argued|argues|asserted|asserts|announced|announces|declared|declares|confirmed|confirms|admitted|admits|acknowledged|acknowledges|wrote|writes|tweeted|posted|replied|replies|responded|continued|concluded|suggested|suggests|commented|observed|remarked|recalled|pointed out|reported|reports|revealed|maintained|maintains|alleged|alleges|predicted|projected|projects|estimated|estimates(?=\\s+that\\b)|remembered(?=\\s+that\\b)|remembers(?=\\s+that\\b)|complained|cautioned|cautions|observes|remarks|predicts|concludes|complains|counters|contends|contended|reiterates|(?<!\\b(?:[Ss]ome|[Mm]any|[Oo]thers|[Ff]ew|[Mm]ost)\\s)(?:argue|warn|insist|contend|caution|conclude)|write(?=\\s+(?:that|in)\\b)|report(?=\\s+(?:that|in\\s+(?:the|a|their)\\s+(?:paper|study|journal|article))\\b)|believes|assured(?=\\s+(?:[\\w’-]+\\s+){0,3}?that\\b)|assures(?=\\s+(?:[\\w’-]+\\s+){0,3}?that\\b)|reminded(?=\\s+(?:[\\w’-]+\\s+){1,3}?that\\b)|reminds(?=\\s+(?:[\\w’-]+\\s+){1,3}?that\\b)|vowed|pledged|promised|countered|conceded|agreed|agrees|disclosed|mentioned|reiterated|repeated|urged|saying|adding|noting|stressing|warning|telling|explaining|insisting|arguing|recalls|recounts|recounted|concedes|jokes|joked|laughs|laughed|muses|mused|reckons|reckoned|points out|shot back(?=\\s+that\\b)|hit back(?=\\s+that\\b)|fired back(?=\\s+that\\b)|went on to say|goes on to say|ruled(?=\\s+that\\b)|rules(?=\\s+that\\b)|(?:found|finds)(?=\\s+that\\b)(?<=\\b(?:Justice|Judge|judge|Court|court|Coroner|coroner|Tribunal|tribunal|jury|inquest|panel|magistrates?|Sheriff|sheriff)(?:\\s+[A-ZÀ-Þ][^\\s,.;:]*){0,3}\\s+(?:(?:also|further|had|has)\\s+)?(?:found|finds))|according to';

/** Global regex over the verbs as whole words, compiled once: iterate with matchAll, so no lastIndex is shared. */
export const VERB_WORDS = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'g');

/** Verbs that take a noun object, so reported content needs "that" ("confirmed the talks" is not a claim). */
export const NEEDS_THAT = /^(agreed|agrees|recalls|recounts|recounted|concedes|jokes|joked|laughs|laughed|muses|mused|reckons|reckoned|points out|added|adds|confirmed|confirms|announced|announces|revealed|reported|reports|admitted|admits|acknowledged|acknowledges|disclosed|mentioned|recalled|predicted|projected|projects|estimated|estimates|remembered|remembers|pledged|promised|vowed|assured|assures|reminded|reminds|urged|wrote|writes|tweeted|posted|replied|replies|responded|continued|concluded|commented|observed|remarked|reiterated|repeated|maintained|maintains|alleged|alleges|cautioned|cautions|observes|remarks|predicts|concludes|complains|counters|contends|contended|reiterates|contend|caution|conclude|write|report|complained|countered|conceded|suggested|suggests|declared|declares|asserted|asserts)$/;

/** Verbs after which an object comes before the content ("told reporters that …"). */
export const TAKES_OBJECT = /^(told|tells|telling|urged|warned|warns|reminded|assured)$/i;

/** Participles that attach to the subject of the sentence. */
export const PARTICIPLE = /^(saying|adding|noting|stressing|warning|telling|explaining|insisting|arguing)$/i;

/** Words that may stand between a speaker and the verb: "Peskov also said", "X has said". */
export const BETWEEN = /(?:\s+(?:also|just|then|later|further|again|has|have|had|reportedly|earlier|today|yesterday|tonight|\(["“][^"”()]{1,40}["”]\)|previously|recently|once|first|quickly|simply|publicly|separately|repeatedly|initially|subsequently|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning)|on\s+\d{1,2}\s+\w+|in\s+a\s+statement|in\s+an\s+interview))+\s*$/i;

/** The last words that BETWEEN can end with (lower case), besides a bracket and any word after a day's number ("on 12 March"). */
const BETWEEN_LAST = new Set('also just then later further again has have had reportedly earlier today yesterday tonight previously recently once first quickly simply publicly separately repeatedly initially subsequently monday tuesday wednesday thursday friday saturday sunday week month year night morning statement interview'.split(' '));

const SPACE = /^\s$/;
const ASCII_WORD = /^\w$/;

/** Whether the character at i is white space (what `\s` matches), with the plain space answered first. */
export function isSpaceAt(s: string, i: number): boolean {
  return s.charCodeAt(i) === 32 || SPACE.test(s[i]);
}

/** Where the white space ending at `end` in s begins (`end` when there is none). */
export function spacesBefore(s: string, end = s.length): number {
  let e = end;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  return e;
}

/** Whether BETWEEN can match s at all, from its last word alone (read backwards): most windows end in a name and skip the pattern. */
export function mayEndWithBetween(s: string): boolean {
  const e = spacesBefore(s);
  if (e === 0) return false;
  if (s[e - 1] === ')') return true;
  let b = e;
  while (b > 0 && ASCII_WORD.test(s[b - 1])) b--;
  if (b === e) return false;
  if (BETWEEN_LAST.has(s.slice(b, e).toLowerCase())) return true;
  const k = spacesBefore(s, b);
  return k < b && k > 0 && s.charCodeAt(k - 1) >= 48 && s.charCodeAt(k - 1) <= 57;
}
