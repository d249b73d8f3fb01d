// The YAML sidecar next to each article (SPEC section 4): parsing with positioned diagnostics and
// serialising through the `yaml` Document API, so comments, key order and unknown keys survive a save.
import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { diagnosticAt, type TextDiagnostic } from '../textDiagnostic';
import type { Node, ToStringOptions } from 'yaml';
import type { Annotation, Status } from '../model';
import { OffsetMap } from '../offsets';
import { fastParseSidecar } from './fastSidecar';
import { checkSidecarDocument } from './schemaCheck';

export interface SidecarArticle {
  file: string;
  sha256: string;
  title?: string;
  published?: string;
}

export interface Sidecar {
  version: 1;
  article: SidecarArticle;
  status: Status;
  annotator?: string;
  annotations: Annotation[];
}

/** A problem in the sidecar text. */
export type SidecarDiagnostic = TextDiagnostic;

export type SidecarParse =
  | { ok: true; sidecar: Sidecar; diagnostics: SidecarDiagnostic[] }
  | { ok: false; diagnostics: SidecarDiagnostic[] };

export const SIDECAR_SUFFIX = '.annotations.yaml';
export const SIDECAR_HEADER = ' Article Annotator sidecar. Edit with the extension; hand edits are kept.';
/** Up to this many code points of context are stored before and after each annotation. */
export const CONTEXT_LENGTH = 32;

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?\r?$/;

/** `a/b.txt` → `a/b.txt.annotations.yaml`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** The article path a sidecar belongs to, or undefined when the name is not a sidecar's. */
export function articlePathFor(sidecarPath: string): string | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

export function emptySidecar(file: string, sha256: string): Sidecar {
  return { version: 1, article: { file, sha256 }, status: 'todo', annotations: [] };
}

/**
 * Up to 32 code points of context on each side of [start, end) (code-point offsets).
 * Pass the article's OffsetMap when calling this many times on one long text.
 */
export function contextAround(text: string, start: number, end: number, map: OffsetMap = new OffsetMap(text)): { prefix: string; suffix: string } {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  const to = Math.min(map.codePointLength, end + CONTEXT_LENGTH);
  return { prefix: map.sliceCodePoints(from, start), suffix: map.sliceCodePoints(end, to) };
}

function conflictDiagnostics(text: string): SidecarDiagnostic[] {
  const out: SidecarDiagnostic[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (CONFLICT_MARKER.test(line)) {
      const width = line.endsWith('\r') ? line.length - 1 : line.length;
      out.push({
        message: `Git conflict marker "${line.slice(0, 7)}": resolve the merge conflict in this sidecar before annotating this article.`,
        line: i,
        column: 0,
        endLine: i,
        endColumn: width,
        severity: 'error',
      });
    }
  });
  return out;
}

/** Parses and checks a sidecar. Bad data is a value with diagnostics, never an exception. */
export function parseSidecar(text: string): SidecarParse {
  const fast = fastParseSidecar(text);
  if (fast !== undefined) return { ok: true, sidecar: fast, diagnostics: [] };
  return parseSidecarFully(text);
}

/** parseSidecar through the full `yaml` parser only (every sidecar it does not fast-read goes here). */
export function parseSidecarFully(text: string): SidecarParse {
  const conflicts = conflictDiagnostics(text);
  if (conflicts.length > 0) return { ok: false, diagnostics: conflicts };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: SidecarDiagnostic[] = [];
  for (const error of doc.errors) {
    diagnostics.push(diagnosticAt(lines, error.pos[0], error.pos[1], `Invalid YAML: ${firstLine(error.message)}`, 'error'));
  }
  for (const warning of doc.warnings) {
    diagnostics.push(diagnosticAt(lines, warning.pos[0], warning.pos[1], `YAML: ${firstLine(warning.message)}`, 'warning'));
  }
  if (doc.errors.length > 0) return { ok: false, diagnostics };
  const { sidecar, problems } = checkSidecarDocument(doc, text.length);
  for (const p of problems) diagnostics.push(diagnosticAt(lines, p.start, p.end, p.message, p.severity));
  if (sidecar === undefined) return { ok: false, diagnostics };
  return { ok: true, sidecar, diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

// ---------------------------------------------------------------------------------------------
// Serialising

// one line per value: no folding, no block scalars (a multi-line text is one double-quoted line with escapes)
const TO_STRING: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true, blockQuote: false, singleQuote: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER };

const ANNOTATION_KEYS = ['id', 'label', 'start', 'end', 'text', 'prefix', 'suffix', 'origin', 'decision', 'attrs', 'links'] as const;

function keyOf(pairKey: unknown): unknown {
  return isScalar(pairKey) ? pairKey.value : pairKey;
}

// SPEC key order of the top level, of `article` and of an annotation (the three lists share no key)
const KEY_RANK = new Map(
  ['version', 'article', 'status', 'annotator', 'annotations', 'file', 'sha256', 'title', 'published', ...ANNOTATION_KEYS].map((k, i) => [k, i]),
);

/**
 * Adds a key that is not in the map yet at its SPEC place: right after the last known key that comes
 * before it, else before the first known key that comes after it, else at the end.
 */
function addInOrder(map: YAMLMap, key: string, node: Node): void {
  const rank = KEY_RANK.get(key);
  if (rank !== undefined && !map.has(key)) {
    const ranks = map.items.map((pair) => KEY_RANK.get(String(keyOf(pair.key))));
    let at = -1;
    ranks.forEach((r, i) => {
      if (r !== undefined && r < rank) at = i + 1;
    });
    if (at < 0) at = ranks.findIndex((r) => r !== undefined && r > rank);
    if (at >= 0) {
      map.items.splice(at, 0, new Pair(new Scalar(key), node));
      return;
    }
  }
  map.set(key, node);
}

// A string with a line break (or another character YAML folds) is written double-quoted on one line:
// plain multi-line scalars inside flow maps do not read back (e.g. "-\n$" would open a block list).
const NEEDS_DOUBLE_QUOTES = /[\r\n\t\u0085\u2028\u2029]/;

function scalarNode(value: string | number): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string' && NEEDS_DOUBLE_QUOTES.test(value)) node.type = 'QUOTE_DOUBLE';
  return node;
}

