import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attrProblem, isIsoDate } from '../../src/core/store/attrRules';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { suggest } from '../../src/core/suggest/suggest';

test('dates as precise as the text allows are ISO 8601', () => {
  for (const ok of ['2014', '2021-12', '2021-12-07', '2021-W46', '2021-12-07T17:15Z', '2021-12-07T15:55', '2021-12-07T17:15:00+03:00', '199', '2021-Q1', '2025-H2', '2024-07/2025-06', '2024/2025', 'XXXX-03', 'XXXX-03-22']) {
    assert.ok(isIsoDate(ok), ok);
  }
  for (const bad of ['7 Dec 2021', '2021-13-01', '21-12-07', '2021-12-07 17:15', 'Tuesday', '2021-W60', '2021-Q5', '2021/', '/2021', '2021-07/2022-06/2023', 'XXXX', 'XXXX-13', 'XXXX-W46']) {
    assert.ok(!isIsoDate(bad), bad);
  }
});

test('the attribute editor explains what is wrong in one sentence', () => {
  assert.match(attrProblem('date', 'value', 'last Tuesday')!, /not an ISO 8601 date/);
  assert.match(attrProblem('claim', 'kind', 'quote')!, /direct, indirect, assertion/);
  assert.equal(attrProblem('claim', 'kind', 'indirect'), undefined);
  assert.equal(attrProblem('speaker', 'name', 'Dmitry Peskov'), undefined);
});

test('every date value the pre-annotator suggests on the development set is accepted by the attribute editor', () => {
  const dir = join(import.meta.dirname, '../../devset/articles');
  const refused: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    for (const s of suggest(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')).suggestions) {
      if (s.label === 'date' && attrProblem('date', 'value', s.attrs.value ?? '') !== undefined) refused.push(`${f}: ${s.text} → ${s.attrs.value}`);
    }
  }
  assert.deepEqual(refused, []);
});
