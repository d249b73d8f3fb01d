// Every open article's session, kept in step with the editor: opened with the document, moved
// along by edits, written on save, reloaded when its sidecar changes on disk, dropped on close.
import * as vscode from 'vscode';
import { ArticleSession } from './articleSession';
import type { SessionHost } from './articleSession';
import { toCodePointEdits } from './ranges';
import { parseSidecar, SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import type { SidecarDiagnostic } from '../core/sidecar/sidecar';
import { stripBom } from '../core/offsets';
import { NOT_UTF8_DIAGNOSTIC, NotUtf8Error, readTextFile } from './sidecarFiles';
import type { CorpusConfigs } from './corpusConfigs';
import { toVscodeDiagnostics } from './diagnostics';

export class ArticleSessions implements vscode.Disposable {
  private readonly sessions = new Map<string, ArticleSession>();
  private readonly opening = new Map<string, Promise<ArticleSession>>();
  private readonly changed = new vscode.EventEmitter<ArticleSession>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly diagnostics = vscode.languages.createDiagnosticCollection('articleAnnotator');
  /** Fires after a session's annotations, suggestions or text changed (and when it opens). */
  readonly onDidChange = this.changed.event;
  private readonly host: SessionHost;

  constructor(
    readonly log: vscode.LogOutputChannel,
    annotator: () => string,
    readonly configs: CorpusConfigs,
  ) {
    this.host = {
      log,
      annotator,
      reportDiagnostics: (uri, list) => this.setDiagnostics(uri, list),
      sidecarUri: (article) => configs.sidecarUri(article),
    };
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.disposables.push(
      this.changed,
      this.diagnostics,
      watcher,
      watcher.onDidChange((uri) => this.sidecarChanged(uri)),
      watcher.onDidCreate((uri) => this.sidecarChanged(uri)),
      watcher.onDidDelete((uri) => this.sidecarChanged(uri)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.openIfArticle(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.sessions.get(d.uri.toString())?.onDocumentSaved()),
      configs.onDidChange(() => void this.reopenAll()),
    );
    for (const d of vscode.workspace.textDocuments) void this.openIfArticle(d);
  }

  get(uri: vscode.Uri): ArticleSession | undefined {
    return this.sessions.get(uri.toString());
  }

  all(): ArticleSession[] {
    return [...this.sessions.values()];
  }

  /** The session of an article document, opening it if needed; undefined for other documents. */
  async ensure(document: vscode.TextDocument): Promise<ArticleSession | undefined> {
    return this.openIfArticle(document);
  }

  /**
   * The team configuration changed. An open article that is still an article with its sidecar in the
   * same place keeps its session (and its undo history) and is redrawn with the new labels; every
   * other one is written where it was read from, then read again under the new configuration.
   */
  private async reopenAll(): Promise<void> {
    const open = [...this.sessions.values()];
    const moved = open.filter((s) => !this.configs.isArticle(s.uri) || this.configs.sidecarUri(s.uri).toString() !== s.sidecarUri.toString());
    for (const s of moved) this.sessions.delete(s.uri.toString());
    this.opening.clear();
    await Promise.all(moved.map((s) => s.flush().finally(() => s.dispose())));
    for (const d of vscode.workspace.textDocuments) void this.openIfArticle(d);
    // Kept ones are redrawn with the new labels and colours; articles that are no longer articles are redrawn empty.
    for (const s of open) if (this.sessions.get(s.uri.toString()) === s || !this.sessions.has(s.uri.toString())) this.changed.fire(s);
  }

  private async openIfArticle(document: vscode.TextDocument): Promise<ArticleSession | undefined> {
    await this.configs.ready;
    if (document.isClosed || !this.configs.isArticle(document.uri)) return undefined;
    const key = document.uri.toString();
    const existing = this.sessions.get(key);
    if (existing) return existing;
    let pending = this.opening.get(key);
    if (!pending) {
      pending = ArticleSession.open(document, this.host);
      this.opening.set(key, pending);
    }
    try {
      const session = await pending;
      if (this.opening.get(key) === pending) {
        this.opening.delete(key);
        if (document.isClosed) {
          session.dispose();
          return undefined;
        }
        this.sessions.set(key, session);
        session.store.onDidChange(() => this.changed.fire(session));
        // Edits made while the session was opening: catch up by finding everything again.
        const now = stripBom(document.getText());
        if (now !== session.store.text) session.store.replaceText(now);
        this.changed.fire(session);
      } else if (this.sessions.get(key) !== session) {
        session.dispose(); // superseded: the configuration changed while it was opening
      }
      return this.sessions.get(key);
    } catch (error) {
      this.opening.delete(key);
      this.log.error(`Could not open the annotations of ${document.uri.toString()}`, error);
      return undefined;
    }
  }

  private edited(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const session = this.sessions.get(key);
    if (!session || event.contentChanges.length === 0) return;
    // The store holds the text before this event. A BOM in the document would shift UTF-16
    // offsets by one; VS Code strips it, but be exact.
    const before = session.store.map;
    // the new text is read once per event, here, and handed to the session
    const raw = event.document.getText();
    const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const changes = bom === 0 ? event.contentChanges : event.contentChanges.map((c) => ({ ...c, rangeOffset: c.rangeOffset - bom }));
    session.onDocumentEdited(event, bom === 0 ? raw : raw.slice(1), before.text, toCodePointEdits(changes, before));
  }

  private close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const session = this.sessions.get(key);
    if (!session) return;
    this.sessions.delete(key);
    void session.flush().finally(() => session.dispose());
  }

  private async sidecarChanged(uri: vscode.Uri): Promise<void> {
    const article = this.configs.articleUri(uri);
    if (!article) return;
    const session = this.sessions.get(article.toString());
    try {
      if (session) {
        await session.onSidecarChangedOnDisk();
        return;
      }
      // An article that is not open: still show what is wrong with its sidecar.
      const text = await readTextFile(uri);
      this.setDiagnostics(uri, text === undefined ? [] : parseSidecar(text).diagnostics);
    } catch (error) {
      if (error instanceof NotUtf8Error) {
        this.setDiagnostics(uri, [NOT_UTF8_DIAGNOSTIC]);
        return;
      }
      this.log.error(`Could not reload ${uri.toString()}`, error);
    }
  }

  private setDiagnostics(uri: vscode.Uri, list: readonly SidecarDiagnostic[]): void {
    this.diagnostics.set(uri, toVscodeDiagnostics(list));
  }

  /** Resolves when every open article's pending sidecar write has finished (failed writes are already reported). */
  async flushAll(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((s) => s.flush()));
  }

  dispose(): void {
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
