// The shared body of "Undo Annotation Change" and "Redo Annotation Change": one step through this
// article's annotation history, written to the sidecar and redrawn like any other change.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget } from '../commandSupport';

const WORDS = {
  undo: { title: 'Undo Annotation Change', verb: 'Undo', done: 'Undone', none: 'No annotation change to undo in this article.' },
  redo: { title: 'Redo Annotation Change', verb: 'Redo', done: 'Redone', none: 'No undone annotation change to redo in this article.' },
} as const;

export function historyStep(env: CommandEnv, direction: 'undo' | 'redo'): (raw?: unknown) => Promise<string | undefined> {
  const words = WORDS[direction];
  return command(env, words.title, async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const t0 = performance.now();
    const description = direction === 'undo' ? target.session.store.undo() : target.session.store.redo();
    if (!description) {
      void vscode.window.showInformationMessage(words.none);
      return undefined;
    }
    await finishChange(env, target.session, t0, `${words.verb}: ${description}`);
    vscode.window.setStatusBarMessage(`${words.done}: ${description}`, 3000);
    return description;
  });
}
