// The deterministic train/dev/test split: an article's part depends only on the sha256 of its id,
// so re-exporting a grown corpus keeps every old article in its part.
import { sha256OfText } from '../hash';

export type SplitName = 'train' | 'dev' | 'test';

/** Percentages per part, summing to 100, e.g. 80/10/10 (train/dev/test) or 90/10 (train/test). */
export interface SplitSpec {
  parts: Array<{ name: SplitName; percent: number }>;
}

/** Parses "80/10/10" or "90/10". Throws one clear sentence on anything else. */
export function parseSplit(text: string): SplitSpec {
  const numbers = text.split('/').map((s) => s.trim());
  const names: SplitName[][] = [[], [], ['train', 'test'], ['train', 'dev', 'test']];
  const wanted = names[numbers.length];
  if (wanted === undefined || wanted.length === 0 || numbers.some((n) => !/^\d+(\.\d+)?$/.test(n))) {
    throw new Error(`Split "${text}" is not valid: write train/dev/test percentages such as 80/10/10 (or train/test such as 90/10).`);
  }
  const percents = numbers.map(Number);
  const sum = percents.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 1e-9) throw new Error(`Split "${text}" adds up to ${sum}, not 100.`);
  return { parts: wanted.map((name, i) => ({ name, percent: percents[i] })) };
}

/** A number in [0, 1) from the first 52 bits of sha256(id). */
export function splitPosition(id: string): number {
  const hex = sha256OfText(id).slice(0, 13);
  return parseInt(hex, 16) / 2 ** 52;
}

export function splitFor(id: string, spec: SplitSpec): SplitName {
  const position = splitPosition(id) * 100;
  let upTo = 0;
  for (const part of spec.parts) {
    upTo += part.percent;
    if (position < upTo) return part.name;
  }
  return spec.parts[spec.parts.length - 1].name;
}
