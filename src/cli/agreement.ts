// `article-annotator agreement DIR_A DIR_B [--json] [--out FOLDER]`: the Markdown report on stdout (or the
// JSON with --json); --out writes agreement.md and agreement.json into FOLDER.
import { readFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatAgreementReport } from '../core/agreement/agreementReport';
import { compareAnnotators } from '../core/agreement/compareAnnotators';
import type { AnnotatorFolder } from '../core/agreement/compareAnnotators';
import { corpusLayout } from '../core/config/corpusLayout';
import type { AnnotatorConfig } from '../core/config/config';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';
import { loadCorpusConfig } from './corpusConfig';
import { listCorpus } from './fsCorpus';

/**
 * One annotator's folder. Sidecars are named to the comparison as if they sat next to their articles
 * (`a/b.txt.annotations.yaml`) whatever each folder's annotator.config.yaml says, so two folders with
 * different sidecar locations still pair up; reads map those names back to the real files.
 */
function folder(name: string, root: string, config: AnnotatorConfig): AnnotatorFolder {
  const layout = corpusLayout(config);
  const real = (path: string): string => (path.endsWith(SIDECAR_SUFFIX) ? layout.sidecarPath(path.slice(0, -SIDECAR_SUFFIX.length)) : path);
  return {
    name,
    sidecarPaths: async () =>
      (await listCorpus(root, [], config)).sidecars
        .map((s) => layout.articlePath(s))
        .filter((a): a is string => a !== undefined)
        .map((a) => a + SIDECAR_SUFFIX),
    readFile: async (path) => {
      try {
        const buffer = readFileSync(join(root, real(path)));
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch {
        return undefined;
      }
    },
  };
}

export async function runAgreement(args: string[]): Promise<number> {
  const dirs: string[] = [];
  let json = false;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--out') out = args[++i];
    else if (args[i].startsWith('--')) {
      process.stderr.write(`article-annotator agreement: unknown option ${args[i]}.\n`);
      return 2;
    } else dirs.push(args[i]);
  }
  if (dirs.length !== 2 || (args.includes('--out') && out === undefined)) {
    process.stderr.write('article-annotator agreement: name two folders of sidecars for the same articles, e.g. article-annotator agreement annotator-a annotator-b\n');
    return 2;
  }
  for (const dir of dirs) {
    const info = await stat(dir).catch(() => undefined);
    if (info === undefined || !info.isDirectory()) {
      process.stderr.write(`article-annotator agreement: ${dir} is not a folder.\n`);
      return 2;
    }
  }
  const configs: AnnotatorConfig[] = [];
  for (const dir of dirs) {
    const config = await loadCorpusConfig(resolve(dir), dir, 'agreement');
    if (config === undefined) return 2;
    configs.push(config);
  }
  // A is the reference: its labels first, then those only B declares
  const labels = [...configs[0].labels, ...configs[1].labels.filter((l) => !configs[0].labels.some((m) => m.name === l.name))];
  const declared = configs.some((c) => c.fromFile) ? labels : undefined;
  const result = await compareAnnotators(folder(dirs[0], resolve(dirs[0]), configs[0]), folder(dirs[1], resolve(dirs[1]), configs[1]), { labels: declared });
  if (result.articles.length === 0) {
    process.stderr.write(`article-annotator agreement: no article has a sidecar in both ${dirs[0]} and ${dirs[1]}.\n`);
    return 1;
  }
  const markdown = formatAgreementReport(result);
  const jsonText = `${JSON.stringify(result, null, 2)}\n`;
  if (out !== undefined) {
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'agreement.md'), markdown);
    await writeFile(join(out, 'agreement.json'), jsonText);
  }
  process.stdout.write(json ? jsonText : markdown);
  return 0;
}
