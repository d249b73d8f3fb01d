// "Remove Annotation": deletes the decision under the cursor (or `key`); a machine suggestion
// there becomes pending again. Undoable.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, itemAtCursor } from '../commandSupport';
import { itemLabel } from '../../core/store/storeItem';

export function removeAnnotation(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Remove Annotation', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const item = args.key !== undefined ? target.session.store.item(args.key) : itemAtCursor(target, args, (i) => i.state === 'accepted' || i.state === 'rejected');
    if (!item || item.state === 'suggested') {
      void vscode.window.showInformationMessage('There is no annotation at the cursor to remove.');
      return undefined;
    }
    const t0 = performance.now();
    const id = target.session.store.remove(item.key);
    await finishChange(env, target.session, t0, `Remove ${itemLabel(item)}`);
    return id;
  });
}
