// A corpus with two overlapping claims (nested quotation) for the CoNLL overlap policy.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticleWithSidecar } from './export-fixture';

export function makeCorpusWith(): string {
  const root = mkdtempSync(join(tmpdir(), 'aa-overlap-'));
  writeArticleWithSidecar(root, 'nested.txt', 'He said the minister claimed the war was over.\n', [
    { id: 'c1', label: 'claim', text: 'the minister claimed the war was over', attrs: { kind: 'indirect' } },
    { id: 'c2', label: 'claim', text: 'the war was over', attrs: { kind: 'indirect' } },
  ]);
  return root;
}
