// Scores the pre-annotator against the development set (devset/gold/*.json) with overlap matching:
// per label precision/recall/F1, canonical-name, ISO value and claim-kind accuracy on matched
// spans, claim→speaker attribution, and how often the publication date is found. Subsets come from
// each source's "%% group:" header: seed, own, heldout, blind, blind2, blind3 … (annotated before any run).
//   npm run eval            (add --verbose to list misses, --group NAME for one group only (A,B: pooled),
//                            --table for one Markdown row per group: F1s, names, ISO, kinds, attribution, published)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Suggestion } from '../src/core/model';
import { suggest } from '../src/core/suggest/suggest';
import type { Gold, GoldSpan } from './devset-build';

const LABELS = ['speaker', 'date', 'claim'] as const;
let verbose = process.argv.includes('--verbose');
// A blind set stays sealed (left out of every default run) until its first run is recorded: whoever
// works on the rules must not read its errors. `--group NAME` opens it, once.
const SEALED = new Set<string>();
const groupArg = process.argv.indexOf('--group');
const onlyGroup = groupArg >= 0 ? process.argv[groupArg + 1] : undefined;
// `--group a,b` scores several groups pooled (one tally), and each of them after it
const onlyGroups = onlyGroup?.split(',');

interface Tally {
  tp: Record<string, number>;
  pred: Record<string, number>;
  gold: Record<string, number>;
  name: [number, number];
  value: [number, number];
  kind: [number, number];
  attribution: [number, number];
  published: [number, number];
}

function empty(): Tally {
  const z = (): Record<string, number> => ({ speaker: 0, date: 0, claim: 0 });
  return { tp: z(), pred: z(), gold: z(), name: [0, 0], value: [0, 0], kind: [0, 0], attribution: [0, 0], published: [0, 0] };
}

