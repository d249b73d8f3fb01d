// The editor keys a suggestion by its label and span ("Accept all above threshold" accepts by key):
// two suggestions with the same label and span would make the second one fail to accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggest } from '../../src/core/suggest/suggest';

const root = join(import.meta.dirname, '..', '..');

test('no two suggestions share a label and a span, on every seed and development article', () => {
  const files = [
    ...readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'seeds', f)),
    ...readdirSync(join(root, 'devset', 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'devset', 'articles', f)),
  ];
  assert.ok(files.length >= 40, `read ${files.length} articles`);
  const duplicates: string[] = [];
  for (const file of files) {
    const seen = new Set<string>();
    for (const s of suggest(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).suggestions) {
      const key = `${s.label}@${s.start}-${s.end}`;
      if (seen.has(key)) duplicates.push(`${file}: ${key} ${s.text.slice(0, 40)}`);
      seen.add(key);
    }
  }
  assert.deepEqual(duplicates, []);
});

test('a speaker found by two rules is one suggestion that both claims link to', () => {
  const r = suggest('Diplomats to leave\n\nEmbassy spokesman Jason Rebholz said the staff would leave in January.\n\nThe spokesman added that the departure of diplomats "is not an expulsion" and Moscow has been informed that "it can replace those who are departing."\n');
  const second = r.suggestions.filter((s) => s.label === 'speaker' && s.text === 'The spokesman');
  assert.equal(second.length, 1, 'one suggestion for the mention');
  assert.equal(second[0].attrs.name, 'Jason Rebholz');
  const linked = r.suggestions.filter((s) => s.label === 'claim' && s.links?.speaker === second[0].id);
  assert.ok(linked.length >= 1, 'its claims link to it');
});
