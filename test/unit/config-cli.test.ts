// The command line reads annotator.config.yaml from the corpus folder it is given (SPEC sections 6
// and 7): article globs, the sidecar folder and the project's labels, with real files on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/core/hash';
import { emptySidecar, serializeSidecar } from '../../src/core/sidecar/sidecar';
import { annotationsFor, writeFile } from './export-fixture';
import type { SpanSpec } from './export-fixture';

const ROOT = join(import.meta.dirname, '../..');
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

const CONFIG = `version: 1
articles:
  include: ["news/**/*.txt"]
  exclude: ["news/drafts/**"]
sidecars: annotations/
labels:
  - name: speaker
    color: "#1f77b4"
  - name: organisation
    color: "#9467bd"
    shortcut: o
    attributes:
      - name: type
        values: [company, government, ngo]
`;

const ARTICLE = 'The Kremlin said on Tuesday that Gazprom would keep the pipeline open.\n';

/** An article and its sidecar, written where the configuration puts sidecars. */
function writeAnnotated(root: string, rel: string, sidecarRel: string, text: string, specs: SpanSpec[]): void {
  const bytes = new TextEncoder().encode(text);
  writeFile(root, rel, bytes);
  const sidecar = emptySidecar(rel.split('/').pop()!, sha256Hex(bytes));
  sidecar.status = 'done';
  sidecar.annotations = annotationsFor(text, specs);
  writeFile(root, sidecarRel, serializeSidecar(sidecar));
}

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'aa-config-'));
  writeFile(root, 'annotator.config.yaml', CONFIG);
  writeAnnotated(root, 'news/2021/kremlin.txt', 'annotations/news/2021/kremlin.txt.annotations.yaml', ARTICLE, [
    { id: 's1', label: 'speaker', text: 'The Kremlin', attrs: { name: 'The Kremlin' } },
    { id: 'o1', label: 'organisation', text: 'Gazprom', attrs: { type: 'company' } },
  ]);
  writeFile(root, 'news/drafts/draft.txt', 'A draft nobody should export.\n');
  writeFile(root, 'notes.txt', 'Team notes, not an article.\n');
  return root;
}

