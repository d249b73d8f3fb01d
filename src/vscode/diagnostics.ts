// Positioned problems of the core (sidecars, the team configuration) as Problems-panel entries.
import * as vscode from 'vscode';

import type { TextDiagnostic } from '../core/textDiagnostic';

export function toVscodeDiagnostics(list: readonly TextDiagnostic[]): vscode.Diagnostic[] {
  return list.map((d) => {
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(d.line, d.column, d.endLine, Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : d.endColumn)),
      d.message,
      d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = 'Article Annotator';
    return diagnostic;
  });
}
