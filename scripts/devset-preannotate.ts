// Writes a seed article as devset markup pre-filled from suggest(), for a human to correct.
//   npx tsx scripts/devset-preannotate.ts seeds/000_x.txt > devset/src/seed-000.ann
import { readFileSync } from 'node:fs';
import { suggest } from '../src/core/suggest/suggest';

const file = process.argv[2];
const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const cps = Array.from(text);
const r = suggest(text);
const spans = r.suggestions.slice().sort((a, b) => a.start - b.start || b.end - a.end);
const opens = new Map<number, string[]>();
const closes = new Map<number, number>();
const stack: number[] = [];
for (const s of spans) {
  while (stack.length > 0 && stack[stack.length - 1] <= s.start) stack.pop();
  if (stack.length > 0 && s.end > stack[stack.length - 1]) continue; // crossing: skip
  const head = s.label === 'speaker' ? `s:${s.id}=${s.attrs.name}` : s.label === 'date' ? `d=${s.attrs.value}` : `c:${s.attrs.kind}${s.links?.speaker !== undefined ? `>${s.links.speaker}` : ''}`;
  opens.set(s.start, [...(opens.get(s.start) ?? []), head]);
  closes.set(s.end, (closes.get(s.end) ?? 0) + 1);
  stack.push(s.end);
}
let out = `%% seed: ${file}\n%% published: ${r.meta.published ?? ''}\n`;
for (let i = 0; i <= cps.length; i++) {
  out += ']]'.repeat(closes.get(i) ?? 0);
  for (const h of opens.get(i) ?? []) out += `[[${h}|`;
  if (i < cps.length) out += cps[i];
}
process.stdout.write(out);
