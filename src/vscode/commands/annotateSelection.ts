// "Annotate Selection As…": the selected text becomes a manual annotation with a label from a
// quick pick (the labels of the corpus's annotator.config.yaml, with their shortcuts), or `label`
// (each built-in label has its own shortcut passing it). A project label with declared attributes
// picked from the list is asked for them (Escape leaves them empty).
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, selectionSpan } from '../commandSupport';
import { askDeclaredAttributes, labelsFor, pickLabel } from '../labelPicker';

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
    const labels = labelsFor(env.sessions.configs, target.session.uri, store.annotations().map((a) => a.label));
    const quoted = `“${store.map.sliceCodePoints(span.start, span.end).slice(0, 60)}”`;
    const label = args.label ?? (await pickLabel(labels, `Annotate ${quoted} as`));
    if (!label) return undefined;
    const spec = labels.find((l) => l.name === label);
    const attrs = args.attrs ?? (args.label === undefined && spec && !spec.builtin ? await askDeclaredAttributes(spec, {}, `${label} ${quoted}`) : undefined);
    const t0 = performance.now();
    const id = store.annotate(label, span.start, span.end, attrs);
    await finishChange(env, target.session, t0, `Annotate ${label} ${id}`);
    return id;
  });
}
