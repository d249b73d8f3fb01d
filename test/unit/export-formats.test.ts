import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCorpus, EXPORT_FORMATS } from '../../src/core/export/exportCorpus';
import type { ExportFormat, ExportOptions } from '../../src/core/export/exportCorpus';
import { parseSplit, splitFor } from '../../src/core/export/split';
import type { SuggestionResult } from '../../src/core/model';
import { OffsetMap } from '../../src/core/offsets';
import { FsCorpusReader, FsExportWriter, listCorpus } from '../../src/cli/fsCorpus';
import { formatExportReport } from '../../src/core/export/report';
import { SPANS, makeCorpus, writeArticleWithSidecar } from './export-fixture';

const ROOT = join(import.meta.dirname, '../..');

function python(script: string, args: string[]): { summary: Record<string, unknown>; stderr: string; status: number | null } {
  const r = spawnSync('python3', [join(ROOT, 'test/python', script), ...args], { encoding: 'utf8' });
  assert.equal(r.error, undefined, `python3 could not run: ${r.error?.message}`);
  return { summary: r.stdout.trim() === '' ? {} : (JSON.parse(r.stdout) as Record<string, unknown>), stderr: r.stderr, status: r.status };
}

async function run(corpus: string, format: ExportFormat, extra: Partial<ExportOptions> = {}): Promise<{ out: string; report: Awaited<ReturnType<typeof exportCorpus>> }> {
  const out = mkdtempSync(join(tmpdir(), `aa-out-${format}-`));
  const listing = await listCorpus(corpus);
  const report = await exportCorpus(new FsCorpusReader(corpus, listing.articles), new FsExportWriter(out), { format, ...extra });
  return { out, report };
}

/** What a reader must find: accepted fixture spans of the three good articles, as [label, text]. */
function expectedSpans(): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const [file, specs] of Object.entries(SPANS)) {
    out[file] = specs.filter((s) => s.decision !== 'rejected').map((s) => [s.label, s.text]).sort();
  }
  return out;
}

function sortedByFile(spans: Record<string, string[][]>, rename: (k: string) => string = (k) => k): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const [k, v] of Object.entries(spans)) {
    if (v.length > 0) out[rename(k)] = v.map((x) => x.slice(0, 2)).sort();
  }
  return out;
}

const corpus = makeCorpus();

test('JSONL: spans slice the text in Python, every record has the same keys and types, stale spans refused', async () => {
  const { out, report } = await run(corpus, 'jsonl');
  const r = python('check_jsonl.py', [out, corpus]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(sortedByFile(r.summary.spansByFile as Record<string, string[][]>), expectedSpans());
  assert.equal(r.summary.records, 5, 'three annotated, one without sidecar, one stale; the latin-1 file is skipped');
  assert.deepEqual(r.summary.files, ['dataset.jsonl']);
  // the stale article: the moved span and its claim are refused, the vanished one orphaned, none written
  assert.deepEqual(report.refused.map((x) => `${x.file} ${x.id}`).sort(), ['stale.txt c1', 'stale.txt s1']);
  assert.deepEqual(report.orphaned.map((x) => `${x.file} ${x.id}`), ['stale.txt s2']);
  assert.deepEqual(report.skippedArticles.map((x) => x.file), ['latin1.txt']);
  assert.ok(report.warnings.some((w) => w.includes('stale.txt: article changed since')));
  const lines = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; spans: unknown[]; relations: unknown[]; meta: unknown });
  assert.deepEqual(lines.find((l) => l.file === 'stale.txt')!.spans, []);
  // SPEC 5 record shape
  const crlf = lines.find((l) => l.file === 'crlf.txt')!;
  assert.deepEqual(Object.keys(crlf), ['id', 'file', 'sha256', 'meta', 'status', 'annotator', 'text', 'spans', 'relations']);
  assert.deepEqual(crlf.relations, [{ type: 'attributed_to', from: 'c1', to: 's1' }, { type: 'attributed_to', from: 'c2', to: 's2' }]);
  assert.deepEqual(lines.find((l) => l.file === 'nested/dir/unannotated.txt')!.meta, { title: null, published: null });
});

