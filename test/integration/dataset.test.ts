// The dataset commands in a real VS Code, driven by command id with arguments (no quick picks):
// Export Dataset writes every format with exact code-point spans, Validate Corpus reports problems in
// a document and the Problems panel, Compare Annotators opens a Markdown report.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgreementResult } from '../../src/core/agreement/compareAnnotators';
import type { ExportReport } from '../../src/core/export/report';
import { sha256Hex } from '../../src/core/hash';
import type { Annotation } from '../../src/core/model';
import { OffsetMap } from '../../src/core/offsets';
import { contextAround, emptySidecar, serializeSidecar } from '../../src/core/sidecar/sidecar';
import type { ValidationReport } from '../../src/core/validate/validateCorpus';
import { pageAvailable } from './page';
import { paletteLabels } from './palette';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ARTICLE = '\uFEFFKyiv 😀, 7 Dec 2021\r\nZelensky said “we will not give up 💪” on Sunday.\r\nPeskov said the talks were frank.\r\n';

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, 'dataset-it');
}

function annotation(text: string, id: string, label: string, snippet: string, attrs: Record<string, string>, speaker?: string): Annotation {
  const map = new OffsetMap(text);
  const at = text.indexOf(snippet);
  const start = map.toCodePoint(at);
  const end = map.toCodePoint(at + snippet.length);
  const a: Annotation = { id, label, start, end, text: snippet, ...contextAround(text, start, end, map), origin: 'manual', decision: 'accepted', attrs };
  if (speaker) a.links = { speaker };
  return a;
}

async function writeCorpus(folder: vscode.Uri, claim: string): Promise<vscode.Uri> {
  const bytes = encoder.encode(ARTICLE);
  const article = vscode.Uri.joinPath(folder, 'live.txt');
  await vscode.workspace.fs.writeFile(article, bytes);
  const text = ARTICLE.slice(1);
  const sidecar = emptySidecar('live.txt', sha256Hex(bytes));
  sidecar.status = 'done';
  sidecar.annotations = [
    annotation(text, 's1', 'speaker', 'Zelensky', { name: 'Volodymyr Zelensky' }),
    annotation(text, 'c1', 'claim', claim, { kind: 'direct' }, 's1'),
    annotation(text, 'd1', 'date', 'Sunday', { value: '2021-12-05' }),
  ];
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'live.txt.annotations.yaml'), encoder.encode(serializeSidecar(sidecar)));
  return article;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

