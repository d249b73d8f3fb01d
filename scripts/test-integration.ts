// npm run test:integration — the integration suite inside a real VS Code (code-server + Chromium),
// then the packaged .vsix installed into a fresh host (run `npm run package` first).
//   --grep TEXT   only tests whose title contains TEXT
//   --no-vsix     skip the installed-.vsix check
//   --vsix-only   only the installed-.vsix check
//   --verbose     print the workbench's and the page's log lines too
//   --keep        keep the host folders of this run under .vscode-test/
//   --timeout S   fail the whole run after S seconds (default 900) with a screenshot
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { vsixPath } from './check-vsix';
import { hostDirs, installExtension } from './lib/codeServer';
import { ensureHost } from './lib/host';
import type { HostPaths } from './lib/host';
import { cleanDir, runSuite } from './lib/runSuite';

const root = resolve(__dirname, '..');
const GLOBAL_TIMEOUT_MS = 15 * 60_000;
const resultsDir = join(root, 'test-results');
const print = (line: string): void => console.log(line);
const verbose = process.argv.includes('--verbose');

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function developmentSuite(host: HostPaths, runRoot: string, deadline: number): Promise<number> {
  return runSuite({
    name: 'integration',
    host,
    hostRoot: join(runRoot, 'host'),
    workspace: join(runRoot, 'workspace'),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    resultsDir,
    timeoutMs: deadline - Date.now(),
    grep: argValue('--grep'),
    verbose,
    print,
  });
}

/** A fresh host with the .vsix installed, no folder open; the tests ride on an empty probe extension. */
async function vsixSuite(host: HostPaths, runRoot: string, deadline: number): Promise<number> {
  const vsix = vsixPath();
  if (!existsSync(vsix)) {
    print(`no ${vsix}: run npm run package first`);
    return 1;
  }
  const hostRoot = join(runRoot, 'vsix-host');
  print(`installing ${vsix} into a fresh host (code-server --install-extension)`);
  await mkdir(resultsDir, { recursive: true });
  await installExtension(host, hostDirs(hostRoot), vsix, join(resultsDir, 'vsix-install.log'));
  const probe = join(runRoot, 'probe');
  await mkdir(probe, { recursive: true });
  await writeFile(join(probe, 'package.json'), JSON.stringify({
    name: 'article-annotator-test-probe', publisher: 'test', version: '0.0.0', engines: { vscode: '*' },
  }));
  return runSuite({
    name: 'vsix',
    host,
    hostRoot,
    workspace: undefined, // an empty window: the user has just installed the extension
    extensionDevelopmentPath: probe,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'vsix', 'index.js'),
    resultsDir,
    timeoutMs: deadline - Date.now(),
    verbose,
    print,
  });
}

async function main(): Promise<number> {
  // Ctrl+C: exit, which stops the code-server and Chromium of this run (see startCodeServer).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => process.exit(130));
  }
  const deadline = Date.now() + Number(argValue('--timeout') ?? GLOBAL_TIMEOUT_MS / 1000) * 1000;
  const host = await ensureHost(print);
  const runRoot = join(root, '.vscode-test', `run-${Date.now()}`);
  const vsixOnly = process.argv.includes('--vsix-only');
  let code = vsixOnly ? 0 : await developmentSuite(host, runRoot, deadline);
  if (vsixOnly || !process.argv.includes('--no-vsix') && argValue('--grep') === undefined) {
    code = Math.max(code, await vsixSuite(host, runRoot, deadline));
  }
  if (!process.argv.includes('--keep') && code === 0) {
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
