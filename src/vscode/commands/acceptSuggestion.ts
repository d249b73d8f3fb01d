// "Accept Suggestion": the suggestion under the cursor (or `key`) becomes an accepted annotation;
// on a rejected decision (shown with articleAnnotator.showRejected) it accepts it again.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, itemAtCursor } from '../commandSupport';
import { itemLabel } from '../../core/store/storeItem';

export function acceptSuggestion(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Accept Suggestion', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const item = itemAtCursor(target, args, (i) => i.state === 'suggested' || i.state === 'rejected');
    if (!item) {
      void vscode.window.showInformationMessage('There is no suggestion at the cursor. Use Next Suggestion (Alt+]) to go to one.');
      return undefined;
    }
    const t0 = performance.now();
    const id = target.session.store.accept(item.key, args.attrs);
    await finishChange(env, target.session, t0, `Accept ${itemLabel(item)}`);
    return id;
  });
}
