// The context key `articleAnnotator.isArticle`: true while the active editor shows an article (by
// default a `*.txt` under a workspace folder; the corpus's annotator.config.yaml may say otherwise).
// `when` clauses of commands, menus and keybindings use it.
import * as vscode from 'vscode';
import type { CorpusConfigs } from './corpusConfigs';

export const IS_ARTICLE_CONTEXT_KEY = 'articleAnnotator.isArticle';

/** Keeps the context key in step with the active editor and the team configuration; dispose to stop. */
export function trackArticleContext(configs: CorpusConfigs): vscode.Disposable {
  let current: boolean | undefined;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const value = editor !== undefined && configs.isArticle(editor.document.uri);
    if (value !== current) {
      current = value;
      void vscode.commands.executeCommand('setContext', IS_ARTICLE_CONTEXT_KEY, value);
    }
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    configs.onDidChange(update),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      current = undefined;
      update();
    }),
  );
}
