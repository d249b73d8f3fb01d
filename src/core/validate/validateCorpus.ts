// `validate`: every sidecar against the schema and its article (hash, every annotation's text at its
// offsets, re-found when it moved), sidecars whose article is missing. A readable report and a count.
import { reanchor } from '../anchor/reanchor';
import { decodeArticle } from '../export/prepare';
import type { CorpusReader } from '../export/ports';
import { sha256Hex } from '../hash';
import { OffsetMap } from '../offsets';
import { SIDECAR_SUFFIX, parseSidecar } from '../sidecar/sidecar';
import type { Sidecar } from '../sidecar/sidecar';
import { defaultConfig, labelSpec, undeclaredValues } from '../config/config';
import type { AnnotatorConfig } from '../config/config';
import { corpusLayout } from '../config/corpusLayout';
import type { CorpusLayout } from '../config/corpusLayout';
import { SidecarNotUtf8Error } from '../sidecar/sidecarEncoding';
import { clipLine } from '../clip';

/** The corpus as validate sees it: the articles, their sidecars, and every sidecar file there is. */
export interface ValidationCorpus extends CorpusReader {
  /** Paths of every sidecar file (relative, '/' separators), to find those whose article is missing. */
  sidecarPaths(): Promise<string[]>;
}

export interface ValidationProblem {
  severity: 'error' | 'warning';
  /** The file the problem is in (a sidecar, or an article). */
  file: string;
  /** 0-based, when the problem has a place in the file. */
  line?: number;
  column?: number;
  annotationId?: string;
  message: string;
}

