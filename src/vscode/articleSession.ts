// One open article: its annotation store, its sidecar on disk and whether that sidecar may be
// written. The sidecar is written after every annotation change and when the article is saved;
// a sidecar that does not parse or fit the schema blocks every write until it is valid again.
import * as vscode from 'vscode';
import { AnnotationStore } from '../core/store/annotationStore';
import type { StoreChange } from '../core/store/annotationStore';
import { emptySidecar, parseSidecar } from '../core/sidecar/sidecar';
import { SidecarWriter } from '../core/store/sidecarWriter';
import type { Sidecar, SidecarDiagnostic } from '../core/sidecar/sidecar';
import { suggest } from '../core/suggest/suggest';
import type { SuggestionResult } from '../core/model';
import { stripBom } from '../core/offsets';
import { sha256Hex, sha256OfText } from '../core/hash';
import { NOT_UTF8_DIAGNOSTIC, NotUtf8Error, readTextFile, writeFileAtomic } from './sidecarFiles';

export interface SessionHost {
  readonly log: vscode.LogOutputChannel;
  /** Shows (or clears, with an empty list) the sidecar's problems in the Problems panel. */
  reportDiagnostics(sidecar: vscode.Uri, diagnostics: readonly SidecarDiagnostic[]): void;
  annotator(): string;
  /** Where the article's sidecar is (SPEC section 6: next to it, or in the corpus's sidecar folder). */
  sidecarUri(article: vscode.Uri): vscode.Uri;
}

/** Longer articles (UTF-16 units) get their suggestions after the first draw. */
const LARGE_ARTICLE = 200_000;

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function runSuggester(text: string, log: vscode.LogOutputChannel): SuggestionResult {
  try {
    return suggest(text);
  } catch (error) {
    log.error('The pre-annotator failed on this article; showing no suggestions', error);
    return { meta: {}, boilerplate: [], suggestions: [] };
  }
}

/** The sidecar's text, or that its bytes are not UTF-8 (then it is never parsed nor written). */
async function readSidecar(uri: vscode.Uri): Promise<{ text: string | undefined; notUtf8: boolean }> {
  try {
    return { text: await readTextFile(uri), notUtf8: false };
  } catch (error) {
    if (error instanceof NotUtf8Error) return { text: undefined, notUtf8: true };
    throw error;
  }
}

/** The article's bytes, or undefined when they cannot be read (no file behind the document). */
async function readArticleBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

