// `article-annotator suggest FILE...`: one JSON line per file (SPEC sections 5 and 7).
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { sha256Hex } from '../core/hash';
import { stripBom } from '../core/offsets';
import { suggestionRecord } from '../core/suggest/record';
import { suggest } from '../core/suggest/suggest';

/** Reads, decodes and pre-annotates each file; bad files are reported on stderr and skipped. Returns the exit code. */
export async function runSuggest(files: string[], out: (line: string) => void = (l) => process.stdout.write(l), err: (line: string) => void = (l) => process.stderr.write(l)): Promise<number> {
  if (files.length === 0) {
    err('article-annotator suggest: give at least one FILE\n');
    return 2;
  }
  let failed = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new Error('is a directory, not an article file');
      bytes = await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(`article-annotator suggest: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e)}\n`);
      failed++;
      continue;
    }
    let text: string;
    try {
      text = stripBom(decoder.decode(bytes));
    } catch {
      err(`article-annotator suggest: ${file}: not valid UTF-8 text, skipped\n`);
      failed++;
      continue;
    }
    const id = basename(file, extname(file));
    try {
      const record = suggestionRecord(file, id, sha256Hex(bytes), text, suggest(text));
      out(`${JSON.stringify(record)}\n`);
    } catch (e) {
      // a bug in one article's pre-annotation must not cost the other files their suggestions
      err(`article-annotator suggest: ${file}: pre-annotation failed (${e instanceof Error ? e.message : String(e)}), skipped\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}
