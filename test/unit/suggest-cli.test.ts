import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function cli(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('suggest prints one SPEC record per file, with code-point offsets, and reports bad files without stopping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-suggest-'));
  const good = join(dir, 'harbour-story.txt');
  const bytes = Buffer.from('\uFEFFHarbour reopens\r\n\r\n“We are back 🚢,” harbour master Ingrid Solberg said on Monday.\r\n', 'utf8');
  writeFileSync(good, bytes);
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  mkdirSync(join(dir, 'folder.txt'));
  const r = cli(['suggest', join(dir, 'missing.txt'), good, latin1, join(dir, 'folder.txt')]);
  assert.equal(r.code, 1);
  const errLines = r.err.trim().split('\n');
  assert.equal(errLines.length, 3);
  assert.match(errLines[0], /missing\.txt: no such file/);
  assert.match(errLines[1], /latin1\.txt: not valid UTF-8/);
  assert.match(errLines[2], /folder\.txt: is a directory/);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 1);
  const rec = JSON.parse(lines[0]);
  assert.equal(rec.id, 'harbour-story');
  assert.equal(rec.file, good);
  assert.equal(rec.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.equal(rec.text.startsWith('Harbour reopens\r\n'), true);
  const cps = Array.from(rec.text as string);
  for (const s of rec.spans) {
    assert.equal(cps.slice(s.start, s.end).join(''), s.text);
    assert.equal(s.origin, 'suggestion');
    assert.ok(s.score >= 0 && s.score <= 1 && typeof s.rule === 'string');
  }
  const speaker = rec.spans.find((s: { label: string }) => s.label === 'speaker');
  assert.equal(speaker.attrs.name, 'Ingrid Solberg');
  const claim = rec.spans.find((s: { label: string }) => s.label === 'claim');
  assert.equal(claim.text, 'We are back 🚢');
  assert.deepEqual(rec.relations, [{ type: 'attributed_to', from: claim.id, to: speaker.id }]);
});
