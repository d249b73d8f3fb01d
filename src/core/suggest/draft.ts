// Internal working types of the pre-annotator. Offsets here are UTF-16 indices into the text;
// suggest() converts them to code points once, at the end (src/core/offsets.ts).

/** A span found by a rule, before ids are assigned. */
export interface DraftSpan {
  start: number;
  end: number;
  score: number;
  rule: string;
}

export interface DraftSpeaker extends DraftSpan {
  /** Canonical full name (filled by the name resolver). */
  name: string;
  /** true for he/she/they and role nouns ("the minister"): resolved, not named. */
  isReference?: boolean;
  isOrg?: boolean;
}

export interface DraftDate extends DraftSpan {
  value: string;
}

export interface DraftClaim extends DraftSpan {
  kind: 'direct' | 'indirect' | 'assertion';
  /** Index into the speaker list, when attributed. */
  speaker?: number;
}

/** One line of the text with its UTF-16 range (end excludes the line break). */
export interface Line {
  start: number;
  end: number;
  text: string;
  boilerplate: boolean;
  rule?: string;
}
