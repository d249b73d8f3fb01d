// The team configuration of every corpus in the workspace (SPEC section 6): each annotator.config.yaml
// (at a workspace folder's root, or deeper for a workspace holding several corpora) is read at
// activation and again whenever it changes. An article belongs to the nearest configuration above it;
// without one, the workspace folder's defaults apply. An invalid file is reported once and in the
// Problems panel, and its last valid version (or the defaults) stays in force: nothing crashes and no
// annotation is lost.
import * as vscode from 'vscode';
import { CONFIG_FILE, defaultConfig, parseConfig } from '../core/config/config';
import type { AnnotatorConfig, ConfigDiagnostic } from '../core/config/config';
import { corpusLayout } from '../core/config/corpusLayout';
import type { CorpusLayout } from '../core/config/corpusLayout';
import { readTextFile } from './sidecarFiles';
import { toVscodeDiagnostics } from './diagnostics';

/** One corpus: its root folder, its configuration and what that means for paths. */
export interface Corpus {
  readonly root: vscode.Uri;
  readonly config: AnnotatorConfig;
  readonly layout: CorpusLayout;
  /** Changes whenever the configuration in force changes (decorations and sessions key on it). */
  readonly generation: number;
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

function dirOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) || '/' });
}

export class CorpusConfigs implements vscode.Disposable {
  /** Configured corpora by root URI string (the folder holding annotator.config.yaml). */
  private configured = new Map<string, Corpus>();
  private readonly defaults = new Map<string, Corpus>();
  /** The text last reported as invalid, per config file, so one broken save is announced once. */
  private readonly announced = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private reloading: Promise<void> = Promise.resolve();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('article-annotator-config');
  /** Fires after the configuration in force changed for some corpus. */
  readonly onDidChange = this.changed.event;
  /** Resolves once the configurations present at activation are read. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    this.disposables.push(
      this.changed,
      this.diagnostics,
      watcher,
      watcher.onDidChange(() => this.scheduleReload()),
      watcher.onDidCreate(() => this.scheduleReload()),
      watcher.onDidDelete(() => this.scheduleReload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
    );
    this.ready = this.reload();
  }

  /** How many annotator.config.yaml files are in force. */
  get count(): number {
    return this.configured.size;
  }

