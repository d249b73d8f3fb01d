import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatValidationReport, validateCorpus } from '../../src/core/validate/validateCorpus';
import { FsValidationCorpus, listCorpus } from '../../src/cli/fsCorpus';
import { ARTICLES, SPANS, makeCorpus, writeArticleWithSidecar, writeFile } from './export-fixture';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = join(import.meta.dirname, '../..');

async function validate(dir: string) {
  return validateCorpus(new FsValidationCorpus(dir, await listCorpus(dir)));
}

test('a clean corpus (CRLF, BOM, emoji) validates with no problems', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-valid-'));
  for (const [rel, raw] of Object.entries(ARTICLES)) writeArticleWithSidecar(dir, rel, raw, SPANS[rel]);
  const report = await validate(dir);
  assert.deepEqual(report.problems, []);
  assert.equal(report.articles, 3);
  assert.equal(report.annotations, Object.values(SPANS).flat().length);
  assert.match(formatValidationReport(report), /Checked 3 articles, 3 sidecars and 19 annotations: no problems\./);
});

test('stale, orphaned, broken, conflicted and article-less sidecars are each reported with where and why', async () => {
  const dir = makeCorpus();
  writeFile(dir, 'broken.txt', 'Some text.\n');
  writeFile(dir, 'broken.txt.annotations.yaml', 'version: 1\narticle:\n  file: broken.txt\n  sha256: x: y\n');
  const good = readFileSync(join(dir, 'bom.txt.annotations.yaml'), 'utf8');
  writeFile(dir, 'gone.txt.annotations.yaml', good);
  writeFile(dir, 'conflict.txt', 'Text.\n');
  writeFile(dir, 'conflict.txt.annotations.yaml', good.replace('status: done', '<<<<<<< HEAD\nstatus: done\n=======\nstatus: todo\n>>>>>>> theirs'));
  const report = await validate(dir);
  const errors = report.problems.filter((p) => p.severity === 'error');
  const find = (file: string, re: RegExp) => report.problems.find((p) => p.file === file && re.test(p.message));
  assert.ok(find('stale.txt.annotations.yaml', /^Moved: speaker "Peskov" \(s1\).*exactly at 6–12/), 'moved span with its new place');
  assert.ok(find('stale.txt.annotations.yaml', /^Orphaned: speaker "Lavrov"/), 'orphan listed');
  assert.ok(find('stale.txt.annotations.yaml', /Article changed since last save/)?.severity === 'warning');
  const yamlError = find('broken.txt.annotations.yaml', /^Invalid YAML/)!;
  assert.deepEqual([yamlError.line, yamlError.column], [3, 10]);
  assert.ok(find('gone.txt.annotations.yaml', /^Missing article: gone\.txt/));
  assert.equal(report.problems.filter((p) => p.file === 'conflict.txt.annotations.yaml' && /conflict marker/.test(p.message)).length, 3);
  assert.ok(find('latin1.txt', /not valid UTF-8/));
  assert.equal(report.errors, errors.length);
  assert.equal(report.errors, 2 + 1 + 1 + 1 + 3 + 1);
  const text = formatValidationReport(report);
  assert.match(text, /## Errors\n\n- `broken\.txt\.annotations\.yaml:4:11` Invalid YAML/);
  assert.match(text, /## Warnings/);
});

test('CLI validate: exit 1 and the report on problems, 0 when clean, 2 with one line for a missing folder', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  const bad = cli(['validate', makeCorpus()]);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /Orphaned: speaker "Lavrov"/);
  assert.match(bad.stderr, /errors? in /);
  const dir = mkdtempSync(join(tmpdir(), 'aa-valid-cli-'));
  writeArticleWithSidecar(dir, 'emoji.txt', ARTICLES['emoji.txt'], SPANS['emoji.txt']);
  const ok = cli(['validate', dir]);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /no problems/);
  const missing = cli(['validate', join(dir, 'nope')]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  writeFileSync(join(dir, 'emoji.txt'), 'rewritten entirely\n');
  assert.equal(cli(['validate', dir]).status, 1, 'every annotation orphaned after a rewrite');
});

test('a sidecar that is not UTF-8 is reported by validate and skipped by export, never read with replacement characters', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-latin1-'));
  const [rel, raw] = Object.entries(ARTICLES)[0];
  writeArticleWithSidecar(dir, rel, raw, SPANS[rel]);
  const sidecarPath = join(dir, `${rel}.annotations.yaml`);
  // a hand edit saved as Latin-1: "é" as the single byte 0xE9
  const latin1 = Buffer.concat([readFileSync(sidecarPath), Buffer.from('# r\xe9vis\xe9\n', 'latin1')]);
  writeFileSync(sidecarPath, latin1);

  const report = await validate(dir);
  assert.ok(report.problems.some((p) => p.severity === 'error' && p.file === `${rel}.annotations.yaml` && /not valid UTF-8/.test(p.message)), JSON.stringify(report.problems));

  const out = mkdtempSync(join(tmpdir(), 'aa-latin1-out-'));
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'export', dir, '--format', 'jsonl', '--out', out], { encoding: 'utf8', cwd: ROOT });
  assert.equal(cli.status, 1, cli.stderr + cli.stdout);
  assert.match(cli.stdout + cli.stderr, /not valid UTF-8/);
  assert.ok(!readFileSync(join(out, 'dataset.jsonl'), 'utf8').includes('\uFFFD'));
  assert.deepEqual(readFileSync(sidecarPath), latin1, 'the sidecar bytes are untouched');
});

test('an article deleted after the corpus was listed is one error saying so; the others are still checked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-valid-vanished-'));
  for (const [rel, raw] of Object.entries(ARTICLES)) writeArticleWithSidecar(dir, rel, raw, SPANS[rel]);
  const listing = await listCorpus(dir);
  const gone = listing.articles[0];
  rmSync(join(dir, gone));
  const report = await validateCorpus(new FsValidationCorpus(dir, listing));
  const errors = report.problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors.map((p) => p.file), [gone]);
  assert.match(errors[0].message, /not checked: it was deleted or moved/);
  assert.equal(report.annotations, Object.entries(SPANS).filter(([rel]) => rel !== gone).flatMap(([, s]) => s).length, 'the other sidecars are read');
});
