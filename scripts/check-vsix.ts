// Lists the packaged .vsix and checks what a user installs: the bundles, the five seed articles
// byte for byte, the media and the documents — and nothing of src/, test/, node_modules/, …
import { readFileSync, readdirSync } from 'node:fs';
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
  if (problems.length > 0) {
    console.error(`The .vsix is wrong:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`vsix ok: ${entries.length} files`);
}

if (require.main === module) {
  main();
}
