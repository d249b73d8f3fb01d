import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Annotation } from '../../src/core/model';
import { contextAround, emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor } from '../../src/core/sidecar/sidecar';
import type { Sidecar } from '../../src/core/sidecar/sidecar';

const SHA = '9c1f'.padEnd(64, '0');

function speaker(id: string, start: number, text: string, name: string): Annotation {
  return { id, label: 'speaker', start, end: start + Array.from(text).length, text, prefix: 'p', suffix: 's', origin: 'suggestion', decision: 'accepted', attrs: { name } };
}

function sample(): Sidecar {
  const s = emptySidecar('000_5dcf652f0b54eb45.txt', SHA);
  s.status = 'in-progress';
  s.annotator = 'jdoe';
  s.article.title = 'First images released from crucial Putin & Biden summit (VIDEO)';
  s.article.published = '2021-12-07T15:55';
  s.annotations.push(speaker('s3', 1012, 'Biden', 'Joe Biden'));
  s.annotations.push({
    id: 'c7', label: 'claim', start: 1030, end: 1073, text: 'we didn’t get to see one another at the G20',
    prefix: 'via a secure video link on Tuesday, ', suffix: '\r\n\t “quoted” 😀 ', origin: 'manual', decision: 'accepted',
    attrs: { kind: 'direct' }, links: { speaker: 's3' },
  });
  return s;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'aa-sidecar-'));
}

test('sidecarPathFor appends .annotations.yaml', () => {
  assert.equal(sidecarPathFor('a/b.txt'), 'a/b.txt.annotations.yaml');
});

test('a new sidecar has the header comment, SPEC key order and flow maps for attrs and links', () => {
  const text = serializeSidecar(sample());
  assert.ok(text.startsWith('# Article Annotator sidecar. Edit with the extension; hand edits are kept.\n'));
  assert.match(text, /version: 1\narticle:\n {2}file: 000_5dcf652f0b54eb45.txt\n {2}sha256: 9c1f0+\n {2}title: .*\n {2}published: 2021-12-07T15:55\nstatus: in-progress\nannotator: jdoe\nannotations:\n {2}- id: s3\n {4}label: speaker\n {4}start: 1012\n {4}end: 1017\n/);
  assert.match(text, /attrs: \{ name: Joe Biden \}/);
  assert.match(text, /links: \{ speaker: s3 \}/);
  assert.doesNotMatch(text, /orphaned/);
  const back = parseSidecar(text);
  assert.ok(back.ok);
  assert.deepEqual(back.sidecar, sample());
});

test('orphaned is never written', () => {
  const s = sample();
  s.annotations[0].orphaned = true;
  const text = serializeSidecar(s);
  assert.doesNotMatch(text, /orphaned/);
});

