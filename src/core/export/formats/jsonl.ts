// JSON Lines, SPEC section 5: one article per line. Every record has the same keys with the same types
// (meta keys always present, null when unknown; attrs always an object) so Hugging Face
// `datasets.load_dataset("json", …)` infers one schema for the whole file.
import type { DatasetRecord } from '../../model';
import type { ExportArticle } from '../prepare';
import type { FormatSink, SinkContext } from '../sink';
import { SplitFiles } from '../sink';
import { safeJson } from '../safeJson';

interface JsonlSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  attrs: Record<string, string>;
  origin: string;
  accepted?: boolean;
  score?: number;
  rule?: string;
}

type JsonlRecord = Omit<DatasetRecord, 'meta' | 'spans' | 'annotator'> & {
  meta: { title: string | null; published: string | null };
  annotator: string | null;
  spans: JsonlSpan[];
};

export function jsonlRecord(article: ExportArticle, includeSuggestions: boolean): JsonlRecord {
  const record: JsonlRecord = {
    id: article.id,
    file: article.file,
    sha256: article.sha256,
    meta: { title: article.title, published: article.published },
    status: article.status,
    annotator: article.annotator,
    text: article.text,
    spans: article.spans.map((s) => {
      const span: JsonlSpan = { id: s.id, label: s.label, start: s.start, end: s.end, text: s.text, attrs: s.attrs, origin: s.origin };
      if (includeSuggestions) {
        span.accepted = s.accepted;
        span.score = s.score;
        span.rule = s.rule ?? '';
      }
      return span;
    }),
    relations: article.relations,
  };
  if (article.split !== undefined) {
    // keep SPEC key order: split before text
    const { text, spans, relations, ...head } = record;
    return { ...head, split: article.split, text, spans, relations };
  }
  return record;
}

export function createJsonlSink(context: SinkContext): FormatSink {
  const files = new SplitFiles(context, 'dataset', 'jsonl');
  return {
    async article(article) {
      const file = await files.get(article.split);
      await file.write(`${safeJson(jsonlRecord(article, context.includeSuggestions))}\n`);
    },
    finish: () => files.closeAll(),
  };
}
