// "Next/Previous Suggestion" and "Next/Previous Annotation": move the cursor to the next pending
// suggestion (or decision) after or before it, wrapping around, and select it.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, cursorOffset, findTarget } from '../commandSupport';
import { toRange } from '../ranges';
import { readSettings } from '../settings';

export function moveToItem(env: CommandEnv, kind: 'suggestion' | 'annotation', direction: 1 | -1): (raw?: unknown) => Promise<string | undefined> {
  return command(env, `${direction > 0 ? 'Next' : 'Previous'} ${kind}`, async (args) => {
    const target = await findTarget(env, args, { write: false });
    if (!target?.editor) return undefined;
    const store = target.session.store;
    const showRejected = readSettings(target.session.uri).showRejected;
    const spans =
      kind === 'suggestion'
        ? store.pendingSuggestions().map((s) => store.itemForSuggestion(s))
        : store
            .annotations()
            .filter((a) => !a.orphaned && (a.decision === 'accepted' || showRejected))
            .map((a) => store.itemForAnnotation(a));
    if (spans.length === 0) {
      void vscode.window.showInformationMessage(kind === 'suggestion' ? 'No pending suggestions left in this article.' : 'This article has no annotations yet.');
      return undefined;
    }
    const here = cursorOffset(target, args) ?? 0;
    const found =
      direction > 0
        ? (spans.find((s) => s.start > here) ?? spans[0])
        : ([...spans].reverse().find((s) => s.start < here) ?? spans[spans.length - 1]);
    const range = toRange(target.editor.document, store.map, found.start, found.end);
    target.editor.selection = new vscode.Selection(range.start, range.end);
    target.editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return found.key;
  });
}
