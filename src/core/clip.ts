// Short, one-line quotes of annotation text for messages, reports and pickers.

/**
 * `text` cut to at most `max` code points (the cut marked with "…"), never splitting an emoji or
 * another character outside the BMP.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return chars.length > max ? `${chars.slice(0, max - 3).join('')}…` : text;
}

/** `clip` on one line: line breaks shown as "⏎". */
export function clipLine(text: string, max: number): string {
  return clip(text.replace(/\r?\n|\r/g, '⏎'), max);
}
