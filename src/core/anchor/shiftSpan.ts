// Moving a span with the text while the article is edited in the editor (SPEC section 3:
// offsets are code points). Pure arithmetic, no text needed.
import type { CodePointEdit, Span } from './textEdit';

/** What happened to a span under one edit: moved/resized, or its text was destroyed. */
export type ShiftResult = { kind: 'kept'; span: Span } | { kind: 'destroyed' };

/**
 * Applies one edit to a span.
 * - an edit wholly before the span moves it (an insertion exactly at its start too: typing
 *   before a word does not grow the annotation);
 * - an edit wholly after it (or an insertion at its end) leaves it alone;
 * - an edit inside it grows or shrinks it;
 * - an edit overlapping one edge trims the span to the text that survives;
 * - an edit that removes all of its text destroys it (the caller orphans the annotation).
 */
export function shiftSpan(span: Span, edit: CodePointEdit): ShiftResult {
  const { start, end } = span;
  const delta = edit.length - (edit.end - edit.start);
  if (edit.end <= start) return { kind: 'kept', span: { start: start + delta, end: end + delta } };
  if (edit.start >= end) return { kind: 'kept', span };
  // The edit overlaps the span (or inserts strictly inside it).
  if (edit.start <= start && edit.end >= end) return { kind: 'destroyed' };
  if (edit.start >= start && edit.end <= end) return { kind: 'kept', span: { start, end: end + delta } };
  // Cuts the beginning: what survives starts after the inserted text.
  if (edit.start < start) return { kind: 'kept', span: { start: edit.start + edit.length, end: end + delta } };
  // Cuts the end: the span ends where the edit began.
  return { kind: 'kept', span: { start, end: edit.start } };
}

/** Applies edits given in order (each against the text the previous ones produced). */
export function shiftSpanThrough(span: Span, edits: readonly CodePointEdit[]): ShiftResult {
  let current = span;
  for (const edit of edits) {
    const result = shiftSpan(current, edit);
    if (result.kind === 'destroyed') return result;
    current = result.span;
  }
  return { kind: 'kept', span: current };
}
