// "Re-attach Orphaned Annotation": lists the annotations whose text could not be found again and
// puts the one picked (or `key`) on the selected text.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, selectionSpan } from '../commandSupport';

export function reattachOrphan(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Re-attach Orphaned Annotation', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const store = target.session.store;
    const orphans = store.orphans();
    if (orphans.length === 0 && args.key === undefined) {
      void vscode.window.showInformationMessage('This article has no orphaned annotations: every one was found in the text.');
      return undefined;
    }
    const span = selectionSpan(target, args);
    let key = args.key;
    if (key === undefined) {
      const picked = await vscode.window.showQuickPick(
        orphans.map((o) => ({ label: o.text.replace(/\s+/g, ' ').slice(0, 80), description: `${o.label} ${o.id} · ${o.decision}`, detail: `was at ${o.start}–${o.end}`, id: o.id })),
        { title: span ? 'Re-attach which orphaned annotation to the selection?' : 'Orphaned annotations (select text first to re-attach one)' },
      );
      if (!picked) return undefined;
      key = picked.id;
    }
    if (!span) {
      void vscode.window.showInformationMessage('Select the text the annotation belongs to, then run Re-attach again.');
      return undefined;
    }
    const t0 = performance.now();
    const id = store.reattach(key, span.start, span.end);
    await finishChange(env, target.session, t0, `Re-attach ${id}`);
    return id;
  });
}
