// "Accept All Suggestions in Selection": every pending suggestion inside the selection, after
// confirming the count, as one undoable step.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, selectionSpan } from '../commandSupport';

export function acceptInSelection(env: CommandEnv): (raw?: unknown) => Promise<string[] | undefined> {
  return command(env, 'Accept Suggestions in Selection', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const span = selectionSpan(target, args);
    if (!span) {
      void vscode.window.showInformationMessage('Select the part of the article whose suggestions you want to accept.');
      return undefined;
    }
    const items = target.session.store.itemsIn(span.start, span.end, 'suggested');
    if (items.length === 0) {
      void vscode.window.showInformationMessage('There are no pending suggestions in the selection.');
      return undefined;
    }
    if (!args.confirmed) {
      const answer = await vscode.window.showWarningMessage(`Accept ${items.length} suggestion${items.length === 1 ? '' : 's'} in the selection?`, { modal: true }, 'Accept');
      if (answer !== 'Accept') return undefined;
    }
    const t0 = performance.now();
    const ids = target.session.store.acceptMany(items.map((i) => i.key));
    await finishChange(env, target.session, t0, `Accept ${ids.length} suggestions in selection`);
    return ids;
  });
}