test('round trip through a file on disk keeps comments, key order and unknown keys', () => {
  const dir = tmp();
  const path = join(dir, 'a.txt.annotations.yaml');
  const handEdited = `# my own header comment
version: 1
reviewer: alice # unknown top-level key
article:
  file: a.txt
  sha256: ${SHA}
  source: rt.com # unknown key in article
status: todo
annotations:
  # the first speaker
  - id: s3
    label: speaker
    start: 1012
    end: 1017
    text: Biden
    confidence: high # unknown key in an annotation
    prefix: "p"
    suffix: "s"
    origin: suggestion
    decision: accepted
    attrs: { name: Joe Biden, gender: m }
  - id: gone
    label: date
    start: 1
    end: 2
    text: x
    origin: manual
    decision: accepted
`;
  writeFileSync(path, handEdited);
  const parsed = parseSidecar(readFileSync(path, 'utf8'));
  assert.ok(parsed.ok, JSON.stringify(parsed.diagnostics));
  const s = parsed.sidecar;
  assert.deepEqual(s.annotations[0].attrs, { name: 'Joe Biden', gender: 'm' });
  s.status = 'done';
  s.annotations[0].attrs = { name: 'Joseph R. Biden', gender: 'm' };
  s.annotations = s.annotations.filter((a) => a.id !== 'gone');
  s.annotations.push(speaker('s9', 2000, 'Putin', 'Vladimir Putin'));
  writeFileSync(path, serializeSidecar(s, handEdited));
  const out = readFileSync(path, 'utf8');
  assert.ok(out.startsWith('# my own header comment\n'));
  assert.match(out, /reviewer: alice # unknown top-level key/);
  assert.match(out, /source: rt.com # unknown key in article/);
  assert.match(out, /# the first speaker\n {2}- id: s3/);
  assert.match(out, /confidence: high # unknown key in an annotation/);
  assert.match(out, /attrs: \{ name: Joseph R\. Biden, gender: m \}/);
  assert.match(out, /status: done/);
  assert.doesNotMatch(out, /id: gone/);
  // key order kept: reviewer still comes before article
  assert.ok(out.indexOf('reviewer:') < out.indexOf('article:'));
  // new annotation appended after the kept one
  assert.ok(out.indexOf('id: s9') > out.indexOf('id: s3'));
  const again = parseSidecar(out);
  assert.ok(again.ok);
  assert.deepEqual(again.sidecar.annotations.map((a) => a.id), ['s3', 's9']);
});

test('text with CR, tabs, quotes, leading spaces and emoji survives exactly', () => {
  const s = sample();
  const tricky = [' leading', 'trailing ', 'a\r\nb', 'tab\there', '"quoted" and ‘curly’', '😀🇺🇦', 'yes', '2014', 'null', '- dash', '# hash', 'key: value'];
  s.annotations = tricky.map((t, i) => ({ ...speaker(`x${i}`, i * 20, t, t), prefix: t, suffix: t }));
  const back = parseSidecar(serializeSidecar(s));
  assert.ok(back.ok, JSON.stringify(!back.ok && back.diagnostics));
  assert.deepEqual(back.sidecar.annotations.map((a) => [a.text, a.prefix, a.suffix, a.attrs?.name]), tricky.map((t) => [t, t, t, t]));
});

test('a CRLF sidecar parses, and its save keeps CRLF line endings and comments', () => {
  const lf = serializeSidecar(sample()).replace('status: in-progress', 'status: in-progress # hand');
  const crlf = lf.replace(/\n/g, '\r\n');
  const parsed = parseSidecar(crlf);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.diagnostics));
  assert.deepEqual(parsed.sidecar, sample());
  const s = parsed.sidecar;
  s.status = 'done';
  const out = serializeSidecar(s, crlf);
  assert.doesNotMatch(out.replace(/\r\n/g, ''), /\n/, 'every line ends with CRLF');
  assert.match(out, /status: done # hand\r\n/);
  const again = parseSidecar(out);
  assert.ok(again.ok);
  assert.equal(again.sidecar.annotations[1].suffix, '\r\n\t “quoted” 😀 ');
});

test('git conflict markers are reported on their lines', () => {
  const text = serializeSidecar(sample()).replace('status: in-progress\n', '<<<<<<< HEAD\nstatus: in-progress\n=======\nstatus: done\n>>>>>>> theirs\n');
  const r = parseSidecar(text);
  assert.equal(r.ok, false);
  const lines = text.split('\n');
  assert.deepEqual(r.diagnostics.map((d) => lines[d.line].slice(0, 7)), ['<<<<<<<', '=======', '>>>>>>>']);
  assert.match(r.diagnostics[0].message, /conflict/);
});

test('invalid YAML is reported with its line and column', () => {
  const r = parseSidecar('version: 1\narticle:\n  file: a.txt: b\nstatus: todo\n');
  assert.equal(r.ok, false);
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0].severity, 'error');
  assert.match(r.diagnostics[0].message, /^Invalid YAML/);
  assert.deepEqual([r.diagnostics[0].line, r.diagnostics[0].column], [2, 8]);
  const dup = parseSidecar('version: 1\nstatus: todo\nstatus: done\n');
  assert.equal(dup.ok, false);
  assert.match(dup.diagnostics[0].message, /unique/);
  assert.equal(dup.diagnostics[0].line, 2);
});

test('schema violations point at the offending node', () => {
  const text = `version: 1
article:
  file: a.txt
  sha256: ${SHA}
status: finished
annotations:
  - id: s1
    label: speaker
    start: 10
    end: five
    text: Biden
    origin: suggestion
    decision: accepted
`;
  const r = parseSidecar(text);
  assert.equal(r.ok, false);
  const byLine = new Map(r.diagnostics.map((d) => [d.line, d]));
  assert.match(byLine.get(4)!.message, /status.*todo, in-progress, done/);
  assert.equal(byLine.get(4)!.column, 8);
  assert.match(byLine.get(9)!.message, /"end".*non-negative integer/);
  assert.equal(byLine.get(9)!.column, 9);
});

test('missing keys, duplicate ids and end before start are errors; a dangling link is a warning', () => {
  const base = (anns: string) => `version: 1\narticle:\n  file: a.txt\n  sha256: ${SHA}\nstatus: todo\nannotations:\n${anns}`;
  const ann = (id: string, start: number, end: number, extra = '') =>
    `  - id: ${id}\n    label: claim\n    start: ${start}\n    end: ${end}\n    text: ${'x'.repeat(Math.max(1, end - start))}\n    origin: manual\n    decision: accepted\n${extra}`;
  assert.equal(parseSidecar(base(ann('a', 0, 1) + ann('a', 2, 3))).ok, false);
  assert.equal(parseSidecar(base(ann('a', 5, 5))).ok, false);
  assert.equal(parseSidecar(`version: 1\nstatus: todo\nannotations: []\n`).ok, false);
  const dangling = parseSidecar(base(ann('a', 0, 1, '    links: { speaker: nobody }\n')));
  assert.ok(dangling.ok);
  assert.equal(dangling.diagnostics.length, 1);
  assert.equal(dangling.diagnostics[0].severity, 'warning');
  assert.equal(dangling.diagnostics[0].line, 13);
});

test('contextAround counts code points, not UTF-16 units', () => {
  const text = '😀'.repeat(40) + 'Biden' + '🇺🇦'.repeat(20);
  const { prefix, suffix } = contextAround(text, 40, 45);
  assert.equal(prefix, '😀'.repeat(32));
  assert.equal(Array.from(suffix).length, 32);
  assert.deepEqual(contextAround('ab', 0, 2), { prefix: '', suffix: '' });
});

// --- The hand-written check agrees with schemas/sidecar.schema.json -------------------------------
// A small draft-07 validator covering the keywords the schema uses, independent of the core's check.
type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/sidecar.schema.json'), 'utf8')) as Schema;

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function validates(s: Schema, v: unknown): boolean {
  if (typeof s.$ref === 'string') return validates((schema.definitions as Record<string, Schema>)[s.$ref.split('/').pop()!], v);
  if ('const' in s && v !== s.const) return false;
  if (Array.isArray(s.enum) && !s.enum.includes(v)) return false;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const t = jsonType(v);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return false;
  }
  if (typeof v === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test(v)) return false;
    if (typeof s.minLength === 'number' && Array.from(v).length < s.minLength) return false;
  }
  if (typeof v === 'number' && typeof s.minimum === 'number' && v < s.minimum) return false;
  if (Array.isArray(v) && s.items !== undefined && !v.every((x) => validates(s.items as Schema, x))) return false;
  if (jsonType(v) === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(s.required) && !s.required.every((k: string) => k in o)) return false;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const [k, x] of Object.entries(o)) {
      if (props[k] !== undefined) {
        if (!validates(props[k], x)) return false;
      } else if (s.additionalProperties !== undefined && typeof s.additionalProperties === 'object' && !validates(s.additionalProperties as Schema, x)) {
        return false;
      }
    }
  }
  return true;
}

