// One article made ready for every format: decoded exactly (BOM stripped, line endings kept), its
// accepted annotations checked against the text (a span whose text is not the article's slice is
// refused, never written), optional suggestions merged in, and its split part assigned.
import { reanchor } from '../anchor/reanchor';
import { sha256Hex } from '../hash';
import type { Annotation, Attrs, DatasetRelation, Origin, Status, SuggestionResult } from '../model';
import { OffsetMap, stripBom } from '../offsets';
import { parseSidecar } from '../sidecar/sidecar';
import type { Sidecar } from '../sidecar/sidecar';
import type { ExportReport } from './report';
import { splitFor } from './split';
import type { SplitName, SplitSpec } from './split';
import { clipLine } from '../clip';

/** A span as every format writes it. Offsets are code points. */
export interface ExportSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attrs: Attrs;
  origin: Origin;
  /** False for an unreviewed machine suggestion (only with includeSuggestions). */
  accepted: boolean;
  /** The suggester's confidence; 1 for a human decision. */
  score: number;
  rule?: string;
}

export interface ExportArticle {
  id: string;
  /** Path relative to the corpus root. */
  file: string;
  sha256: string;
  /** The exact decoded text (BOM stripped, line endings as in the file). */
  text: string;
  map: OffsetMap;
  title: string | null;
  published: string | null;
  status: Status;
  annotator: string | null;
  split?: SplitName;
  /** Sorted by start, longer first. */
  spans: ExportSpan[];
  relations: DatasetRelation[];
}

export type Suggester = (text: string, options: { reference?: string }) => SuggestionResult;

export interface PrepareOptions {
  split?: SplitSpec;
  /** When given, unreviewed suggestions are added (marked accepted: false, origin "suggestion"). */
  suggester?: Suggester;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The dataset id of an article path: its file name without extension, unless that is taken. */
export function articleIdFor(path: string, taken: Set<string>): string {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  let id = taken.has(base) ? path.replace(/\.[^./]*$/, '').replace(/\//g, '__') : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Decodes article bytes as SPEC section 3 says; undefined when they are not UTF-8. */
export function decodeArticle(bytes: Uint8Array): string | undefined {
  try {
    return stripBom(decoder.decode(bytes));
  } catch {
    return undefined;
  }
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function checkAnnotation(a: Annotation, article: { file: string; map: OffsetMap }, report: ExportReport): boolean {
  const { map, file } = article;
  if (a.start >= 0 && a.end <= map.codePointLength && a.start < a.end && map.sliceCodePoints(a.start, a.end) === a.text) return true;
  const found = reanchor(map, a);
  if (found.kind === 'orphaned') {
    report.orphaned.push({ file, id: a.id, label: a.label, reason: `"${clipLine(a.text, 60)}" is not in the article any more` });
  } else {
    const at = a.end <= map.codePointLength ? `the article has "${clipLine(map.sliceCodePoints(Math.max(0, a.start), a.end), 60)}" at ${a.start}–${a.end}` : `${a.start}–${a.end} is past the end of the article (${map.codePointLength} code points)`;
    report.refused.push({ file, id: a.id, label: a.label, reason: `${at}; "${clipLine(a.text, 60)}" is now at ${found.start}–${found.end}` });
  }
  return false;
}

/**
 * Builds the export view of one article, or undefined when it cannot be exported (reported).
 * `sidecarText` undefined means the article has no sidecar: it is exported with status todo.
 */
export function prepareArticle(
  path: string,
  bytes: Uint8Array,
  knownSha256: string | undefined,
  sidecarText: string | undefined,
  id: string,
  options: PrepareOptions,
  report: ExportReport,
): ExportArticle | undefined {
  const text = decodeArticle(bytes);
  if (text === undefined) {
    report.skippedArticles.push({ file: path, message: 'not valid UTF-8 text' });
    return undefined;
  }
  let sidecar: Sidecar | undefined;
  if (sidecarText !== undefined) {
    const parsed = parseSidecar(sidecarText);
    if (!parsed.ok) {
      const first = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0];
      report.skippedArticles.push({ file: path, message: `its sidecar is invalid (line ${first.line + 1}, column ${first.column + 1}: ${first.message}); fix it and export again` });
      return undefined;
    }
    sidecar = parsed.sidecar;
  }
  const sha256 = knownSha256 ?? sha256Hex(bytes);
  if (sidecar !== undefined && sidecar.article.sha256 !== sha256) {
    report.warnings.push(`${path}: article changed since its sidecar was last saved; every span was checked against the current text.`);
  }
  const map = new OffsetMap(text);
  const article: ExportArticle = {
    id,
    file: path,
    sha256,
    text,
    map,
    title: sidecar?.article.title ?? null,
    published: sidecar?.article.published ?? null,
    status: sidecar?.status ?? 'todo',
    annotator: sidecar?.annotator ?? null,
    spans: [],
    relations: [],
  };
  if (options.split) article.split = splitFor(id, options.split);

  const decided = sidecar?.annotations ?? [];
  const links = new Map<string, string>();
  for (const a of decided) {
    if (a.decision !== 'accepted') continue;
    if (!checkAnnotation(a, article, report)) continue;
    article.spans.push({ id: a.id, label: a.label, start: a.start, end: a.end, text: a.text, attrs: { ...(a.attrs ?? {}) }, origin: a.origin, accepted: true, score: 1 });
    if (a.links?.speaker !== undefined) links.set(a.id, a.links.speaker);
  }

  if (options.suggester) {
    const result = options.suggester(text, { reference: article.published ?? undefined });
    if (article.title === null && result.meta.title !== undefined) article.title = result.meta.title;
    if (article.published === null && result.meta.published !== undefined) article.published = result.meta.published;
    const prefix = 'suggestion-';
    for (const s of result.suggestions) {
      // a human decision (accepted or rejected) on an overlapping span of the same label wins
      if (decided.some((a) => a.label === s.label && overlaps(a, s))) continue;
      if (!(s.start >= 0 && s.end <= map.codePointLength && s.start < s.end && map.sliceCodePoints(s.start, s.end) === s.text)) {
        report.refused.push({ file: path, id: prefix + s.id, label: s.label, reason: `suggestion text "${clipLine(s.text, 60)}" differs from the article at ${s.start}–${s.end}` });
        continue;
      }
      article.spans.push({ id: prefix + s.id, label: s.label, start: s.start, end: s.end, text: s.text, attrs: { ...s.attrs }, origin: 'suggestion', accepted: false, score: s.score, rule: s.rule });
      report.suggestions++;
      if (s.links?.speaker !== undefined) links.set(prefix + s.id, prefix + s.links.speaker);
    }
  }
  article.spans.sort(byPosition);

  const exported = new Map(article.spans.map((s) => [s.id, s]));
  for (const [from, to] of links) {
    if (!exported.has(from)) continue;
    const target = exported.get(to);
    if (target === undefined) {
      report.warnings.push(`${path}: the link from ${from} to speaker ${to} was not exported because ${to} was not exported.`);
      continue;
    }
    article.relations.push({ type: 'attributed_to', from, to });
  }
  return article;
}
