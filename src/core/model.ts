// The annotation model shared by the suggester, the sidecar store, the exporters and the adapters.
// All offsets here are Unicode code points into the article text (SPEC section 3):
// start inclusive, end exclusive, BOM excluded, line endings as in the file.

/** The three labels that always exist (SPEC section 2). A project may add more. */
export const BUILTIN_LABELS = ['speaker', 'date', 'claim'] as const;
export type BuiltinLabel = (typeof BUILTIN_LABELS)[number];

export type ClaimKind = 'direct' | 'indirect' | 'assertion';
export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'assertion'];

export type Origin = 'suggestion' | 'manual';
export type Decision = 'accepted' | 'rejected';
export type Status = 'todo' | 'in-progress' | 'done';
export const STATUSES: readonly Status[] = ['todo', 'in-progress', 'done'];

/** Attributes of a span: `name` (speaker), `value` (date, ISO 8601), `kind` (claim), or project-defined. */
export type Attrs = Record<string, string>;

/** A machine suggestion, as the pre-annotator produces it. Offsets in code points. */
export interface Suggestion {
  /** Stable within one run over one text, e.g. "s3", "d1", "c7". */
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attrs: Attrs;
  /** Confidence in 0..1. */
  score: number;
  /** Id of the rule or model that produced it, e.g. "speaker.said-after-quote". */
  rule: string;
  /** Claim → speaker link (the id of a speaker suggestion). */
  links?: { speaker?: string };
}

/** A region of site chrome (menus, share bars, promos): dimmed, never annotated. */
export interface BoilerplateRegion {
  start: number;
  end: number;
  rule: string;
}

export interface ArticleMeta {
  title?: string;
  /** ISO 8601 as precise as the article states it, e.g. "2021-12-07T15:55". */
  published?: string;
  source?: string;
}

/** Everything the pre-annotator says about one article text. */
export interface SuggestionResult {
  meta: ArticleMeta;
  boilerplate: BoilerplateRegion[];
  suggestions: Suggestion[];
}

/** A human decision as stored in the sidecar (SPEC section 4). */
export interface Annotation {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  origin: Origin;
  decision: Decision;
  attrs?: Attrs;
  links?: { speaker?: string };
  /** Set in memory when the text can no longer be found in the article; never dropped. */
  orphaned?: boolean;
}

/** One dataset record (SPEC section 5). */
export interface DatasetSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attrs?: Attrs;
  origin?: Origin;
  score?: number;
  rule?: string;
}

export interface DatasetRelation {
  type: 'attributed_to';
  from: string;
  to: string;
}

export interface DatasetRecord {
  id: string;
  file: string;
  sha256: string;
  meta: ArticleMeta;
  status?: Status;
  annotator?: string;
  split?: 'train' | 'dev' | 'test';
  text: string;
  spans: DatasetSpan[];
  relations: DatasetRelation[];
}
