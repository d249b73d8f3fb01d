import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

const story = (...paras: string[]): string => ['Transport Secretary threatens to resign over rail cuts', '', ...paras].join('\n\n') + '\n';

test('a lead naming its first speaker by office alone means the person the next sentence introduces, also later', () => {
  const r = suggest(story(
    'The Transport Secretary has warned the Treasury that she cannot accept cuts to rail subsidies.',
    'Maria Okafor told a meeting of ministers on Tuesday that the cuts would close branch lines.',
    '"Maria will not sign this," one ally of the Transport Secretary said.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['The Transport Secretary', 'Maria Okafor'],
    ['Maria Okafor', 'Maria Okafor'],
    ['one ally of the Transport Secretary', 'ally of Maria Okafor'],
  ]);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind !== 'assertion').map((c) => speakerOf(r, c)), ['Maria Okafor', 'Maria Okafor', 'ally of Maria Okafor']);
});

test('an office named after someone has spoken is not the person the next sentence introduces', () => {
  const r = suggest(story(
    'Union leader Dev Sharma said the cuts would cost jobs.',
    'The Transport Secretary said the savings were needed.',
    'Maria Okafor told a meeting of ministers on Tuesday that the cuts would close branch lines.',
  ));
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Dev Sharma', 'Dev Sharma'],
    ['The Transport Secretary', 'Transport Secretary'],
    ['Maria Okafor', 'Maria Okafor'],
  ]);
});
