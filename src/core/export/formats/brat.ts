// brat standoff: per article a `.txt` (the text exactly as decoded: BOM stripped, line endings kept)
// and a `.ann`; `annotation.conf` and `visual.conf` at the top (and in each split folder).
// Offsets are code points of the `.txt`, which is what brat (Python) counts.
//   T1<TAB>speaker 1012 1017<TAB>Biden
//   T2<TAB>claim 1030 1041;1043 1073<TAB>…   a span across a line break (or tab) is written as fragments
//   R1<TAB>attributed_to Arg1:T2 Arg2:T1
//   A1<TAB>kind T2 direct                    a closed-list attribute: the claim kind, and every attribute
//                                            annotator.config.yaml declares with `values` (brat attributes)
//   A2<TAB>Suggestion T3                      an unreviewed suggestion (only with includeSuggestions)
//   #1<TAB>AnnotatorNotes T1<TAB>name=Joe Biden   free-text attributes (speaker name, date value, …), and a
//                                            value outside its declared list, so that nothing is lost
import { CLAIM_KINDS, orderedLabels, colourOf } from '../labels';
import type { LabelSpec } from '../../config/config';
import type { ExportArticle, ExportSpan } from '../prepare';
import type { FormatSink, SinkContext } from '../sink';
import { writeWholeFile } from '../ports';

/** brat type names may not contain spaces or tabs. */
function bratType(label: string): string {
  return label.replace(/[\s]/g, '_');
}

