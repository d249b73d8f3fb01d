import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation } from '../../src/core/model';
import { fastParseSidecar } from '../../src/core/sidecar/fastSidecar';
import { ARTICLES, SPANS, annotationsFor } from './export-fixture';
import { stripBom } from '../../src/core/offsets';
import { emptySidecar, parseSidecar, parseSidecarFully, serializeSidecar } from '../../src/core/sidecar/sidecar';
import type { Sidecar } from '../../src/core/sidecar/sidecar';

const SHA = 'ab'.repeat(32);
const tricky = fc.constantFrom('', ' ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '\\', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\r', '\n', '\r\n', '\t', '\u0085', '\u2028', '\ufeff', '😀', '🇺🇦', '𝒳', 'é', '“', '’', 'null', 'true', '0x1F', '1e3', '.5', '+1', '007', '~', 'yes', '2021-12-07', '—');
const textArb = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((a) => a.join('')));
const nonEmpty = textArb.filter((s) => Array.from(s).length > 0);

const annotationArb = fc.record({
  label: fc.constantFrom('speaker', 'date', 'claim', 'topic'),
  start: fc.nat({ max: 100000 }),
  text: nonEmpty,
  prefix: textArb,
  suffix: textArb,
  origin: fc.constantFrom('suggestion' as const, 'manual' as const),
  decision: fc.constantFrom('accepted' as const, 'rejected' as const),
  attrs: fc.option(fc.dictionary(fc.constantFrom('name', 'value', 'note', 'x_y'), textArb, { maxKeys: 3 }), { nil: undefined }),
});

const sidecarArb = fc.record({
  title: fc.option(textArb, { nil: undefined }),
  annotator: fc.option(textArb, { nil: undefined }),
  status: fc.constantFrom('todo' as const, 'in-progress' as const, 'done' as const),
  annotations: fc.array(annotationArb, { maxLength: 5 }),
}).map((r): Sidecar => {
  const s = emptySidecar('a b.txt', SHA);
  s.status = r.status;
  if (r.title !== undefined) s.article.title = r.title;
  if (r.annotator !== undefined) s.annotator = r.annotator;
  s.annotations = r.annotations.map((a, i): Annotation => {
    const out: Annotation = { id: `a${i}`, label: a.label, start: a.start, end: a.start + Array.from(a.text).length, text: a.text, prefix: a.prefix, suffix: a.suffix, origin: a.origin, decision: a.decision };
    if (a.attrs !== undefined) out.attrs = a.label === 'claim' ? { ...a.attrs, kind: 'direct' } : { ...a.attrs };
    return out;
  });
  return s;
});

test('the fast reader and the full yaml parse agree on every serialised sidecar', () => {
  let fast = 0;
  let total = 0;
  fc.assert(
    fc.property(sidecarArb, fc.boolean(), (sidecar, crlf) => {
      let text = serializeSidecar(sidecar);
      if (crlf) text = text.replace(/\n/g, '\r\n');
      const full = parseSidecarFully(text);
      assert.ok(full.ok, JSON.stringify(!full.ok && full.diagnostics));
      assert.deepEqual(full.sidecar, sidecar);
      const quick = fastParseSidecar(text);
      total++;
      if (quick !== undefined) {
        fast++;
        assert.deepEqual(quick, full.sidecar);
      }
    }),
    { numRuns: 400 },
  );
  // the generator is full of YAML-hostile strings; realistic sidecars are checked below
  assert.ok(fast / total > 0.3, `the fast path read only ${fast} of ${total} sidecars`);
});

test('hand-typed scalars: the fast reader either agrees with yaml or steps aside', () => {
  const raw = fc.array(fc.oneof(tricky, fc.string({ maxLength: 2 })), { minLength: 1, maxLength: 5 }).map((a) => a.join('').replace(/[\r\n]/g, ''));
  fc.assert(
    fc.property(raw, raw, fc.constantFrom('annotator', 'title', 'attr'), (a, b, where) => {
      const base = `version: 1\narticle:\n  file: a.txt\n  sha256: ${SHA}\n${where === 'title' ? `  title: ${a}\n` : ''}status: todo\n${where === 'annotator' ? `annotator: ${a}\n` : ''}annotations:\n  - id: s1\n    label: speaker\n    start: 0\n    end: 3\n    text: abc # c\n    origin: manual\n    decision: accepted\n${where === 'attr' ? `    attrs: { name: ${a}, note: ${b} }\n` : ''}`;
      const quick = fastParseSidecar(base);
      const full = parseSidecarFully(base);
      if (quick !== undefined) {
        assert.ok(full.ok, `fast accepted what yaml rejects:\n${base}\n${JSON.stringify(!full.ok && full.diagnostics)}`);
        assert.deepEqual(quick, full.sidecar, base);
      }
      assert.equal(parseSidecar(base).ok, full.ok);
    }),
    { numRuns: 1500 },
  );
});

test('hand edits outside the fast subset still parse, through the full parser', () => {
  const text = `version: 1
article: { file: a.txt, sha256: ${SHA} }
status: todo
annotations:
- id: s1
  label: speaker
  start: 0
  end: 3
  text: >-
    abc
  origin: manual
  decision: accepted
  attrs:
    name: Abc
`;
  assert.equal(fastParseSidecar(text), undefined);
  const r = parseSidecar(text);
  assert.ok(r.ok);
  assert.deepEqual(r.sidecar.annotations[0].attrs, { name: 'Abc' });
});

test('realistic sidecars (CRLF, BOM and emoji articles, claims across lines) take the fast path', () => {
  for (const [file, raw] of Object.entries(ARTICLES)) {
    const s = emptySidecar(file, SHA);
    s.annotator = 'jdoe';
    s.article.published = '2021-12-07T15:55';
    s.annotations = annotationsFor(stripBom(raw), SPANS[file]);
    const text = serializeSidecar(s);
    assert.deepEqual(fastParseSidecar(text), s, file);
  }
});
