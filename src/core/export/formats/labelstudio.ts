// Label Studio: a tasks JSON (a list; `data.text` holds the article) and the labelling config XML.
// Accepted annotations are the task's `annotations[0].result`; unreviewed suggestions are its
// `predictions` with score and model_version. Offsets are code points, as Label Studio's own Python
// tools slice `text[start:end]`. Per-region attributes: speaker name and date value as TextArea,
// claim kind as Choices, and each attribute annotator.config.yaml declares on a label as Choices (with
// `values`; a value outside the list is added to the choices so that nothing is lost) or TextArea;
// the claim → speaker link as a `relation` result.
import { CLAIM_KINDS, colourOf, orderedLabels } from '../labels';
import type { LabelSpec } from '../../config/config';
import type { ExportArticle, ExportSpan } from '../prepare';
import type { FormatSink, SinkContext } from '../sink';
import { SplitFiles } from '../sink';
import { safeJson } from '../safeJson';
import { writeWholeFile } from '../ports';

export const MODEL_VERSION = 'article-annotator-rules';
const TEXT_ATTRS: Record<string, { name: string; attr: string; hint: string }> = {
  speaker: { name: 'speaker_name', attr: 'name', hint: 'Canonical name' },
  date: { name: 'date_value', attr: 'value', hint: 'ISO 8601 value' },
};

type Result = Record<string, unknown>;

/** A per-region control for an attribute the team configuration declares on a label. */
export interface AttributeControl {
  label: string;
  attr: string;
  /** The control's name in the labelling config. */
  name: string;
  /** Declared values (then a Choices control, with any other value met added); none: a TextArea. */
  values?: string[];
}

/** Controls for the declared attributes the built-in controls (name, value, kind) do not cover. */
export function attributeControls(declared: readonly LabelSpec[] = []): AttributeControl[] {
  const builtin = new Set(['speaker/name', 'date/value', 'claim/kind']);
  const out: AttributeControl[] = [];
  const names = new Set([...Object.values(TEXT_ATTRS).map((t) => t.name), 'label', 'text', 'claim_kind']);
  for (const label of declared) {
    for (const attr of label.attributes) {
      if (builtin.has(`${label.name}/${attr.name}`)) continue;
      const base = `${label.name}_${attr.name}`.replace(/[^\w-]/g, '_');
      let name = base;
      for (let i = 2; names.has(name); i++) name = `${base}_${i}`;
      names.add(name);
      out.push({ label: label.name, attr: attr.name, name, ...(attr.values !== undefined && attr.values.length > 0 ? { values: [...attr.values] } : {}) });
    }
  }
  return out;
}

function regionResults(span: ExportSpan, controls: readonly AttributeControl[]): Result[] {
  const base = { start: span.start, end: span.end, text: span.text };
  const results: Result[] = [{ id: span.id, from_name: 'label', to_name: 'text', type: 'labels', value: { ...base, labels: [span.label] }, ...(span.accepted ? {} : { score: span.score }) }];
  const text = TEXT_ATTRS[span.label];
  if (text !== undefined && span.attrs[text.attr] !== undefined) {
    results.push({ id: span.id, from_name: text.name, to_name: 'text', type: 'textarea', value: { ...base, text: [span.attrs[text.attr]] } });
  }
  if (span.label === 'claim' && span.attrs.kind !== undefined && (CLAIM_KINDS as readonly string[]).includes(span.attrs.kind)) {
    results.push({ id: span.id, from_name: 'claim_kind', to_name: 'text', type: 'choices', value: { ...base, choices: [span.attrs.kind] } });
  }
  for (const c of controls) {
    const v = span.attrs[c.attr];
    if (c.label !== span.label || v === undefined || v === '') continue;
    results.push(c.values !== undefined
      ? { id: span.id, from_name: c.name, to_name: 'text', type: 'choices', value: { ...base, choices: [v] } }
      : { id: span.id, from_name: c.name, to_name: 'text', type: 'textarea', value: { ...base, text: [v] } });
  }
  return results;
}

function relations(article: ExportArticle, ids: Set<string>): Result[] {
  return article.relations
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .map((r) => ({ from_id: r.from, to_id: r.to, type: 'relation', direction: 'right', labels: [r.type] }));
}

