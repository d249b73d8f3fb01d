// `article-annotator validate DIR`: exit 0 when every sidecar is valid and every annotation is where it
// says, 1 when anything is wrong (the report lists it), 2 on bad input.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatValidationReport, validateCorpus } from '../core/validate/validateCorpus';
import { corpusLayout } from '../core/config/corpusLayout';
import { loadCorpusConfig } from './corpusConfig';
import { FsValidationCorpus, listCorpus } from './fsCorpus';

export async function runValidate(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0].startsWith('--')) {
    process.stderr.write('article-annotator validate: name exactly one corpus folder, e.g. article-annotator validate seeds\n');
    return 2;
  }
  const dir = resolve(args[0]);
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    process.stderr.write(`article-annotator validate: ${args[0]} is not a folder.\n`);
    return 2;
  }
  const config = await loadCorpusConfig(dir, args[0], 'validate');
  if (config === undefined) return 2;
  const listing = await listCorpus(dir, [], config);
  const report = await validateCorpus(new FsValidationCorpus(dir, listing, corpusLayout(config)), { config });
  process.stdout.write(formatValidationReport(report, `Validation of ${args[0]}`));
  if (report.errors > 0) process.stderr.write(`article-annotator validate: ${report.errors} error${report.errors === 1 ? '' : 's'} in ${args[0]}.\n`);
  return report.errors > 0 ? 1 : 0;
}
