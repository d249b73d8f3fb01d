// Hand-written schema check of a parsed sidecar document. It walks the `yaml` node tree (not the plain
// JavaScript value) so every violation points at the offending node. It must agree with
// schemas/sidecar.schema.json (a unit test checks invalid documents against both).
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import { CLAIM_KINDS, STATUSES } from '../model';
import type { Annotation, Attrs, Decision, Origin, Status } from '../model';
import { codePointLength } from '../offsets';
import type { Sidecar, SidecarArticle } from './sidecar';

/** A violation at a character range of the sidecar text. */
export interface SchemaProblem {
  message: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const ORIGINS: readonly Origin[] = ['suggestion', 'manual'];
const DECISIONS: readonly Decision[] = ['accepted', 'rejected'];

class Checker {
  readonly problems: SchemaProblem[] = [];

  constructor(private readonly textLength: number) {}

  report(node: Node | null | undefined, message: string, severity: 'error' | 'warning' = 'error'): void {
    const range = node?.range;
    const start = range ? range[0] : 0;
    const end = range ? Math.max(range[1], start) : this.textLength;
    this.problems.push({ message, start, end, severity });
  }

  get failed(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** The value node of `key` in a map, or undefined. */
  child(map: YAMLMap, key: string): Node | undefined {
    for (const pair of map.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (k === key) return (pair.value as Node | null) ?? undefined;
    }
    return undefined;
  }

  has(map: YAMLMap, key: string): boolean {
    return map.items.some((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
  }

  string(map: YAMLMap, key: string, where: string, required: boolean): string | undefined {
    const node = this.child(map, key);
    if (node === undefined) {
      if (required && !this.has(map, key)) this.report(map, `${where} is missing the required key "${key}".`);
      else if (required) this.report(map, `"${key}" in ${where} must be a string.`);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.report(node, `"${key}" in ${where} must be a string.`);
      return undefined;
    }
    return node.value;
  }

  enumValue<T extends string>(map: YAMLMap, key: string, where: string, allowed: readonly T[]): T | undefined {
    const node = this.child(map, key);
    if (node === undefined) {
      this.report(map, `${where} is missing the required key "${key}" (one of ${allowed.join(', ')}).`);
      return undefined;
    }
    if (!isScalar(node) || !allowed.includes(node.value as T)) {
      this.report(node, `"${key}" in ${where} must be one of ${allowed.join(', ')}.`);
      return undefined;
    }
    return node.value as T;
  }

  integer(map: YAMLMap, key: string, where: string): number | undefined {
    const node = this.child(map, key);
    if (node === undefined) {
      this.report(map, `${where} is missing the required key "${key}".`);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < 0) {
      this.report(node, `"${key}" in ${where} must be a non-negative integer (a code-point offset).`);
      return undefined;
    }
    return node.value;
  }

  /** A flat map of scalars; numbers and booleans are read as strings (a hand-typed `value: 2014`). */
  stringMap(node: Node, where: string): Record<string, string> | undefined {
    if (!isMap(node)) {
      this.report(node, `${where} must be a map of names to text values.`);
      return undefined;
    }
    const out: Record<string, string> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const value = pair.value as Node | null;
      if (typeof key !== 'string') {
        this.report((pair.key as Node | null) ?? node, `keys of ${where} must be text.`);
        continue;
      }
      if (!isScalar(value) || !['string', 'number', 'boolean'].includes(typeof value.value)) {
        this.report(value ?? node, `"${key}" in ${where} must be a text value.`);
        continue;
      }
      out[key] = String(value.value);
    }
    return out;
  }
}

function checkArticle(c: Checker, node: Node | undefined, root: YAMLMap): SidecarArticle | undefined {
  if (node === undefined) {
    c.report(root, 'The sidecar is missing the required key "article".');
    return undefined;
  }
  if (!isMap(node)) {
    c.report(node, '"article" must be a map with "file" and "sha256".');
    return undefined;
  }
  const file = c.string(node, 'file', '"article"', true);
  const sha256 = c.string(node, 'sha256', '"article"', true);
  if (sha256 !== undefined && !SHA256_PATTERN.test(sha256)) {
    c.report(c.child(node, 'sha256'), '"article.sha256" must be 64 lowercase hexadecimal digits.');
  }
  const title = c.string(node, 'title', '"article"', false);
  const published = c.string(node, 'published', '"article"', false);
  if (file === undefined || sha256 === undefined) return undefined;
  const article: SidecarArticle = { file, sha256 };
  if (title !== undefined) article.title = title;
  if (published !== undefined) article.published = published;
  return article;
}

function checkAnnotation(c: Checker, node: Node, index: number): Annotation | undefined {
  const where = `annotation ${index + 1}`;
  if (!isMap(node)) {
    c.report(node, `${where} must be a map (id, label, start, end, text, …).`);
    return undefined;
  }
  const before = c.problems.length;
  const id = c.string(node, 'id', where, true);
  const named = id !== undefined ? `annotation "${id}"` : where;
  if (id !== undefined && id.length === 0) c.report(c.child(node, 'id'), `"id" in ${where} must not be empty.`);
  const label = c.string(node, 'label', named, true);
  if (label !== undefined && label.length === 0) c.report(c.child(node, 'label'), `"label" in ${named} must not be empty.`);
  const start = c.integer(node, 'start', named);
  const end = c.integer(node, 'end', named);
  const text = c.string(node, 'text', named, true);
  const prefix = c.string(node, 'prefix', named, false) ?? '';
  const suffix = c.string(node, 'suffix', named, false) ?? '';
  const origin = c.enumValue(node, 'origin', named, ORIGINS);
  const decision = c.enumValue(node, 'decision', named, DECISIONS);
  const attrsNode = c.child(node, 'attrs');
  const attrs: Attrs | undefined = attrsNode === undefined ? undefined : c.stringMap(attrsNode, `"attrs" of ${named}`);
  const linksNode = c.child(node, 'links');
  const links = linksNode === undefined ? undefined : c.stringMap(linksNode, `"links" of ${named}`);
  if (start !== undefined && end !== undefined && end <= start) {
    c.report(c.child(node, 'end'), `"end" of ${named} must be greater than "start" (${start}).`);
  }
  if (c.problems.length > before && c.problems.slice(before).some((p) => p.severity === 'error')) return undefined;
  if (start === undefined || end === undefined || text === undefined || id === undefined || label === undefined) return undefined;
  if (origin === undefined || decision === undefined) return undefined;
  if (codePointLength(text) !== end - start) {
    c.report(c.child(node, 'text'), `"text" of ${named} has ${codePointLength(text)} code points but end − start is ${end - start}.`, 'warning');
  }
  const annotation: Annotation = { id, label, start, end, text, prefix, suffix, origin, decision };
  if (attrs !== undefined) annotation.attrs = attrs;
  if (links !== undefined) annotation.links = links;
  if (label === 'claim' && attrs?.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(attrs.kind)) {
    c.report(attrsNode, `claim kind "${attrs.kind}" of ${named} is not one of ${CLAIM_KINDS.join(', ')}.`, 'warning');
  }
  return annotation;
}

/** Checks a parsed (syntactically valid) document; returns the sidecar when no error was found. */
export function checkSidecarDocument(doc: Document, textLength: number): { sidecar?: Sidecar; problems: SchemaProblem[] } {
  const c = new Checker(textLength);
  const root = doc.contents as Node | null;
  if (!isMap(root)) {
    c.report(root, 'A sidecar must be a YAML map with version, article, status and annotations.');
    return { problems: c.problems };
  }
  const versionNode = c.child(root, 'version');
  if (versionNode === undefined) c.report(root, 'The sidecar is missing the required key "version" (1).');
  else if (!isScalar(versionNode) || versionNode.value !== 1) c.report(versionNode, '"version" must be 1.');
  const article = checkArticle(c, c.child(root, 'article'), root);
  const status: Status | undefined = c.enumValue(root, 'status', 'the sidecar', STATUSES);
  const annotator = c.string(root, 'annotator', 'the sidecar', false);
  const annotationsNode = c.child(root, 'annotations');
  const annotations: Annotation[] = [];
  if (annotationsNode === undefined) {
    if (!c.has(root, 'annotations')) c.report(root, 'The sidecar is missing the required key "annotations" (a list, may be empty).');
    else c.report(root, '"annotations" must be a list (write [] for none).');
  } else if (!isSeq(annotationsNode)) {
    c.report(annotationsNode, '"annotations" must be a list (write [] for none).');
  } else {
    const seen = new Map<string, number>();
    annotationsNode.items.forEach((item, i) => {
      const a = checkAnnotation(c, item as Node, i);
      if (a === undefined) return;
      if (seen.has(a.id)) {
        c.report(c.child(item as YAMLMap, 'id'), `Annotation id "${a.id}" is used twice (annotations ${seen.get(a.id)! + 1} and ${i + 1}); ids must be unique.`);
        return;
      }
      seen.set(a.id, i);
      annotations.push(a);
    });
    const ids = new Set(annotations.map((a) => a.id));
    annotationsNode.items.forEach((item) => {
      if (!isMap(item)) return;
      const links = c.child(item, 'links');
      if (!isMap(links)) return;
      for (const pair of links.items) {
        const v = pair.value as Node | null;
        if (isScalar(v) && typeof v.value === 'string' && !ids.has(v.value)) {
          c.report(v, `Link to "${v.value}" points at no annotation in this sidecar.`, 'warning');
        }
      }
    });
  }
  if (c.failed || article === undefined || status === undefined) return { problems: c.problems };
  const sidecar: Sidecar = { version: 1, article, status, annotations };
  if (annotator !== undefined) sidecar.annotator = annotator;
  return { sidecar, problems: c.problems };
}
