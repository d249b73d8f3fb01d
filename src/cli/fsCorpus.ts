// Node file-system adapters of the dataset ports (corpus reader, export writer) for the CLI and tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EXPORT_MARKER } from '../core/export/exportCorpus';
import { VANISHED_ARTICLE } from '../core/export/ports';
import type { CorpusArticle, CorpusReader, ExportWriter, OutputFile } from '../core/export/ports';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import { CONFIG_FILE, defaultConfig } from '../core/config/config';
import type { AnnotatorConfig } from '../core/config/config';
import { corpusLayout } from '../core/config/corpusLayout';
import type { CorpusLayout } from '../core/config/corpusLayout';
import { decodeSidecarBytes } from '../core/sidecar/sidecarEncoding';

const SKIPPED_DIRS = new Set(['node_modules']);

export interface CorpusListing {
  /** Article paths relative to the root, '/' separators, sorted. */
  articles: string[];
  /** Sidecar paths relative to the root, sorted. */
  sidecars: string[];
}

/**
 * Every article and every `*.annotations.yaml` sidecar under `root`: without a configuration the
 * `*.txt` files (SPEC section 6 defaults), with one its `articles` globs. A subfolder holding its own
 * annotator.config.yaml is another corpus and is left out, like an earlier export.
 */
export async function listCorpus(root: string, exclude: string[] = [], config: AnnotatorConfig = defaultConfig()): Promise<CorpusListing> {
  const excluded = exclude.map((p) => resolve(p));
  const layout = corpusLayout(config);
  const articles: string[] = [];
  const sidecars: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (dir !== root && entries.some((e) => e.name === EXPORT_MARKER || e.name === CONFIG_FILE)) return; // an earlier export, another corpus
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name) || excluded.includes(resolve(full))) continue;
        await walk(full);
      } else if (entry.isFile()) {
        const rel = relative(root, full).split(sep).join('/');
        if (entry.name.endsWith(SIDECAR_SUFFIX)) sidecars.push(rel);
        else if (layout.isArticle(rel)) articles.push(rel); // the editor's rule, with or without a config file
      }
    }
  };
  await walk(root);
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byCodeUnit), sidecars: sidecars.sort(byCodeUnit) };
}

function readOptionalSync(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeSidecarBytes(path, bytes);
}

/**
 * Reads articles in order with synchronous reads: the CLI has nothing else to do meanwhile, and a
 * synchronous read of a small file avoids four thread-pool round trips (open, stat, read, close),
 * which dominate an export of many small articles. The hash is computed natively here.
 */
export class FsCorpusReader implements CorpusReader {
  constructor(
    private readonly root: string,
    private readonly paths: string[],
    private readonly layout: CorpusLayout = corpusLayout(defaultConfig()),
  ) {}

  async *articles(): AsyncIterable<CorpusArticle> {
    for (const path of this.paths) {
      let buffer: Buffer;
      try {
        buffer = readFileSync(join(this.root, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        yield { path, bytes: new Uint8Array(), unreadable: VANISHED_ARTICLE };
        continue;
      }
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      yield { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
    }
  }

  async readSidecar(articlePath: string): Promise<string | undefined> {
    return readOptionalSync(join(this.root, this.layout.sidecarPath(articlePath)));
  }
}

const FLUSH_AT = 1 << 20;

class FsOutputFile implements OutputFile {
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(chunk: string): Promise<void> {
    this.buffer.push(chunk);
    this.size += chunk.length;
    if (this.size >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const data = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    await this.handle.write(data, null, 'utf8');
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/** Writes under `root`, creating folders as needed. */
export class FsExportWriter implements ExportWriter {
  private readonly made = new Set<string>();

  constructor(private readonly root: string) {}

  async create(relativePath: string): Promise<OutputFile> {
    const path = join(this.root, ...relativePath.split('/'));
    const dir = dirname(path);
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    return new FsOutputFile(await open(path, 'w'));
  }
}

/** The corpus for `validate`: articles plus the list of every sidecar file. */
export class FsValidationCorpus extends FsCorpusReader {
  constructor(
    root: string,
    private readonly listing: CorpusListing,
    layout?: CorpusLayout,
  ) {
    super(root, listing.articles, layout);
  }

  async sidecarPaths(): Promise<string[]> {
    return this.listing.sidecars;
  }
}