test('JSONL offsets are code points: exact with CRLF, a BOM and non-BMP characters', async () => {
  const { out } = await run(corpus, 'jsonl');
  const records = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; text: string; spans: Array<{ id: string; start: number; end: number }> });
  const emoji = records.find((r) => r.file === 'emoji.txt')!;
  const zel = emoji.spans.find((s) => s.id === 's1')!;
  // "🇺🇦 Live 😀: " is 11 code points (two regional indicators + 😀 each count one)
  assert.deepEqual([zel.start, zel.end], [11, 19]);
  const bom = records.find((r) => r.file === 'bom.txt')!;
  assert.ok(bom.text.startsWith('WASHINGTON'), 'BOM stripped');
  assert.equal(bom.spans.find((s) => s.id === 's1')!.start, 29);
  const crlf = records.find((r) => r.file === 'crlf.txt')!;
  assert.ok(crlf.text.includes('\r\n'), 'CRLF kept');
  const c2 = crlf.spans.find((s) => s.id === 'c2')!;
  assert.equal(new OffsetMap(crlf.text).sliceCodePoints(c2.start, c2.end), SPANS['crlf.txt'][5].text);
});

test('brat: each T text equals the slice of the .txt in Python; a span across CRLF is written as fragments', async () => {
  const { out } = await run(corpus, 'brat');
  const r = python('check_brat.py', [out, corpus, 'crlf=crlf.txt', 'bom=bom.txt', 'emoji=emoji.txt', 'unannotated=nested/dir/unannotated.txt', 'stale=stale.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(sortedByFile(r.summary.spansByFile as Record<string, string[][]>, (k) => `${k}.txt`), {
    ...expectedSpans(),
    'crlf.txt': expectedSpans()['crlf.txt'].map(([l, t]) => [l, t.replace('\r\n', ' ')]).sort(),
  });
  assert.equal(r.summary.R, 6);
  const ann = readFileSync(join(out, 'crlf.ann'), 'utf8');
  assert.match(ann, /^T\d+\tclaim \d+ \d+;\d+ \d+\tWe didn’t/m);
  assert.match(ann, /^R\d+\tattributed_to Arg1:T\d+ Arg2:T\d+$/m);
  assert.match(ann, /^A\d+\tkind T\d+ direct$/m);
  assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tname=Joe Biden; id=s2$/m);
  const conf = readFileSync(join(out, 'annotation.conf'), 'utf8');
  assert.match(conf, /\[entities\]\nspeaker\ndate\nclaim\nemoji\n/);
  assert.match(conf, /attributed_to\tArg1:claim, Arg2:speaker/);
  assert.ok(readdirSync(out).includes('visual.conf'));
});

