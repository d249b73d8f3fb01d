// Builds the SPEC section 5 record that `article-annotator suggest` prints for one article.
import type { DatasetRecord, DatasetRelation, DatasetSpan, SuggestionResult } from '../model';

/** The dataset record of one article's machine suggestions: every span is `origin: suggestion`. */
export function suggestionRecord(file: string, id: string, sha256: string, text: string, result: SuggestionResult): DatasetRecord {
  const spans: DatasetSpan[] = [];
  const relations: DatasetRelation[] = [];
  for (const s of result.suggestions) {
    spans.push({ id: s.id, label: s.label, start: s.start, end: s.end, text: s.text, attrs: { ...s.attrs }, origin: 'suggestion', score: s.score, rule: s.rule });
    if (s.links?.speaker !== undefined) relations.push({ type: 'attributed_to', from: s.id, to: s.links.speaker });
  }
  return { id, file, sha256, meta: { ...result.meta }, text, spans, relations };
}