test('export reads the sidecars from the configured folder and keeps the project label; only matching files are articles', () => {
  const root = corpus();
  const out = join(mkdtempSync(join(tmpdir(), 'aa-config-out-')), 'jsonl');
  const r = cli(['export', root, '--format', 'jsonl', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const records = readFileSync(join(out, 'dataset.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; spans: { label: string; text: string; attrs?: Record<string, string> }[] });
  assert.deepEqual(records.map((x) => x.file), ['news/2021/kremlin.txt'], 'the draft (excluded) and notes.txt (not included) are not articles');
  assert.deepEqual(records[0].spans.map((s) => [s.label, s.text, s.attrs]), [
    ['speaker', 'The Kremlin', { name: 'The Kremlin' }],
    ['organisation', 'Gazprom', { type: 'company' }],
  ]);
});

test('brat and Label Studio configurations list the project label with its configured colour', () => {
  const root = corpus();
  const base = mkdtempSync(join(tmpdir(), 'aa-config-out-'));
  assert.equal(cli(['export', root, '--format', 'brat', '--out', join(base, 'brat')]).status, 0);
  const annotationConf = readFileSync(join(base, 'brat', 'annotation.conf'), 'utf8');
  const visualConf = readFileSync(join(base, 'brat', 'visual.conf'), 'utf8');
  assert.match(annotationConf, /\[entities\]\nspeaker\ndate\nclaim\norganisation\n/);
  assert.match(visualConf, /^organisation\tbgColor:#9467bd$/m);
  assert.match(visualConf, /^speaker\tbgColor:#1f77b4$/m, 'a restyled built-in keeps its configured colour');
  assert.equal(cli(['export', root, '--format', 'labelstudio', '--out', join(base, 'ls')]).status, 0);
  const xml = readFileSync(join(base, 'ls', 'labeling-config.xml'), 'utf8');
  assert.match(xml, /<Label value="organisation" background="#9467bd"\/>/);
});

test('brat and Label Studio carry the attributes the configuration declares; a value off the list is kept', () => {
  const root = mkdtempSync(join(tmpdir(), 'aa-config-attrs-'));
  writeFile(root, 'annotator.config.yaml', `${CONFIG}      - name: wikidata\n  - name: event\n    attributes:\n      - name: checkable\n        values: [yes, no]\n`);
  const text = 'TASS reported that Rosneft and the Kremlin agreed a new price.\n';
  writeAnnotated(root, 'news/tass.txt', 'annotations/news/tass.txt.annotations.yaml', text, [
    { id: 'o1', label: 'organisation', text: 'Rosneft', attrs: { type: 'company', wikidata: 'Q1141123' } },
    { id: 'o2', label: 'organisation', text: 'TASS', attrs: { type: 'news agency' } },
    { id: 'c1', label: 'claim', text: 'Rosneft and the Kremlin agreed a new price', attrs: { kind: 'assertion' } },
    { id: 'e1', label: 'event', text: 'agreed a new price', attrs: { checkable: 'yes' } },
  ]);
  const base = mkdtempSync(join(tmpdir(), 'aa-config-out-'));
  assert.equal(cli(['export', root, '--format', 'brat', '--out', join(base, 'brat')]).status, 0);
  const conf = readFileSync(join(base, 'brat', 'annotation.conf'), 'utf8');
  assert.match(conf, /^type\tArg:organisation, Value:company\|government\|ngo$/m);
  assert.match(conf, /^checkable\tArg:event, Value:yes\|no$/m);
  assert.doesNotMatch(conf, /^wikidata/m, 'a free-text attribute is no brat attribute');
  const ann = readFileSync(join(base, 'brat', 'tass.ann'), 'utf8');
  assert.match(ann, /^A\d+\ttype T\d+ company$/m);
  assert.match(ann, /^A\d+\tcheckable T\d+ yes$/m);
  assert.match(ann, /AnnotatorNotes T\d+\twikidata=Q1141123; id=o1$/m, 'free text stays a note');
  assert.match(ann, /AnnotatorNotes T\d+\ttype=news agency; id=o2$/m, 'a value off the list is not lost');
  const brat = spawnSync('python3', [join(ROOT, 'test/python/check_brat.py'), join(base, 'brat'), root, 'tass=news/tass.txt'], { encoding: 'utf8' });
  assert.equal(brat.status, 0, brat.stderr);
  assert.equal((JSON.parse(brat.stdout) as { A: number }).A, 3, 'kind, type and checkable are brat attributes');

  assert.equal(cli(['export', root, '--format', 'labelstudio', '--out', join(base, 'ls')]).status, 0);
  const xml = readFileSync(join(base, 'ls', 'labeling-config.xml'), 'utf8');
  assert.match(xml, /whenLabelValue="organisation">\s*<Header value="type"\/>\s*<Choices name="organisation_type"[^>]*>\s*<Choice value="company"\/>\s*<Choice value="government"\/>\s*<Choice value="ngo"\/>\s*<Choice value="news agency"\/>/);
  assert.match(xml, /<TextArea name="organisation_wikidata"/);
  assert.match(xml, /whenLabelValue="event">\s*<Header value="checkable"\/>\s*<Choices name="event_checkable"/);
  const tasks = JSON.parse(readFileSync(join(base, 'ls', 'tasks.json'), 'utf8')) as { annotations: { result: { id?: string; from_name: string; value: { choices?: string[]; text?: string[] | string } }[] }[] }[];
  const results = tasks[0].annotations[0].result;
  assert.deepEqual(results.find((r) => r.from_name === 'organisation_type' && r.id === 'o2')?.value.choices, ['news agency']);
  assert.deepEqual(results.find((r) => r.from_name === 'organisation_wikidata')?.value.text, ['Q1141123']);
  assert.deepEqual(results.find((r) => r.from_name === 'event_checkable')?.value.choices, ['yes']);
  const ls = spawnSync('python3', [join(ROOT, 'test/python/check_labelstudio.py'), join(base, 'ls'), root], { encoding: 'utf8' });
  assert.equal(ls.status, 0, ls.stderr);
});

test('validate accepts a declared project label and reports an undeclared one and a sidecar outside the folder', () => {
  const root = corpus();
  const clean = cli(['validate', root]);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /Checked 1 article, 1 sidecar and 2 annotations: no problems\./);
  writeAnnotated(root, 'news/2021/tass.txt', 'annotations/news/2021/tass.txt.annotations.yaml', 'TASS reported that Rosneft agreed.\n', [
    { id: 'p1', label: 'company', text: 'Rosneft' },
    { id: 'o1', label: 'organisation', text: 'TASS', attrs: { type: 'agency' } },
    { id: 'o2', label: 'organisation', text: 'Rosneft', attrs: { type: '' } },
  ]);
  writeFile(root, 'news/2021/kremlin.txt.annotations.yaml', readFileSync(join(root, 'annotations/news/2021/kremlin.txt.annotations.yaml'), 'utf8'));
  const r = cli(['validate', root]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /`annotations\/news\/2021\/tass\.txt\.annotations\.yaml` Undeclared label: "company" \(p1, "Rosneft"\)/);
  assert.match(r.stdout, /type "agency", which is not one of company, government, ngo/);
  assert.match(r.stdout, /`news\/2021\/kremlin\.txt\.annotations\.yaml` Not read: annotator\.config\.yaml keeps sidecars in annotations\//);
  assert.doesNotMatch(r.stdout, /organisation" \(o1/, 'the declared label is not reported');
  assert.doesNotMatch(r.stdout, /\(o2\)/, 'an empty value is "not set yet", as in the editor, not a wrong value');
});

test('an invalid configuration stops every command with file:line:column, and writes nothing', () => {
  const root = corpus();
  writeFile(root, 'annotator.config.yaml', CONFIG.replace('color: "#9467bd"', 'color: purple'));
  const out = join(mkdtempSync(join(tmpdir(), 'aa-config-out-')), 'jsonl');
  for (const args of [['export', root, '--format', 'jsonl', '--out', out], ['validate', root], ['agreement', root, root]]) {
    const r = cli(args);
    assert.equal(r.status, 2, args[0]);
    assert.match(r.stderr, /annotator\.config\.yaml:10:12: error: "purple" is not a colour/, args[0]);
  }
  assert.equal(existsSync(out), false);
});

test('agreement pairs sidecars kept in a sidecar folder with sidecars kept next to their articles', () => {
  const a = corpus();
  const b = mkdtempSync(join(tmpdir(), 'aa-config-b-'));
  writeFile(b, 'annotator.config.yaml', 'labels:\n  - name: organisation\n');
  writeAnnotated(b, 'news/2021/kremlin.txt', 'news/2021/kremlin.txt.annotations.yaml', ARTICLE, [
    { id: 's1', label: 'speaker', text: 'The Kremlin', attrs: { name: 'The Kremlin' } },
    { id: 'o1', label: 'organisation', text: 'Gazprom', attrs: { type: 'government' } },
  ]);
  const r = cli(['agreement', a, b, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as {
    articles: string[];
    labels: { label: string; exact: { f1: number | null } }[];
    attributes: { attribute: string; compared: number; agreed: number }[];
    disagreements: { what: string }[];
  };
  assert.deepEqual(result.articles, ['news/2021/kremlin.txt']);
  assert.deepEqual(result.labels.map((l) => l.label), ['speaker', 'date', 'claim', 'organisation']);
  assert.equal(result.labels.find((l) => l.label === 'organisation')?.exact.f1, 1);
  assert.deepEqual(result.attributes.find((x) => x.attribute === 'organisation type'), { attribute: 'organisation type', compared: 1, agreed: 0, agreement: 0 });
  assert.ok(result.disagreements.some((d) => /organisation type of "Gazprom"/.test(d.what)));
});