/** Sets a scalar, keeping the existing node (and its comments) when there is one. */
function setScalar(map: YAMLMap, key: string, value: string | number | undefined): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true) as Node | undefined;
  if (isScalar(existing)) {
    if (existing.value !== value) {
      existing.value = value;
      // a hand-chosen quoting style may not fit the new value; let the stringifier choose
      if (typeof value !== 'string' || existing.type === 'PLAIN') existing.type = undefined;
      if (typeof value === 'string' && NEEDS_DOUBLE_QUOTES.test(value)) existing.type = 'QUOTE_DOUBLE';
    }
    return;
  }
  addInOrder(map, key, scalarNode(value));
}

/** Updates a flat map of strings in place (kept keys keep their comments); creates it as a flow map. */
function setStringMap(map: YAMLMap, key: string, value: Record<string, string | undefined> | undefined): void {
  const entries = value === undefined ? undefined : Object.entries(value).filter((e): e is [string, string] => e[1] !== undefined);
  if (entries === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true) as Node | undefined;
  if (isMap(existing)) {
    const wanted = new Set(entries.map(([k]) => k));
    existing.items = existing.items.filter((pair) => wanted.has(String(keyOf(pair.key))));
    for (const [k, v] of entries) setScalar(existing, k, v);
    return;
  }
  const node = new YAMLMap();
  node.flow = true;
  for (const [k, v] of entries) node.items.push(new Pair(scalarNode(k), scalarNode(v)));
  addInOrder(map, key, node);
}

function writeAnnotation(map: YAMLMap, a: Annotation): void {
  setScalar(map, 'id', a.id);
  setScalar(map, 'label', a.label);
  setScalar(map, 'start', a.start);
  setScalar(map, 'end', a.end);
  setScalar(map, 'text', a.text);
  setScalar(map, 'prefix', a.prefix);
  setScalar(map, 'suffix', a.suffix);
  setScalar(map, 'origin', a.origin);
  setScalar(map, 'decision', a.decision);
  setStringMap(map, 'attrs', a.attrs);
  setStringMap(map, 'links', a.links);
}

function newAnnotationNode(a: Annotation): YAMLMap {
  const map = new YAMLMap();
  for (const key of ANNOTATION_KEYS) {
    if (key === 'attrs' || key === 'links') setStringMap(map, key, a[key]);
    else setScalar(map, key, a[key]);
  }
  return map;
}

function previousDocument(previousText: string | undefined): Document | undefined {
  if (previousText === undefined || previousText.trim() === '') return undefined;
  const doc = parseDocument(previousText, { uniqueKeys: true, strict: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return doc;
}

/**
 * The sidecar as YAML text. With `previousText` (the file as it is on disk) the document is updated in
 * place: comments, key order and unknown keys (top level, in `article`, in each annotation matched by
 * id) survive; new annotations are appended, removed ones deleted. `orphaned` is never written.
 * Callers must not pass a previous text that failed to parse: such a file is never overwritten.
 */
export function serializeSidecar(sidecar: Sidecar, previousText?: string): string {
  let doc = previousDocument(previousText);
  if (doc === undefined) {
    doc = new Document(new YAMLMap());
    doc.commentBefore = SIDECAR_HEADER;
  }
  const root = doc.contents as YAMLMap;
  setScalar(root, 'version', 1);

  const existingArticle = root.get('article', true) as Node | undefined;
  let article: YAMLMap;
  if (isMap(existingArticle)) {
    article = existingArticle;
  } else {
    article = new YAMLMap();
    root.set('article', article);
  }
  setScalar(article, 'file', sidecar.article.file);
  setScalar(article, 'sha256', sidecar.article.sha256);
  setScalar(article, 'title', sidecar.article.title);
  setScalar(article, 'published', sidecar.article.published);

  setScalar(root, 'status', sidecar.status);
  setScalar(root, 'annotator', sidecar.annotator);

  const existingSeq = root.get('annotations', true) as Node | undefined;
  let seq: YAMLSeq;
  if (isSeq(existingSeq)) {
    seq = existingSeq;
  } else {
    seq = new YAMLSeq();
    root.set('annotations', seq);
  }
  const byId = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, item);
  }
  seq.items = sidecar.annotations.map((a) => {
    const existing = byId.get(a.id);
    if (existing === undefined) return newAnnotationNode(a);
    byId.delete(a.id);
    writeAnnotation(existing, a);
    return existing;
  });
  // an empty list is written as [], a non-empty one as a block list
  seq.flow = seq.items.length === 0;

  const out = doc.toString(TO_STRING);
  return previousText !== undefined && /\r\n/.test(previousText) ? out.replace(/\r?\n/g, '\r\n') : out;
}
