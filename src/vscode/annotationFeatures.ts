// Wires the annotation workflow (issue 4): sessions, decorations, hover, quick fixes, commands.
// Called once from activate(); everything returned is disposed with the extension.
import * as vscode from 'vscode';
import { ArticleSessions } from './articleSessions';
import type { CorpusConfigs } from './corpusConfigs';
import { Decorator } from './decorations/decorator';
import { AnnotationHoverProvider } from './hoverProvider';
import { AnnotationCodeActionProvider } from './codeActionProvider';
import { CommandIds } from './commandIds';
import type { CommandEnv } from './commandSupport';
import { readSettings } from './settings';
import { ArticleStatusBar } from './statusBar';
import { acceptSuggestion } from './commands/acceptSuggestion';
import { rejectSuggestion } from './commands/rejectSuggestion';
import { acceptInSelection } from './commands/acceptInSelection';
import { acceptAboveThreshold } from './commands/acceptAboveThreshold';
import { annotateSelection } from './commands/annotateSelection';
import { editAttributes } from './commands/editAttributes';
import { linkToSpeaker } from './commands/linkToSpeaker';
import { changeLabel } from './commands/changeLabel';
import { removeAnnotation } from './commands/removeAnnotation';
import { moveToItem } from './commands/moveToItem';
import { SUGGESTIONS_VISIBLE_CONTEXT_KEY, toggleSuggestions } from './commands/toggleSuggestions';
import { markStatus } from './commands/markStatus';
import { undoAnnotation } from './commands/undoAnnotation';
import { editorUndo } from './commands/editorUndo';
import { redoAnnotation } from './commands/redoAnnotation';
import { reattachOrphan } from './commands/reattachOrphan';
import { showLog } from './commands/showLog';

/** The editor features; `flush()` resolves when every pending sidecar write is on disk. */
export function registerAnnotationFeatures(log: vscode.LogOutputChannel, configs: CorpusConfigs): vscode.Disposable & { flush(): Promise<void> } {
  const sessions = new ArticleSessions(log, () => readSettings().annotator, configs);
  const decorator = new Decorator(sessions, log);
  const env: CommandEnv = { sessions, decorator, log };
  // Any file may be an article (annotator.config.yaml chooses them); the providers answer only for open articles.
  const selector: vscode.DocumentSelector = [{ pattern: '**' }];
  void vscode.commands.executeCommand('setContext', SUGGESTIONS_VISIBLE_CONTEXT_KEY, decorator.showSuggestions);
  const commands: [string, (...args: never[]) => unknown][] = [
    [CommandIds.acceptSuggestion, acceptSuggestion(env)],
    [CommandIds.rejectSuggestion, rejectSuggestion(env)],
    [CommandIds.acceptInSelection, acceptInSelection(env)],
    [CommandIds.acceptAboveThreshold, acceptAboveThreshold(env)],
    [CommandIds.annotateSelection, annotateSelection(env)],
    [CommandIds.editAttributes, editAttributes(env)],
    [CommandIds.linkToSpeaker, linkToSpeaker(env)],
    [CommandIds.changeLabel, changeLabel(env)],
    [CommandIds.removeAnnotation, removeAnnotation(env)],
    [CommandIds.nextSuggestion, moveToItem(env, 'suggestion', 1)],
    [CommandIds.previousSuggestion, moveToItem(env, 'suggestion', -1)],
    [CommandIds.nextAnnotation, moveToItem(env, 'annotation', 1)],
    [CommandIds.previousAnnotation, moveToItem(env, 'annotation', -1)],
    [CommandIds.toggleSuggestions, toggleSuggestions(env)],
    [CommandIds.markTodo, markStatus(env, 'todo')],
    [CommandIds.markInProgress, markStatus(env, 'in-progress')],
    [CommandIds.markDone, markStatus(env, 'done')],
    [CommandIds.undoAnnotation, undoAnnotation(env)],
    [CommandIds.redoAnnotation, redoAnnotation(env)],
    [CommandIds.editorUndo, editorUndo(env, 'undo')],
    [CommandIds.editorRedo, editorUndo(env, 'redo')],
    [CommandIds.reattachOrphan, reattachOrphan(env)],
    [CommandIds.showLog, showLog(log)],
  ];
  const disposable = vscode.Disposable.from(
    sessions,
    decorator,
    new ArticleStatusBar(sessions),
    vscode.languages.registerHoverProvider(selector, new AnnotationHoverProvider(sessions)),
    vscode.languages.registerCodeActionsProvider(selector, new AnnotationCodeActionProvider(sessions), {
      providedCodeActionKinds: AnnotationCodeActionProvider.kinds,
    }),
    ...commands.map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
  return { dispose: () => disposable.dispose(), flush: () => sessions.flushAll() };
}
