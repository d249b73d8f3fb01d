// A fast reader for the sidecars the extension writes (and tidy hand edits of them). The `yaml` library
// needs about 1 ms per sidecar, too slow for exporting or validating 10,000 articles. This reader accepts
// only a strict subset of YAML — block maps and the annotation list at the indentation the writer uses,
// one-line plain / double-quoted / single-quoted scalars, one-line flow maps for attrs and links,
// comments — and only sidecars that are valid without a single warning. For anything else it returns
// undefined and parseSidecar uses the full `yaml` parse, which also produces the diagnostics. A property
// test checks that both give the same sidecar.
import { CLAIM_KINDS, STATUSES } from '../model';
import type { Annotation, Decision, Origin, Status } from '../model';
import { codePointLength } from '../offsets';
import { SHA256_PATTERN } from './schemaCheck';
import type { Sidecar } from './sidecar';

type Scalar = string | number | boolean;
type Value = Scalar | Record<string, Scalar>;

class Unsupported extends Error {}

// YAML white space is the space (tabs are refused by this reader); String.trim would also eat U+00A0 & co.
function trimStart(s: string): string {
  let i = 0;
  while (s.charCodeAt(i) === 32) i++;
  return i === 0 ? s : s.slice(i);
}

function trimEnd(s: string): string {
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
  return i === s.length ? s : s.slice(0, i);
}

function bail(): never {
  throw new Unsupported();
}

// raw control characters, tabs, NEL, line/paragraph separators, BOM, lone surrogates: leave them to yaml
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHAR = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff\ud800-\udfff]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*)|)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.Inf|\.INF|[-+]\.inf|[-+]\.Inf|[-+]\.INF|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const PLAIN_START_FORBIDDEN = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/** A plain scalar resolved as the YAML 1.2 core schema does (numbers; anything unusual is unsupported). */
function plain(text: string, inFlow: boolean): Scalar {
  if (text === '' || PLAIN_START_FORBIDDEN.test(text) || SPECIAL_PLAIN.test(text)) bail();
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #') || text.includes('\t')) bail();
  if (inFlow && /[,[\]{}]/.test(text)) bail();
  if (INT.test(text)) {
    const n = Number(text);
    if (!Number.isSafeInteger(n)) bail();
    return n;
  }
  if (FLOAT.test(text)) return Number(text);
  return text;
}

/** Reads a quoted scalar at `text[0]`; returns it and the rest of the line after it. */
function quoted(text: string): [string, string] {
  if (text[0] === "'") {
    let out = '';
    let i = 1;
    for (;;) {
      const j = text.indexOf("'", i);
      if (j < 0) bail();
      out += text.slice(i, j);
      if (text[j + 1] === "'") {
        out += "'";
        i = j + 2;
      } else return [out, text.slice(j + 1)];
    }
  }
  let out = '';
  let i = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return [out, text.slice(i + 1)];
    if (c === '\\') {
      const e = text[i + 1];
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        i += 2;
        continue;
      }
      const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      const hex = text.slice(i + 2, i + 2 + width);
      if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) bail();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) bail();
      out += String.fromCodePoint(code);
      i += 2 + width;
      continue;
    }
    out += c;
    i++;
  }
  return bail();
}

/** Nothing but an optional comment may follow a value. */
function endOfValue(rest: string): void {
  if (rest === '') return;
  if (!/^[ ]+(?:#.*)?$/.test(rest)) bail();
}

function scalarValue(text: string): Scalar {
  if (text[0] === '"' || text[0] === "'") {
    const [value, rest] = quoted(text);
    endOfValue(rest);
    return value;
  }
  const hash = text.indexOf(' #');
  return plain(trimEnd(hash >= 0 ? text.slice(0, hash) : text), false);
}

/** `{ a: b, c: "d" }` on one line, optionally followed by a comment. */
function flowMap(text: string): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  let rest = trimStart(text.slice(1));
  if (rest.startsWith('}')) {
    endOfValue(rest.slice(1));
    return out;
  }
  for (;;) {
    const m = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(rest);
    if (!m) bail();
    if (Object.hasOwn(out, m[1])) bail();
    rest = rest.slice(m[0].length);
    let value: Scalar;
    if (rest[0] === '"' || rest[0] === "'") {
      [value, rest] = quoted(rest);
    } else {
      const end = rest.search(/,|\}/);
      if (end < 0) bail();
      value = plain(trimEnd(trimStart(rest.slice(0, end))), true);
      rest = rest.slice(end);
    }
    out[m[1]] = value;
    rest = trimStart(rest);
    if (rest[0] === ',') {
      rest = trimStart(rest.slice(1));
      if (rest[0] === '}') bail(); // trailing comma: leave it to the full parser
      continue;
    }
    if (rest[0] !== '}') bail();
    endOfValue(rest.slice(1));
    return out;
  }
}

function value(text: string): Value {
  return text[0] === '{' ? flowMap(text) : scalarValue(text);
}

interface Line {
  indent: number;
  body: string;
}

