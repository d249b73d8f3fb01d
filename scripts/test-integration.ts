// npm run test:integration — the integration suite inside a real VS Code (code-server + Chromium).
//   --grep TEXT   only tests whose title contains TEXT
//   --verbose     print the workbench's and the page's log lines too
//   --keep        keep the host folders of this run under .vscode-test/
import { resolve, join } from 'node:path';
import { ensureHost } from './lib/host';
import { cleanDir, runSuite } from './lib/runSuite';

const root = resolve(__dirname, '..');
const GLOBAL_TIMEOUT_MS = 15 * 60_000;

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const print = (line: string): void => console.log(line);
  const verbose = process.argv.includes('--verbose');
  const keep = process.argv.includes('--keep');
  const host = await ensureHost(print);
  const runRoot = join(root, '.vscode-test', `run-${Date.now()}`);
  const resultsDir = join(root, 'test-results');
  const code = await runSuite({
    name: 'integration',
    host,
    hostRoot: join(runRoot, 'host'),
    workspace: join(runRoot, 'workspace'),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    resultsDir,
    timeoutMs: GLOBAL_TIMEOUT_MS,
    grep: argValue('--grep'),
    verbose,
    print,
  });
  if (!keep && code === 0) {
    await cleanDir(runRoot);
  } else {
    print(`host folders of this run kept in ${runRoot}`);
  }
  return code;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
