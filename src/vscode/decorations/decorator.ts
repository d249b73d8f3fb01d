// Decorations are a view of the annotation store: every visible article editor is drawn from
// its session's store; every type is set on every render (empty when unused); redraws after
// edits are debounced per editor; editors that are not visible are not drawn.
import * as vscode from 'vscode';
import { DRAWN_STATES, OTHER_LABEL, planDecorations } from '../../core/store/decorationPlan';
import { defaultConfig } from '../../core/config/config';
import type { DecorationPlan } from '../../core/store/decorationPlan';
import type { ArticleSession } from '../articleSession';
import type { ArticleSessions } from '../articleSessions';
import { toRangesFromUtf16 } from '../ranges';
import { readSettings } from '../settings';
import { DecorationTypes } from './decorationTypes';

const DEBOUNCE_MS = 60;

function editorKey(editor: vscode.TextEditor): string {
  return `${editor.document.uri.toString()}|${editor.viewColumn ?? 0}`;
}

export class Decorator implements vscode.Disposable {
  private readonly types = new DecorationTypes();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly plans = new WeakMap<ArticleSession, { version: number; settingsKey: string; plan: DecorationPlan }>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Editors drawn at least once, so a file that stops being an article is cleared once. */
  private readonly drawn = new Set<string>();
  /** Suggestions shown (the toggle command flips it; it starts from the setting). */
  showSuggestions = readSettings().showSuggestions;

  constructor(
    private readonly sessions: ArticleSessions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.types.ensure(readSettings().decorationStyle);
    this.disposables.push(
      this.types,
      vscode.window.onDidChangeVisibleTextEditors(() => this.renderVisible()),
      sessions.onDidChange((session) => this.scheduleFor(session)),
      sessions.configs.onDidChange(() => this.renderVisible()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('articleAnnotator')) return;
        if (e.affectsConfiguration('articleAnnotator.showSuggestions')) this.showSuggestions = readSettings().showSuggestions;
        this.types.ensure(readSettings().decorationStyle);
        this.renderVisible();
      }),
    );
    this.renderVisible();
  }

  /** Draws every visible editor now. */
  renderVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.render(editor);
  }

  /** Draws the visible editors of one article now (commands call this to redraw at once). */
  renderNow(session: ArticleSession): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== session.uri.toString()) continue;
      const key = editorKey(editor);
      const timer = this.timers.get(key);
      if (timer) {
        clearTimeout(timer);
        this.timers.delete(key);
      }
      this.render(editor);
    }
  }

  private scheduleFor(session: ArticleSession): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== session.uri.toString()) continue;
      if (!session.firstDrawLogged) {
        this.render(editor);
        continue;
      }
      const key = editorKey(editor);
      const existing = this.timers.get(key);
      if (existing) clearTimeout(existing);
      this.timers.set(
        key,
        setTimeout(() => {
          this.timers.delete(key);
          if (vscode.window.visibleTextEditors.includes(editor)) this.render(editor);
        }, DEBOUNCE_MS),
      );
    }
  }

  private render(editor: vscode.TextEditor): void {
    const session = this.sessions.get(editor.document.uri);
    if (!session) {
      // No longer an article (the team configuration changed): nothing of ours stays drawn.
      if (this.drawn.delete(editorKey(editor))) {
        for (const type of this.types.all()) editor.setDecorations(type, []);
        editor.setDecorations(this.types.boilerplate, []);
      }
      return;
    }
    const settings = readSettings(editor.document.uri);
    const corpus = this.sessions.configs.corpusOf(editor.document.uri);
    const labels = corpus?.config.labels ?? defaultConfig().labels;
    const names = labels.map((l) => l.name);
    const options = { showSuggestions: this.showSuggestions, showRejected: settings.showRejected };
    const settingsKey = `${options.showSuggestions}|${options.showRejected}|${corpus?.root.toString()}#${corpus?.generation}`;
    let cached = this.plans.get(session);
    if (!cached || cached.version !== session.store.version || cached.settingsKey !== settingsKey) {
      cached = { version: session.store.version, settingsKey, plan: planDecorations(session.store, options, names) };
      this.plans.set(session, cached);
    }
    const { plan } = cached;
    const document = editor.document;
    const ranges = new Map<vscode.TextEditorDecorationType, number[]>();
    for (const state of DRAWN_STATES) {
      for (const l of labels) ranges.set(this.types.typeFor(l.name, l.color, state, l.builtin), plan.ranges.get(`${l.name}:${state}`) ?? []);
      if (!names.includes(OTHER_LABEL)) ranges.set(this.types.typeFor(OTHER_LABEL, undefined, state, false), plan.ranges.get(`${OTHER_LABEL}:${state}`) ?? []);
    }
    for (const type of this.types.all()) editor.setDecorations(type, toRangesFromUtf16(document, ranges.get(type) ?? []));
    this.drawn.add(editorKey(editor));
    editor.setDecorations(this.types.boilerplate, toRangesFromUtf16(document, plan.boilerplate));
    if (!session.firstDrawLogged) {
      session.firstDrawLogged = true;
      const count = [...plan.ranges.values()].reduce((n, r) => n + r.length / 2, 0);
      this.log.info(`First decorations of ${document.uri.path.split('/').pop()}: ${count} spans drawn ${(performance.now() - session.openedAt).toFixed(1)} ms after opening`);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
