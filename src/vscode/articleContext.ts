// The context key `articleAnnotator.isArticle`: true while the active editor shows an article
// (a `*.txt` under a workspace folder). `when` clauses of commands, menus and keybindings use it.
import * as vscode from 'vscode';
import { isArticlePath } from '../core/articlePath';

export const IS_ARTICLE_CONTEXT_KEY = 'articleAnnotator.isArticle';

/** True when `uri` is an article of the open workspace. */
export function isArticleUri(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    return false;
  }
  const folderPath = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(folderPath) && isArticlePath(uri.path.slice(folderPath.length));
}

/** Keeps the context key in step with the active editor; dispose to stop. */
export function trackArticleContext(): vscode.Disposable {
  let current: boolean | undefined;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const value = editor !== undefined && isArticleUri(editor.document.uri);
    if (value !== current) {
      current = value;
      void vscode.commands.executeCommand('setContext', IS_ARTICLE_CONTEXT_KEY, value);
    }
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      current = undefined;
      update();
    }),
  );
}
