// "Mark Article To Do / In Progress / Done": the article's status in its sidecar. Undoable.
import * as vscode from 'vscode';
import type { Status } from '../../core/model';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget } from '../commandSupport';

export function markStatus(env: CommandEnv, status: Status): (raw?: unknown) => Promise<Status | undefined> {
  return command(env, `Mark ${status}`, async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const t0 = performance.now();
    target.session.store.setStatus(status);
    await finishChange(env, target.session, t0, `Mark article ${status}`);
    vscode.window.setStatusBarMessage(`Article marked ${status}`, 2000);
    return status;
  });
}