const norm = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").trim();

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function score(gold: Gold, text: string, t: Tally): void {
  const result = suggest(text);
  const byId = new Map(result.suggestions.map((s) => [s.id, s]));
  const goldSpeakers = new Map(gold.spans.filter((s) => s.label === 'speaker').map((s) => [s.id, s]));
  for (const label of LABELS) {
    const g = gold.spans.filter((s) => s.label === label);
    const p = result.suggestions.filter((s) => s.label === label);
    t.gold[label] += g.length;
    t.pred[label] += p.length;
    const used = new Set<Suggestion>();
    const matched: [GoldSpan, Suggestion][] = [];
    for (const gs of g) {
      let best: Suggestion | undefined;
      for (const ps of p) if (!used.has(ps) && overlap(gs, ps) > 0 && (best === undefined || overlap(gs, ps) > overlap(gs, best))) best = ps;
      if (best === undefined) {
        if (verbose) console.log(`  miss ${label} ${gold.article}: ${JSON.stringify(gs.text.slice(0, 80))} ${JSON.stringify(gs.attrs)}`);
        continue;
      }
      used.add(best);
      matched.push([gs, best]);
    }
    if (verbose) for (const ps of p) if (!used.has(ps)) console.log(`  extra ${label} ${gold.article}: ${JSON.stringify(ps.text.slice(0, 80))} ${JSON.stringify(ps.attrs)} ${ps.rule}`);
    t.tp[label] += matched.length;
    for (const [gs, ps] of matched) {
      const ok = (acc: [number, number], good: boolean, what: string): void => {
        acc[0] += good ? 1 : 0;
        acc[1]++;
        if (!good && verbose) console.log(`  wrong ${what} ${gold.article}: ${JSON.stringify(gs.text.slice(0, 60))} gold=${JSON.stringify(gs.attrs)} got=${JSON.stringify(ps.attrs)}`);
      };
      if (label === 'speaker') ok(t.name, norm(gs.attrs.name) === norm(ps.attrs.name), 'name');
      if (label === 'date') ok(t.value, gs.attrs.value === ps.attrs.value, 'value');
      if (label === 'claim') {
        ok(t.kind, gs.attrs.kind === ps.attrs.kind, 'kind');
        if (gs.speaker !== undefined) {
          const want = goldSpeakers.get(gs.speaker)?.attrs.name;
          const got = ps.links?.speaker !== undefined ? byId.get(ps.links.speaker)?.attrs.name : undefined;
          ok(t.attribution, norm(want) === norm(got), `attribution(${want}→${got ?? 'none'})`);
        }
      }
    }
  }
  if (gold.published !== undefined && gold.published !== '') {
    t.published[1]++;
    const found = result.meta.published !== undefined && result.meta.published.slice(0, 10) === gold.published.slice(0, 10);
    if (found) t.published[0]++;
    else if (verbose) console.log(`  published ${gold.article}: gold=${gold.published} got=${result.meta.published ?? 'none'}`);
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

const table = process.argv.includes('--table');

function prf(t: Tally, label: string): { p: number; r: number; f: number } {
  const p = t.pred[label] === 0 ? 0 : t.tp[label] / t.pred[label];
  const r = t.gold[label] === 0 ? 0 : t.tp[label] / t.gold[label];
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
const f1 = (t: Tally, label: string): string => prf(t, label).f.toFixed(3);

function report(title: string, t: Tally, articles: number): void {
  if (articles === 0) return; // a group left out (sealed, or another --group asked for)
  if (table) {
    // one Markdown row: the columns of the README's quality table
    const cell = (a: [number, number]): string => pct(...a).trim();
    console.log(`| ${title.replace(/ \(.*$/, '')} (${articles}) | ${f1(t, 'speaker')} | ${cell(t.name)} | ${f1(t, 'date')} | ${cell(t.value)} | ${f1(t, 'claim')} | ${cell(t.kind)} | ${cell(t.attribution)} | ${t.published[0]}/${t.published[1]} |`);
    return;
  }
  console.log(`\n${title} (${articles} articles)`);
  console.log('  label      gold  pred    P       R       F1');
  for (const label of LABELS) {
    const { p, r, f } = prf(t, label);
    console.log(`  ${label.padEnd(8)} ${String(t.gold[label]).padStart(6)} ${String(t.pred[label]).padStart(5)}  ${p.toFixed(3)}   ${r.toFixed(3)}   ${f.toFixed(3)}`);
  }
  console.log(`  canonical-name accuracy   ${pct(...t.name)}  (${t.name[0]}/${t.name[1]} matched speakers)`);
  console.log(`  ISO value accuracy        ${pct(...t.value)}  (${t.value[0]}/${t.value[1]} matched dates)`);
  console.log(`  claim kind accuracy       ${pct(...t.kind)}  (${t.kind[0]}/${t.kind[1]} matched claims)`);
  console.log(`  claim→speaker attribution ${pct(...t.attribution)}  (${t.attribution[0]}/${t.attribution[1]} matched attributed claims)`);
  console.log(`  publication date found    ${pct(...t.published)}  (${t.published[0]}/${t.published[1]} articles that state one)`);
}

const goldDir = join(import.meta.dirname, '..', 'devset', 'gold');
const all = empty();
const groups = new Map<string, Tally>();
const counts = new Map<string, number>();
const sealedCount = readdirSync(goldDir).filter((f) => f.endsWith('.json') && SEALED.has((JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold).group)).length;
const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  const text = readFileSync(join(import.meta.dirname, '..', gold.article), 'utf8').replace(/^\uFEFF/, '');
  if (onlyGroups !== undefined && !onlyGroups.includes(gold.group)) continue;
  if (onlyGroup === undefined && SEALED.has(gold.group)) continue;
  if (verbose) console.log(`# ${gold.article}`);
  score(gold, text, all);
  const wasVerbose = verbose;
  verbose = false; // the group tally repeats the same comparisons: list them once
  if (!groups.has(gold.group)) groups.set(gold.group, empty());
  score(gold, text, groups.get(gold.group)!);
  verbose = wasVerbose;
  counts.set(gold.group, (counts.get(gold.group) ?? 0) + 1);
}
report(onlyGroup === undefined ? `whole development set${SEALED.size > 0 ? ' (sealed blind groups left out)' : ''}` : `group ${onlyGroup}`, all, [...counts.values()].reduce((a, b) => a + b, 0));
const BLIND = '(gold written before any run; first-run scores in the README; rules fixed after reading their errors)';
const DESCRIPTIONS: Record<string, string> = {
  seed: 'seed articles',
  own: 'own articles (other styles and topics)',
  heldout: 'held-out articles (written after the rules were frozen; date rules later revised after reading them)',
  practice4: 'practice4 articles (written by the rule fixers themselves before their first run, then fixed against: not blind)',
  practice5: 'practice5 articles (written by the rule fixers themselves before their first run, then fixed against: not blind)',
  practice6: 'practice6 articles (written by the rule fixers themselves before their first run, then fixed against: not blind)',
  practice7: 'practice7 articles (written by the rule fixers themselves before their first run, then fixed against: not blind)',
  blind: 'blind-at-first-run articles (gold written before any run; first-run scores are in the CHANGELOG; rules were fixed after reading their errors)',
};
const order = (g: string): string => (g in DESCRIPTIONS ? String(Object.keys(DESCRIPTIONS).indexOf(g)) : `9${g.padStart(8, '0')}`);
for (const g of [...groups.keys()].sort((a, b) => order(a).localeCompare(order(b)))) {
  if (onlyGroups?.length === 1) break;
  report(DESCRIPTIONS[g] ?? `${g} articles ${BLIND}`, groups.get(g)!, counts.get(g) ?? 0);
}
if (onlyGroup === undefined && sealedCount > 0) console.log(`\n(${sealedCount} articles of sealed blind groups left out: ${[...SEALED].join(', ')}; \`--group NAME\` scores one)`);
