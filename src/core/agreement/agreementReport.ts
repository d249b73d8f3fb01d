// The agreement result as a Markdown report.
import type { AgreementResult } from './compareAnnotators';
import type { Prf } from './metrics';

function num(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

function prfCells(p: Prf): string {
  return `${num(p.precision)} | ${num(p.recall)} | ${num(p.f1)}`;
}

export function formatAgreementReport(r: AgreementResult): string {
  const lines: string[] = [];
  lines.push('# Inter-annotator agreement', '');
  lines.push(`A = \`${r.a}\`, B = \`${r.b}\`: ${r.articles.length} article${r.articles.length === 1 ? '' : 's'} compared, ${r.tokens} tokens.`, '');
  lines.push('## Spans', '');
  lines.push('A is the reference (precision = share of B\'s spans matched, recall = share of A\'s); F1 is symmetric. Exact: same label, start and end. Overlap: same label sharing at least one character, matched one-to-one.', '');
  lines.push('| label | spans A | spans B | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of r.labels) lines.push(`| ${l.label} | ${l.exact.a} | ${l.exact.b} | ${prfCells(l.exact)} | ${prfCells(l.overlap)} |`);
  lines.push(`| **all** | ${r.all.exact.a} | ${r.all.exact.b} | ${prfCells(r.all.exact)} | ${prfCells(r.all.overlap)} |`, '');
  lines.push('## Tokens', '');
  lines.push("Each token's category is the set of labels covering it (O for none); per label, the label against everything else. Tokenisation as in the CoNLL export. — means undefined (no variation).", '');
  lines.push("| label | Cohen's κ | Krippendorff's α (nominal) |");
  lines.push('|---|---:|---:|');
  for (const l of r.labels) lines.push(`| ${l.label} | ${num(l.kappa)} | ${num(l.alpha)} |`);
  lines.push(`| **all labels** | ${num(r.all.kappa)} | ${num(r.all.alpha)} |`, '');
  lines.push('## Attributes and links', '');
  lines.push('On spans matched by overlap; texts compared after Unicode NFC and white-space normalisation.', '');
  lines.push('| attribute | compared | agreed | agreement |');
  lines.push('|---|---:|---:|---:|');
  for (const a of r.attributes) lines.push(`| ${a.attribute} | ${a.compared} | ${a.agreed} | ${num(a.agreement)} |`);
  if (r.disagreements.length > 0) {
    lines.push('', '## Disagreements', '');
    for (const d of r.disagreements) lines.push(`- \`${d.file}\` ${d.what.replace(/\r?\n|\r/g, '⏎')}`);
  }
  if (r.warnings.length > 0) {
    lines.push('', '## Notes', '');
    for (const w of r.warnings) lines.push(`- ${w}`);
  }
  return `${lines.join('\n')}\n`;
}