suite('Dataset commands', () => {
  suiteSetup(async () => {
    await vscode.workspace.fs.delete(root(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await writeCorpus(vscode.Uri.joinPath(root(), 'corpus'), 'we will not give up 💪');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the palette lists the three dataset commands', async function () {
    if (!pageAvailable()) this.skip();
    const labels = await paletteLabels('Article Annotator: ');
    for (const title of ['Export Dataset…', 'Validate Corpus', 'Compare Annotators…']) {
      assert.ok(labels.some((l) => l.includes(title)), `${title} not in ${labels.join(' | ')}`);
    }
  });

  test('Export Dataset writes JSONL whose spans are exact code-point slices (BOM, CRLF, emoji), with the split recorded', async () => {
    const destination = vscode.Uri.joinPath(root(), 'out-jsonl');
    const report = await vscode.commands.executeCommand<ExportReport>('articleAnnotator.exportDataset', {
      folder: vscode.Uri.joinPath(root(), 'corpus'), format: 'jsonl', includeSuggestions: false, split: '80/10/10', destination,
    });
    assert.ok(report, 'the command returns its report');
    assert.equal(report.articles, 1);
    assert.equal(report.spans, 3);
    assert.deepEqual(report.refused, []);
    const files = (await vscode.workspace.fs.readDirectory(destination)).map(([n]) => n).filter((n) => !n.startsWith('.')).sort();
    assert.deepEqual(files, ['dev.jsonl', 'test.jsonl', 'train.jsonl']);
    const lines = (await Promise.all(files.map((f) => readText(vscode.Uri.joinPath(destination, f))))).join('').trim().split('\n');
    assert.equal(lines.length, 1);
    const record = JSON.parse(lines[0]) as { split: string; text: string; spans: Array<{ start: number; end: number; text: string }>; relations: unknown[] };
    assert.equal(record.text, ARTICLE.slice(1));
    const cps = Array.from(record.text);
    for (const s of record.spans) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
    assert.deepEqual(record.relations, [{ type: 'attributed_to', from: 'c1', to: 's1' }]);
    assert.ok(files.includes(`${record.split}.jsonl`));
  });

  test('Export Dataset writes brat, CoNLL, Label Studio and CSV', async () => {
    const expected: Record<string, string> = { brat: 'annotation.conf', conll: 'dataset.conll', labelstudio: 'labeling-config.xml', csv: 'claims.csv' };
    for (const [format, file] of Object.entries(expected)) {
      // the default destination, inside the corpus: earlier exports there are not read as articles
      const destination = vscode.Uri.joinPath(root(), 'corpus', 'dataset', format);
      const report = await vscode.commands.executeCommand<ExportReport>('articleAnnotator.exportDataset', {
        folder: vscode.Uri.joinPath(root(), 'corpus'), format, includeSuggestions: true, split: null, destination,
      });
      assert.equal(report?.articles, 1, `${format}: only the corpus article, not the brat copy of an earlier export`);
      const names = (await vscode.workspace.fs.readDirectory(destination)).map(([n]) => n);
      assert.ok(names.includes(file), `${format}: ${names.join(', ')}`);
    }
    const ann = await readText(vscode.Uri.joinPath(root(), 'corpus', 'dataset', 'brat', 'live.ann'));
    const txt = Array.from(await readText(vscode.Uri.joinPath(root(), 'corpus', 'dataset', 'brat', 'live.txt')));
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [, typeAndSpan, text] = line.split('\t');
      const [, s, e] = typeAndSpan.split(' ');
      assert.equal(txt.slice(Number(s), Number(e)).join(''), text);
    }
  });

  test('Validate Corpus reports a broken sidecar in its report and in the Problems panel', async () => {
    const folder = vscode.Uri.joinPath(root(), 'broken');
    await writeCorpus(folder, 'we will not give up 💪');
    const sidecar = vscode.Uri.joinPath(folder, 'live.txt.annotations.yaml');
    const text = (await readText(sidecar)).replace('status: done', 'status: finished');
    await vscode.workspace.fs.writeFile(sidecar, encoder.encode(text));
    const report = await vscode.commands.executeCommand<ValidationReport>('articleAnnotator.validateCorpus', { folder, quiet: true });
    assert.ok(report);
    assert.equal(report.errors, 1);
    const line = text.split('\n').findIndex((l) => l.startsWith('status:'));
    const problems = vscode.languages.getDiagnostics(sidecar).filter((d) => d.source === 'Article Annotator (validate)');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, line);
    assert.match(problems[0].message, /todo, in-progress, done/);
    const clean = await vscode.commands.executeCommand<ValidationReport>('articleAnnotator.validateCorpus', { folder: vscode.Uri.joinPath(root(), 'corpus'), quiet: true });
    assert.equal(clean?.errors, 0);
    assert.equal(clean?.articles, 1, 'the exports in corpus/dataset are not validated as articles');
    assert.equal(vscode.languages.getDiagnostics(sidecar).filter((d) => d.source === 'Article Annotator (validate)').length, 0, 'a new run clears old problems');
  });

  test('Compare Annotators opens a Markdown report with the figures', async () => {
    const a = vscode.Uri.joinPath(root(), 'annotator-a');
    const b = vscode.Uri.joinPath(root(), 'annotator-b');
    await writeCorpus(a, 'we will not give up 💪');
    await writeCorpus(b, 'we will not give up');
    const result = await vscode.commands.executeCommand<AgreementResult>('articleAnnotator.compareAnnotators', { a, b });
    assert.ok(result);
    assert.equal(result.articles.length, 1);
    // speaker and date identical, the claim differs by its last token: exact 2/3, overlap 3/3
    assert.ok(Math.abs(result.all.exact.f1! - 2 / 3) < 1e-9);
    assert.equal(result.all.overlap.f1, 1);
    const doc = vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && d.getText().startsWith('# Inter-annotator agreement'));
    assert.ok(doc, 'the report is open');
    assert.match(doc.getText(), /\| claim \| 1 \| 1 \| 0\.000 \| 0\.000 \| 0\.000 \| 1\.000 \| 1\.000 \| 1\.000 \|/);
  });
});