export function labelStudioTask(article: ExportArticle, controls: readonly AttributeControl[] = []): Result {
  const accepted = article.spans.filter((s) => s.accepted);
  const suggested = article.spans.filter((s) => !s.accepted);
  const acceptedIds = new Set(accepted.map((s) => s.id));
  const suggestedIds = new Set(suggested.map((s) => s.id));
  const data: Result = { text: article.text, article_id: article.id, file: article.file, sha256: article.sha256, title: article.title, published: article.published, status: article.status, annotator: article.annotator };
  if (article.split !== undefined) data.split = article.split;
  const task: Result = { data };
  task.annotations = accepted.length === 0 && article.relations.length === 0 ? [] : [{ result: [...accepted.flatMap((s) => regionResults(s, controls)), ...relations(article, acceptedIds)] }];
  if (suggested.length > 0) {
    const score = suggested.reduce((sum, s) => sum + s.score, 0) / suggested.length;
    task.predictions = [{ model_version: MODEL_VERSION, score: Math.round(score * 1000) / 1000, result: [...suggested.flatMap((s) => regionResults(s, controls)), ...relations(article, suggestedIds)] }];
  } else {
    task.predictions = [];
  }
  return task;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The View that shows a declared attribute's control when a region of its label is selected. */
function attributeView(c: AttributeControl): string {
  const control = c.values !== undefined
    ? `    <Choices name="${escapeXml(c.name)}" toName="text" perRegion="true" choice="single">
${c.values.map((v) => `      <Choice value="${escapeXml(v)}"/>`).join('\n')}
    </Choices>`
    : `    <TextArea name="${escapeXml(c.name)}" toName="text" perRegion="true" editable="true" maxSubmissions="1"/>`;
  return `  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="${escapeXml(c.label)}">
    <Header value="${escapeXml(c.attr)}"/>
${control}
  </View>
`;
}

export function labelingConfig(labels: string[], declared: readonly LabelSpec[] = [], controls: readonly AttributeControl[] = attributeControls(declared)): string {
  const label = (l: string, i: number): string => `    <Label value="${escapeXml(l)}" background="${colourOf(l, i, declared)}"/>`;
  return `<View>
  <Style>.htx-text { white-space: pre-wrap; }</Style>
  <Relations>
    <Relation value="attributed_to"/>
  </Relations>
  <Labels name="label" toName="text">
${labels.map(label).join('\n')}
  </Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="speaker">
    <Header value="${TEXT_ATTRS.speaker.hint}"/>
    <TextArea name="${TEXT_ATTRS.speaker.name}" toName="text" perRegion="true" editable="true" maxSubmissions="1"/>
  </View>
  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="date">
    <Header value="${TEXT_ATTRS.date.hint}"/>
    <TextArea name="${TEXT_ATTRS.date.name}" toName="text" perRegion="true" editable="true" maxSubmissions="1"/>
  </View>
  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="claim">
    <Header value="Claim kind"/>
    <Choices name="claim_kind" toName="text" perRegion="true" choice="single">
${CLAIM_KINDS.map((k) => `      <Choice value="${k}"/>`).join('\n')}
    </Choices>
  </View>
${controls.map(attributeView).join('')}</View>
`;
}

export function createLabelStudioSink(context: SinkContext): FormatSink {
  const files = new SplitFiles(context, 'tasks', 'json', '[\n');
  const first = new Set<string>();
  const labels = new Set<string>();
  const controls = attributeControls(context.labels);
  return {
    async article(article) {
      for (const s of article.spans) {
        labels.add(s.label);
        for (const c of controls) {
          const v = s.attrs[c.attr];
          if (c.values !== undefined && c.label === s.label && v !== undefined && v !== '' && !c.values.includes(v)) c.values.push(v);
        }
      }
      const file = await files.get(article.split);
      const key = article.split ?? '';
      const separator = first.has(key) ? ',\n' : '';
      first.add(key);
      await file.write(separator + safeJson(labelStudioTask(article, controls)));
    },
    async finish() {
      await files.closeAll('\n]\n');
      await writeWholeFile(context.writer, 'labeling-config.xml', labelingConfig(orderedLabels(labels, context.labels), context.labels, controls));
      context.wrote('labeling-config.xml');
    },
  };
}
