// "Undo Annotation Change": steps back through this article's annotation changes.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget } from '../commandSupport';

export function undoAnnotation(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Undo Annotation Change', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const t0 = performance.now();
    const description = target.session.store.undo();
    if (!description) {
      void vscode.window.showInformationMessage('No annotation change to undo in this article.');
      return undefined;
    }
    await finishChange(env, target.session, t0, `Undo: ${description}`);
    vscode.window.setStatusBarMessage(`Undone: ${description}`, 3000);
    return description;
  });
}