test('the JSON schema and the core check agree on valid and invalid sidecars', () => {
  const valid = serializeSidecar(sample());
  const cases: Array<[string, string]> = [
    ['valid', valid],
    ['valid with number attr', valid.replace('kind: direct', 'kind: direct, year: 2014')],
    ['version 2', valid.replace('version: 1', 'version: 2')],
    ['bad status', valid.replace('status: in-progress', 'status: finished')],
    ['short sha', valid.replace(/sha256: \w+/, 'sha256: abc')],
    ['no annotations', valid.replace(/annotations:[\s\S]*$/, '')],
    ['no article file', valid.replace(/ {2}file: .*\n/, '')],
    ['negative start', valid.replace('start: 1012', 'start: -3')],
    ['string end', valid.replace('end: 1017', 'end: "1017"')],
    ['bad origin', valid.replace('origin: manual', 'origin: robot')],
    ['bad decision', valid.replace('decision: accepted', 'decision: maybe')],
    ['missing label', valid.replace('    label: speaker\n', '')],
    ['attrs a list', valid.replace('attrs: { name: Joe Biden }', 'attrs: [Joe Biden]')],
    ['nested attr', valid.replace('attrs: { name: Joe Biden }', 'attrs: { name: { first: Joe } }')],
    ['empty id', valid.replace('id: s3', 'id: ""')],
    ['annotations a map', valid.replace(/annotations:[\s\S]*$/, 'annotations: {}\n')],
  ];
  for (const [name, text] of cases) {
    const core = parseSidecar(text).ok;
    const json = validates(schema, parseYaml(text));
    assert.equal(core, json, `${name}: core says ${core}, JSON schema says ${json}`);
  }
  assert.equal(parseSidecar(cases[0][1]).ok, true);
  assert.equal(parseSidecar(cases[2][1]).ok, false);
});

