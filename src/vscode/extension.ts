// The composition root: activate() wires the adapters to the core and does nothing else.
import * as vscode from 'vscode';
import { trackArticleContext } from './articleContext';
import { CommandIds } from './commandIds';
import { CorpusConfigs } from './corpusConfigs';
import { reloadConfiguration } from './commands/reloadConfiguration';
import { compareAnnotatorsCommand } from './commands/agreement';
import { exportDataset } from './commands/exportDataset';
import { openSeedArticles } from './commands/openSeedArticles';
import { validateCorpusCommand } from './commands/validateCorpus';
import { registerAnnotationFeatures } from './annotationFeatures';

/** Resolves when pending sidecar writes are on disk; awaited on shutdown. */
let flushWrites: (() => Promise<void>) | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Article Annotator', { log: true });
  context.subscriptions.push(log);
  const validationDiagnostics = vscode.languages.createDiagnosticCollection('article-annotator-validate');
  const configs = new CorpusConfigs(log);
  const features = registerAnnotationFeatures(log, configs);
  flushWrites = () => features.flush();
  context.subscriptions.push(
    configs,
    trackArticleContext(configs),
    vscode.commands.registerCommand(CommandIds.reloadConfiguration, reloadConfiguration(configs)),
    vscode.commands.registerCommand(CommandIds.openSeedArticles, openSeedArticles(context.extensionUri, log)),
    features,
    validationDiagnostics,
    vscode.commands.registerCommand(CommandIds.exportDataset, exportDataset(log)),
    vscode.commands.registerCommand(CommandIds.validateCorpus, validateCorpusCommand(log, validationDiagnostics)),
    vscode.commands.registerCommand(CommandIds.compareAnnotators, compareAnnotatorsCommand(log)),
  );
  log.info('Article Annotator activated');
}

/** VS Code waits for the returned promise: a sidecar write still in flight when the window closes lands. */
export function deactivate(): Promise<void> | undefined {
  // Everything else is disposed through context.subscriptions.
  return flushWrites?.();
}
