// npm run bench:export — 10,000 generated articles with sidecars exported to JSONL; prints seconds,
// the ratio to `cat` of the same files in the same run, and peak memory. Target: ≤ 5 s.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCorpus } from '../src/core/export/exportCorpus';
import { sha256Hex } from '../src/core/hash';
import type { Annotation } from '../src/core/model';
import { OffsetMap } from '../src/core/offsets';
import { contextAround, emptySidecar, serializeSidecar, sidecarPathFor } from '../src/core/sidecar/sidecar';
import { FsCorpusReader, FsExportWriter, listCorpus } from '../src/cli/fsCorpus';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const TARGET_SECONDS = 5;

const NAMES = ['Dmitry Peskov', 'Jen Psaki', 'Joe Biden', 'Vladimir Putin', 'Volodymyr Zelensky', 'Olaf Scholz'];
const FILLER = 'The talks lasted two hours and covered security in Europe, energy prices and the situation on the border. ';

/** A deterministic pseudo-random article (~3 KB, CRLF every other article, some emoji) with ~12 annotations. */
function article(i: number): { text: string; annotations: Annotation[] } {
  const eol = i % 2 === 0 ? '\r\n' : '\n';
  const parts: string[] = [`Moscow, ${1 + (i % 28)} Dec, 2021 15:55${eol}`];
  const marks: Array<{ label: string; text: string; attrs: Record<string, string>; speaker?: number }> = [];
  for (let p = 0; p < 4; p++) {
    const name = NAMES[(i + p) % NAMES.length];
    const claim = `the meeting number ${i}-${p} was ${p % 2 ? 'useful' : 'frank'} 😀`;
    parts.push(`${FILLER}${name} said on Tuesday that ${claim}. ${FILLER}${eol}`);
    marks.push({ label: 'speaker', text: name, attrs: { name } }, { label: 'date', text: 'Tuesday', attrs: { value: '2021-12-07' } }, { label: 'claim', text: claim, attrs: { kind: 'indirect' } });
  }
  const text = parts.join('');
  const map = new OffsetMap(text);
  const annotations: Annotation[] = [];
  let from = 0;
  let lastSpeaker = '';
  marks.forEach((m, k) => {
    const at = text.indexOf(m.text, from);
    from = at + m.text.length;
    const start = map.toCodePoint(at);
    const end = map.toCodePoint(at + m.text.length);
    const id = `${m.label[0]}${k}`;
    const a: Annotation = { id, label: m.label, start, end, text: m.text, ...contextAround(text, start, end, map), origin: 'suggestion', decision: 'accepted', attrs: m.attrs };
    if (m.label === 'speaker') lastSpeaker = id;
    if (m.label === 'claim') a.links = { speaker: lastSpeaker };
    annotations.push(a);
  });
  return { text, annotations };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'aa-bench-export-'));
  const corpus = join(root, 'corpus');
  const out = join(root, 'out');
  try {
    const genStart = performance.now();
    for (let i = 0; i < ARTICLES; i++) {
      const dir = join(corpus, `part${Math.floor(i / 1000)}`);
      if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
      const rel = `article_${String(i).padStart(5, '0')}.txt`;
      const { text, annotations } = article(i);
      const bytes = new TextEncoder().encode(i % 10 === 0 ? `\uFEFF${text}` : text);
      writeFileSync(join(dir, rel), bytes);
      const sidecar = emptySidecar(rel, sha256Hex(bytes));
      sidecar.status = 'done';
      sidecar.annotations = annotations;
      writeFileSync(join(dir, sidecarPathFor(rel)), serializeSidecar(sidecar));
    }
    console.log(`generated ${ARTICLES} articles with sidecars in ${((performance.now() - genStart) / 1000).toFixed(1)} s`);

    const catStart = performance.now();
    execFileSync('sh', ['-c', `find "${corpus}" -type f -print0 | xargs -0 cat > /dev/null`]);
    const catSeconds = (performance.now() - catStart) / 1000;

    const rssBefore = process.memoryUsage().rss / 2 ** 20;
    const start = performance.now();
    const listing = await listCorpus(corpus);
    const report = await exportCorpus(new FsCorpusReader(corpus, listing.articles), new FsExportWriter(out), { format: 'jsonl' });
    const seconds = (performance.now() - start) / 1000;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    if (report.articles !== ARTICLES || report.refused.length > 0) throw new Error(`export wrote ${report.articles} articles, refused ${report.refused.length} spans`);
    console.log(`export jsonl: ${ARTICLES} articles, ${report.spans} spans in ${seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s) ${seconds <= TARGET_SECONDS ? 'OK' : 'SLOW'}`);
    console.log(`cat of the same ${ARTICLES * 2} files: ${catSeconds.toFixed(2)} s; export / cat = ${(seconds / catSeconds).toFixed(1)}×`);
    console.log(`peak memory (maxRSS): ${peakMb.toFixed(0)} MB; resident before the export ${rssBefore.toFixed(0)} MB, after ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
    else console.log(root);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