test('CoNLL: tokens rebuild the text in Python, IOB2 per column, overlapping labels in separate columns', async () => {
  const { out, report } = await run(corpus, 'conll');
  const r = python('check_conll.py', [out, corpus]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(sortedByFile(r.summary.spansByFile as Record<string, string[][]>), expectedSpans());
  assert.equal(r.summary.documents, 5);
  const text = readFileSync(join(out, 'dataset.conll'), 'utf8');
  assert.match(text, /^# Article Annotator CoNLL export\. Tags are IOB2/);
  assert.match(text, /^-DOCSTART-/m);
  // 🎯 (project label) inside the claim: both kept, in CLAIM and EXTRA
  assert.match(text, /^🎯\t74\t75\tO\tO\tI-claim\tB-emoji$/m);
  assert.equal(report.warnings.filter((w) => w.startsWith('CoNLL')).length, 0);
});

test('CoNLL: overlapping spans of one label are counted in a warning, never silently lost', async () => {
  const { makeCorpusWith } = await import('./export-fixture-overlap');
  const dir = makeCorpusWith();
  const { report } = await run(dir, 'conll');
  assert.ok(report.warnings.some((w) => /CoNLL: 1 span overlapped another span of the same label/.test(w)), report.warnings.join('\n'));
});

test('Label Studio: tasks have what the importer needs; suggestions become predictions with score and model version', async () => {
  const fakeSuggester = (text: string): SuggestionResult => {
    const map = new OffsetMap(text);
    const at = (s: string): [number, number] => {
      const i = text.indexOf(s);
      return [map.toCodePoint(i), map.toCodePoint(i + s.length)];
    };
    if (!text.includes('Zelensky')) return { meta: {}, boilerplate: [], suggestions: [] };
    const [ls, le] = at('Live');
    const [zs, ze] = at('Zelensky');
    return {
      meta: { title: 'Live blog' },
      boilerplate: [],
      suggestions: [
        { id: 's1', label: 'speaker', start: zs, end: ze, text: 'Zelensky', attrs: { name: 'Zelensky' }, score: 0.9, rule: 'speaker.said' }, // overlaps the accepted one: dropped
        { id: 'd1', label: 'date', start: ls, end: le, text: 'Live', attrs: { value: '2021' }, score: 0.4, rule: 'date.test' },
      ],
    };
  };
  const { out, report } = await run(corpus, 'labelstudio', { includeSuggestions: true, suggester: fakeSuggester });
  assert.equal(report.suggestions, 1);
  const r = python('check_labelstudio.py', [out, corpus]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.summary.predictions, 1);
  const tasks = JSON.parse(readFileSync(join(out, 'tasks.json'), 'utf8')) as Array<{ data: { file: string; title: string | null }; predictions: Array<{ model_version: string; score: number; result: Array<{ value: { text: string } }> }> }>;
  const emoji = tasks.find((t) => t.data.file === 'emoji.txt')!;
  assert.equal(emoji.predictions[0].result[0].value.text, 'Live');
  assert.equal(emoji.predictions[0].score, 0.4);
  assert.equal(emoji.data.title, 'Live blog', 'missing title filled from the suggester');
  const xml = readFileSync(join(out, 'labeling-config.xml'), 'utf8');
  assert.match(xml, /<Labels name="label" toName="text">/);
  assert.match(xml, /<Relation value="attributed_to"\/>/);
  // JSONL marks the same suggestion
  const jsonl = await run(corpus, 'jsonl', { includeSuggestions: true, suggester: fakeSuggester });
  const rec = readFileSync(join(jsonl.out, 'dataset.jsonl'), 'utf8').split('\n').find((l) => l.includes('"emoji.txt"'))!;
  const spans = (JSON.parse(rec) as { spans: Array<{ text: string; origin: string; accepted: boolean; score: number }> }).spans;
  assert.deepEqual(spans.filter((s) => !s.accepted).map((s) => [s.text, s.origin, s.score]), [['Live', 'suggestion', 0.4]]);
  assert.equal(python('check_jsonl.py', [jsonl.out, corpus]).status, 0);
});

test('CSV: one row per claim with its speaker, RFC 4180 quoting read back by Python csv', async () => {
  const { out } = await run(corpus, 'csv');
  const r = python('check_csv.py', [out, corpus]);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.summary.rows as string[][];
  const claims = Object.entries(SPANS).flatMap(([file, specs]) => specs.filter((s) => s.label === 'claim').map((s) => `${file} ${s.id}`));
  assert.deepEqual(rows.map((x) => `${x[0]} ${x[1]}`).sort(), claims.sort());
  assert.deepEqual(rows.find((x) => x[0] === 'bom.txt' && x[1] === 'c2')!.slice(2, 5), ['It was a useful call,', 'direct', 'Jen Psaki']);
  assert.equal(rows.find((x) => x[0] === 'crlf.txt' && x[1] === 'c2')![2], SPANS['crlf.txt'][5].text, 'CRLF inside a quoted field survives');
});

test('split: deterministic by article id, recorded in every record, one file or folder per part', async () => {
  const spec = parseSplit('80/10/10');
  assert.equal(splitFor('crlf', spec), splitFor('crlf', spec));
  const counts: Record<string, number> = { train: 0, dev: 0, test: 0 };
  for (let i = 0; i < 2000; i++) counts[splitFor(`article-${i}`, spec)]++;
  assert.ok(counts.train > 1500 && counts.train < 1700 && counts.dev > 140 && counts.test > 140, JSON.stringify(counts));
  assert.throws(() => parseSplit('80/10'), /adds up to 90/);
  assert.throws(() => parseSplit('eighty'), /not valid/);
  for (const format of EXPORT_FORMATS) {
    const { out, report } = await run(corpus, format, { split: spec });
    const files = readdirSync(out).filter((f) => !f.startsWith('.'));
    if (format === 'jsonl') {
      assert.deepEqual(files.sort(), ['dev.jsonl', 'test.jsonl', 'train.jsonl']);
      const r = python('check_jsonl.py', [out, corpus]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.summary.splits, Object.fromEntries(Object.entries(report.splitCounts!).filter(([, n]) => n > 0)));
    }
    if (format === 'brat') assert.ok(files.includes('train') && files.includes('annotation.conf'));
    if (format === 'csv') assert.ok(readFileSync(join(out, 'claims.csv'), 'utf8').split('\r\n')[1].startsWith(`${splitFor('bom', spec)},bom,`));
    if (format === 'conll') assert.ok(files.includes('train.conll'));
    if (format === 'labelstudio') assert.ok(files.includes('train.json') && files.includes('labeling-config.xml'));
  }
});

test('CLI: export writes the format, lists refused spans on stderr and exits 1; bad input gets one clear line and exit 2', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  const out = mkdtempSync(join(tmpdir(), 'aa-cli-'));
  const ok = cli(['export', corpus, '--format', 'jsonl', '--out', out]);
  assert.equal(ok.status, 1, ok.stderr);
  assert.match(ok.stderr, /Exported 5 articles/);
  assert.match(ok.stderr, /Spans refused .*\n {2}stale\.txt s1 \(speaker\)/);
  assert.ok(readdirSync(out).includes('dataset.jsonl'));
  const bad = cli(['export', corpus, '--format', 'xml', '--out', out]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  assert.match(bad.stderr, /Unknown format "xml"/);
  // an earlier brat export inside the corpus holds .txt copies: the marker keeps them out of the corpus
  const inside = join(corpus, 'dataset', 'brat');
  assert.ok([0, 1].includes(cli(['export', corpus, '--format', 'brat', '--out', inside]).status ?? -1));
  assert.ok(readdirSync(inside).includes('.article-annotator-export'));
  const again = cli(['export', corpus, '--format', 'csv', '--out', join(corpus, 'dataset', 'csv')]);
  assert.match(again.stderr, /Exported 5 articles/);
  const missing = cli(['export', join(corpus, 'nope'), '--format', 'csv', '--out', out]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /is not a folder/);
});

test('cancelling stops between articles and leaves complete, closed files', async () => {
  let seen = 0;
  const progress: number[] = [];
  const { out, report } = await run(corpus, 'jsonl', { isCancelled: () => seen >= 2, onProgress: (done) => { seen = done; progress.push(done); } });
  assert.equal(report.cancelled, true);
  assert.deepEqual(progress, [1, 2]);
  const lines = readFileSync(join(out, 'dataset.jsonl'), 'utf8').split('\n');
  assert.equal(lines.pop(), '', 'the file ends with a complete line');
  assert.equal(lines.length, report.articles);
  for (const line of lines) JSON.parse(line);
});

test('brat: tabs and every character Python reads as a line break split a span into fragments', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-breaks-'));
  const claim = 'first\tpart\u2028second\x0bthird\u0085end';
  writeArticleWithSidecar(dir, 'breaks.txt', `He said “${claim}” today.\n`, [{ id: 'c1', label: 'claim', text: claim, attrs: { kind: 'direct', note: 'a\u2028b' } }]);
  const { out } = await run(dir, 'brat');
  const r = python('check_brat.py', [out, dir, 'breaks=breaks.txt']);
  assert.equal(r.status, 0, r.stderr);
  const ann = readFileSync(join(out, 'breaks.ann'), 'utf8');
  assert.match(ann, /^T1\tclaim 9 14;15 19;20 26;27 32;33 36\tfirst part second third end$/m);
  assert.match(ann, /note=a b/);
});

test('CoNLL: white space is what Python calls white space (NEL and U+001F split, a stray U+FEFF is a token)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-space-'));
  writeArticleWithSidecar(dir, 'space.txt', 'Peskov\u0085said\u001fso\ufeff.\u3000Biden\u00a0agreed.\n', [
    { id: 's1', label: 'speaker', text: 'Peskov', attrs: { name: 'Dmitry Peskov' } },
    { id: 's2', label: 'speaker', text: 'Biden', attrs: { name: 'Joe Biden' } },
  ]);
  const { out } = await run(dir, 'conll');
  const r = python('check_conll.py', [out, dir]);
  assert.equal(r.status, 0, r.stderr);
  const tokens = readFileSync(join(out, 'dataset.conll'), 'utf8').split('\n').filter((l) => /^[^#-].*\t\d+\t\d+\t/.test(l) || l.startsWith('\ufeff')).map((l) => l.split('\t')[0]);
  assert.deepEqual(tokens, ['Peskov', 'said', 'so', '\ufeff', '.', 'Biden', 'agreed', '.']);
  // sentences: the NEL is a line break; ". Biden" starts a new one
  const sentences = readFileSync(join(out, 'dataset.conll'), 'utf8').split('-DOCSTART-')[2].split('\n\n').slice(1)
    .map((block) => block.split('\n').filter((l) => /\t\d+\t\d+\t/.test(l)).map((l) => l.split('\t')[0]).join(' ')).filter((x) => x !== '');
  assert.deepEqual(sentences, ['Peskov', 'said so \ufeff .', 'Biden agreed .']);
});

