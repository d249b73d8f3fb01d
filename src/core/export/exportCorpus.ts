// The streaming exporter: reads one article at a time from the corpus port, checks it, hands it to
// the format, and forgets it, so memory does not grow with the corpus.
import { createBratSink } from './formats/brat';
import { createConllSink } from './formats/conll';
import { createCsvSink } from './formats/csv';
import { createJsonlSink } from './formats/jsonl';
import { createLabelStudioSink } from './formats/labelstudio';
import type { CorpusReader, ExportWriter } from './ports';
import { writeWholeFile } from './ports';
import { articleIdFor, prepareArticle } from './prepare';
import type { Suggester } from './prepare';
import { MAX_LISTED_FILES, emptyReport } from './report';
import type { ExportReport } from './report';
import type { FormatSink, SinkContext } from './sink';
import type { SplitSpec } from './split';
import { SidecarNotUtf8Error } from '../sidecar/sidecarEncoding';
import type { LabelSpec } from '../config/config';

/** Left in every export folder; corpus listings skip folders that hold it (brat writes .txt copies). */
export const EXPORT_MARKER = '.article-annotator-export';

export const EXPORT_FORMATS = ['jsonl', 'brat', 'conll', 'labelstudio', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_DESCRIPTIONS: Record<ExportFormat, string> = {
  jsonl: 'JSON Lines, one article per line (Hugging Face datasets)',
  brat: 'brat standoff: .txt + .ann per article, annotation.conf',
  conll: 'CoNLL tokens with IOB2 tags, one column per label',
  labelstudio: 'Label Studio tasks JSON + labelling config XML',
  csv: 'CSV, one row per claim with its speaker',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportOptions {
  format: ExportFormat;
  split?: SplitSpec;
  /** Adds unreviewed machine suggestions, marked; needs `suggester`. */
  includeSuggestions?: boolean;
  suggester?: Suggester;
  /** The labels of the team configuration: listed (with their colours) in brat and Label Studio configs. */
  labels?: readonly LabelSpec[];
  /** Called after each article with the number done so far. */
  onProgress?: (done: number, file: string) => void;
  /** Checked between articles; true stops the export (files written so far are complete and closed). */
  isCancelled?: () => boolean;
}

function createSink(format: ExportFormat, context: SinkContext): FormatSink {
  switch (format) {
    case 'jsonl':
      return createJsonlSink(context);
    case 'brat':
      return createBratSink(context);
    case 'conll':
      return createConllSink(context);
    case 'labelstudio':
      return createLabelStudioSink(context);
    case 'csv':
      return createCsvSink(context);
  }
}

/**
 * Exports every article of the corpus. A span whose text is not the article's slice at its offsets is
 * refused and listed in the report; the export goes on with the rest, so one stale annotation does not
 * block a dataset, and nothing wrong is ever written.
 */
export async function exportCorpus(reader: CorpusReader, writer: ExportWriter, options: ExportOptions): Promise<ExportReport> {
  const report = emptyReport(options.format);
  const includeSuggestions = options.includeSuggestions === true;
  if (includeSuggestions && options.suggester === undefined) throw new Error('Including suggestions needs the suggester.');
  const context: SinkContext = {
    writer,
    report,
    split: options.split,
    includeSuggestions,
    labels: options.labels,
    wrote: (path) => {
      report.fileCount++;
      if (report.files.length < MAX_LISTED_FILES) report.files.push(path);
    },
  };
  if (options.split) report.splitCounts = Object.fromEntries(options.split.parts.map((p) => [p.name, 0]));
  const sink = createSink(options.format, context);
  const ids = new Set<string>();
  let done = 0;
  let withoutSidecar = 0;
  for await (const { path, bytes, sha256, unreadable } of reader.articles()) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    if (unreadable !== undefined) {
      report.skippedArticles.push({ file: path, message: unreadable });
      done++;
      options.onProgress?.(done, path);
      continue;
    }
    let sidecar: string | undefined;
    try {
      sidecar = await reader.readSidecar(path);
    } catch (error) {
      if (!(error instanceof SidecarNotUtf8Error)) throw error;
      report.skippedArticles.push({ file: path, message: 'its sidecar is not valid UTF-8 text; save it as UTF-8 and export again' });
      done++;
      options.onProgress?.(done, path);
      continue;
    }
    if (sidecar === undefined) withoutSidecar++;
    const article = prepareArticle(path, bytes, sha256, sidecar, articleIdFor(path, ids), { split: options.split, suggester: includeSuggestions ? options.suggester : undefined }, report);
    if (article !== undefined) {
      await sink.article(article);
      report.articles++;
      report.spans += article.spans.length;
      report.relations += article.relations.length;
      if (article.split !== undefined && report.splitCounts) report.splitCounts[article.split]++;
    }
    done++;
    options.onProgress?.(done, path);
  }
  await sink.finish();
  await writeWholeFile(writer, EXPORT_MARKER, 'Written by the Article Annotator export. Folders holding this file are never read as a corpus (their .txt files are copies).\n');
  if (withoutSidecar > 0) {
    report.warnings.push(`${withoutSidecar} article${withoutSidecar === 1 ? ' has' : 's have'} no sidecar yet: exported with status "todo"${includeSuggestions ? '' : ' and no spans'}.`);
  }
  return report;
}
