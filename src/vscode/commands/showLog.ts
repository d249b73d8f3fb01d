// "Show Log": the extension's output channel (errors in full, timings, re-anchoring reports).
import type * as vscode from 'vscode';

export function showLog(log: vscode.LogOutputChannel): () => void {
  return () => log.show(true);
}
