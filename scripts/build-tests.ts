// Bundles the integration tests (test/integration/**) into out/ for the extension host.
// Not part of the .vsix. `vscode` comes from the host, mocha from node_modules.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function entries(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return entries(path);
    }
    return entry.name === 'index.ts' || entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

async function main(): Promise<void> {
  rmSync('out/test/integration', { recursive: true, force: true });
  await build({
    entryPoints: entries('test/integration'),
    outbase: 'test/integration',
    outdir: 'out/test/integration',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
