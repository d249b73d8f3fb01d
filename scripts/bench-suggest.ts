// Pre-annotation throughput on a generated corpus (≥ 5 MB from varied templates), side by side
// with chrono-node alone and compromise alone on the same text. Prints figures; asserts nothing.
//   npm run bench:suggest
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { suggest } from '../src/core/suggest/suggest';

const FIRST = ['Anna', 'Tomasz', 'Leila', 'Kofi', 'Marta', 'Hiroshi', 'Elena', 'Diego', 'Ruth', 'Samir', 'Ingrid', 'Pavel', 'Grace', 'Omar', 'Chloe', 'Viktor'];
const LAST = ['Novak', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Petrova', 'Alvarez', 'Brandt', 'Mensah', 'Kowalski', 'Reyes', 'Sato', 'Dubois', 'Keller', 'Marsh'];
const ROLES = ['Finance Minister', 'spokeswoman', 'Mayor', 'chief executive', 'police spokesman', 'coach', 'Health Secretary', 'union leader', 'Governor', 'analyst'];
const ORGS = ['the Kremlin', 'the European Commission', 'the ministry', 'Network Rail', 'the World Health Organization', 'the central bank', 'the city council', 'the Met Office'];
const TOPICS = ['the new rail line', 'the budget', 'fuel prices', 'the peace talks', 'the hospital strike', 'the election', 'the flood defences', 'the transfer window', 'interest rates', 'the harbour project'];
const WHEN = ['on Monday', 'on Tuesday evening', 'last week', 'earlier this month', 'on 12 March', 'in 2019', 'next year', 'at 14:30 GMT', 'in the first quarter', 'on 05.06.2022', 'before Christmas', 'in mid-October', 'yesterday', 'on Friday'];
const NOT_DATES = ['after two hours of talks', 'at a cost of $4.5 million', 'with a 3-1 win', 'for 18 months', 'aged 47', 'under Article 5', 'by 12 percent'];

let seed = 12345;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)];
const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;

const TEMPLATES: (() => string)[] = [
  () => `"We will not accept any delay to ${pick(TOPICS)}," ${pick(ROLES)} ${person()} said ${pick(WHEN)}. "The money is there."`,
  () => `${pick(ROLES)} ${person()} told reporters ${pick(WHEN)} that ${pick(TOPICS)} would be reviewed ${pick(NOT_DATES)}.`,
  () => `${pick(ORGS)} said ${pick(WHEN)} it expected ${pick(TOPICS)} to be completed ${pick(WHEN)}, according to a statement.`,
  () => `Work on ${pick(TOPICS)} resumed ${pick(WHEN)} ${pick(NOT_DATES)}, ${person()} said.`,
  () => `«The situation is serious», said ${person()}, «but we are ready.»`,
  () => `According to ${pick(ORGS)}, prices rose ${pick(NOT_DATES)} ${pick(WHEN)}.`,
  () => `The company reported a loss ${pick(NOT_DATES)} ${pick(WHEN)}, its third in a row.`,
  () => `Q: What happens to ${pick(TOPICS)} ${pick(WHEN)}?\nA: Nothing changes ${pick(WHEN)}, and we said so clearly.`,
  () => `${pick(['Share this story', 'Advertisement', 'Related: more on ' + pick(TOPICS), '© 2024 Daily Courier', 'Log in or register', '🔥 Trending now'])}`,
  () => `${String(rnd(24)).padStart(2, '0')}:${String(rnd(60)).padStart(2, '0')} GMT ${String(1 + rnd(28)).padStart(2, '0')}.0${1 + rnd(9)}.2023\n${pick(ROLES)} ${person()}: ${pick(TOPICS)} Will Go Ahead`,
  () => `She added that ${pick(TOPICS)} had been discussed ${pick(WHEN)} and that no decision had been taken.`,
];

function article(): string {
  const paras: string[] = [`${pick(TOPICS).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}: what we know`, `Published: ${1 + rnd(28)} ${pick(['Jan', 'Mar', 'Jun', 'Oct', 'Dec'])}, 2023 ${String(rnd(24)).padStart(2, '0')}:${String(rnd(60)).padStart(2, '0')}`];
  const n = 8 + rnd(20);
  for (let i = 0; i < n; i++) paras.push(Array.from({ length: 1 + rnd(3) }, () => pick(TEMPLATES)()).join(' '));
  return paras.join(rnd(4) === 0 ? '\r\n\r\n' : '\n\n');
}

function corpus(minBytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < minBytes) {
    const a = article();
    out.push(a);
    size += Buffer.byteLength(a);
  }
  return out;
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const articles = corpus(5 * 1024 * 1024);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const mb = bytes / (1024 * 1024);
console.log(`corpus: ${articles.length} generated articles, ${mb.toFixed(2)} MB, ${TEMPLATES.length} templates`);

let spans = 0;
suggest(articles[0]); // warm up
const tSuggest = time(() => {
  for (const a of articles) spans += suggest(a).suggestions.length;
});
console.log(`suggest() all labels: ${(mb / tSuggest).toFixed(2)} MB/s (${tSuggest.toFixed(2)} s, ${spans} suggestions)`);

const big = articles.join('\n\n').slice(0, 1024 * 1024);
const tBig = time(() => suggest(big));
console.log(`one 1 MB article: ${(tBig * 1000).toFixed(0)} ms`);

// a long transcript: 20,000 short turns, few of them with a date (once quadratic in the date finder)
const turns: string[] = ['Transcript', 'Published 3 March 2025, 10:00', ''];
for (let i = 0; i < 20000; i++) turns.push(i % 50 === 0 ? `HOST: What happened on Monday, ${i}?` : `ANNA LINDQVIST: Yes, it was ${i} of them.`);
const transcript = turns.join('\n');
const tTurns = time(() => suggest(transcript));
console.log(`a transcript of 20,000 short turns (${(transcript.length / 1024 / 1024).toFixed(2)} MB): ${(tTurns * 1000).toFixed(0)} ms`);

const ref = new Date(Date.UTC(2023, 5, 1));
const sample = articles.slice(0, Math.max(1, Math.floor(articles.length / 5)));
const sampleMb = sample.reduce((n, a) => n + Buffer.byteLength(a), 0) / (1024 * 1024);
const tChrono = time(() => {
  for (const a of sample) chrono.en.GB.parse(a, ref);
});
console.log(`chrono-node en.GB alone, whole text: ${(sampleMb / tChrono).toFixed(2)} MB/s (on ${sampleMb.toFixed(2)} MB of the same corpus)`);
const tNlp = time(() => {
  for (const a of sample) nlp(a).people().out('array');
});
console.log(`compromise alone (people()): ${(sampleMb / tNlp).toFixed(2)} MB/s (on ${sampleMb.toFixed(2)} MB of the same corpus)`);
