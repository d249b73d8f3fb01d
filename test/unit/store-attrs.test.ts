import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attrProblem, isIsoDate } from '../../src/core/store/attrRules';

test('dates as precise as the text allows are ISO 8601', () => {
  for (const ok of ['2014', '2021-12', '2021-12-07', '2021-W46', '2021-12-07T17:15Z', '2021-12-07T15:55', '2021-12-07T17:15:00+03:00']) {
    assert.ok(isIsoDate(ok), ok);
  }
  for (const bad of ['7 Dec 2021', '2021-13-01', '21-12-07', '2021-12-07 17:15', 'Tuesday', '2021-W60']) {
    assert.ok(!isIsoDate(bad), bad);
  }
});

test('the attribute editor explains what is wrong in one sentence', () => {
  assert.match(attrProblem('date', 'value', 'last Tuesday')!, /not an ISO 8601 date/);
  assert.match(attrProblem('claim', 'kind', 'quote')!, /direct, indirect, assertion/);
  assert.equal(attrProblem('claim', 'kind', 'indirect'), undefined);
  assert.equal(attrProblem('speaker', 'name', 'Dmitry Peskov'), undefined);
});
