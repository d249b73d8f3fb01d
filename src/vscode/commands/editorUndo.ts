// Undo/Redo keys (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z; Cmd+Z, Cmd+Shift+Z) in an article: the newest change
// goes first. An annotation change made since the text was last edited is undone (redone) like
// "Undo Annotation Change"; otherwise the key does what it always does, the text editor's undo.
// Annotation changes older than a text edit stay reachable with the explicit commands.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { historyStep } from './historyStep';

export function editorUndo(env: CommandEnv, direction: 'undo' | 'redo'): () => Promise<string | undefined> {
  const step = historyStep(env, direction);
  return async () => {
    const editor = vscode.window.activeTextEditor;
    const store = editor === undefined ? undefined : env.sessions.get(editor.document.uri)?.store;
    if (store !== undefined && (direction === 'undo' ? store.undoBeforeText : store.redoBeforeText)) return step();
    await vscode.commands.executeCommand(direction === 'undo' ? 'undo' : 'redo');
    return undefined;
  };
}
