// npm run test:electron — the same integration suite through @vscode/test-electron, for machines
// that can download VS Code (a researcher's laptop). The page checks skip themselves there.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(__dirname, '..');

async function main(): Promise<void> {
  const workspace = join(root, '.vscode-test', `electron-workspace-${Date.now()}`);
  mkdirSync(workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error('test:electron downloads VS Code from update.code.visualstudio.com; offline, use npm run test:integration.');
  process.exit(1);
});
