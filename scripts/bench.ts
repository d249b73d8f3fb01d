// npm run bench — runs every `bench:*` script of package.json, one after the other.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');

function main(): number {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:')).sort();
  if (benches.length === 0) {
    console.log('no bench:* scripts yet');
  }
  let failed = 0;
  for (const name of benches) {
    console.log(`\n== npm run ${name}`);
    const result = spawnSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.log(`${name} failed (exit ${result.status})`);
      failed++;
    }
  }
  console.log(`\n${benches.length - failed} bench script(s) passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exit(main());
