import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { speakerOf } from './suggestQueries';

const direct = (text: string): (string | undefined)[] => {
  const r = suggest(text);
  return r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind === 'direct').map((c) => speakerOf(r, c));
};

test('"he" never stands for an organisation that spoke more recently than the person', () => {
  const got = direct(
    [
      'Harbour Rowing Club captain Imre Szabo was named in the squad for the regatta.',
      'The Harbour Rowing Club said in a statement that the boathouse would be rebuilt by May.',
      '“We train on the canal until then and nobody is complaining,” he said.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Imre Szabo']);
});

test('a name after a preposition is not the subject a later "she" refers to', () => {
  const got = direct(
    [
      'Speaking to Anton Greaves on his evening show, Marta Lindgren had said the vote was lost.',
      '“I have counted the numbers twice and they do not add up,” she told the programme.',
    ].join('\n\n'),
  );
  assert.deepEqual(got, ['Marta Lindgren']);
});
