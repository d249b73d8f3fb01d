// What to draw: the store's spans grouped by label × state, as UTF-16 ranges ready for an
// editor. Pure, so its cost on big articles is measured without an editor (scripts/bench-editor.ts).
import { BUILTIN_LABELS } from '../model';
import type { AnnotationStore } from './annotationStore';
import type { ItemState } from './storeItem';

/** Labels without a style of their own (not declared in annotator.config.yaml) share this one. */
export const OTHER_LABEL = 'other';
/** Orphans have no place in the text: they are listed, not drawn. */
export const DRAWN_STATES: readonly ItemState[] = ['suggested', 'accepted', 'rejected'];

export function decorationKey(label: string, state: ItemState, drawn: readonly string[]): string {
  return `${drawn.includes(label) ? label : OTHER_LABEL}:${state}`;
}

export interface DecorationOptions {
  showSuggestions: boolean;
  showRejected: boolean;
}

export interface DecorationPlan {
  /** decorationKey → flat [start0, end0, start1, end1, …] UTF-16 offsets. */
  ranges: Map<string, number[]>;
  boilerplate: number[];
}

/** `labels`: the labels with a style of their own (the built-ins, and those of the team configuration). */
export function planDecorations(store: AnnotationStore, options: DecorationOptions, labels: readonly string[] = BUILTIN_LABELS): DecorationPlan {
  const map = store.map;
  const ranges = new Map<string, number[]>();
  const drawn = labels.includes(OTHER_LABEL) ? labels : [...labels, OTHER_LABEL];
  for (const label of drawn) for (const state of DRAWN_STATES) ranges.set(`${label}:${state}`, []);
  const push = (key: string, start: number, end: number) => {
    const list = ranges.get(key)!;
    list.push(map.toUtf16(start), map.toUtf16(end));
  };
  if (options.showSuggestions) {
    for (const s of store.pendingSuggestions()) push(decorationKey(s.label, 'suggested', drawn), s.start, s.end);
  }
  for (const a of store.annotations()) {
    if (a.orphaned) continue;
    if (a.decision === 'rejected' && !options.showRejected) continue;
    push(decorationKey(a.label, a.decision, drawn), a.start, a.end);
  }
  const boilerplate: number[] = [];
  for (const b of store.boilerplate) boilerplate.push(map.toUtf16(b.start), map.toUtf16(b.end));
  return { ranges, boilerplate };
}
