// Entry point of the integration suite (extensionTestsPath): every test/integration/*.test.ts.
import { runTestFolder } from './mochaRun';

export function run(): Promise<void> {
  return runTestFolder(__dirname);
}
