// Runs every *.test.js of a folder with mocha inside the extension host (code-server or
// @vscode/test-electron). Both `suite/test` (TDD) and `describe/it` (BDD) are available.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import { flushLog, logLine } from './runnerLog';

export const GREP_ENV = 'ARTICLE_ANNOTATOR_TEST_GREP';

export async function runTestFolder(folder: string): Promise<void> {
  // The extension host locks console.log and leaves format strings unformatted.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => logLine(util.format(...args));
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  Mocha.interfaces.bdd(mocha.suite);
  const grep = process.env[GREP_ENV];
  if (grep) {
    mocha.grep(grep);
  }

  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.test.js')).sort().map((name) => path.join(folder, name));
  const loadErrors: string[] = [];
  if (files.length === 0) {
    loadErrors.push(`no *.test.js files in ${folder}: was the test build run (npm run build:tests)?`);
  }
  for (const file of files) {
    try {
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
      // Mocha loads test files with require() too; these are CommonJS bundles made by build-tests.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded: unknown = require(file);
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_REQUIRE, loaded, file, mocha);
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_POST_REQUIRE, globalThis, file, mocha);
    } catch (error) {
      loadErrors.push(`test file ${path.basename(file)} failed to load: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  for (const message of loadErrors) {
    logLine(`ERROR ${message}`);
  }
  logLine(`running ${files.length} test file(s): ${files.map((file) => path.basename(file)).join(', ')}`);

  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
  });
  const failed = stats.failures + loadErrors.length;
  if (stats.pending > 0) {
    logLine(`${stats.pending} pending`);
  }
  logLine(`${stats.passes} passed, ${failed} failed`);
  await flushLog();
  if (failed > 0) {
    throw new Error(`${failed} integration test(s) failed${loadErrors.length > 0 ? ` (${loadErrors.length} file(s) failed to load)` : ''}`);
  }
}
