// The status bar of an article: its status, how many decisions and pending suggestions it has,
// and orphaned annotations (clicking lists them for re-attaching), or why it cannot be annotated.
import * as vscode from 'vscode';
import type { ArticleSessions } from './articleSessions';
import { CommandIds } from './commandIds';

export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articleAnnotator.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly sessions: ArticleSessions) {
    this.item.name = 'Article Annotator';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      sessions.onDidChange((s) => {
        if (s.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const session = editor && this.sessions.get(editor.document.uri);
    if (!session) {
      this.item.hide();
      return;
    }
    if (session.blocked) {
      this.item.text = session.articleBlocked ? '$(error) Article not UTF-8' : '$(error) Sidecar invalid';
      this.item.tooltip = session.blocked;
      this.item.command = session.articleBlocked ? undefined : 'workbench.actions.view.problems';
      this.item.show();
      return;
    }
    const store = session.store;
    const accepted = store.annotations().filter((a) => !a.orphaned && a.decision === 'accepted').length;
    const orphans = store.orphans().length;
    const pending = store.pendingSuggestions().length;
    this.item.text = `$(tag) ${store.status} · ${accepted} annotated · ${pending} suggested${orphans ? ` · $(warning) ${orphans} orphaned` : ''}`;
    this.item.tooltip = orphans
      ? `${orphans} annotation${orphans === 1 ? '' : 's'} could not be found in the text after it changed. Click to list them; select the right text first to re-attach one.`
      : 'Article Annotator: this article’s status, accepted annotations and pending suggestions';
    this.item.command = orphans ? CommandIds.reattachOrphan : CommandIds.nextSuggestion;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
