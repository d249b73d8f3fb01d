// npm run screenshot — media/screenshot.png for the README, taken from the real VS Code of
// npm start (packaged .vsix installed) with the first seed article open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { vsixPath } from './check-vsix';
import { freePort, startCodeServer } from './lib/codeServer';
import { ensureHost } from './lib/host';
import { prepareTryHost, TRY_SETTINGS } from './lib/tryHost';
import { openWorkbench, remoteAuthority, workbenchUrl } from './lib/workbench';

const root = resolve(__dirname, '..');
const print = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const host = await ensureHost(print);
  const tryHost = await prepareTryHost(root, host, vsixPath(), print);
  const server = await startCodeServer(host, {
    dirs: tryHost.dirs, folder: tryHost.workspace, testDriver: false, port: await freePort(),
    settings: TRY_SETTINGS, logFile: join(root, '.vscode-host', 'code-server.log'),
  });
  const profile = await mkdtemp(join(tmpdir(), 'article-annotator-shot-'));
  const workbench = await openWorkbench(profile, { headless: true, viewport: { width: 1280, height: 760 } });
  try {
    const { page } = workbench;
    await page.goto(workbenchUrl(server.url, tryHost.workspace, await remoteAuthority(server.url), undefined, tryHost.firstArticle));
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    // Show the seeds in the Explorer too.
    const explorer = page.locator('.explorer-folders-view');
    const folder = explorer.locator('.monaco-list-row', { hasText: 'seeds-sample' });
    if (await folder.getAttribute('aria-expanded') === 'false') {
      await folder.click();
    }
    await explorer.getByText(basename(tryHost.firstArticle), { exact: true }).waitFor();
    await page.waitForTimeout(4000); // let the extension draw its decorations
    const out = join(root, 'media', 'screenshot.png');
    await page.screenshot({ path: out });
    print(`saved ${out}`);
  } finally {
    await workbench.close();
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
