// The composition root: activate() wires the adapters to the core and does nothing else.
import * as vscode from 'vscode';
import { trackArticleContext } from './articleContext';
import { CommandIds } from './commandIds';
import { openSeedArticles } from './commands/openSeedArticles';
import { registerAnnotationFeatures } from './annotationFeatures';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Article Annotator', { log: true });
  context.subscriptions.push(log);
  context.subscriptions.push(
    trackArticleContext(),
    vscode.commands.registerCommand(CommandIds.openSeedArticles, openSeedArticles(context.extensionUri, log)),
    registerAnnotationFeatures(log),
  );
  log.info('Article Annotator activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
