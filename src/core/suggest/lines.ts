// Splits a text into lines (LF, CRLF or CR), keeping UTF-16 ranges so spans map back exactly.
import type { Line } from './draft';

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i), boilerplate: false });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start), boilerplate: false });
  return lines;
}