/** The bytes as text, or undefined when they are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function notUtf8ArticleMessage(article: vscode.Uri): string {
  return `${fileName(article)} is not UTF-8 text: convert it to UTF-8 to annotate it; nothing was changed.`;
}

function notUtf8SidecarMessage(sidecar: vscode.Uri): string {
  return `The sidecar ${fileName(sidecar)} is not valid UTF-8: save it as UTF-8 first; it is not overwritten until its encoding is fixed.`;
}

function blockedMessage(sidecar: vscode.Uri, diagnostics: readonly SidecarDiagnostic[]): string {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first ? ` (line ${first.line + 1}, column ${first.column + 1}: ${first.message})` : '';
  return `The sidecar ${fileName(sidecar)} has errors${where}. Fix it first: it is not overwritten while it is invalid.`;
}

export class ArticleSession implements vscode.Disposable {
  readonly sidecarUri: vscode.Uri;
  /** Why annotation changes are refused because of the sidecar on disk (invalid, not UTF-8), or undefined. */
  private sidecarBlocked: string | undefined;
  /** Why annotation changes are refused because of the article's bytes (not UTF-8), or undefined. */
  articleBlocked: string | undefined;
  /** The sidecar on disk is not UTF-8: it is neither parsed nor written until it is. */
  private sidecarNotUtf8 = false;
  /** The article's bytes read when it was opened, kept for the first sha256 (no second read). */
  private diskBytes: { text: string; bytes: Uint8Array } | undefined;
  /** When the article was opened (ms, performance.now), for the first-draw log line. */
  readonly openedAt: number;
  firstDrawLogged = false;
  private sidecarText: string | undefined;
  /** Prints the sidecar after each change, patching only what changed when it can. */
  private readonly writer = new SidecarWriter();
  private writeChain: Promise<void> = Promise.resolve();
  private diskSha: { text: string; sha: string } | undefined;
  private resuggestTimer: ReturnType<typeof setTimeout> | undefined;
  private cleanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: () => void;

  private constructor(
    readonly document: vscode.TextDocument,
    readonly store: AnnotationStore,
    private readonly host: SessionHost,
    sidecarText: string | undefined,
    parsed: Sidecar | undefined,
    blocked: string | undefined,
    openedAt: number,
  ) {
    this.sidecarUri = host.sidecarUri(document.uri);
    this.sidecarText = sidecarText;
    this.writer.reset(blocked ? undefined : sidecarText, parsed);
    this.sidecarBlocked = blocked;
    this.openedAt = openedAt;
    this.unsubscribe = store.onDidChange((change) => this.onStoreChange(change));
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  /** Why annotation changes are refused (the article is not UTF-8, or its sidecar is invalid), or undefined. */
  get blocked(): string | undefined {
    return this.articleBlocked ?? this.sidecarBlocked;
  }

  static async open(document: vscode.TextDocument, host: SessionHost): Promise<ArticleSession> {
    const openedAt = performance.now();
    const sidecarUri = host.sidecarUri(document.uri);
    const [sidecarRead, articleBytes] = await Promise.all([readSidecar(sidecarUri), readArticleBytes(document.uri)]);
    const sidecarText = sidecarRead.text;
    const read = performance.now();
    const text = stripBom(document.getText());
    // Offsets are code points of the file read as UTF-8 (as export and validate read it): an
    // article whose bytes are not UTF-8 is shown but never annotated.
    const decoded = articleBytes && decodeUtf8(articleBytes);
    const articleBlocked = articleBytes && decoded === undefined ? notUtf8ArticleMessage(document.uri) : undefined;
    // the sha256 of the file's bytes is computed when the sidecar is first written
    let sidecar: Sidecar = emptySidecar(fileName(document.uri), sha256OfText(text));
    let blocked: string | undefined;
    let parsedSidecar: Sidecar | undefined;
    if (sidecarRead.notUtf8) {
      host.reportDiagnostics(sidecarUri, [NOT_UTF8_DIAGNOSTIC]);
      blocked = notUtf8SidecarMessage(sidecarUri);
    } else if (sidecarText !== undefined) {
      const parsed = parseSidecar(sidecarText);
      host.reportDiagnostics(sidecarUri, parsed.diagnostics);
      if (parsed.ok) sidecar = parsedSidecar = structuredClone(parsed.sidecar);
      else blocked = blockedMessage(sidecarUri, parsed.diagnostics);
    }
    // A long article is drawn with its stored decisions first; its suggestions follow a moment later.
    const deferSuggestions = text.length > LARGE_ARTICLE;
    const suggestions = deferSuggestions || articleBlocked ? { meta: {}, boilerplate: [], suggestions: [] } : runSuggester(text, host.log);
    const suggested = performance.now();
    const store = new AnnotationStore({ text, sidecar, suggestions });
    store.annotator ??= host.annotator() || undefined;
    const session = new ArticleSession(document, store, host, sidecarText, parsedSidecar, blocked, openedAt);
    session.sidecarNotUtf8 = sidecarRead.notUtf8;
    session.articleBlocked = articleBlocked;
    if (articleBytes && decoded !== undefined && stripBom(decoded) === text) session.diskBytes = { text, bytes: articleBytes };
    const r = store.lastReport;
    host.log.info(
      `${fileName(document.uri)}: ${store.annotations().length} annotations (${r.unchanged} in place, ${r.exact} moved, ${r.fuzzy} fuzzy, ${r.orphaned} orphaned), ${store.pendingSuggestions().length} suggestions` +
        ` (files read in ${(read - openedAt).toFixed(0)} ms, suggester ${(suggested - read).toFixed(0)} ms, store ${(performance.now() - suggested).toFixed(0)} ms)` +
        (blocked ? `; sidecar invalid, not written: ${blocked}` : ''),
    );
    if (articleBlocked) host.log.warn(articleBlocked);
    if (!blocked && sidecarText !== undefined && (r.exact > 0 || r.fuzzy > 0)) void session.save();
    if (deferSuggestions && !articleBlocked) session.scheduleResuggest(0);
    return session;
  }

  /** Resolves when every write asked for so far has finished. */
  flush(): Promise<void> {
    return this.writeChain;
  }

  /** Writes the sidecar (unless it is blocked or unchanged); returns when it is on disk. */
  save(): Promise<void> {
    this.writeChain = this.writeChain.then(
      () => this.writeNow(),
      () => this.writeNow(),
    );
    return this.writeChain;
  }

  /** The article was edited in the editor: annotations follow the text. */
  /** `text` is the document's new text without a BOM; `textBefore` the store's text before the event. */
  onDocumentEdited(event: vscode.TextDocumentChangeEvent, text: string, textBefore: string, edits: Parameters<AnnotationStore['applyEdits']>[0]): void {
    // The editor reloads a file changed on disk by replacing all of its text.
    const change = event.contentChanges.length === 1 ? event.contentChanges[0] : undefined;
    const wholeReload = change !== undefined && change.rangeOffset === 0 && change.rangeLength >= textBefore.length && event.reason === undefined;
    if (wholeReload || textBefore.length === 0) {
      // The editor reloaded the file from disk (changed outside): find every annotation again.
      const report = this.store.replaceText(text);
      this.host.log.info(`${fileName(this.uri)} changed on disk: ${report.unchanged} in place, ${report.exact} moved, ${report.fuzzy} fuzzy, ${report.orphaned} orphaned`);
      if (this.articleBlocked) void this.recheckArticle();
      else this.store.setSuggestions(runSuggester(text, this.host.log));
      void this.save();
      return;
    }
    this.store.applyEdits(edits, text);
    // Suggestions move with the text meanwhile; on a long article the suggester (about a second per
    // megabyte, on the extension host) waits for a longer pause in typing.
    this.scheduleResuggest(text.length > LARGE_ARTICLE ? 6000 : 1500);
    this.scheduleCleanCheck();
  }

  /**
   * After edits that leave the document clean (the editor reloaded a file changed on disk as a
   * series of edits, or undo went back to the saved text), the sidecar follows at once.
   */
  private scheduleCleanCheck(): void {
    if (this.cleanTimer) clearTimeout(this.cleanTimer);
    this.cleanTimer = setTimeout(() => {
      this.cleanTimer = undefined;
      if (this.document.isClosed || this.document.isDirty) return;
      // An article converted to UTF-8 outside and reloaded by the editor can be annotated again.
      if (this.articleBlocked) void this.recheckArticle().then(() => this.save());
      else void this.save();
    }, 250);
  }

  /** The article was saved: the sidecar follows with offsets and sha256 of the saved text. */
  async onDocumentSaved(): Promise<void> {
    // Saved with another encoding (Save with Encoding): UTF-8 now lifts the block.
    if (this.articleBlocked) await this.recheckArticle();
    return this.save();
  }

  /** Reads the article's bytes again; once they are UTF-8, annotating works and suggestions are drawn. */
  private async recheckArticle(): Promise<void> {
    const bytes = await readArticleBytes(this.uri);
    if (!bytes || decodeUtf8(bytes) === undefined) return;
    this.articleBlocked = undefined;
    this.host.log.info(`${fileName(this.uri)} is UTF-8 now; it can be annotated.`);
    this.store.setSuggestions(runSuggester(this.store.text, this.host.log));
  }

  /**
   * The sidecar changed on disk (or was created or deleted). Queued behind this session's own
   * writes, so the watcher's echo of a write never reloads an older text over a newer change.
   */
  onSidecarChangedOnDisk(): Promise<void> {
    this.writeChain = this.writeChain.then(
      () => this.reloadIfChangedOnDisk(),
      () => this.reloadIfChangedOnDisk(),
    );
    return this.writeChain;
  }

  private async reloadIfChangedOnDisk(): Promise<void> {
    let text: string | undefined;
    try {
      text = await readTextFile(this.sidecarUri);
    } catch (error) {
      if (!(error instanceof NotUtf8Error)) throw error;
      if (!this.sidecarNotUtf8) this.blockNotUtf8Sidecar();
      return;
    }
    if (text === this.sidecarText && !this.sidecarNotUtf8) return;
    this.sidecarNotUtf8 = false;
    if (text === undefined) {
      this.sidecarText = undefined;
      this.writer.reset(undefined, undefined);
      this.host.reportDiagnostics(this.sidecarUri, []);
      this.host.log.warn(`${fileName(this.sidecarUri)} was deleted; the annotations in memory are written again on the next change.`);
      if (this.sidecarBlocked) {
        this.sidecarBlocked = undefined;
        this.store.replaceSidecar(emptySidecar(fileName(this.uri), (await this.sha()) ?? ''));
      }
      return;
    }
    this.loadSidecarText(text);
  }

  dispose(): void {
    this.unsubscribe();
    if (this.resuggestTimer) clearTimeout(this.resuggestTimer);
    if (this.cleanTimer) clearTimeout(this.cleanTimer);
  }

  /** The sidecar on disk is not UTF-8: reported, and never parsed nor written until it is. */
  private blockNotUtf8Sidecar(): void {
    this.sidecarNotUtf8 = true;
    this.sidecarText = undefined;
    this.host.reportDiagnostics(this.sidecarUri, [NOT_UTF8_DIAGNOSTIC]);
    this.sidecarBlocked = notUtf8SidecarMessage(this.sidecarUri);
    this.host.log.warn(this.sidecarBlocked);
    this.store.replaceSidecar(emptySidecar(fileName(this.uri), ''));
  }

  private loadSidecarText(text: string): void {
    this.sidecarText = text;
    const parsed = parseSidecar(text);
    this.host.reportDiagnostics(this.sidecarUri, parsed.diagnostics);
    if (!parsed.ok) {
      this.sidecarBlocked = blockedMessage(this.sidecarUri, parsed.diagnostics);
      this.host.log.warn(this.sidecarBlocked);
      this.store.replaceSidecar(emptySidecar(fileName(this.uri), ''));
      return;
    }
    this.sidecarBlocked = undefined;
    this.writer.reset(text, structuredClone(parsed.sidecar));
    const report = this.store.replaceSidecar(parsed.sidecar);
    this.host.log.info(`${fileName(this.sidecarUri)} reloaded from disk: ${this.store.annotations().length} annotations, ${report.orphaned} orphaned`);
  }

  private onStoreChange(change: StoreChange): void {
    if (change.persist && change.kind !== 'text' && change.kind !== 'reload') void this.save();
  }

  private scheduleResuggest(delayMs = 1500): void {
    if (this.resuggestTimer) clearTimeout(this.resuggestTimer);
    this.resuggestTimer = setTimeout(() => {
      this.resuggestTimer = undefined;
      if (this.document.isClosed || this.articleBlocked) return;
      const t0 = performance.now();
      this.store.setSuggestions(runSuggester(this.store.text, this.host.log));
      this.host.log.debug(`${fileName(this.uri)}: ${this.store.pendingSuggestions().length} suggestions in ${(performance.now() - t0).toFixed(0)} ms`);
    }, delayMs);
  }

  /**
   * The sha256 of the article the offsets refer to: of the file's bytes when the file holds the
   * store's text (BOM and all), else of the text itself (unsaved edits, or the file changed on
   * disk and the editor has not reloaded it yet). Undefined when the file's bytes are not UTF-8
   * (then the article is blocked).
   */
  private async sha(): Promise<string | undefined> {
    const text = this.store.text;
    if (this.diskSha?.text === text) return this.diskSha.sha;
    const opened = this.diskBytes;
    this.diskBytes = undefined;
    const bytes = opened?.text === text ? opened.bytes : await readArticleBytes(this.uri);
    if (bytes) {
      const decoded = decodeUtf8(bytes);
      if (decoded === undefined) {
        this.articleBlocked = notUtf8ArticleMessage(this.uri);
        this.host.log.warn(this.articleBlocked);
        this.store.setSuggestions({ meta: {}, boilerplate: [], suggestions: [] });
        return undefined;
      }
      if (stripBom(decoded) === text) {
        this.diskSha = { text, sha: sha256Hex(bytes) };
        return this.diskSha.sha;
      }
    }
    return sha256OfText(text);
  }

  /**
   * The sidecar's text on disk (undefined: no file), or false when it is not what this session last
   * wrote or read: then the disk's version is loaded (or the sidecar blocked, when it is not UTF-8)
   * and nothing may be written over it.
   */
  private async readUnlessChanged(): Promise<string | undefined | false> {
    let onDisk: string | undefined;
    try {
      onDisk = await readTextFile(this.sidecarUri);
    } catch (error) {
      if (!(error instanceof NotUtf8Error)) throw error;
      this.blockNotUtf8Sidecar();
      return false;
    }
    if (onDisk !== undefined && onDisk !== this.sidecarText) {
      this.loadSidecarText(onDisk);
      void vscode.window.showWarningMessage(`${fileName(this.sidecarUri)} changed on disk and was reloaded; repeat your last change if it is missing.`);
      return false;
    }
    return onDisk;
  }

  private async writeNow(): Promise<void> {
    if (this.blocked) return;
    try {
      // A change on disk the watcher has not reported yet is read first, never overwritten blindly:
      // here, and again right before the new file replaces it (printing and hashing take time).
      const onDisk = await this.readUnlessChanged();
      if (onDisk === false) return;
      // No decision yet and no file: nothing to save (saving an article creates no empty sidecar).
      if (onDisk === undefined && this.sidecarText === undefined && this.store.annotations().length === 0 && this.store.status === 'todo') return;
      const t0 = performance.now();
      const sha = await this.sha();
      if (sha === undefined) {
        void vscode.window.showErrorMessage(this.articleBlocked ?? notUtf8ArticleMessage(this.uri));
        return;
      }
      const sidecar = this.store.toSidecar(sha);
      const t1 = performance.now();
      const text = this.writer.write(sidecar);
      if (text === this.sidecarText) return;
      const t2 = performance.now();
      if (!(await writeFileAtomic(this.sidecarUri, text, async () => (await this.readUnlessChanged()) !== false))) return;
      // Only now is this what the disk holds: after a failed write the next one must not mistake the
      // old file for an outside change and reload it over the changes in memory.
      this.sidecarText = text;
      this.host.log.debug(`${fileName(this.sidecarUri)}: sha ${(t1 - t0).toFixed(1)} ms, printed (${this.writer.lastMode}) ${(t2 - t1).toFixed(1)} ms, written ${(performance.now() - t2).toFixed(1)} ms`);
    } catch (error) {
      this.host.log.error(`Could not write ${this.sidecarUri.toString()}`, error);
      void vscode.window.showErrorMessage(`Could not save the annotations of ${fileName(this.uri)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