test('JSONL and Label Studio escape NEL, U+2028 and U+2029, so no line-splitting reader cuts a record', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-ls-'));
  writeArticleWithSidecar(dir, 'seps.txt', 'A\u2028B\u0085C said\u2029so.\n', [{ id: 's1', label: 'speaker', text: 'C', attrs: { name: 'C\u2028D' } }]);
  for (const format of ['jsonl', 'labelstudio'] as const) {
    const { out } = await run(dir, format);
    const file = join(out, format === 'jsonl' ? 'dataset.jsonl' : 'tasks.json');
    const raw = readFileSync(file, 'utf8');
    assert.doesNotMatch(raw, /[\u0085\u2028\u2029]/);
    const r = python(format === 'jsonl' ? 'check_jsonl.py' : 'check_labelstudio.py', [out, dir]);
    assert.equal(r.status, 0, r.stderr);
  }
});

test('an article deleted after the corpus was listed is reported as not exported, and the others are exported', async () => {
  const dir = makeCorpus();
  const listing = await listCorpus(dir);
  rmSync(join(dir, 'bom.txt')); // gone between the listing and its turn, as when a user deletes it mid-run
  const out = mkdtempSync(join(tmpdir(), 'aa-out-vanished-'));
  const report = await exportCorpus(new FsCorpusReader(dir, listing.articles), new FsExportWriter(out), { format: 'jsonl' });
  const skipped = report.skippedArticles.find((x) => x.file === 'bom.txt');
  assert.match(skipped?.message ?? '', /deleted or moved after the corpus was listed/);
  const files = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
  assert.equal(files.includes('bom.txt'), false);
  assert.equal(files.length, listing.articles.length - 2, 'every other article but the latin-1 one is exported');
  assert.match(formatExportReport(report), /bom\.txt: it was deleted or moved/);
});
