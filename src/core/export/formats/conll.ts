// CoNLL: one token per line, tab-separated columns TOKEN START END SPEAKER DATE CLAIM EXTRA, IOB2 tags.
// One column per built-in label, so a date inside a claim, or a speaker inside a claim, loses nothing;
// EXTRA holds project labels. Policies (header comment of every file) are in tokenize.ts / tokenLabels.ts.
import { BUILTIN_LABELS } from '../../model';
import type { ExportArticle } from '../prepare';
import type { FormatSink, SinkContext } from '../sink';
import { SplitFiles } from '../sink';
import { tagLayer } from '../tokenLabels';
import type { LayerTagging } from '../tokenLabels';
import { tokenize } from '../tokenize';

export const CONLL_COLUMNS = ['TOKEN', 'START', 'END', 'SPEAKER', 'DATE', 'CLAIM', 'EXTRA'];

export const CONLL_HEADER = `# Article Annotator CoNLL export. Tags are IOB2: B-x begins a span of label x, I-x continues it, O is outside.
# Columns (tab-separated): ${CONLL_COLUMNS.join(' ')}. START/END are code-point offsets into the article text (UTF-8, BOM excluded, line endings as in the file), END exclusive.
# SPEAKER, DATE and CLAIM each tag one label, so spans of different labels may overlap without loss; EXTRA tags project-defined labels.
# Overlap policy: within one column, spans are taken by start (longer first); a span overlapping one already tagged there is left out and counted in the export report.
# A span starting or ending inside a token is tagged on the whole token (counted). Sentence breaks never cut a span.
# Tokenisation: a number with inner separators (13,000  07.12.2021  15:55); or a run of letters, digits and combining marks with inner apostrophes (didn’t); or any other single non-space code point. Whitespace is never in a token: the tokens at START/END with the whitespace between them rebuild the text.
# Sentences: a line break ends a sentence; so does . ! ? … (with closing quotes) before a token starting with a capital, digit or opening quote. A blank line separates sentences.
# Each document starts with a "-DOCSTART-" line followed by "# id = …", "# file = …" (and "# split = …") comment lines. Comment lines start with "# " (a token never contains a space).
`;

export function conllDocument(article: ExportArticle): { text: string; layers: LayerTagging[] } {
  const tokens = tokenize(article.text);
  const builtin = BUILTIN_LABELS as readonly string[];
  const layers = [
    ...builtin.map((label) => tagLayer(tokens, article.spans.filter((s) => s.label === label))),
    tagLayer(tokens, article.spans.filter((s) => !builtin.includes(s.label))),
  ];
  const lines: string[] = [`-DOCSTART-\t-\t-\tO\tO\tO\tO`, `# id = ${article.id}`, `# file = ${article.file}`];
  if (article.split !== undefined) lines.push(`# split = ${article.split}`);
  tokens.forEach((token, i) => {
    const continuesSpan = layers.some((l) => l.tags[i].startsWith('I-'));
    if (i === 0 || (token.sentenceStart && !continuesSpan)) lines.push('');
    lines.push(`${token.text}\t${token.start}\t${token.end}\t${layers.map((l) => l.tags[i]).join('\t')}`);
  });
  lines.push('', '');
  return { text: lines.join('\n'), layers };
}

export function createConllSink(context: SinkContext): FormatSink {
  const files = new SplitFiles(context, 'dataset', 'conll', `${CONLL_HEADER}\n`);
  let overlapping = 0;
  let widened = 0;
  let empty = 0;
  return {
    async article(article) {
      const doc = conllDocument(article);
      for (const l of doc.layers) {
        overlapping += l.overlapping;
        widened += l.widened;
        empty += l.empty;
      }
      const file = await files.get(article.split);
      await file.write(doc.text);
    },
    async finish() {
      await files.closeAll();
      if (overlapping > 0) context.report.warnings.push(`CoNLL: ${overlapping} span${overlapping === 1 ? '' : 's'} overlapped another span of the same label and are not in the CoNLL tags (they are in every other format).`);
      if (widened > 0) context.report.warnings.push(`CoNLL: ${widened} span${widened === 1 ? '' : 's'} start or end inside a token and were tagged on the whole token.`);
      if (empty > 0) context.report.warnings.push(`CoNLL: ${empty} span${empty === 1 ? '' : 's'} cover only whitespace and have no token to tag.`);
    },
  };
}
