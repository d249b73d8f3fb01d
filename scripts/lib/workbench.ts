// Opens the code-server workbench in Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env.ARTICLE_ANNOTATOR_CHROMIUM ?? '/usr/bin/chromium';

export interface Workbench {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface TestPayload {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
}

/** The `remoteAuthority` of the workbench (code-server 4.139 serves the literal `remote`). */
export async function remoteAuthority(serverUrl: string): Promise<string> {
  const html = await (await fetch(`${serverUrl}/`)).text();
  const match = /id="vscode-workbench-web-configuration"[^>]*data-settings="([^"]*)"/.exec(html)
    ?? /data-settings="([^"]*)"[^>]*id="vscode-workbench-web-configuration"/.exec(html);
  if (match?.[1]) {
    const json = match[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const settings = JSON.parse(json) as { remoteAuthority?: string };
    if (settings.remoteAuthority) {
      return settings.remoteAuthority;
    }
  }
  return 'remote';
}

/** The workbench address for `folder` (or an empty window), optionally running tests or opening a file. */
export function workbenchUrl(serverUrl: string, folder: string | undefined, authority: string, tests?: TestPayload, openFile?: string): string {
  let url = folder ? `${serverUrl}/?folder=${encodeURIComponent(folder)}` : `${serverUrl}/?ew=true`;
  const payload: [string, string][] = [];
  if (tests) {
    payload.push(
      ['extensionDevelopmentPath', `vscode-remote://${authority}${tests.extensionDevelopmentPath}`],
      ['extensionTestsPath', `vscode-remote://${authority}${tests.extensionTestsPath}`],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    );
  }
  if (openFile) {
    payload.push(['openFile', `vscode-remote://${authority}${openFile}`]);
  }
  if (payload.length > 0) {
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}

export async function openWorkbench(profileDir: string, options: { headless: boolean; viewport?: { width: number; height: number } }): Promise<Workbench> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, close: () => context.close() };
}
