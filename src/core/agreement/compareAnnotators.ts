// Inter-annotator agreement between two folders of sidecars for the same articles: span P/R/F1 per label
// (exact and overlap matching; A is the reference, F1 is symmetric), Cohen's κ and Krippendorff's α over
// token labels (the tokenisation of the CoNLL export), and agreement on attributes and links.
import { orderedLabels } from '../export/labels';
import { decodeArticle } from '../export/prepare';
import { tokenize } from '../export/tokenize';
import type { Annotation } from '../model';
import type { LabelSpec } from '../config/config';
import { BUILTIN_LABELS } from '../model';
import { OffsetMap } from '../offsets';
import { articlePathFor, parseSidecar } from '../sidecar/sidecar';
import type { Sidecar } from '../sidecar/sidecar';
import { PairTable, cohenKappa, krippendorffAlphaNominal, prf } from './metrics';
import type { Prf } from './metrics';
import { exactMatches, overlapMatches } from './spanMatching';

/** One annotator's folder. Paths are relative, '/' separators. */
export interface AnnotatorFolder {
  /** A name for reports (the folder path). */
  name: string;
  sidecarPaths(): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array | undefined>;
}

export interface LabelAgreement {
  label: string;
  exact: Prf;
  overlap: Prf;
  /** Token-level, this label against everything else. */
  kappa: number | null;
  alpha: number | null;
}

export interface AttributeAgreement {
  attribute: string;
  compared: number;
  agreed: number;
  agreement: number | null;
}

export interface Disagreement {
  file: string;
  what: string;
}

export interface AgreementResult {
  a: string;
  b: string;
  articles: string[];
  tokens: number;
  labels: LabelAgreement[];
  all: { exact: Prf; overlap: Prf; kappa: number | null; alpha: number | null };
  attributes: AttributeAgreement[];
  disagreements: Disagreement[];
  /** Articles left out or partly compared, and why. */
  warnings: string[];
}

const MAX_DISAGREEMENTS = 200;
const ATTRIBUTES: Array<{ label: string; attr: string; name: string }> = [
  { label: 'speaker', attr: 'name', name: 'speaker name' },
  { label: 'date', attr: 'value', name: 'date value' },
  { label: 'claim', attr: 'kind', name: 'claim kind' },
];

function normalise(value: string | undefined): string {
  return (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
}

async function readSidecar(folder: AnnotatorFolder, path: string, warnings: string[]): Promise<Sidecar | undefined> {
  const bytes = await folder.readFile(path);
  const text = bytes === undefined ? undefined : decodeArticle(bytes);
  if (text === undefined) {
    warnings.push(`${folder.name}/${path}: unreadable; article left out.`);
    return undefined;
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const d = parsed.diagnostics[0];
    warnings.push(`${folder.name}/${path}: invalid sidecar (line ${d.line + 1}: ${d.message}); article left out.`);
    return undefined;
  }
  return parsed.sidecar;
}

/** Token categories: the labels covering each token, "O" for none, "claim+date" for several. */
function tokenCategories(tokens: ReturnType<typeof tokenize>, spans: readonly Annotation[]): string[][] {
  const sets = tokens.map(() => new Set<string>());
  for (const s of spans) {
    // tokens are sorted; a linear scan per span is fine for article-sized texts
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid].end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i].start < s.end; i++) sets[i].add(s.label);
  }
  return sets.map((set) => [...set].sort());
}

class Accumulator {
  exact = new Map<string, { matched: number; a: number; b: number }>();
  overlap = new Map<string, { matched: number; a: number; b: number }>();
  combined = new PairTable();
  perLabel = new Map<string, PairTable>();
  attributes = new Map<string, { compared: number; agreed: number }>();
  labels = new Set<string>(BUILTIN_LABELS);
  tokens = 0;

  count(map: Map<string, { matched: number; a: number; b: number }>, label: string, field: 'matched' | 'a' | 'b'): void {
    const entry = map.get(label) ?? { matched: 0, a: 0, b: 0 };
    entry[field]++;
    map.set(label, entry);
  }

  attribute(name: string, agreed: boolean): void {
    const entry = this.attributes.get(name) ?? { compared: 0, agreed: 0 };
    entry.compared++;
    if (agreed) entry.agreed++;
    this.attributes.set(name, entry);
  }

