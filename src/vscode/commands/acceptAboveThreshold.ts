// "Accept All Suggestions Above Threshold": every pending suggestion of the article whose score
// reaches articleAnnotator.acceptThreshold (or `threshold`), after confirming the count.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget } from '../commandSupport';
import { readSettings } from '../settings';

export function acceptAboveThreshold(env: CommandEnv): (raw?: unknown) => Promise<string[] | undefined> {
  return command(env, 'Accept Suggestions Above Threshold', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const threshold = args.threshold ?? readSettings(target.session.uri).acceptThreshold;
    const keys = target.session.store
      .pendingSuggestions()
      .filter((s) => s.score >= threshold)
      .map((s) => target.session.store.itemForSuggestion(s).key);
    if (keys.length === 0) {
      void vscode.window.showInformationMessage(`No pending suggestion scores ${threshold} or more.`);
      return undefined;
    }
    if (!args.confirmed) {
      const answer = await vscode.window.showWarningMessage(`Accept ${keys.length} suggestion${keys.length === 1 ? '' : 's'} scoring ${threshold} or more?`, { modal: true }, 'Accept');
      if (answer !== 'Accept') return undefined;
    }
    const t0 = performance.now();
    const ids = target.session.store.acceptMany(keys);
    await finishChange(env, target.session, t0, `Accept ${ids.length} suggestions scoring ≥ ${threshold}`);
    return ids;
  });
}
