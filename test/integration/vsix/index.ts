// Entry point of the check that runs against the packaged .vsix installed into a fresh host.
import { runTestFolder } from '../mochaRun';

export function run(): Promise<void> {
  return runTestFolder(__dirname);
}
