import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('an organisation whose name holds a list with commas is read whole, and "the department" is it', () => {
  const r = pairs('The Department for Science, Innovation and Technology said its grants scheme had not changed. Funding for 40 new laboratories was secure, the department added.');
  assert.deepEqual(r.speakers, [
    ['The Department for Science, Innovation and Technology', 'Department for Science, Innovation and Technology'],
    ['the department', 'Department for Science, Innovation and Technology'],
  ]);
  assert.deepEqual(r.claims.map((c) => c[2]), ['Department for Science, Innovation and Technology', 'Department for Science, Innovation and Technology']);
});
