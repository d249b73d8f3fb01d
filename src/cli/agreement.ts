// `article-annotator agreement DIR_A DIR_B [--json] [--out FOLDER]`: the Markdown report on stdout (or the
// JSON with --json); --out writes agreement.md and agreement.json into FOLDER.
import { readFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatAgreementReport } from '../core/agreement/agreementReport';
import { compareAnnotators } from '../core/agreement/compareAnnotators';
import type { AnnotatorFolder } from '../core/agreement/compareAnnotators';
import { listCorpus } from './fsCorpus';

function folder(name: string, root: string): AnnotatorFolder {
  return {
    name,
    sidecarPaths: async () => (await listCorpus(root)).sidecars,
    readFile: async (path) => {
      try {
        const buffer = readFileSync(join(root, path));
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
  const result = await compareAnnotators(folder(dirs[0], resolve(dirs[0])), folder(dirs[1], resolve(dirs[1])));
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
