// Where the offline VS Code host (Node 24 + code-server from npm) lives, and how it is installed.
// Installed once per machine into a cache folder, like @vscode/test-electron caches VS Code.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export interface HostPaths {
  readonly cacheDir: string;
  readonly nodeDir: string;
  readonly nodeBin: string;
  readonly codeServerDir: string;
  readonly codeServerEntry: string;
}

export function hostPaths(): HostPaths {
  const cacheDir = process.env.ARTICLE_ANNOTATOR_HOST_CACHE ?? join(homedir(), '.cache', 'article-annotator');
  const nodeDir = join(cacheDir, `node${NODE_MAJOR}`, 'node_modules', nodePackageName());
  const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
  return {
    cacheDir,
    nodeDir,
    nodeBin: join(nodeDir, 'bin', 'node'),
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js'),
  };
}

function nodePackageName(): string {
  if (process.platform !== 'linux') {
    throw new Error(`The offline VS Code host is only set up for Linux (this is ${process.platform}); use npm run test:electron instead.`);
  }
  return `node-linux-${process.arch}`;
}

const STAMP = '.article-annotator-complete';

/** Installs Node 24 and code-server into the cache unless a completed install is there. */
export async function ensureHost(log: (line: string) => void): Promise<HostPaths> {
  const paths = hostPaths();
  const nodeFolder = join(paths.cacheDir, `node${NODE_MAJOR}`);
  const codeServerFolder = join(paths.cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  await installOnce(nodeFolder, `${nodePackageName()}@${NODE_MAJOR}`, cleanEnv(), log);
  await installOnce(codeServerFolder, `code-server@${CODE_SERVER_VERSION}`, {
    ...cleanEnv(),
    PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH ?? ''}`,
    // The postinstall rebuilds native modules for Node 24: use its headers, not the machine's.
    npm_config_nodedir: paths.nodeDir,
  }, log);
  return paths;
}

/**
 * The environment without the variables of an outer `npm run` (npm_config_*, npm_package_*, …):
 * the inner npm would inherit them as configuration — npm_config_user_agent names the outer Node,
 * and code-server's postinstall refuses anything but Node 24 by reading it.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD'));
}

async function installOnce(folder: string, spec: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const stamp = join(folder, STAMP);
  if (existsSync(stamp)) {
    log(`host: ${spec} already installed in ${folder}`);
    return;
  }
  log(`host: installing ${spec} into ${folder} (first time only, a few minutes)…`);
  // A folder without the stamp is a half-finished install: start over.
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'package.json'), JSON.stringify({ name: 'article-annotator-host', private: true }, null, 2));
  const started = Date.now();
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', spec], folder, env, join(folder, 'install.log'));
  await writeFile(stamp, `${spec} installed ${new Date().toISOString()}\n`);
  log(`host: ${spec} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const output = Buffer.concat(chunks);
      void writeFile(logFile, output).finally(() => {
        if (code === 0) {
          resolve();
        } else {
          reject(new Error(`${command} ${args.join(' ')} failed with exit code ${code} in ${cwd}:\n${output.toString('utf8').slice(-4000)}`));
        }
      });
    });
  });
}
