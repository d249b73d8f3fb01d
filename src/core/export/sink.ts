// What every export format implements: it receives checked articles one at a time.
import type { ExportArticle } from './prepare';
import type { ExportReport } from './report';
import type { SplitSpec } from './split';
import type { ExportWriter, OutputFile } from './ports';
import type { LabelSpec } from '../config/config';

export interface FormatSink {
  article(article: ExportArticle): Promise<void>;
  /** Writes what can only be written at the end (configuration files, closing brackets). */
  finish(): Promise<void>;
}

export interface SinkContext {
  writer: ExportWriter;
  report: ExportReport;
  split?: SplitSpec;
  includeSuggestions: boolean;
  /** The labels of the team configuration (built-ins and project labels, with colours), when there is one. */
  labels?: readonly LabelSpec[];
  /** Records a written file in the report (counted; the first few are listed). */
  wrote(relativePath: string): void;
}

/** Lazily opened output files, one per split part (or one for all). */
export function outputName(base: string, ext: string, split: string | undefined): string {
  return split === undefined ? `${base}.${ext}` : `${split}.${ext}`;
}

/**
 * One output file per split part (`train.jsonl`, …) or a single one (`dataset.jsonl`), opened on first
 * use; `closeAll` also creates the parts that received no article, so the layout is always complete.
 */
export class SplitFiles {
  private readonly open = new Map<string, OutputFile>();

  constructor(
    private readonly context: SinkContext,
    private readonly base: string,
    private readonly ext: string,
    private readonly header = '',
  ) {}

  private name(split: string | undefined): string {
    return outputName(this.base, this.ext, split);
  }

  async get(split: string | undefined): Promise<OutputFile> {
    const key = split ?? '';
    let file = this.open.get(key);
    if (file === undefined) {
      const path = this.name(split);
      file = await this.context.writer.create(path);
      this.context.wrote(path);
      if (this.header !== '') await file.write(this.header);
      this.open.set(key, file);
    }
    return file;
  }

  async closeAll(footer = ''): Promise<void> {
    const parts = this.context.split ? this.context.split.parts.map((p) => p.name as string) : [undefined];
    for (const part of parts) await this.get(part);
    for (const file of this.open.values()) {
      if (footer !== '') await file.write(footer);
      await file.close();
    }
    this.open.clear();
  }
}
