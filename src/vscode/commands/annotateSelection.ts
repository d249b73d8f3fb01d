// "Annotate Selection As…": the selected text becomes a manual annotation with a label from a
// quick pick, or `label` (each built-in label has its own shortcut passing it).
import * as vscode from 'vscode';
import { BUILTIN_LABELS } from '../../core/model';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, selectionSpan } from '../commandSupport';

export function annotateSelection(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Annotate Selection', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const span = selectionSpan(target, args);
    if (!span || span.start === span.end) {
      void vscode.window.showInformationMessage('Select the words to annotate first.');
      return undefined;
    }
    const store = target.session.store;
    const labels = [...new Set<string>([...BUILTIN_LABELS, ...store.annotations().map((a) => a.label)])];
    const label =
      args.label ??
      (await vscode.window.showQuickPick(labels, { title: `Annotate “${store.map.sliceCodePoints(span.start, span.end).slice(0, 60)}” as`, placeHolder: 'label' }));
    if (!label) return undefined;
    const t0 = performance.now();
    const id = store.annotate(label, span.start, span.end, args.attrs);
    await finishChange(env, target.session, t0, `Annotate ${label} ${id}`);
    return id;
  });
}
