// "Redo Annotation Change": re-applies the last undone annotation change of this article.
import type { CommandEnv } from '../commandSupport';
import { historyStep } from './historyStep';

export function redoAnnotation(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return historyStep(env, 'redo');
}
