// Quick fixes (Ctrl+.) on a suggestion or annotation: accept, reject, change the label.
import * as vscode from 'vscode';
import { BUILTIN_LABELS } from '../core/model';
import type { ArticleSessions } from './articleSessions';
import { CommandIds } from './commandIds';
import { toCodePoint } from './ranges';
import { itemLabel } from '../core/store/storeItem';

export class AnnotationCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly sessions: ArticleSessions) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const session = this.sessions.get(document.uri);
    if (!session || session.blocked) return [];
    const store = session.store;
    const offset = toCodePoint(document, store.map, range.start);
    const actions: vscode.CodeAction[] = [];
    const labels = this.sessions.configs.corpusOf(document.uri)?.config.labels.map((l) => l.name) ?? BUILTIN_LABELS;
    for (const item of store.itemsAt(offset).slice(0, 2)) {
      const args = [{ uri: document.uri.toString(), key: item.key }];
      const add = (title: string, command: string, extra: object = {}, preferred = false) => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command, arguments: [{ ...args[0], ...extra }] };
        action.isPreferred = preferred;
        actions.push(action);
      };
      if (item.state === 'suggested') add(`Accept ${itemLabel(item)}`, CommandIds.acceptSuggestion, {}, true);
      add(item.state === 'suggested' ? `Reject ${itemLabel(item)}` : `Reject annotation ${itemLabel(item)}`, CommandIds.rejectSuggestion);
      for (const label of labels) {
        if (label !== item.label) add(`Change ${itemLabel(item)} to ${label}`, CommandIds.changeLabel, { label });
      }
    }
    return actions;
  }
}
