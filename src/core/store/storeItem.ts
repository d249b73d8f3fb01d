// What the editor shows for one span: a pending machine suggestion or a stored human decision.
import type { Attrs, Origin } from '../model';
import { clip } from '../clip';

export type ItemState = 'suggested' | 'accepted' | 'rejected' | 'orphaned';
export const ITEM_STATES: readonly ItemState[] = ['suggested', 'accepted', 'rejected', 'orphaned'];

export interface StoreItem {
  /** The annotation id (`s3`), or for a pending suggestion its key (`speaker@1012-1017`). */
  key: string;
  label: string;
  /** Code points, end exclusive. For an orphan, where it was last seen. */
  start: number;
  end: number;
  text: string;
  state: ItemState;
  origin: Origin;
  attrs: Attrs;
  links?: { speaker?: string };
  score?: number;
  rule?: string;
}

/** The key of a pending suggestion: label and span identify it across re-runs of the suggester. */
export function suggestionKey(label: string, start: number, end: number): string {
  return `${label}@${start}-${end}`;
}

export function isSuggestionKey(key: string): boolean {
  return key.includes('@');
}

/**
 * A one-line label for pickers, hovers and quick fixes: `speaker “Dmitry Peskov”`, the text cut after
 * 47 characters. It cuts by code points, so an emoji or another non-BMP character is never split.
 */
export function itemLabel(item: Pick<StoreItem, 'label' | 'text'>): string {
  return `${item.label} “${clip(item.text, 50).replace(/\s+/g, ' ')}”`;
}
