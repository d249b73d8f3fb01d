import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf, speakers } from './suggestQueries';

const story = (...paras: string[]): string => ['Shares in Corvale Foods fall after profit warning', '', ...paras].join('\n\n') + '\n';

test('unnamed analysts at a firm are named with the firm, past a relative clause', () => {
  const r = suggest(story(
    'Corvale Foods cut its outlook on Tuesday.',
    'In a research note, analysts at Dunmore Capital, who had long doubted the targets, wrote that the warning was "overdue".',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [['analysts at Dunmore Capital', 'analysts at Dunmore Capital']]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'indirect').map((c) => [c.text, speakerOf(r, c)]), [
    ['the warning was "overdue"', 'analysts at Dunmore Capital'],
  ]);
});

test('"analysts at <firm>" are named with the firm even when its name looks like a person\'s or holds "& Co."', () => {
  const text = [
    'Analysts at Morgan Whitley said they expected two rate cuts next year.',
    '',
    '"Copper demand has not recovered," economists at Pryce Lyle & Co. wrote in a note on Thursday.',
    '',
    'Pryce Lyle & Co. said its forecast was unchanged.',
  ].join('\n');
  assert.deepEqual(speakers(text), [
    ['Analysts at Morgan Whitley', 'analysts at Morgan Whitley'],
    ['economists at Pryce Lyle & Co.', 'economists at Pryce Lyle & Co.'],
    ['Pryce Lyle & Co.', 'Pryce Lyle & Co.'],
  ]);
});
