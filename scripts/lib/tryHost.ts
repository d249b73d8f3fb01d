// The "try it" host of npm start: a persistent private VS Code (code-server) in .vscode-host/
// with the packaged .vsix installed and the seed articles in its workspace.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_SETTINGS, hostDirs, installExtension } from './codeServer';
import type { HostDirs } from './codeServer';
import type { HostPaths } from './host';

export interface TryHost {
  readonly dirs: HostDirs;
  readonly workspace: string;
  readonly firstArticle: string;
}

export async function prepareTryHost(root: string, host: HostPaths, vsix: string, print: (line: string) => void): Promise<TryHost> {
  const base = join(root, '.vscode-host');
  const dirs = hostDirs(join(base, 'host'));
  const workspace = join(base, 'workspace');
  print(`installing ${vsix} into ${dirs.extensionsDir}`);
  await mkdir(base, { recursive: true });
  await installExtension(host, dirs, vsix, join(base, 'install.log'), TRY_SETTINGS);

  // The same thing Open Seed Articles does, so the seeds are there on first sight.
  const seeds = join(workspace, 'seeds-sample');
  await mkdir(seeds, { recursive: true });
  const names = (await readdir(join(root, 'seeds'))).filter((name) => name.endsWith('.txt')).sort();
  for (const name of names) {
    if (!existsSync(join(seeds, name))) {
      await copyFile(join(root, 'seeds', name), join(seeds, name));
    }
  }
  return { dirs, workspace, firstArticle: join(seeds, names[0] ?? '') };
}

/** Settings of the try-it host: readable articles, nothing else on screen. */
export const TRY_SETTINGS: Record<string, unknown> = {
  ...HOST_SETTINGS,
  '[plaintext]': { 'editor.wordWrap': 'on' },
};
