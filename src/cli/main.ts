// The article-annotator command line (SPEC section 7): a thin adapter over src/core.
import { runAgreement } from './agreement';
import { runExport } from './export';
import { runValidate } from './validate';
import { runSuggest } from './suggest';

const USAGE = `usage:
  article-annotator suggest FILE...
  article-annotator export DIR --format jsonl|brat|conll|labelstudio|csv --out PATH [--split 80/10/10] [--include-suggestions]
  article-annotator validate DIR
  article-annotator agreement DIR_A DIR_B`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'export':
      return runExport(argv.slice(1));
    case 'validate':
      return runValidate(argv.slice(1));
    case 'agreement':
      return runAgreement(argv.slice(1));
    case 'suggest':
      return runSuggest(argv.slice(1));
    default:
      process.stderr.write(`${USAGE}\n`);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`article-annotator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