  table(label: string): PairTable {
    let t = this.perLabel.get(label);
    if (t === undefined) {
      t = new PairTable();
      this.perLabel.set(label, t);
    }
    return t;
  }
}

/** Keeps accepted annotations whose text is the article's slice (when the text is known). */
function usable(sidecar: Sidecar, map: OffsetMap | undefined, file: string, who: string, warnings: string[]): Annotation[] {
  const out: Annotation[] = [];
  let stale = 0;
  for (const a of sidecar.annotations) {
    if (a.decision !== 'accepted') continue;
    if (map !== undefined && (a.end > map.codePointLength || map.sliceCodePoints(a.start, a.end) !== a.text)) {
      stale++;
      continue;
    }
    out.push(a);
  }
  if (stale > 0) warnings.push(`${file}: ${stale} annotation${stale === 1 ? '' : 's'} of ${who} no longer match the article text (run validate) and were left out.`);
  return out;
}

export interface CompareOptions {
  /**
   * The labels of the team configuration (annotator.config.yaml): every one is reported (also with no
   * span), and the attributes it declares for project labels are compared like the built-ins' ones.
   */
  labels?: readonly LabelSpec[];
}

export async function compareAnnotators(a: AnnotatorFolder, b: AnnotatorFolder, options: CompareOptions = {}): Promise<AgreementResult> {
  const attributes = [
    ...ATTRIBUTES,
    ...(options.labels ?? []).filter((l) => !l.builtin).flatMap((l) => l.attributes.map((x) => ({ label: l.name, attr: x.name, name: `${l.name} ${x.name}` }))),
  ];
  const warnings: string[] = [];
  const disagreements: Disagreement[] = [];
  const disagree = (file: string, what: string): void => {
    if (disagreements.length < MAX_DISAGREEMENTS) disagreements.push({ file, what });
  };
  const pathsA = await a.sidecarPaths();
  const pathsB = new Set(await b.sidecarPaths());
  const onlyA = pathsA.filter((p) => !pathsB.has(p));
  const common = pathsA.filter((p) => pathsB.has(p));
  const onlyB = [...pathsB].filter((p) => !pathsA.includes(p));
  if (onlyA.length > 0) warnings.push(`Only in ${a.name} (not compared): ${onlyA.join(', ')}`);
  if (onlyB.length > 0) warnings.push(`Only in ${b.name} (not compared): ${onlyB.join(', ')}`);
  const acc = new Accumulator();
  for (const l of options.labels ?? []) acc.labels.add(l.name);
  const articles: string[] = [];

  for (const sidecarPath of common) {
    const file = articlePathFor(sidecarPath) ?? sidecarPath;
    const sa = await readSidecar(a, sidecarPath, warnings);
    const sb = await readSidecar(b, sidecarPath, warnings);
    if (sa === undefined || sb === undefined) continue;
    const bytesA = await a.readFile(file);
    const bytesB = await b.readFile(file);
    const textA = bytesA === undefined ? undefined : decodeArticle(bytesA);
    const textB = bytesB === undefined ? undefined : decodeArticle(bytesB);
    if (textA !== undefined && textB !== undefined && textA !== textB) {
      warnings.push(`${file}: the article differs between the two folders; offsets are not comparable, article left out.`);
      continue;
    }
    const text = textA ?? textB;
    if (text === undefined && sa.article.sha256 !== sb.article.sha256) {
      warnings.push(`${file}: no article text in either folder and the sidecars were saved for different versions; article left out.`);
      continue;
    }
    articles.push(file);
    const map = text === undefined ? undefined : new OffsetMap(text);
    const spansA = usable(sa, map, file, a.name, warnings);
    const spansB = usable(sb, map, file, b.name, warnings);
    for (const s of spansA) acc.labels.add(s.label);
    for (const s of spansB) acc.labels.add(s.label);

    // spans
    for (const s of spansA) {
      acc.count(acc.exact, s.label, 'a');
      acc.count(acc.overlap, s.label, 'a');
    }
    for (const s of spansB) {
      acc.count(acc.exact, s.label, 'b');
      acc.count(acc.overlap, s.label, 'b');
    }
    for (const [x] of exactMatches(spansA, spansB)) acc.count(acc.exact, x.label, 'matched');
    const pairs = overlapMatches(spansA, spansB);
    for (const [x] of pairs) acc.count(acc.overlap, x.label, 'matched');
    const matchedA = new Set(pairs.map(([x]) => x.id));
    const matchedB = new Set(pairs.map(([, y]) => y.id));
    for (const s of spansA) if (!matchedA.has(s.id)) disagree(file, `only ${a.name}: ${s.label} "${s.text}" at ${s.start}–${s.end}`);
    for (const s of spansB) if (!matchedB.has(s.id)) disagree(file, `only ${b.name}: ${s.label} "${s.text}" at ${s.start}–${s.end}`);

    // attributes and links on overlap-matched pairs
    const partnerOfA = new Map(pairs.map(([x, y]) => [x.id, y.id]));
    for (const [x, y] of pairs) {
      if (x.start !== y.start || x.end !== y.end) disagree(file, `${x.label} boundaries: ${a.name} "${x.text}" (${x.start}–${x.end}), ${b.name} "${y.text}" (${y.start}–${y.end})`);
      for (const attr of attributes) {
        if (x.label !== attr.label) continue;
        const va = normalise(x.attrs?.[attr.attr]);
        const vb = normalise(y.attrs?.[attr.attr]);
        if (va === '' && vb === '') continue;
        acc.attribute(attr.name, va === vb);
        if (va !== vb) disagree(file, `${attr.name} of "${x.text}": ${a.name} "${va}", ${b.name} "${vb}"`);
      }
      if (x.label === 'claim') {
        const la = x.links?.speaker;
        const lb = y.links?.speaker;
        const agreed = la === undefined ? lb === undefined : lb !== undefined && partnerOfA.get(la) === lb;
        acc.attribute('claim → speaker link', agreed);
        if (!agreed) disagree(file, `speaker of claim "${x.text}": ${a.name} ${la ?? 'none'}, ${b.name} ${lb ?? 'none'}`);
      }
    }

    // tokens
    if (text === undefined) {
      warnings.push(`${file}: no article text in either folder; token agreement (κ, α) leaves it out.`);
      continue;
    }
    const tokens = tokenize(text);
    acc.tokens += tokens.length;
    const catA = tokenCategories(tokens, spansA);
    const catB = tokenCategories(tokens, spansB);
    for (let i = 0; i < tokens.length; i++) {
      acc.combined.add(catA[i].join('+') || 'O', catB[i].join('+') || 'O');
    }
    for (const label of acc.labels) {
      const t = acc.table(label);
      for (let i = 0; i < tokens.length; i++) t.add(catA[i].includes(label) ? label : 'O', catB[i].includes(label) ? label : 'O');
    }
  }

  // built-ins, then the configuration's labels in its order, then the others by name (as the exports order them)
  const labels = orderedLabels(acc.labels, options.labels).filter((l) => acc.labels.has(l));
  const prfOf = (map: Map<string, { matched: number; a: number; b: number }>, label: string): Prf => {
    const e = map.get(label) ?? { matched: 0, a: 0, b: 0 };
    return prf(e.matched, e.a, e.b);
  };
  const sum = (map: Map<string, { matched: number; a: number; b: number }>): Prf => {
    let matched = 0;
    let na = 0;
    let nb = 0;
    for (const e of map.values()) {
      matched += e.matched;
      na += e.a;
      nb += e.b;
    }
    return prf(matched, na, nb);
  };
  return {
    a: a.name,
    b: b.name,
    articles,
    tokens: acc.tokens,
    labels: labels.map((label) => {
      // a label added to the set midway has no token rows for earlier articles: those tokens were O for both
      const table = acc.table(label);
      const missing = acc.tokens - table.total;
      if (missing > 0) table.add('O', 'O', missing);
      return { label, exact: prfOf(acc.exact, label), overlap: prfOf(acc.overlap, label), kappa: cohenKappa(table), alpha: krippendorffAlphaNominal(table) };
    }),
    all: { exact: sum(acc.exact), overlap: sum(acc.overlap), kappa: cohenKappa(acc.combined), alpha: krippendorffAlphaNominal(acc.combined) },
    attributes: [...attributes.map((x) => x.name), 'claim → speaker link'].map((attribute) => {
      const e = acc.attributes.get(attribute) ?? { compared: 0, agreed: 0 };
      return { attribute, compared: e.compared, agreed: e.agreed, agreement: e.compared === 0 ? null : e.agreed / e.compared };
    }),
    disagreements,
    warnings,
  };
}
