// A small corpus on disk for the dataset tests: CRLF, BOM and emoji articles with sidecars written by
// the real serializer, one article without a sidecar, one whose sidecar is stale (a moved span and an
// orphaned one), one not UTF-8.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sha256Hex } from '../../src/core/hash';
import type { Annotation, Attrs } from '../../src/core/model';
import { OffsetMap, stripBom } from '../../src/core/offsets';
import { contextAround, emptySidecar, serializeSidecar, sidecarPathFor } from '../../src/core/sidecar/sidecar';

export interface SpanSpec {
  id: string;
  label: string;
  /** The exact text; `nth` picks among repeated occurrences. */
  text: string;
  nth?: number;
  attrs?: Attrs;
  speaker?: string;
  decision?: 'accepted' | 'rejected';
}

export const ARTICLES: Record<string, string> = {
  'crlf.txt':
    'Moscow, 7 Dec, 2021 15:55\r\nKremlin spokesman Dmitry Peskov said on Tuesday that “the talks were frank and businesslike”.\r\n' +
    'Biden told Putin: “We didn’t get to see one another at the G20.\r\nI hope next time we meet in person.”\r\nThe conflict has left more than 13,000 dead.\r\n',
  'bom.txt': '\uFEFFWASHINGTON — Press secretary Jen Psaki said the meeting lasted two hours. "It was a useful call," she said on Monday evening.\n',
  'emoji.txt': '🇺🇦 Live 😀: Zelensky 👏 said “we will not give up 💪” on Sunday.\n𝒳 marks the 🎯 spot, 𝒳 said 𝒳.\n',
};

export const SPANS: Record<string, SpanSpec[]> = {
  'crlf.txt': [
    { id: 'd1', label: 'date', text: '7 Dec, 2021 15:55', attrs: { value: '2021-12-07T15:55' } },
    { id: 's1', label: 'speaker', text: 'Dmitry Peskov', attrs: { name: 'Dmitry Peskov' } },
    { id: 'd2', label: 'date', text: 'Tuesday', attrs: { value: '2021-12-07' } },
    { id: 'c1', label: 'claim', text: 'the talks were frank and businesslike', attrs: { kind: 'indirect' }, speaker: 's1' },
    { id: 's2', label: 'speaker', text: 'Biden', attrs: { name: 'Joe Biden' } },
    // a claim across a CRLF line break
    { id: 'c2', label: 'claim', text: 'We didn’t get to see one another at the G20.\r\nI hope next time we meet in person.', attrs: { kind: 'direct' }, speaker: 's2' },
    { id: 'c3', label: 'claim', text: 'The conflict has left more than 13,000 dead', attrs: { kind: 'assertion' } },
    { id: 'r1', label: 'speaker', text: 'Putin', attrs: { name: 'Vladimir Putin' }, decision: 'rejected' },
  ],
  'bom.txt': [
    { id: 's1', label: 'speaker', text: 'Jen Psaki', attrs: { name: 'Jen Psaki' } },
    { id: 'c1', label: 'claim', text: 'the meeting lasted two hours', attrs: { kind: 'indirect' }, speaker: 's1' },
    { id: 'c2', label: 'claim', text: 'It was a useful call,', attrs: { kind: 'direct' }, speaker: 's2' },
    { id: 's2', label: 'speaker', text: 'she', attrs: { name: 'Jen Psaki' } },
    { id: 'd1', label: 'date', text: 'Monday evening', attrs: { value: '2021-12-06' } },
  ],
  'emoji.txt': [
    { id: 's1', label: 'speaker', text: 'Zelensky', attrs: { name: 'Volodymyr Zelensky' } },
    { id: 'c1', label: 'claim', text: 'we will not give up 💪', attrs: { kind: 'direct' }, speaker: 's1' },
    { id: 'd1', label: 'date', text: 'Sunday', attrs: { value: '2021-12-05' } },
    { id: 's2', label: 'speaker', text: '𝒳', nth: 1, attrs: { name: 'X' } },
    { id: 'c2', label: 'claim', text: '𝒳 marks the 🎯 spot', attrs: { kind: 'direct' }, speaker: 's2' },
    // a project label overlapping a claim
    { id: 'e1', label: 'emoji', text: '🎯' },
  ],
};

/** Annotations with code-point offsets found in the (BOM-stripped) text. */
export function annotationsFor(text: string, specs: SpanSpec[]): Annotation[] {
  const map = new OffsetMap(text);
  return specs.map((spec) => {
    let at = -1;
    for (let n = 0; n <= (spec.nth ?? 0); n++) at = text.indexOf(spec.text, at + 1);
    if (at < 0) throw new Error(`fixture: "${spec.text}" not found`);
    const start = map.toCodePoint(at);
    const end = map.toCodePoint(at + spec.text.length);
    const a: Annotation = {
      id: spec.id, label: spec.label, start, end, text: spec.text, ...contextAround(text, start, end, map),
      origin: 'manual', decision: spec.decision ?? 'accepted',
    };
    if (spec.attrs) a.attrs = spec.attrs;
    if (spec.speaker) a.links = { speaker: spec.speaker };
    return a;
  });
}

export function writeFile(root: string, rel: string, content: string | Uint8Array): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function writeArticleWithSidecar(root: string, rel: string, raw: string, specs: SpanSpec[], annotator = 'jdoe'): Annotation[] {
  const bytes = new TextEncoder().encode(raw);
  writeFile(root, rel, bytes);
  const text = stripBom(raw);
  const sidecar = emptySidecar(rel.split('/').pop()!, sha256Hex(bytes));
  sidecar.status = 'done';
  sidecar.annotator = annotator;
  sidecar.article.published = '2021-12-07T15:55';
  sidecar.annotations = annotationsFor(text, specs);
  writeFile(root, sidecarPathFor(rel), serializeSidecar(sidecar));
  return sidecar.annotations;
}

/** The mixed corpus: three good articles, one without sidecar, one stale, one not UTF-8. */
export function makeCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'aa-corpus-'));
  for (const [rel, raw] of Object.entries(ARTICLES)) writeArticleWithSidecar(root, rel, raw, SPANS[rel]);
  writeFile(root, 'nested/dir/unannotated.txt', 'Nobody annotated this one yet.\n');
  // stale: the sidecar was saved for an older text; "Peskov" moved, "Lavrov" is gone
  const old = 'Peskov said so. Lavrov agreed.\n';
  writeArticleWithSidecar(root, 'stale.txt', old, [
    { id: 's1', label: 'speaker', text: 'Peskov', attrs: { name: 'Dmitry Peskov' } },
    { id: 's2', label: 'speaker', text: 'Lavrov', attrs: { name: 'Sergey Lavrov' } },
    { id: 'c1', label: 'claim', text: 'agreed', attrs: { kind: 'indirect' }, speaker: 's2' },
  ]);
  writeFile(root, 'stale.txt', 'Today Peskov said so. Someone agreed.\n');
  writeFile(root, 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  return root;
}
