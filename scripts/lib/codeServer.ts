// Starts code-server (the real VS Code server + web workbench) with every piece of state in
// private folders, and stops it by process group. See ../shared/REAL-VSCODE.md.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { HostPaths } from './host';

export interface HostDirs {
  /** Root of all state of this host: home, XDG folders, temp, user data, extensions. */
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
}

export function hostDirs(root: string): HostDirs {
  return { root, userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions') };
}

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly dirs: HostDirs;
  /** The folder to open; none for an empty window. */
  readonly folder?: string;
  /** Lets the workbench run extension tests (extensionDevelopmentPath / extensionTestsPath). */
  readonly testDriver: boolean;
  readonly env?: Record<string, string>;
  readonly port?: number;
  readonly logFile: string;
  /** User settings written when the host is new (default HOST_SETTINGS). */
  readonly settings?: Record<string, unknown>;
}

async function isolatedEnv(dirs: HostDirs, extra: Record<string, string> | undefined): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: join(dirs.root, 'home'),
    XDG_CONFIG_HOME: join(dirs.root, 'xdg', 'config'),
    XDG_DATA_HOME: join(dirs.root, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dirs.root, 'xdg', 'cache'),
    XDG_STATE_HOME: join(dirs.root, 'xdg', 'state'),
    TMPDIR: join(dirs.root, 'tmp'),
    ...extra,
  };
  // Variables of an outer VS Code or code-server would confuse this one.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key.startsWith('CODE_SERVER_') || key === 'ELECTRON_RUN_AS_NODE') {
      delete env[key];
    }
  }
  for (const dir of ['HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'TMPDIR'] as const) {
    await mkdir(env[dir] as string, { recursive: true });
  }
  await mkdir(dirs.userDataDir, { recursive: true });
  await mkdir(dirs.extensionsDir, { recursive: true });
  return env;
}

function commonArgs(dirs: HostDirs): string[] {
  return [
    '--config', join(dirs.root, 'config.yaml'),
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
  ];
}

/** User settings of a fresh host: quiet, offline, nothing but the workspace on screen. */
export const HOST_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never',
};

async function writeConfig(dirs: HostDirs, settings: Record<string, unknown> = HOST_SETTINGS): Promise<void> {
  await mkdir(dirs.root, { recursive: true });
  await writeFile(join(dirs.root, 'config.yaml'), 'auth: none\ncert: false\n');
  const userSettings = join(dirs.userDataDir, 'User', 'settings.json');
  if (!existsSync(userSettings)) {
    await mkdir(join(dirs.userDataDir, 'User'), { recursive: true });
    await writeFile(userSettings, JSON.stringify(settings, null, 2) + '\n');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `code-server --install-extension FILE` into the private extensions folder. */
export async function installExtension(host: HostPaths, dirs: HostDirs, vsix: string, logFile: string, settings?: Record<string, unknown>): Promise<void> {
  await writeConfig(dirs, settings);
  const env = await isolatedEnv(dirs, undefined);
  const child = spawn(host.nodeBin, [host.codeServerEntry, ...commonArgs(dirs), '--force', '--install-extension', vsix], {
    env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => { output.push(chunk); log.write(chunk); });
  child.stderr?.on('data', (chunk: Buffer) => { output.push(chunk); log.write(chunk); });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  log.end();
  const text = Buffer.concat(output).toString('utf8');
  if (code !== 0 || /failed|error/i.test(text) && !/successfully installed/i.test(text)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${code}):\n${text}`);
  }
}

export async function startCodeServer(host: HostPaths, options: StartOptions): Promise<CodeServer> {
  const { dirs } = options;
  await writeConfig(dirs, options.settings);
  const env = await isolatedEnv(dirs, options.env);
  const port = options.port ?? await freePort();
  const args = [
    host.codeServerEntry,
    ...commonArgs(dirs),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.folder ? [options.folder] : []),
  ];
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(host.nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // If this process ends without stop() (Ctrl+C, an uncaught error), take the server down with it.
  const killOnExit = (): void => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    url,
    port,
    stop: () => stopGroup(child, exited).finally(() => {
      process.off('exit', killOnExit);
      log.end();
    }),
  };
  try {
    await waitUntilHealthy(url, exited, options.logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilHealthy(url: string, exited: Promise<number | null>, logFile: string): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => { exitCode = code; });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`code-server exited with code ${exitCode} before it was ready; see ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer on ${url} within 60 s; see ${logFile}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) {
    return;
  }
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
  if (await Promise.race([exited, timer]) === 'timeout') {
    signalGroup('SIGKILL');
    await exited;
  }
}
