// Reads annotator.config.yaml at the corpus root named on the command line (SPEC section 6). Its
// warnings are printed and the command goes on; its errors are printed and the command stops, so a
// dataset is never built against a half-read team configuration.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE, defaultConfig, parseConfig } from '../core/config/config';
import type { AnnotatorConfig } from '../core/config/config';

/** The corpus's configuration (the defaults without a file), or undefined after printing its errors. */
export async function loadCorpusConfig(dir: string, shownDir: string, command: string): Promise<AnnotatorConfig | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw error;
  }
  const parsed = parseConfig(text);
  const file = join(shownDir, CONFIG_FILE);
  for (const d of parsed.diagnostics) {
    process.stderr.write(`${file}:${d.line + 1}:${d.column + 1}: ${d.severity}: ${d.message}\n`);
  }
  if (!parsed.ok) {
    process.stderr.write(`article-annotator ${command}: fix ${file} first (the errors are listed above).\n`);
    return undefined;
  }
  return parsed.config;
}
