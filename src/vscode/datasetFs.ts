// vscode.workspace.fs adapters of the dataset ports (corpus reader, export writer, validation corpus,
// annotator folder), so export, validate and agreement also work in remote and web hosts.
import * as vscode from 'vscode';
import type { AnnotatorFolder } from '../core/agreement/compareAnnotators';
import { EXPORT_MARKER } from '../core/export/exportCorpus';
import { VANISHED_ARTICLE } from '../core/export/ports';
import type { CorpusArticle, ExportWriter, OutputFile } from '../core/export/ports';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import type { ValidationCorpus } from '../core/validate/validateCorpus';
import { decodeSidecarBytes } from '../core/sidecar/sidecarEncoding';
import { CONFIG_FILE, defaultConfig, parseConfig } from '../core/config/config';
import type { AnnotatorConfig } from '../core/config/config';
import { corpusLayout } from '../core/config/corpusLayout';
import type { CorpusLayout } from '../core/config/corpusLayout';

export interface WorkspaceListing {
  articles: string[];
  sidecars: string[];
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/**
 * The team configuration at `root` (annotator.config.yaml; the defaults without one). Throws with the
 * first error when it is invalid: a dataset is never built against a half-read configuration.
 */
export async function readFolderConfig(root: vscode.Uri): Promise<AnnotatorConfig> {
  const bytes = await readOptional(vscode.Uri.joinPath(root, CONFIG_FILE));
  if (bytes === undefined) return defaultConfig();
  const parsed = parseConfig(new TextDecoder().decode(bytes));
  if (!parsed.ok) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error')!;
    throw new Error(`${CONFIG_FILE} has errors (line ${first.line + 1}, column ${first.column + 1}: ${first.message}); fix it first`);
  }
  return parsed.config;
}

/**
 * Every article and sidecar under `root` (dot folders and node_modules skipped): the `*.txt` files, or
 * with a configuration its `articles` globs. A subfolder with its own annotator.config.yaml is another corpus.
 */
export async function listWorkspaceCorpus(root: vscode.Uri, exclude: vscode.Uri[] = [], config: AnnotatorConfig = defaultConfig()): Promise<WorkspaceListing> {
  const excluded = new Set(exclude.map((u) => u.toString()));
  const layout = corpusLayout(config);
  const articles: string[] = [];
  const sidecars: string[] = [];
  const walk = async (dir: vscode.Uri, prefix: string): Promise<void> => {
    const entries = await vscode.workspace.fs.readDirectory(dir);
    if (prefix !== '' && entries.some(([name]) => name === EXPORT_MARKER || name === CONFIG_FILE)) return; // an earlier export, another corpus
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(dir, name);
      const rel = prefix + name;
      if (type & vscode.FileType.Directory) {
        if (name.startsWith('.') || name === 'node_modules' || excluded.has(uri.toString())) continue;
        await walk(uri, `${rel}/`);
      } else if (name.endsWith(SIDECAR_SUFFIX)) sidecars.push(rel);
      else if (layout.isArticle(rel)) articles.push(rel); // the editor's rule, with or without a config file
    }
  };
  await walk(root, '');
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byCodeUnit), sidecars: sidecars.sort(byCodeUnit) };
}

async function readOptional(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export class WorkspaceCorpus implements ValidationCorpus {

  constructor(
    private readonly root: vscode.Uri,
    private readonly listing: WorkspaceListing,
    private readonly layout: CorpusLayout = corpusLayout(defaultConfig()),
  ) {}

  async *articles(): AsyncIterable<CorpusArticle> {
    for (const path of this.listing.articles) {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.root, ...path.split('/')));
      } catch (error) {
        if (!isMissing(error)) throw error;
        yield { path, bytes: new Uint8Array(), unreadable: VANISHED_ARTICLE };
        continue;
      }
      yield { path, bytes };
    }
  }

  async readSidecar(articlePath: string): Promise<string | undefined> {
    const sidecar = this.layout.sidecarPath(articlePath);
    const bytes = await readOptional(vscode.Uri.joinPath(this.root, ...sidecar.split('/')));
    return bytes === undefined ? undefined : decodeSidecarBytes(sidecar, bytes);
  }

  async sidecarPaths(): Promise<string[]> {
    return this.listing.sidecars;
  }
}

/** workspace.fs cannot append: each file is collected and written whole when it is closed. */
export class WorkspaceExportWriter implements ExportWriter {
  constructor(private readonly root: vscode.Uri) {}

  async create(relativePath: string): Promise<OutputFile> {
    const uri = vscode.Uri.joinPath(this.root, ...relativePath.split('/'));
    const chunks: string[] = [];
    return {
      write: async (chunk) => {
        chunks.push(chunk);
      },
      close: async () => {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(chunks.join('')));
      },
    };
  }
}

/**
 * One annotator's folder for the agreement. Sidecars are named as if next to their articles whatever
 * the folder's configuration says, so folders with different sidecar locations pair up.
 */
export async function workspaceAnnotatorFolder(root: vscode.Uri, config?: AnnotatorConfig): Promise<AnnotatorFolder> {
  config ??= await readFolderConfig(root);
  const layout = corpusLayout(config);
  const real = (path: string): string => (path.endsWith(SIDECAR_SUFFIX) ? layout.sidecarPath(path.slice(0, -SIDECAR_SUFFIX.length)) : path);
  return {
    name: vscode.workspace.asRelativePath(root, true),
    sidecarPaths: async () =>
      (await listWorkspaceCorpus(root, [], config)).sidecars
        .map((s) => layout.articlePath(s))
        .filter((a): a is string => a !== undefined)
        .map((a) => a + SIDECAR_SUFFIX),
    readFile: (path) => readOptional(vscode.Uri.joinPath(root, ...real(path).split('/'))),
  };
}
