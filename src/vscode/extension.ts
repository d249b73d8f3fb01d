// The composition root: activate() wires the adapters to the core and does nothing else.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Article Annotator', { log: true });
  context.subscriptions.push(log);
  log.info('Article Annotator activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
