// vscode.workspace.fs adapters of the dataset ports (corpus reader, export writer, validation corpus,
// annotator folder), so export, validate and agreement also work in remote and web hosts.
import * as vscode from 'vscode';
import type { AnnotatorFolder } from '../core/agreement/compareAnnotators';
import { EXPORT_MARKER } from '../core/export/exportCorpus';
import type { CorpusArticle, ExportWriter, OutputFile } from '../core/export/ports';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import type { ValidationCorpus } from '../core/validate/validateCorpus';
import { decodeSidecarBytes } from '../core/sidecar/sidecarEncoding';

export interface WorkspaceListing {
  articles: string[];
  sidecars: string[];
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/** Every `*.txt` article and sidecar under `root` (dot folders and node_modules skipped). */
export async function listWorkspaceCorpus(root: vscode.Uri, exclude: vscode.Uri[] = []): Promise<WorkspaceListing> {
  const excluded = new Set(exclude.map((u) => u.toString()));
  const articles: string[] = [];
  const sidecars: string[] = [];
  const walk = async (dir: vscode.Uri, prefix: string): Promise<void> => {
    const entries = await vscode.workspace.fs.readDirectory(dir);
    if (prefix !== '' && entries.some(([name]) => name === EXPORT_MARKER)) return; // an earlier export
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(dir, name);
      const rel = prefix + name;
      if (type & vscode.FileType.Directory) {
        if (name.startsWith('.') || name === 'node_modules' || excluded.has(uri.toString())) continue;
        await walk(uri, `${rel}/`);
      } else if (name.endsWith(SIDECAR_SUFFIX)) sidecars.push(rel);
      else if (name.endsWith('.txt')) articles.push(rel);
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
  ) {}

  async *articles(): AsyncIterable<CorpusArticle> {
    for (const path of this.listing.articles) {
      yield { path, bytes: await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.root, ...path.split('/'))) };
    }
  }

  async readSidecar(articlePath: string): Promise<string | undefined> {
    const bytes = await readOptional(vscode.Uri.joinPath(this.root, ...(articlePath + SIDECAR_SUFFIX).split('/')));
    return bytes === undefined ? undefined : decodeSidecarBytes(articlePath + SIDECAR_SUFFIX, bytes);
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

export function workspaceAnnotatorFolder(root: vscode.Uri): AnnotatorFolder {
  return {
    name: vscode.workspace.asRelativePath(root, true),
    sidecarPaths: async () => (await listWorkspaceCorpus(root)).sidecars,
    readFile: (path) => readOptional(vscode.Uri.joinPath(root, ...path.split('/'))),
  };
}
