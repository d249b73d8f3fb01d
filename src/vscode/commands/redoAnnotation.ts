// "Redo Annotation Change": re-applies the last undone annotation change of this article.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget } from '../commandSupport';

export function redoAnnotation(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Redo Annotation Change', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const t0 = performance.now();
    const description = target.session.store.redo();
    if (!description) {
      void vscode.window.showInformationMessage('No undone annotation change to redo in this article.');
      return undefined;
    }
    await finishChange(env, target.session, t0, `Redo: ${description}`);
    vscode.window.setStatusBarMessage(`Redone: ${description}`, 3000);
    return description;
  });
}
