// Lists the packaged .vsix and checks what a user installs: the bundles, the five seed articles
// byte for byte, the media and the documents — and nothing of src/, test/, node_modules/, …
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipEntries } from './lib/zip';

const root = resolve(__dirname, '..');

export function vsixPath(): string {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(root, `${name}-${version}.vsix`);
}

function main(): void {
  const file = vsixPath();
  const entries = zipEntries(readFileSync(file));
  const problems: string[] = [];
  console.log(`${file}:`);
  for (const entry of entries) {
    console.log(`  ${entry.name.padEnd(56)} ${String(entry.size).padStart(9)}`);
  }
  const names = new Set(entries.map((entry) => entry.name));
  const required = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/cli.js', 'extension/media/icon.png', 'extension/readme.md', 'extension/changelog.md', 'extension/schemas/sidecar.schema.json', 'extension/schemas/annotator.config.schema.json'];
  for (const name of required) {
    if (!names.has(name)) {
      problems.push(`missing ${name}`);
    }
  }
  if (![...names].some((name) => /^extension\/license(\.txt|\.md)?$/i.test(name))) {
    problems.push('missing the LICENSE');
  }
  for (const seed of readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt'))) {
    const entry = entries.find((candidate) => candidate.name === `extension/seeds/${seed}`);
    if (!entry) {
      problems.push(`missing seed ${seed}`);
    } else if (!entry.read().equals(readFileSync(join(root, 'seeds', seed)))) {
      problems.push(`seed ${seed} differs from seeds/${seed}`);
    }
  }
  const forbidden = /^extension\/(src|test|node_modules|out|devset|scripts|\.vscode-test|\.vscode-host|test-results|\.ci)\/|\.map$|\.ts$/;
  for (const name of names) {
    if (forbidden.test(name)) {
      problems.push(`must not be shipped: ${name}`);
    }
  }
  // the shipped bundle is minified: it must suggest exactly what the source does (the date rules
  // find chrono-node's parsers by class name, which a minifier renames unless told to keep names)
  // (with --suggestions only, as `npm test` runs it: `npm start` packages too and need not wait for this)
  const cli = entries.find((candidate) => candidate.name === 'extension/dist/cli.js');
  if (cli && process.argv.includes('--suggestions')) {
    const dir = mkdtempSync(join(tmpdir(), 'aa-vsix-'));
    writeFileSync(join(dir, 'cli.js'), cli.read());
    const articles = readdirSync(join(root, 'devset', 'articles')).filter((name) => name.endsWith('.txt')).map((name) => join(root, 'devset', 'articles', name));
    const run = (args: string[]): string => spawnSync(process.execPath, [...args, 'suggest', ...articles], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
    const shipped = run([join(dir, 'cli.js')]);
    const source = run(['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')]);
    rmSync(dir, { recursive: true, force: true });
    if (shipped === '' || shipped !== source) {
      problems.push(`the packaged dist/cli.js suggests differently from the source on the ${articles.length} dev-set articles`);
    }
  }
  if (problems.length > 0) {
    console.error(`The .vsix is wrong:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`vsix ok: ${entries.length} files`);
}

if (require.main === module) {
  main();
}
