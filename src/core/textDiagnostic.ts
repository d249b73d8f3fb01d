// A problem at a place in a YAML text (a sidecar, the team configuration), as editors count it.
import type { LineCounter } from 'yaml';

/** Line and column are 0-based; columns are UTF-16 units, as editors count. */
export interface TextDiagnostic {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
}

/** The diagnostic for text[start, end), with positions from the parser's line counter. */
export function diagnosticAt(lines: LineCounter, start: number, end: number, message: string, severity: TextDiagnostic['severity']): TextDiagnostic {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(end, start));
  return { message, line: a.line - 1, column: a.col - 1, endLine: b.line - 1, endColumn: b.col - 1, severity };
}
