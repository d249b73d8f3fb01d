import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareAnnotators } from '../../src/core/agreement/compareAnnotators';
import type { AgreementResult, AnnotatorFolder } from '../../src/core/agreement/compareAnnotators';
import { formatAgreementReport } from '../../src/core/agreement/agreementReport';
import { PairTable, cohenKappa, krippendorffAlphaNominal } from '../../src/core/agreement/metrics';
import type { SpanSpec } from './export-fixture';
import { writeArticleWithSidecar } from './export-fixture';

const ROOT = join(import.meta.dirname, '../..');
// 7 tokens: Peskov | said | the | talks | were | frank | .
const TEXT = 'Peskov said the talks were frank.\n';

function folderOn(dir: string): AnnotatorFolder {
  return {
    name: dir,
    sidecarPaths: async () => ['a.txt.annotations.yaml'],
    readFile: async (path) => {
      try {
        return new Uint8Array(readFileSync(join(dir, path)));
      } catch {
        return undefined;
      }
    },
  };
}

async function compare(specsA: SpanSpec[], specsB: SpanSpec[]): Promise<AgreementResult> {
  const a = mkdtempSync(join(tmpdir(), 'aa-agree-a-'));
  const b = mkdtempSync(join(tmpdir(), 'aa-agree-b-'));
  writeArticleWithSidecar(a, 'a.txt', TEXT, specsA, 'anna');
  writeArticleWithSidecar(b, 'a.txt', TEXT, specsB, 'ben');
  return compareAnnotators(folderOn(a), folderOn(b));
}

const speaker: SpanSpec = { id: 's1', label: 'speaker', text: 'Peskov', attrs: { name: 'Dmitry Peskov' } };
const claimA: SpanSpec = { id: 'c1', label: 'claim', text: 'the talks were frank', attrs: { kind: 'indirect' }, speaker: 's1' };
const claimB: SpanSpec = { id: 'c1', label: 'claim', text: 'talks were frank.', attrs: { kind: 'direct' }, speaker: 's1' };

const close = (actual: number | null, expected: number) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('identical annotators agree perfectly: F1, κ and α are 1', async () => {
  const r = await compare([speaker, claimA], [speaker, claimA]);
  close(r.all.exact.f1, 1);
  close(r.all.overlap.f1, 1);
  close(r.all.kappa, 1);
  close(r.all.alpha, 1);
  assert.deepEqual(r.attributes.map((x) => [x.attribute, x.agreement]), [['speaker name', 1], ['date value', null], ['claim kind', 1], ['claim → speaker link', 1]]);
  assert.deepEqual(r.disagreements, []);
});

test('disjoint annotators: span F1 is 0 and κ is at or below chance', async () => {
  const r = await compare([speaker], [{ id: 'c9', label: 'claim', text: 'talks' }]);
  close(r.all.exact.f1, 0);
  close(r.all.overlap.f1, 0);
  // A: [speaker,O,O,O,O,O,O], B: [O,O,O,claim,O,O,O]: po = 5/7, pe = 36/49, κ = (35−36)/(49−36) = −1/13
  close(r.all.kappa, -1 / 13);
  assert.equal(r.disagreements.length, 2);
});

test('a partial case matches the figures computed by hand', async () => {
  const r = await compare([speaker, claimA], [speaker, claimB]);
  // Exact: the speakers match, the claims do not → all labels P = R = F1 = 1/2; claim F1 = 0.
  close(r.all.exact.f1, 0.5);
  close(r.labels.find((l) => l.label === 'claim')!.exact.f1!, 0);
  // Overlap: the claims share "talks were frank" → everything matched.
  close(r.all.overlap.f1, 1);
  // Tokens A: [speaker, O, claim, claim, claim, claim, O]; B: [speaker, O, O, claim, claim, claim, claim].
  // po = 5/7; marginals are equal (speaker 1, O 2, claim 4) → pe = (1 + 4 + 16)/49 = 3/7; κ = (2/7)/(4/7) = 1/2.
  close(r.all.kappa, 0.5);
  // α: coincidences o(sp,sp)=2, o(O,O)=2, o(c,c)=6, o(c,O)=o(O,c)=2; n = 14; n_sp=2, n_O=4, n_c=8.
  // α = 1 − (n−1)·Σ_{c≠k} o / Σ_{c≠k} n_c n_k = 1 − 13·4 / (196 − 4 − 16 − 64) = 1 − 52/112 = 15/28.
  close(r.all.alpha, 15 / 28);
  // claim alone: A [0,0,1,1,1,1,0], B [0,0,0,1,1,1,1]: po = 5/7, pe = (16 + 9)/49 → κ = (10/49)/(24/49) = 5/12.
  close(r.labels.find((l) => l.label === 'claim')!.kappa, 5 / 12);
  // attributes: names agree, kinds differ (indirect vs direct), both claims link to the matched speaker
  assert.deepEqual(r.attributes.map((x) => [x.attribute, x.compared, x.agreed]), [['speaker name', 1, 1], ['date value', 0, 0], ['claim kind', 1, 0], ['claim → speaker link', 1, 1]]);
  const md = formatAgreementReport(r);
  assert.match(md, /\| \*\*all\*\* \| 2 \| 2 \| 0\.500 \| 0\.500 \| 0\.500 \| 1\.000 \| 1\.000 \| 1\.000 \|/);
  assert.match(md, /\| \*\*all labels\*\* \| 0\.500 \| 0\.536 \|/);
  assert.match(md, /claim kind of "the talks were frank": .* "indirect", .* "direct"/);
});

test('κ and α on a textbook table (Cohen 1960 style): 2×2 with known values', () => {
  // 50 units: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4
  const t = new PairTable();
  t.add('yes', 'yes', 20);
  t.add('yes', 'no', 5);
  t.add('no', 'yes', 10);
  t.add('no', 'no', 15);
  close(cohenKappa(t), 0.4);
  // α: n = 100, n_yes = 2·20 + 15 = 55, n_no = 45; o(yes,no) + o(no,yes) = 30 → α = 1 − 99·30/(2·55·45) = 1 − 2970/4950 = 0.4
  close(krippendorffAlphaNominal(t), 0.4);
  assert.equal(cohenKappa(new PairTable()), null);
});

test('CLI agreement prints the Markdown report, writes JSON with --out, and rejects a missing folder in one line', () => {
  const a = mkdtempSync(join(tmpdir(), 'aa-agree-cli-a-'));
  const b = mkdtempSync(join(tmpdir(), 'aa-agree-cli-b-'));
  writeArticleWithSidecar(a, 'x/a.txt', TEXT, [speaker, claimA]);
  writeArticleWithSidecar(b, 'x/a.txt', TEXT, [speaker, claimB]);
  const out = mkdtempSync(join(tmpdir(), 'aa-agree-out-'));
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  const r = cli(['agreement', a, b, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^# Inter-annotator agreement/);
  const json = JSON.parse(readFileSync(join(out, 'agreement.json'), 'utf8')) as AgreementResult;
  close(json.all.kappa, 0.5);
  assert.deepEqual(json.articles, ['x/a.txt']);
  const bad = cli(['agreement', a, join(b, 'nope')]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});
