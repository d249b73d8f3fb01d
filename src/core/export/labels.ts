// Label facts the export formats share: the built-in labels first, colours, attribute meanings.
import { BUILTIN_LABELS, CLAIM_KINDS } from '../model';

export const LABEL_COLOURS: Record<string, string> = {
  speaker: '#7fb3ff',
  date: '#8fd18f',
  claim: '#ffc46b',
};

const EXTRA_COLOURS = ['#d9a6ff', '#ff9fb3', '#9fe6e0', '#e6d39f', '#c0c0c0'];

export function colourOf(label: string, index: number): string {
  return LABEL_COLOURS[label] ?? EXTRA_COLOURS[index % EXTRA_COLOURS.length];
}

/** Built-in labels, then the other labels seen, sorted. */
export function orderedLabels(seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((l) => !(BUILTIN_LABELS as readonly string[]).includes(l)).sort();
  return [...BUILTIN_LABELS, ...extra];
}

export { CLAIM_KINDS };
