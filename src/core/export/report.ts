// What an export did and what it refused, for the user (CLI stderr, VS Code output channel).

/** A span that was not written, and why. */
export interface RefusedSpan {
  file: string;
  id: string;
  label: string;
  reason: string;
}

export interface ArticleProblem {
  file: string;
  message: string;
}

export interface ExportReport {
  format: string;
  /** Articles written. */
  articles: number;
  spans: number;
  relations: number;
  suggestions: number;
  /** Articles not written at all (not UTF-8, sidecar invalid). */
  skippedArticles: ArticleProblem[];
  /** Spans not written because their text is not the article's slice at their offsets. */
  refused: RefusedSpan[];
  /** Annotations whose text is nowhere in the article any more (not written). */
  orphaned: RefusedSpan[];
  /** Things the user should know that lost nothing or are counted (hash changed, CoNLL overlaps, …). */
  warnings: string[];
  /** The first files written, relative to the destination (at most MAX_LISTED_FILES). */
  files: string[];
  fileCount: number;
  /** Per split part, the number of articles (only with a split). */
  splitCounts?: Record<string, number>;
  cancelled: boolean;
}

export function emptyReport(format: string): ExportReport {
  return { format, articles: 0, spans: 0, relations: 0, suggestions: 0, skippedArticles: [], refused: [], orphaned: [], warnings: [], files: [], fileCount: 0, cancelled: false };
}

/** True when something was not written. */
export function hasProblems(report: ExportReport): boolean {
  return report.skippedArticles.length > 0 || report.refused.length > 0 || report.orphaned.length > 0;
}

const MAX_LISTED = 50;
export const MAX_LISTED_FILES = 20;

/** A readable plain-text report. */
export function formatExportReport(report: ExportReport): string {
  const lines: string[] = [];
  const what = `${report.articles} article${report.articles === 1 ? '' : 's'}, ${report.spans} span${report.spans === 1 ? '' : 's'}, ${report.relations} relation${report.relations === 1 ? '' : 's'}`;
  lines.push(`${report.cancelled ? 'Export cancelled after' : 'Exported'} ${what} as ${report.format}${report.suggestions > 0 ? ` (${report.suggestions} of the spans are unreviewed suggestions)` : ''}.`);
  lines.push(`Wrote ${report.fileCount} file${report.fileCount === 1 ? '' : 's'}${report.files.length > 0 ? `: ${report.files.join(', ')}${report.fileCount > report.files.length ? ', …' : ''}` : ''}.`);
  if (report.splitCounts) lines.push(`Split: ${Object.entries(report.splitCounts).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  const list = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items.slice(0, MAX_LISTED)) lines.push(`  ${item}`);
    if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more`);
  };
  list('Articles not exported', report.skippedArticles.map((p) => `${p.file}: ${p.message}`));
  list('Spans refused (text differs from the article at their offsets; open the article in the editor to re-anchor, or run validate)', report.refused.map((r) => `${r.file} ${r.id} (${r.label}): ${r.reason}`));
  list('Orphaned annotations not exported (their text is no longer in the article)', report.orphaned.map((r) => `${r.file} ${r.id} (${r.label}): ${r.reason}`));
  list('Warnings', report.warnings);
  return lines.join('\n');
}
