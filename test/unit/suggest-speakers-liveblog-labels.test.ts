import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('"It says" after a sentence opened by an organisation is that organisation speaking', () => {
  const text = [
    'Storm warnings issued across the north coast',
    '',
    'The Coastguard Agency has issued an amber warning for the whole of the north coast. It says waves of up to eight metres are expected by Friday.',
    '',
    'About 40 homes are affected.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const reported = of(r, 'claim').filter((c) => c.attrs.kind === 'indirect');
  assert.deepEqual(reported.map((c) => [c.text, speakerOf(r, c)]), [['waves of up to eight metres are expected by Friday', 'Coastguard Agency']]);
});

test('a live-blog entry headed by a bare title and a colon does not make the title a speaker', () => {
  const text = [
    'Storm live: ferries cancelled as gales hit the islands',
    '',
    '2:10pm',
    '',
    "Mayor: 'We will reopen the harbour as soon as it is safe'",
    '',
    'Mayor Ines Duarte visited the harbour wall this afternoon.',
    '',
    '"We will reopen the harbour as soon as it is safe," Duarte told reporters.',
  ].join('\n') + '\n';
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => s.attrs.name), ['Ines Duarte']);
  assert.ok(of(r, 'claim').every((c) => !c.text.startsWith("'We will")), JSON.stringify(of(r, 'claim').map((c) => c.text)));
});

test('a "Name: “quote”" subhead between live-blog entries is a teaser, not a second speaker and claim', () => {
  const text = [
    'Budget talks live: ministers meet unions',
    '',
    'Ministers and union leaders met for three hours on Tuesday morning to discuss the pay offer.',
    '',
    'Okafor: "We are close to a deal"',
    '',
    'We are close to a deal but not there yet, Finance Minister Grace Okafor told reporters after the session.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const speakers = r.suggestions.filter((s) => s.label === 'speaker');
  assert.ok(!speakers.some((s) => s.text === 'Okafor'), JSON.stringify(speakers.map((s) => s.text)));
  assert.ok(!r.suggestions.some((s) => s.label === 'claim' && s.text.includes('"We are close')));
  assert.ok(speakers.some((s) => s.attrs.name === 'Grace Okafor'));
});

test('a headline label ending in a kind of item ("FULL INTERVIEW TRANSCRIPT:") is no speaker', () => {
  const text = [
    'FULL INTERVIEW TRANSCRIPT: Coach Dana Price on the cup final',
    '',
    'Price spoke to club media on Thursday afternoon at the training ground.',
  ].join('\n') + '\n';
  const r = suggest(text);
  const speakers = r.suggestions.filter((s) => s.label === 'speaker').map((s) => s.text);
  assert.ok(!speakers.some((t) => /TRANSCRIPT/.test(t)), JSON.stringify(speakers));
});
