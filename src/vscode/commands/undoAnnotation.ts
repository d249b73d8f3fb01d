// "Undo Annotation Change": steps back through this article's annotation changes.
import type { CommandEnv } from '../commandSupport';
import { historyStep } from './historyStep';

export function undoAnnotation(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return historyStep(env, 'undo');
}
