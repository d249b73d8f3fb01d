// Runs a mocha suite inside the extension host of a real VS Code (code-server) shown in
// Chromium, and returns the suite's exit code. Timeouts fail the run and save a screenshot.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostPaths } from './host';
import { hostDirs, startCodeServer } from './codeServer';
import type { CodeServer } from './codeServer';
import { startPageEndpoint } from './pageEndpoint';
import { openWorkbench, remoteAuthority, workbenchUrl } from './workbench';
import type { Workbench } from './workbench';

export interface SuiteOptions {
  readonly name: string;
  readonly host: HostPaths;
  /** State of the host (user data, extensions, home); created if missing. */
  readonly hostRoot: string;
  /** The workspace folder (created if missing); none for an empty window. */
  readonly workspace?: string;
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  readonly resultsDir: string;
  readonly timeoutMs: number;
  readonly grep?: string;
  readonly verbose: boolean;
  readonly print: (line: string) => void;
}

export async function runSuite(options: SuiteOptions): Promise<number> {
  const { print } = options;
  const started = Date.now();
  const screenshotDir = join(options.resultsDir, 'screenshots');
  await mkdir(screenshotDir, { recursive: true });
  if (options.workspace) {
    await mkdir(options.workspace, { recursive: true });
  }
  const endpoint = await startPageEndpoint(screenshotDir, print);
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const env: Record<string, string> = { ARTICLE_ANNOTATOR_PAGE_ENDPOINT: endpoint.url };
    if (options.grep) {
      env.ARTICLE_ANNOTATOR_TEST_GREP = options.grep;
    }
    server = await startCodeServer(options.host, {
      dirs: hostDirs(options.hostRoot),
      folder: options.workspace,
      testDriver: true,
      env,
      logFile: join(options.resultsDir, `${options.name}-code-server.log`),
    });
    const authority = await remoteAuthority(server.url);
    workbench = await openWorkbench(join(options.hostRoot, 'chromium'), { headless: true });
    const { page } = workbench;
    endpoint.setPage(page);

    const outcome = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationLog', (level: unknown, message: unknown) => {
        if (options.verbose) {
          print(`[workbench ${String(level)}] ${String(message)}`);
        }
      });
      void page.exposeFunction('codeAutomationExit', (code: unknown) => resolve(typeof code === 'number' ? code : 1));
      timer = setTimeout(() => {
        print(`TIMEOUT: the ${options.name} suite did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
        resolve(-1);
      }, options.timeoutMs);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (options.verbose || /\[Extension Host\].*(Error|rejected|failed)/i.test(text) && message.type() === 'error') {
        print(`[page ${message.type()}] ${text}`);
      }
    });
    page.on('pageerror', (error) => print(`[page error] ${error.message}`));

    const url = workbenchUrl(server.url, options.workspace, authority, {
      extensionDevelopmentPath: options.extensionDevelopmentPath,
      extensionTestsPath: options.extensionTestsPath,
    });
    await page.goto(url);
    let code = await outcome;
    if (code === -1) {
      const shot = join(screenshotDir, `${options.name}-timeout.png`);
      await page.screenshot({ path: shot }).then(() => print(`screenshot of the page at the timeout: ${shot}`), () => undefined);
      code = 1;
    } else if (code !== 0) {
      const shot = join(screenshotDir, `${options.name}-failed.png`);
      await page.screenshot({ path: shot }).then(() => print(`screenshot of the page after the failure: ${shot}`), () => undefined);
    }
    print(`${options.name}: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    clearTimeout(timer);
    await workbench?.close().catch(() => undefined);
    await server?.stop();
    await endpoint.close();
  }
}

export async function cleanDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
