// The one adapter between VS Code positions (UTF-16) and the code-point offsets of the core
// (SPEC section 3). Everything that turns an offset into a Range, or an edit into a code-point
// edit, goes through here and through OffsetMap.
import * as vscode from 'vscode';
import type { CodePointEdit } from '../core/anchor/textEdit';
import type { OffsetMap } from '../core/offsets';
import { codePointLength } from '../core/offsets';

/** The editor range of [start, end) in code points. */
export function toRange(document: vscode.TextDocument, map: OffsetMap, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(map.toUtf16(start)), document.positionAt(map.toUtf16(end)));
}

/** Editor ranges from flat UTF-16 offset pairs [s0, e0, s1, e1, …] (see core/store/decorationPlan). */
export function toRangesFromUtf16(document: vscode.TextDocument, flat: readonly number[]): vscode.Range[] {
  const out: vscode.Range[] = new Array(flat.length / 2);
  for (let i = 0; i < flat.length; i += 2) out[i / 2] = new vscode.Range(document.positionAt(flat[i]), document.positionAt(flat[i + 1]));
  return out;
}

/** The code-point offset of an editor position. */
export function toCodePoint(document: vscode.TextDocument, map: OffsetMap, position: vscode.Position): number {
  return map.toCodePoint(document.offsetAt(position));
}

/** The code-point span of an editor range. */
export function toCodePointSpan(document: vscode.TextDocument, map: OffsetMap, range: vscode.Range): { start: number; end: number } {
  return { start: toCodePoint(document, map, range.start), end: toCodePoint(document, map, range.end) };
}

/**
 * The code-point edits of one change event, in the order to apply them, given the offset map of
 * the text before the event. VS Code reports the changes of one event against the text before it;
 * applied from the end of the document to its start, earlier offsets stay valid.
 */
export function toCodePointEdits(changes: readonly vscode.TextDocumentContentChangeEvent[], before: OffsetMap): CodePointEdit[] {
  const sorted = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  return sorted.map((change) => ({
    start: before.toCodePoint(change.rangeOffset),
    end: before.toCodePoint(change.rangeOffset + change.rangeLength),
    length: codePointLength(change.text),
  }));
}
