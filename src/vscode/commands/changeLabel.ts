// "Change Label": gives the suggestion or annotation under the cursor another label (a quick
// fix offers it on suggestions). The machine's suggestion is remembered as rejected.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, itemAtCursor } from '../commandSupport';
import { itemLabel } from '../../core/store/storeItem';
import { labelsFor, pickLabel } from '../labelPicker';

export function changeLabel(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Change Label', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const item = itemAtCursor(target, args, (i) => i.state === 'suggested' || i.state === 'accepted');
    if (!item) {
      void vscode.window.showInformationMessage('Put the cursor on a suggestion or annotation to change its label.');
      return undefined;
    }
    const labels = labelsFor(env.sessions.configs, target.session.uri, []).filter((l) => l.name !== item.label);
    const label = args.label ?? (await pickLabel(labels, `New label for ${itemLabel(item)}`));
    if (!label) return undefined;
    const t0 = performance.now();
    const id = target.session.store.changeLabel(item.key, label);
    await finishChange(env, target.session, t0, `Change ${itemLabel(item)} to ${label}`);
    return id;
  });
}