test('keys added to an existing sidecar take their SPEC place, not the end', () => {
  const previous = `version: 1\narticle:\n  file: a.txt\n  sha256: ${SHA}\n  source: hand # mine\nstatus: todo\nannotations:\n  - id: s1\n    label: speaker\n    start: 0\n    end: 3\n    text: abc\n    origin: manual\n    decision: accepted\n    note: kept\n`;
  const parsed = parseSidecar(previous);
  assert.ok(parsed.ok);
  const s = parsed.sidecar;
  s.annotator = 'jdoe';
  s.article.title = 'A title';
  s.annotations[0].attrs = { name: 'Abc' };
  const out = serializeSidecar(s, previous);
  assert.match(out, /status: todo\nannotator: jdoe\nannotations:/);
  assert.match(out, /sha256: \w+\n {2}title: A title\n {2}source: hand # mine\n/);
  assert.match(out, /decision: accepted\n {4}attrs: \{ name: Abc \}\n {4}note: kept\n/);
  assert.deepEqual((parseSidecar(out) as { sidecar: Sidecar }).sidecar, s);
});

test('attribute values with line breaks are written so they read back, new and edited alike', () => {
  const s = emptySidecar('a.txt', SHA);
  // a plain multi-line scalar starting with "-" inside a flow map would open a block list and
  // make the whole sidecar unreadable
  s.annotations.push(speaker('s1', 0, 'Kim', '-\n$'));
  const first = serializeSidecar(s);
  const back = parseSidecar(first);
  assert.ok(back.ok, JSON.stringify(back.diagnostics));
  assert.equal(back.sidecar.annotations[0].attrs?.name, '-\n$');

  s.annotations[0] = { ...s.annotations[0], attrs: { name: '- a\n- b' }, text: 'Kim', suffix: 'x\r\ny' };
  const second = parseSidecar(serializeSidecar(s, first));
  assert.ok(second.ok, JSON.stringify(second.ok ? [] : second.diagnostics));
  assert.equal(second.sidecar.annotations[0].attrs?.name, '- a\n- b');
  assert.equal(second.sidecar.annotations[0].suffix, 'x\r\ny');
});