// brat reads .ann files line by line with Python's splitlines(), which also breaks at \v \f \x1c-\x1e
// NEL and the Unicode line and paragraph separators, and splits fields at tabs: none may be in a field.
// eslint-disable-next-line no-control-regex
const FIELD_BREAK = /[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const FIELD_BREAKS = /\r\n|[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;

function oneLine(text: string): string {
  return text.replace(FIELD_BREAKS, ' ');
}

/** The span cut at line breaks and tabs into non-empty fragments (code-point offsets). */
export function fragments(article: ExportArticle, span: ExportSpan): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const cps = Array.from(span.text);
  let from = 0;
  for (let i = 0; i <= cps.length; i++) {
    const c = cps[i];
    if (i === cps.length || FIELD_BREAK.test(c)) {
      if (i > from) out.push([span.start + from, span.start + i]);
      from = i + 1;
    }
  }
  void article;
  return out;
}

/** A closed-list attribute as brat declares it: the entity types that carry it and its values. */
export interface BratAttribute {
  types: Set<string>;
  values: string[];
}

// brat splits `Value:a|b` at `|` and `,`, and an `.ann` attribute line at spaces: a name or value
// holding one of them cannot be a brat attribute and stays an AnnotatorNote.
const BRAT_WORD = /^[^\s|,]+$/;

/**
 * The brat attributes of an export: the claim kind, plus every attribute of the team configuration
 * with a list of values (an attribute declared by several labels is one brat attribute over them).
 */
export function bratAttributes(declared: readonly LabelSpec[] = []): Map<string, BratAttribute> {
  const out = new Map<string, BratAttribute>([['kind', { types: new Set(['claim']), values: [...CLAIM_KINDS] }]]);
  for (const label of declared) {
    for (const attr of label.attributes) {
      const values = attr.values ?? [];
      if (values.length === 0 || attr.name === 'Suggestion' || !BRAT_WORD.test(attr.name) || !values.every((v) => BRAT_WORD.test(v))) continue;
      const known = out.get(attr.name) ?? { types: new Set<string>(), values: [] };
      known.types.add(bratType(label.name));
      for (const v of values) if (!known.values.includes(v)) known.values.push(v);
      out.set(attr.name, known);
    }
  }
  return out;
}

export function bratAnn(article: ExportArticle, attributes: Map<string, BratAttribute> = bratAttributes()): string {
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  let a = 0;
  let note = 0;
  article.spans.forEach((span, i) => {
    const t = `T${i + 1}`;
    const parts = fragments(article, span);
    if (parts.length === 0) return;
    tIds.set(span.id, t);
    const text = parts.map(([s, e]) => article.map.sliceCodePoints(s, e)).join(' ');
    lines.push(`${t}\t${bratType(span.label)} ${parts.map(([s, e]) => `${s} ${e}`).join(';')}\t${text}`);
    const notes: string[] = [];
    for (const [k, v] of Object.entries(span.attrs)) {
      const closed = attributes.get(k);
      if (closed?.types.has(bratType(span.label)) && closed.values.includes(v)) lines.push(`A${++a}\t${k} ${t} ${v}`);
      else notes.push(`${k}=${oneLine(v)}`);
    }
    if (!span.accepted) lines.push(`A${++a}\tSuggestion ${t}`);
    notes.push(`id=${span.id}`);
    if (!span.accepted) notes.push(`score=${span.score}`, `rule=${span.rule ?? ''}`);
    lines.push(`#${++note}\tAnnotatorNotes ${t}\t${notes.join('; ')}`);
  });
  article.relations.forEach((r, i) => {
    const from = tIds.get(r.from);
    const to = tIds.get(r.to);
    if (from !== undefined && to !== undefined) lines.push(`R${i + 1}\t${r.type} Arg1:${from} Arg2:${to}`);
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function annotationConf(labels: string[], attributes: Map<string, BratAttribute> = bratAttributes()): string {
  const types = labels.map(bratType);
  const closed = [...attributes].flatMap(([name, a]) => {
    const on = types.filter((t) => a.types.has(t));
    return on.length === 0 ? [] : [`${name}\tArg:${on.join('|')}, Value:${a.values.join('|')}`];
  });
  return [
    '# brat annotation configuration written by Article Annotator.',
    '[entities]',
    ...types,
    '',
    '[relations]',
    'attributed_to\tArg1:claim, Arg2:speaker',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...closed,
    `Suggestion\tArg:${types.join('|')}`,
    '',
  ].join('\n');
}

export function visualConf(labels: string[], declared: readonly LabelSpec[] = [], attributes: Map<string, BratAttribute> = bratAttributes(declared)): string {
  return [
    '# brat visual configuration written by Article Annotator.',
    '[labels]',
    ...labels.map((l) => `${bratType(l)} | ${l[0].toUpperCase()}${l.slice(1)}`),
    'attributed_to | attributed to',
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    ...labels.map((l, i) => `${bratType(l)}\tbgColor:${colourOf(l, i, declared)}`),
    'attributed_to\tcolor:#555555',
    // the claim kind as its initial; a project attribute as its value beside the span
    ...[...attributes].map(([name, a]) => `${name}\tposition:left, glyph:${name === 'kind' && a.values.length === CLAIM_KINDS.length ? 'D|I|A' : a.values.map((v) => `[${v}]`).join('|')}, dashArray:${a.values.map(() => '-').join('|')}`),
    'Suggestion\tposition:left, glyph:?, dashArray:3-3',
    '',
  ].join('\n');
}

export function createBratSink(context: SinkContext): FormatSink {
  const labels = new Set<string>();
  const attributes = bratAttributes(context.labels);
  return {
    async article(article) {
      const dir = article.split === undefined ? '' : `${article.split}/`;
      for (const s of article.spans) labels.add(s.label);
      await writeWholeFile(context.writer, `${dir}${article.id}.txt`, article.text);
      await writeWholeFile(context.writer, `${dir}${article.id}.ann`, bratAnn(article, attributes));
      context.wrote(`${dir}${article.id}.txt`);
      context.wrote(`${dir}${article.id}.ann`);
    },
    async finish() {
      const all = orderedLabels(labels, context.labels);
      const dirs = ['', ...(context.split?.parts.map((p) => `${p.name}/`) ?? [])];
      for (const dir of dirs) {
        await writeWholeFile(context.writer, `${dir}annotation.conf`, annotationConf(all, attributes));
        await writeWholeFile(context.writer, `${dir}visual.conf`, visualConf(all, context.labels, attributes));
        context.wrote(`${dir}annotation.conf`);
        context.wrote(`${dir}visual.conf`);
      }
    },
  };
}
