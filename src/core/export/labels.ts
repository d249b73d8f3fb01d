// Label facts the export formats share: the built-in labels first, then the labels the team
// configuration declares (annotator.config.yaml, in its order), then any other label seen; colours
// (the configuration's when it gives one); attribute meanings.
import type { LabelSpec } from '../config/config';
import { BUILTIN_LABELS, CLAIM_KINDS } from '../model';

export const LABEL_COLOURS: Record<string, string> = {
  speaker: '#7fb3ff',
  date: '#8fd18f',
  claim: '#ffc46b',
};

const EXTRA_COLOURS = ['#d9a6ff', '#ff9fb3', '#9fe6e0', '#e6d39f', '#c0c0c0'];

export function colourOf(label: string, index: number, declared: readonly LabelSpec[] = []): string {
  return declared.find((l) => l.name === label)?.color ?? LABEL_COLOURS[label] ?? EXTRA_COLOURS[index % EXTRA_COLOURS.length];
}

/** Built-in labels, then the declared project labels in their order, then the other labels seen, sorted. */
export function orderedLabels(seen: Iterable<string>, declared: readonly LabelSpec[] = []): string[] {
  const builtin = BUILTIN_LABELS as readonly string[];
  const project = declared.map((l) => l.name).filter((l) => !builtin.includes(l));
  const extra = [...new Set(seen)].filter((l) => !builtin.includes(l) && !project.includes(l)).sort();
  return [...BUILTIN_LABELS, ...project, ...extra];
}

export { CLAIM_KINDS };
