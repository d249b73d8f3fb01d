// Label Studio: a tasks JSON (a list; `data.text` holds the article) and the labelling config XML.
// Accepted annotations are the task's `annotations[0].result`; unreviewed suggestions are its
// `predictions` with score and model_version. Offsets are code points, as Label Studio's own Python
// tools slice `text[start:end]`. Per-region attributes: speaker name and date value as TextArea,
// claim kind as Choices; the claim → speaker link as a `relation` result.
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

function regionResults(span: ExportSpan): Result[] {
  const base = { start: span.start, end: span.end, text: span.text };
  const results: Result[] = [{ id: span.id, from_name: 'label', to_name: 'text', type: 'labels', value: { ...base, labels: [span.label] }, ...(span.accepted ? {} : { score: span.score }) }];
  const text = TEXT_ATTRS[span.label];
  if (text !== undefined && span.attrs[text.attr] !== undefined) {
    results.push({ id: span.id, from_name: text.name, to_name: 'text', type: 'textarea', value: { ...base, text: [span.attrs[text.attr]] } });
  }
  if (span.label === 'claim' && span.attrs.kind !== undefined && (CLAIM_KINDS as readonly string[]).includes(span.attrs.kind)) {
    results.push({ id: span.id, from_name: 'claim_kind', to_name: 'text', type: 'choices', value: { ...base, choices: [span.attrs.kind] } });
  }
  return results;
}

function relations(article: ExportArticle, ids: Set<string>): Result[] {
  return article.relations
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .map((r) => ({ from_id: r.from, to_id: r.to, type: 'relation', direction: 'right', labels: [r.type] }));
}

export function labelStudioTask(article: ExportArticle): Result {
  const accepted = article.spans.filter((s) => s.accepted);
  const suggested = article.spans.filter((s) => !s.accepted);
  const acceptedIds = new Set(accepted.map((s) => s.id));
  const suggestedIds = new Set(suggested.map((s) => s.id));
  const data: Result = { text: article.text, article_id: article.id, file: article.file, sha256: article.sha256, title: article.title, published: article.published, status: article.status, annotator: article.annotator };
  if (article.split !== undefined) data.split = article.split;
  const task: Result = { data };
  task.annotations = accepted.length === 0 && article.relations.length === 0 ? [] : [{ result: [...accepted.flatMap(regionResults), ...relations(article, acceptedIds)] }];
  if (suggested.length > 0) {
    const score = suggested.reduce((sum, s) => sum + s.score, 0) / suggested.length;
    task.predictions = [{ model_version: MODEL_VERSION, score: Math.round(score * 1000) / 1000, result: [...suggested.flatMap(regionResults), ...relations(article, suggestedIds)] }];
  } else {
    task.predictions = [];
  }
  return task;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function labelingConfig(labels: string[], declared: readonly LabelSpec[] = []): string {
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
</View>
`;
}

export function createLabelStudioSink(context: SinkContext): FormatSink {
  const files = new SplitFiles(context, 'tasks', 'json', '[\n');
  const first = new Set<string>();
  const labels = new Set<string>();
  return {
    async article(article) {
      for (const s of article.spans) labels.add(s.label);
      const file = await files.get(article.split);
      const key = article.split ?? '';
      const separator = first.has(key) ? ',\n' : '';
      first.add(key);
      await file.write(separator + safeJson(labelStudioTask(article)));
    },
    async finish() {
      await files.closeAll('\n]\n');
      await writeWholeFile(context.writer, 'labeling-config.xml', labelingConfig(orderedLabels(labels, context.labels), context.labels));
      context.wrote('labeling-config.xml');
    },
  };
}
