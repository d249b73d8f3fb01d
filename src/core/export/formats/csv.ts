// CSV (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote, CR or LF; quotes doubled):
// one row per claim with the speaker it is attributed to. Offsets are code points.
import type { ExportArticle } from '../prepare';
import type { FormatSink, SinkContext } from '../sink';
import type { OutputFile } from '../ports';

export const CSV_COLUMNS = ['split', 'article_id', 'claim_id', 'claim_text', 'kind', 'speaker_id', 'speaker_text', 'speaker_name', 'published', 'start', 'end', 'origin', 'accepted', 'file'];

export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(article: ExportArticle): string {
  const byId = new Map(article.spans.map((s) => [s.id, s]));
  const speakerOf = new Map(article.relations.map((r) => [r.from, byId.get(r.to)]));
  let out = '';
  for (const claim of article.spans) {
    if (claim.label !== 'claim') continue;
    const speaker = speakerOf.get(claim.id);
    const row = [
      article.split ?? '',
      article.id,
      claim.id,
      claim.text,
      claim.attrs.kind ?? '',
      speaker?.id ?? '',
      speaker?.text ?? '',
      speaker?.attrs.name ?? '',
      article.published ?? '',
      claim.start,
      claim.end,
      claim.origin,
      claim.accepted,
      article.file,
    ];
    out += `${row.map(csvField).join(',')}\r\n`;
  }
  return out;
}

export function createCsvSink(context: SinkContext): FormatSink {
  let file: OutputFile | undefined;
  const open = async (): Promise<OutputFile> => {
    if (file === undefined) {
      file = await context.writer.create('claims.csv');
      context.wrote('claims.csv');
      await file.write(`${CSV_COLUMNS.join(',')}\r\n`);
    }
    return file;
  };
  return {
    async article(article) {
      const rows = csvRows(article);
      const f = await open();
      if (rows !== '') await f.write(rows);
    },
    async finish() {
      await (await open()).close();
    },
  };
}