function lines(text: string): Line[] {
  if (text.charCodeAt(0) === 0xfeff) bail();
  const out: Line[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (UNSUPPORTED_CHAR.test(line.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) bail();
    const body = trimStart(line);
    if (body === '' || body.startsWith('#')) continue;
    if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) bail();
    out.push({ indent: line.length - body.length, body });
  }
  return out;
}

/** Reads `key: value` lines at exactly `indent` into a record; nested blocks are not supported here. */
function readMap(all: Line[], at: number, indent: number, first?: string): [Record<string, Value | undefined>, number] {
  const out: Record<string, Value | undefined> = {};
  let i = at;
  const take = (body: string): void => {
    const m = KEY.exec(body);
    if (!m || m[2] === undefined || trimStart(m[2]) === '') bail();
    if (Object.hasOwn(out, m[1])) bail();
    out[m[1]] = value(trimStart(m[2]));
  };
  if (first !== undefined) take(first);
  while (i < all.length && all[i].indent >= indent) {
    if (all[i].indent !== indent) bail();
    if (all[i].body.startsWith('- ')) break;
    take(all[i].body);
    i++;
  }
  return [out, i];
}

function str(v: Value | undefined, required: boolean): string | undefined {
  if (v === undefined) {
    if (required) bail();
    return undefined;
  }
  if (typeof v !== 'string') bail();
  return v;
}

function flat(v: Value | undefined): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object') bail();
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));
}

function annotation(m: Record<string, Value | undefined>): Annotation {
  const id = str(m.id, true)!;
  const label = str(m.label, true)!;
  const { start, end } = m;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) bail();
  const text = str(m.text, true)!;
  const origin = str(m.origin, true) as Origin;
  const decision = str(m.decision, true) as Decision;
  if (id === '' || label === '' || (origin !== 'suggestion' && origin !== 'manual') || (decision !== 'accepted' && decision !== 'rejected')) bail();
  if (codePointLength(text) !== end - start) bail();
  const a: Annotation = { id, label, start, end, text, prefix: str(m.prefix, false) ?? '', suffix: str(m.suffix, false) ?? '', origin, decision };
  const attrs = flat(m.attrs);
  const links = flat(m.links);
  if (attrs !== undefined) a.attrs = attrs;
  if (links !== undefined) a.links = links;
  if (label === 'claim' && attrs?.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(attrs.kind)) bail();
  return a;
}

function readSidecar(text: string): Sidecar {
  const all = lines(text);
  const top: Record<string, Value | undefined> = {};
  let article: Record<string, Value | undefined> | undefined;
  let annotations: Annotation[] | undefined;
  let i = 0;
  while (i < all.length) {
    const line = all[i];
    if (line.indent !== 0) bail();
    const m = KEY.exec(line.body);
    if (!m) bail();
    const key = m[1];
    const rest = trimEnd(trimStart(m[2] ?? ''));
    if (Object.hasOwn(top, key) || (key === 'article' && article) || (key === 'annotations' && annotations)) bail();
    i++;
    if (key === 'article') {
      if (rest !== '' && !rest.startsWith('#')) bail();
      if (i >= all.length || all[i].indent === 0) bail();
      [article, i] = readMap(all, i, all[i].indent);
    } else if (key === 'annotations') {
      annotations = [];
      if (/^\[\] *(?:#.*)?$/.test(rest)) continue;
      if (rest !== '' && !rest.startsWith('#')) bail();
      const dash = i < all.length ? all[i].indent : -1;
      while (i < all.length && all[i].indent === dash && all[i].body.startsWith('- ')) {
        const first = all[i].body.slice(2);
        const keyIndent = dash + 2 + (first.length - trimStart(first).length);
        i++;
        const [item, next] = readMap(all, i, keyIndent, trimStart(first));
        i = next;
        annotations.push(annotation(item));
      }
      if (i < all.length && all[i].indent !== 0) bail();
    } else {
      if (rest === '' || rest.startsWith('#')) bail();
      top[key] = value(rest);
    }
  }
  if (top.version !== 1 || article === undefined || annotations === undefined) bail();
  const status = str(top.status, true) as Status;
  if (!STATUSES.includes(status)) bail();
  const file = str(article.file, true)!;
  const sha256 = str(article.sha256, true)!;
  if (!SHA256_PATTERN.test(sha256)) bail();
  const sidecar: Sidecar = { version: 1, article: { file, sha256 }, status, annotations };
  const title = str(article.title, false);
  const published = str(article.published, false);
  if (title !== undefined) sidecar.article.title = title;
  if (published !== undefined) sidecar.article.published = published;
  const annotator = str(top.annotator, false);
  if (annotator !== undefined) sidecar.annotator = annotator;
  const ids = new Set<string>();
  for (const a of annotations) {
    if (ids.has(a.id)) bail();
    ids.add(a.id);
  }
  for (const a of annotations) for (const target of Object.values(a.links ?? {})) if (!ids.has(target)) bail();
  return sidecar;
}

/** The sidecar when the text is in the fast subset and valid without warnings; otherwise undefined. */
export function fastParseSidecar(text: string): Sidecar | undefined {
  try {
    return readSidecar(text);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