export interface ValidationReport {
  articles: number;
  sidecars: number;
  annotations: number;
  withoutSidecar: number;
  problems: ValidationProblem[];
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export interface ValidateOptions {
  /** The team configuration (annotator.config.yaml): sidecar location and declared labels. Default: none. */
  config?: AnnotatorConfig;
  onProgress?: (done: number, file: string) => void;
  isCancelled?: () => boolean;
}

/** With a configuration file, every label must be declared and attribute values must be among the declared ones. */
function checkLabels(sidecar: Sidecar, sidecarFile: string, config: AnnotatorConfig, problems: ValidationProblem[]): void {
  if (!config.fromFile) return; // without a configuration any label is a project's own
  for (const a of sidecar.annotations) {
    const spec = labelSpec(config, a.label);
    if (spec === undefined) {
      problems.push({ severity: 'error', file: sidecarFile, annotationId: a.id, message: `Undeclared label: "${a.label}" (${a.id}, "${clipLine(a.text, 50)}") is not among the labels of annotator.config.yaml (${config.labels.map((l) => l.name).join(', ')}); declare it there or change the label.` });
      continue;
    }
    for (const { attr, value } of undeclaredValues(spec, a.attrs)) {
      problems.push({ severity: 'warning', file: sidecarFile, annotationId: a.id, message: `${a.label} "${clipLine(a.text, 50)}" (${a.id}) has ${attr.name} "${value}", which is not one of ${attr.values.join(', ')}.` });
    }
  }
}

/** Checks one article and its sidecar text; pushes problems; returns the number of annotations checked. */
export function validateArticle(
  path: string,
  bytes: Uint8Array,
  sha256: string | undefined,
  sidecarText: string,
  problems: ValidationProblem[],
  config: AnnotatorConfig = defaultConfig(),
  layout: CorpusLayout = corpusLayout(config),
): number {
  const sidecarFile = layout.sidecarPath(path);
  const parsed = parseSidecar(sidecarText);
  for (const d of parsed.diagnostics) {
    problems.push({ severity: d.severity, file: sidecarFile, line: d.line, column: d.column, message: d.message });
  }
  if (!parsed.ok) return 0;
  const text = decodeArticle(bytes);
  if (text === undefined) {
    problems.push({ severity: 'error', file: path, message: 'The article is not valid UTF-8 text, so its annotations cannot be checked.' });
    return 0;
  }
  const { sidecar } = parsed;
  checkLabels(sidecar, sidecarFile, config, problems);
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (sidecar.article.file !== name && sidecar.article.file !== path) {
    problems.push({ severity: 'warning', file: sidecarFile, message: `article.file is "${sidecar.article.file}" but the sidecar ${layout.sidecarFolder === undefined ? 'sits next to' : 'belongs to'} "${name}".` });
  }
  const hash = sha256 ?? sha256Hex(bytes);
  if (sidecar.article.sha256 !== hash) {
    problems.push({ severity: 'warning', file: sidecarFile, message: 'Article changed since last save (sha256 differs); every annotation was checked against the current text.' });
  }
  const map = new OffsetMap(text);
  for (const a of sidecar.annotations) {
    if (a.end <= map.codePointLength && map.sliceCodePoints(a.start, a.end) === a.text) continue;
    const found = reanchor(map, a);
    if (found.kind === 'orphaned') {
      problems.push({ severity: 'error', file: sidecarFile, annotationId: a.id, message: `Orphaned: ${a.label} "${clipLine(a.text, 50)}" (${a.id}) is no longer in the article; re-attach it in the editor or remove it.` });
    } else {
      problems.push({ severity: 'error', file: sidecarFile, annotationId: a.id, message: `Moved: ${a.label} "${clipLine(a.text, 50)}" (${a.id}) is not at ${a.start}–${a.end} any more but ${found.kind === 'fuzzy' ? `approximately as "${clipLine(found.text, 50)}"` : 'exactly'} at ${found.start}–${found.end}; open the article in the editor to re-anchor it.` });
    }
  }
  return sidecar.annotations.length;
}

export async function validateCorpus(corpus: ValidationCorpus, options: ValidateOptions = {}): Promise<ValidationReport> {
  const report: ValidationReport = { articles: 0, sidecars: 0, annotations: 0, withoutSidecar: 0, problems: [], errors: 0, warnings: 0, cancelled: false };
  const config = options.config ?? defaultConfig();
  const layout = corpusLayout(config);
  const seen = new Set<string>();
  for await (const { path, bytes, sha256, unreadable } of corpus.articles()) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    if (unreadable !== undefined) {
      seen.add(path); // its sidecar is not reported again as one whose article is missing
      report.problems.push({ severity: 'error', file: path, message: `The article was not checked: ${unreadable}.` });
      options.onProgress?.(report.articles, path);
      continue;
    }
    seen.add(path);
    report.articles++;
    let sidecarText: string | undefined;
    try {
      sidecarText = await corpus.readSidecar(path);
    } catch (error) {
      if (!(error instanceof SidecarNotUtf8Error)) throw error;
      report.sidecars++;
      report.problems.push({ severity: 'error', file: layout.sidecarPath(path), message: 'The sidecar is not valid UTF-8 text: save it as UTF-8 (the editor does not overwrite it meanwhile).' });
      options.onProgress?.(report.articles, path);
      continue;
    }
    if (sidecarText === undefined) {
      report.withoutSidecar++;
      if (decodeArticle(bytes) === undefined) report.problems.push({ severity: 'error', file: path, message: 'The article is not valid UTF-8 text.' });
    } else {
      report.sidecars++;
      report.annotations += validateArticle(path, bytes, sha256, sidecarText, report.problems, config, layout);
    }
    options.onProgress?.(report.articles, path);
  }
  if (!report.cancelled) {
    for (const sidecar of await corpus.sidecarPaths()) {
      const article = layout.articlePath(sidecar);
      if (article === undefined && sidecar.endsWith(SIDECAR_SUFFIX) && layout.sidecarFolder !== undefined) {
        report.problems.push({ severity: 'warning', file: sidecar, message: `Not read: annotator.config.yaml keeps sidecars in ${layout.sidecarFolder}/, so this one is ignored; move it to ${layout.sidecarFolder}/${sidecar} if it belongs to the corpus.` });
      } else if (article !== undefined && !seen.has(article)) {
        report.sidecars++;
        report.problems.push({ severity: 'error', file: sidecar, message: `Missing article: ${article} does not exist (renamed or deleted?); its annotations cannot be checked or exported.` });
      }
    }
  }
  report.errors = report.problems.filter((p) => p.severity === 'error').length;
  report.warnings = report.problems.length - report.errors;
  return report;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A readable Markdown report (also fine as plain text on a terminal). */
export function formatValidationReport(report: ValidationReport, title = 'Corpus validation'): string {
  const lines = [`# ${title}`, ''];
  lines.push(`${report.cancelled ? 'Cancelled after checking' : 'Checked'} ${plural(report.articles, 'article')}, ${plural(report.sidecars, 'sidecar')} and ${plural(report.annotations, 'annotation')}: ${report.errors === 0 && report.warnings === 0 ? 'no problems.' : `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}.`}`);
  if (report.withoutSidecar > 0) lines.push('', `${plural(report.withoutSidecar, 'article')} not annotated yet (no sidecar).`);
  for (const severity of ['error', 'warning'] as const) {
    const items = report.problems.filter((p) => p.severity === severity);
    if (items.length === 0) continue;
    lines.push('', `## ${severity === 'error' ? 'Errors' : 'Warnings'}`, '');
    for (const p of items) {
      const where = p.line === undefined ? p.file : `${p.file}:${p.line + 1}:${(p.column ?? 0) + 1}`;
      lines.push(`- \`${where}\` ${p.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
