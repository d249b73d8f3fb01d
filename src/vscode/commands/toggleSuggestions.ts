// "Toggle Suggestions": shows or hides the machine's pending suggestions in every editor.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command } from '../commandSupport';

export const SUGGESTIONS_VISIBLE_CONTEXT_KEY = 'articleAnnotator.suggestionsVisible';

export function toggleSuggestions(env: CommandEnv): (raw?: unknown) => Promise<boolean | undefined> {
  return command(env, 'Toggle Suggestions', async () => {
    env.decorator.showSuggestions = !env.decorator.showSuggestions;
    await vscode.commands.executeCommand('setContext', SUGGESTIONS_VISIBLE_CONTEXT_KEY, env.decorator.showSuggestions);
    env.decorator.renderVisible();
    vscode.window.setStatusBarMessage(env.decorator.showSuggestions ? 'Suggestions shown' : 'Suggestions hidden', 2000);
    return env.decorator.showSuggestions;
  });
}
