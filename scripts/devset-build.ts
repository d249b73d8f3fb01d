// Builds the development set (devset/) from its annotated sources (devset/src/*.ann) and verifies it.
//
// A source holds the article text with inline gold markup, nestable:
//   [[s:ID=Canonical Name|surface]]   speaker      [[d=2021-12-07|on Tuesday]]   date (ISO value)
//   [[c:direct>ID|…]] [[c:indirect>ID|…]] [[c:assertion|…]]   claim (kind, linked speaker)
// Header lines: "%% seed: seeds/x.txt" (text must equal that file), "%% crlf", "%% bom",
// "%% published: ISO", "%% group: seed|own|heldout|blind|blindN". Output: devset/articles/*.txt (own articles) and
// devset/gold/*.json with code-point offsets; every gold text is checked against its slice.
//
//   npx tsx scripts/devset-build.ts          build and verify
//   npx tsx scripts/devset-build.ts --check  verify only
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface GoldSpan {
  id: string;
  label: 'speaker' | 'date' | 'claim';
  start: number;
  end: number;
  text: string;
  attrs: Record<string, string>;
  speaker?: string;
}

export interface Gold {
  article: string;
  group: string; // seed | own | heldout | blind | blind2, blind3, … (one per blind batch)
  published?: string;
  spans: GoldSpan[];
}

// `--root DIR` builds a dev set kept elsewhere (DIR/src → DIR/gold, DIR/articles): a sealed group is
// written outside the repository, where no one working on the rules can come across it.
const rootArg = process.argv.indexOf('--root');
const root = rootArg >= 0 ? resolve(process.argv[rootArg + 1]) : join(import.meta.dirname, '..', 'devset');

function parse(source: string): { text: string; spans: GoldSpan[]; header: Map<string, string> } {
  const header = new Map<string, string>();
  const lines = source.split('\n');
  while (lines.length > 0 && lines[0].startsWith('%%')) {
    const m = /^%%\s*([\w-]+)\s*:?\s*(.*)$/.exec(lines.shift() ?? '');
    if (m !== null) header.set(m[1], m[2].trim());
  }
  const body = lines.join('\n');
  let out = '';
  const cps: string[] = [];
  const stack: { head: string; start: number }[] = [];
  const spans: GoldSpan[] = [];
  let c = 0;
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('[[', i)) {
      const bar = body.indexOf('|', i);
      stack.push({ head: body.slice(i + 2, bar), start: c });
      i = bar + 1;
      continue;
    }
    if (body.startsWith(']]', i) && stack.length > 0) {
      const { head, start } = stack.pop()!;
      const text = cps.slice(start, c).join('');
      let m: RegExpExecArray | null;
      if ((m = /^s:(\w+)=(.+)$/.exec(head)) !== null) spans.push({ id: m[1], label: 'speaker', start, end: c, text, attrs: { name: m[2] } });
      else if ((m = /^d=(.+)$/.exec(head)) !== null) spans.push({ id: `d${spans.length}`, label: 'date', start, end: c, text, attrs: { value: m[1] } });
      else if ((m = /^c:(direct|indirect|assertion)(?:>(\w+))?$/.exec(head)) !== null) spans.push({ id: `c${spans.length}`, label: 'claim', start, end: c, text, attrs: { kind: m[1] }, ...(m[2] !== undefined ? { speaker: m[2] } : {}) });
      else throw new Error(`bad markup head: ${head}`);
      i += 2;
      continue;
    }
    const cp = body.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    out += ch;
    cps.push(ch);
    c++;
    i += ch.length;
  }
  if (stack.length > 0) throw new Error(`unclosed markup: ${stack[0].head}`);
  return { text: out, spans: spans.sort((a, b) => a.start - b.start || b.end - a.end), header };
}

export function articlePath(gold: Gold): string {
  return gold.article.startsWith('devset/') ? join(root, gold.article.slice('devset/'.length)) : join(root, '..', gold.article);
}

/** Checks that every gold span's text equals the code-point slice of its article. Returns problems. */
export function verify(gold: Gold, articleText: string): string[] {
  const cps = Array.from(articleText);
  const problems: string[] = [];
  const ids = new Set(gold.spans.filter((s) => s.label === 'speaker').map((s) => s.id));
  for (const s of gold.spans) {
    if (cps.slice(s.start, s.end).join('') !== s.text) problems.push(`${gold.article}: ${s.id} text differs from slice ${s.start}-${s.end}`);
    if (s.speaker !== undefined && !ids.has(s.speaker)) problems.push(`${gold.article}: ${s.id} links to unknown speaker ${s.speaker}`);
  }
  return problems;
}

function main(): void {
  const check = process.argv.includes('--check');
  if (!check) for (const dir of ['gold', 'articles']) mkdirSync(join(root, dir), { recursive: true });
  const problems: string[] = [];
  let n = 0;
  for (const f of readdirSync(join(root, 'src')).filter((x) => x.endsWith('.ann')).sort()) {
    const name = basename(f, '.ann');
    const { text, spans, header } = parse(readFileSync(join(root, 'src', f), 'utf8'));
    const seed = header.get('seed');
    let article: string;
    let articleText: string;
    if (seed !== undefined) {
      article = seed;
      const raw = readFileSync(join(root, '..', seed), 'utf8');
      articleText = raw.replace(/^\uFEFF/, '');
      if (articleText !== text) {
        const k = [...text].findIndex((ch, idx) => ch !== [...articleText][idx]);
        problems.push(`${f}: text differs from ${seed} at code point ${k}`);
      }
    } else {
      article = `devset/articles/${name}.txt`;
      articleText = header.has('crlf') ? text.replace(/\n/g, '\r\n') : text;
      if (header.has('crlf')) {
        // CRLF adds one code point per line break before each span
        const cps = Array.from(text);
        const breaksBefore: number[] = [];
        let b = 0;
        for (let k = 0; k <= cps.length; k++) {
          breaksBefore.push(b);
          if (cps[k] === '\n') b++;
        }
        for (const s of spans) {
          s.start += breaksBefore[s.start];
          s.end += breaksBefore[s.end];
          s.text = Array.from(articleText).slice(s.start, s.end).join('');
        }
      }
      if (!check) writeFileSync(join(root, 'articles', `${name}.txt`), (header.has('bom') ? '\uFEFF' : '') + articleText);
    }
    const gold: Gold = { article, group: header.get('group') ?? (seed !== undefined ? 'seed' : 'own'), published: header.get('published'), spans };
    if (!check) writeFileSync(join(root, 'gold', `${name}.json`), `${JSON.stringify(gold, null, 1)}\n`);
    let onDisk: string;
    try {
      onDisk = readFileSync(articlePath(gold), 'utf8').replace(/^\uFEFF/, '');
    } catch {
      problems.push(`${f}: ${gold.article} is not built yet (run without --check)`);
      continue;
    }
    problems.push(...verify(gold, onDisk));
    n++;
  }
  for (const p of problems) console.error(p);
  console.log(`${n} articles, ${problems.length} problems`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) main();
