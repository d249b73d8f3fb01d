// `article-annotator export DIR --format F --out PATH [--split 80/10/10] [--include-suggestions]`
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, exportCorpus, isExportFormat } from '../core/export/exportCorpus';
import { formatExportReport, hasProblems } from '../core/export/report';
import { parseSplit } from '../core/export/split';
import type { SplitSpec } from '../core/export/split';
import { suggest } from '../core/suggest/suggest';
import { corpusLayout } from '../core/config/corpusLayout';
import { loadCorpusConfig } from './corpusConfig';
import { FsCorpusReader, FsExportWriter, listCorpus } from './fsCorpus';

export class UsageError extends Error {}

interface ExportArgs {
  dir: string;
  format: (typeof EXPORT_FORMATS)[number];
  out: string;
  split?: SplitSpec;
  includeSuggestions: boolean;
}

function parseArgs(args: string[]): ExportArgs {
  let dir: string | undefined;
  let format: string | undefined;
  let out: string | undefined;
  let split: SplitSpec | undefined;
  let includeSuggestions = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--format') format = value();
    else if (arg === '--out') out = value();
    else if (arg === '--split') {
      try {
        split = parseSplit(value());
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    } else if (arg === '--include-suggestions') includeSuggestions = true;
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else if (dir === undefined) dir = arg;
    else throw new UsageError(`Only one corpus folder can be exported at a time (got "${dir}" and "${arg}").`);
  }
  if (dir === undefined) throw new UsageError('Name the corpus folder to export.');
  if (format === undefined) throw new UsageError(`Choose a format with --format (${EXPORT_FORMATS.join(', ')}).`);
  if (!isExportFormat(format)) throw new UsageError(`Unknown format "${format}": use one of ${EXPORT_FORMATS.join(', ')}.`);
  if (out === undefined) throw new UsageError('Choose the destination folder with --out.');
  return { dir, format, out, split, includeSuggestions };
}

/** Exit codes: 0 written in full, 1 written but some spans or articles were refused (listed), 2 bad input. */
export async function runExport(args: string[]): Promise<number> {
  let parsed: ExportArgs;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`article-annotator export: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const dir = resolve(parsed.dir);
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    process.stderr.write(`article-annotator export: ${parsed.dir} is not a folder.\n`);
    return 2;
  }
  const outInfo = await stat(parsed.out).catch(() => undefined);
  if (outInfo !== undefined && !outInfo.isDirectory()) {
    process.stderr.write(`article-annotator export: --out ${parsed.out} is a file; give a folder (it is created if missing).\n`);
    return 2;
  }
  const config = await loadCorpusConfig(dir, parsed.dir, 'export');
  if (config === undefined) return 2;
  const listing = await listCorpus(dir, [parsed.out], config);
  if (listing.articles.length === 0) {
    process.stderr.write(`article-annotator export: no ${config.articles.declared ? 'articles matching annotator.config.yaml' : '.txt articles'} under ${parsed.dir}.\n`);
    return 2;
  }
  const report = await exportCorpus(new FsCorpusReader(dir, listing.articles, corpusLayout(config)), new FsExportWriter(parsed.out), {
    labels: config.fromFile ? config.labels : undefined,
    format: parsed.format,
    split: parsed.split,
    includeSuggestions: parsed.includeSuggestions,
    suggester: suggest,
  });
  process.stderr.write(`${formatExportReport(report)}\n`);
  return hasProblems(report) ? 1 : 0;
}
