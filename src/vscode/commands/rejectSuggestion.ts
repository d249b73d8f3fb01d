// "Reject Suggestion": the suggestion under the cursor (or `key`) is rejected and remembered, so it
// is never suggested again; on an accepted annotation it rejects (or, if made by hand, removes) it.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, itemAtCursor } from '../commandSupport';
import { itemLabel } from '../../core/store/storeItem';

export function rejectSuggestion(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Reject Suggestion', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const item = itemAtCursor(target, args, (i) => i.state === 'suggested' || i.state === 'accepted');
    if (!item) {
      void vscode.window.showInformationMessage('There is no suggestion or annotation at the cursor to reject.');
      return undefined;
    }
    const t0 = performance.now();
    const id = target.session.store.reject(item.key);
    await finishChange(env, target.session, t0, `Reject ${itemLabel(item)}`);
    return id;
  });
}