  /** The corpus a file belongs to: the nearest configured folder above it, else its workspace folder (defaults). */
  corpusOf(uri: vscode.Uri): Corpus | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const folderPath = withSlash(folder.uri.path);
    let best: Corpus | undefined;
    for (const corpus of this.configured.values()) {
      if (corpus.root.scheme !== uri.scheme || corpus.root.authority !== uri.authority) continue;
      const rootPath = withSlash(corpus.root.path);
      if (!rootPath.startsWith(folderPath) || !uri.path.startsWith(rootPath)) continue;
      if (!best || rootPath.length > best.root.path.length) best = corpus;
    }
    return best ?? this.defaultsOf(folder.uri);
  }

  private defaultsOf(root: vscode.Uri): Corpus {
    const key = root.toString();
    let corpus = this.defaults.get(key);
    if (!corpus) {
      const config = defaultConfig();
      corpus = { root, config, layout: corpusLayout(config), generation: 0 };
      this.defaults.set(key, corpus);
    }
    return corpus;
  }

  /** The path of `uri` relative to the corpus root ('/' separators), or undefined when it is not below it. */
  relativePath(corpus: Corpus, uri: vscode.Uri): string | undefined {
    const rootPath = withSlash(corpus.root.path);
    return uri.path.startsWith(rootPath) ? uri.path.slice(rootPath.length) : undefined;
  }

  /** True when `uri` is an article of its corpus. */
  isArticle(uri: vscode.Uri): boolean {
    const corpus = this.corpusOf(uri);
    const rel = corpus && this.relativePath(corpus, uri);
    return rel !== undefined && corpus!.layout.isArticle(rel);
  }

  /** Where the sidecar of an article is (next to it, or in the corpus's sidecar folder). */
  sidecarUri(article: vscode.Uri): vscode.Uri {
    const corpus = this.corpusOf(article);
    const rel = corpus && this.relativePath(corpus, article);
    if (corpus === undefined || rel === undefined) return article.with({ path: corpusLayout(defaultConfig()).sidecarPath(article.path) });
    return vscode.Uri.joinPath(corpus.root, ...corpus.layout.sidecarPath(rel).split('/'));
  }

  /** The article a sidecar belongs to, or undefined when the file is not a sidecar of its corpus. */
  articleUri(sidecar: vscode.Uri): vscode.Uri | undefined {
    const corpus = this.corpusOf(sidecar);
    const rel = corpus && this.relativePath(corpus, sidecar);
    const article = rel === undefined ? undefined : corpus!.layout.articlePath(rel);
    return article === undefined ? undefined : vscode.Uri.joinPath(corpus!.root, ...article.split('/'));
  }

  /** Reads every configuration again now (the watcher does it on its own; a command offers it too). */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(
      () => this.readAll(),
      () => this.readAll(),
    );
    return this.reloading;
  }

  private scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload();
    }, 100);
  }

  private async readAll(): Promise<void> {
    let files: vscode.Uri[] = [];
    try {
      files = (vscode.workspace.workspaceFolders?.length ?? 0) === 0 ? [] : await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/node_modules/**');
    } catch (error) {
      this.log.error(`Could not look for ${CONFIG_FILE}`, error);
      return;
    }
    const next = new Map<string, Corpus>();
    const present = new Set<string>();
    for (const file of files) {
      if (!vscode.workspace.getWorkspaceFolder(file)) continue;
      present.add(file.toString());
      const root = dirOf(file);
      const previous = this.configured.get(root.toString());
      const config = await this.readOne(file, previous?.config);
      const same = previous !== undefined && JSON.stringify(previous.config) === JSON.stringify(config);
      next.set(root.toString(), same ? previous : { root, config, layout: corpusLayout(config), generation: ++this.generation });
    }
    for (const [uri] of this.announced) if (!present.has(uri)) this.announced.delete(uri);
    this.diagnostics.forEach((uri) => {
      if (!present.has(uri.toString())) this.diagnostics.delete(uri);
    });
    const before = [...this.configured.values()];
    const changed = before.length !== next.size || before.some((c) => next.get(c.root.toString()) !== c);
    this.configured = next;
    if (changed) {
      this.log.info(`Team configuration: ${next.size === 0 ? 'none (defaults)' : [...next.values()].map((c) => `${vscode.workspace.asRelativePath(c.root)} (${c.config.labels.map((l) => l.name).join(', ')}${c.config.sidecarFolder ? `; sidecars in ${c.config.sidecarFolder}/` : ''})`).join('; ')}`);
      this.changed.fire();
    }
  }

  /** One file's configuration: the parsed one, or after an error the previous one (else the defaults). */
  private async readOne(file: vscode.Uri, previous: AnnotatorConfig | undefined): Promise<AnnotatorConfig> {
    let text: string | undefined;
    try {
      text = await readTextFile(file);
    } catch (error) {
      this.report(file, `${CONFIG_FILE} could not be read (${error instanceof Error ? error.message : String(error)})`, [
        { message: 'This file is not valid UTF-8 text: save it as UTF-8.', line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error' },
      ], previous, '\u0000unreadable');
      return previous ?? defaultConfig();
    }
    if (text === undefined) return previous ?? defaultConfig();
    const parsed = parseConfig(text);
    this.diagnostics.set(file, toVscodeDiagnostics(parsed.diagnostics));
    if (parsed.ok) {
      this.announced.delete(file.toString());
      return parsed.config;
    }
    const first = parsed.diagnostics.find((d) => d.severity === 'error')!;
    this.report(file, `${vscode.workspace.asRelativePath(file)} has errors (line ${first.line + 1}: ${first.message})`, parsed.diagnostics, previous, text);
    return previous ?? defaultConfig();
  }

  private report(file: vscode.Uri, what: string, diagnostics: ConfigDiagnostic[], previous: AnnotatorConfig | undefined, text: string): void {
    this.diagnostics.set(file, toVscodeDiagnostics(diagnostics));
    const message = `${what}. ${previous ? 'The last valid configuration stays in force' : 'The default labels and files apply'} until it is fixed; see the Problems panel.`;
    this.log.warn(message);
    if (this.announced.get(file.toString()) === text) return;
    this.announced.set(file.toString(), text);
    void vscode.window.showErrorMessage(message);
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
