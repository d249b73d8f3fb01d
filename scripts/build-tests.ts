// Bundles the integration tests (test/integration/**) into out/ for the extension host.
// Not part of the .vsix. `vscode` comes from the host, mocha from node_modules.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

function entries(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return entries(path);
    }
    return entry.name === 'index.ts' || entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Removes outputs whose test file is gone (several people may run the suite at once: no wipe). */
function removeStale(outdir: string, sources: string[]): void {
  if (!existsSync(outdir)) {
    return;
  }
  const expected = new Set(sources.map((source) => join(outdir, relative('test/integration', source)).replace(/\.ts$/, '.js')));
  for (const output of outputs(outdir)) {
    if (!expected.has(output)) {
      rmSync(output);
    }
  }
}

function outputs(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? outputs(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

async function main(): Promise<void> {
  const sources = entries('test/integration');
  removeStale('out/test/integration', sources);
  await build({
    entryPoints: sources,
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
