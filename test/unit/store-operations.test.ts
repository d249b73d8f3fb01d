import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotationStore } from '../../src/core/store/annotationStore';
import { suggestionKey } from '../../src/core/store/storeItem';
import { emptySidecar } from '../../src/core/sidecar/sidecar';
import type { Sidecar } from '../../src/core/sidecar/sidecar';
import type { Suggestion, SuggestionResult } from '../../src/core/model';

const text = 'Intro 😀. Peskov said “the talks were frank” on Tuesday. Biden said nothing.';
const cps = Array.from(text);

function span(needle: string): { start: number; end: number } {
  const u16 = text.indexOf(needle);
  const start = Array.from(text.slice(0, u16)).length;
  return { start, end: start + Array.from(needle).length };
}

function sugg(id: string, label: string, needle: string, extra: Partial<Suggestion> = {}): Suggestion {
  return { id, label, ...span(needle), text: needle, attrs: {}, score: 0.9, rule: 'test', ...extra };
}

const suggestions: SuggestionResult = {
  meta: { title: 'Talks', published: '2021-12-07' },
  boilerplate: [],
  suggestions: [
    sugg('s1', 'speaker', 'Peskov', { attrs: { name: 'Dmitry Peskov' } }),
    sugg('c1', 'claim', 'the talks were frank', { attrs: { kind: 'direct' }, links: { speaker: 's1' } }),
    sugg('d1', 'date', 'Tuesday', { attrs: { value: '2021-12-07' }, score: 0.5 }),
    sugg('s2', 'speaker', 'Biden', { attrs: { name: 'Joe Biden' } }),
  ],
};

function makeStore(sidecar: Sidecar = emptySidecar('a.txt', '0'.repeat(64))): AnnotationStore {
  return new AnnotationStore({ text, sidecar, suggestions });
}

const key = (label: string, needle: string) => {
  const s = span(needle);
  return suggestionKey(label, s.start, s.end);
};

test('a fresh article shows every machine suggestion as pending', () => {
  assert.equal(makeStore().pendingSuggestions().length, 4);
});

test('accepting a suggestion stores it with code-point offsets whose text is the article slice', () => {
  const store = makeStore();
  const id = store.accept(key('speaker', 'Peskov'));
  assert.equal(id, 's1');
  const out = store.toSidecar('f'.repeat(64));
  const a = out.annotations[0];
  assert.equal(cps.slice(a.start, a.end).join(''), 'Peskov');
  assert.equal(a.text, 'Peskov');
  assert.equal(a.origin, 'suggestion');
  assert.equal(a.decision, 'accepted');
  assert.deepEqual(a.attrs, { name: 'Dmitry Peskov' });
  assert.ok(a.prefix.endsWith('😀. '));
  assert.equal(store.pendingSuggestions().length, 3);
  assert.equal(out.article.sha256, 'f'.repeat(64));
  assert.equal(out.article.title, 'Talks');
});

test('a rejected suggestion is remembered and not suggested again after a reload', () => {
  const store = makeStore();
  store.reject(key('date', 'Tuesday'));
  const saved = store.toSidecar('0'.repeat(64));
  assert.equal(saved.annotations[0].decision, 'rejected');
  const reopened = makeStore(saved);
  assert.ok(!reopened.pendingSuggestions().some((s) => s.label === 'date'));
  assert.equal(reopened.pendingSuggestions().length, 3);
});

test('accepting a claim after its suggested speaker links the two; the other order links too', () => {
  const a = makeStore();
  const speaker = a.accept(key('speaker', 'Peskov'));
  const claim = a.accept(key('claim', 'the talks were frank'));
  assert.deepEqual(a.annotation(claim)!.links, { speaker });

  const b = makeStore();
  const claim2 = b.accept(key('claim', 'the talks were frank'));
  assert.equal(b.annotation(claim2)!.links, undefined);
  const speaker2 = b.accept(key('speaker', 'Peskov'));
  assert.deepEqual(b.annotation(claim2)!.links, { speaker: speaker2 });
});

test('annotating a selection by hand makes a manual annotation; ids never collide', () => {
  const sidecar = emptySidecar('a.txt', '0'.repeat(64));
  sidecar.annotations.push({ id: 's7', label: 'speaker', ...span('Biden'), text: 'Biden', prefix: '', suffix: '', origin: 'manual', decision: 'accepted' });
  const store = makeStore(sidecar);
  const id = store.annotate('speaker', span('Peskov said').start, span('Peskov said').end);
  assert.equal(id, 's8');
  assert.equal(store.annotation(id)!.origin, 'manual');
  assert.equal(store.annotation(id)!.text, 'Peskov said');
  assert.throws(() => store.annotate('date', 3, 3), /Select some text/);
});

test('annotating exactly a suggested span accepts the suggestion instead of duplicating it', () => {
  const store = makeStore();
  const { start, end } = span('Tuesday');
  const id = store.annotate('date', start, end);
  assert.equal(store.annotation(id)!.origin, 'suggestion');
  assert.equal(store.annotations().length, 1);
});

test('editing attributes, linking and changing the label', () => {
  const store = makeStore();
  const date = store.editAttrs(key('date', 'Tuesday'), { value: '2021-12-07', note: '  ' });
  assert.deepEqual(store.annotation(date)!.attrs, { value: '2021-12-07' });
  const claim = store.link(key('claim', 'the talks were frank'), key('speaker', 'Biden'));
  const linked = store.annotation(claim)!.links!.speaker!;
  assert.equal(store.annotation(linked)!.text, 'Biden');
  assert.throws(() => store.link(date, linked), /Only claims/);
  const relabelled = store.changeLabel(key('speaker', 'Peskov'), 'claim');
  assert.equal(store.annotation(relabelled)!.label, 'claim');
  // the machine's speaker suggestion is remembered as rejected, so it does not come back
  assert.ok(!store.pendingSuggestions().some((s) => s.text === 'Peskov'));
});

test('rejecting or removing a speaker unlinks the claims attributed to it', () => {
  const store = makeStore();
  const speaker = store.accept(key('speaker', 'Peskov'));
  const claim = store.accept(key('claim', 'the talks were frank'));
  store.reject(speaker);
  assert.equal(store.annotation(claim)!.links, undefined);
  assert.equal(store.annotation(speaker)!.decision, 'rejected');
});

test('change events say whether the sidecar must be written', () => {
  const store = makeStore();
  const seen: string[] = [];
  store.onDidChange((c) => seen.push(`${c.kind}:${c.persist}`));
  store.accept(key('speaker', 'Biden'));
  store.setStatus('done');
  assert.deepEqual(seen, ['annotations:true', 'status:true']);
});

test('an edit that deletes an annotation’s text orphans it; it is still written, never dropped', () => {
  const store = makeStore();
  const id = store.accept(key('speaker', 'Biden'));
  const { start, end } = span('Biden said nothing.');
  const newText = cps.slice(0, start).join('') + cps.slice(end).join('');
  store.applyEdits([{ start, end, length: 0 }], newText);
  assert.equal(store.annotation(id)!.orphaned, true);
  assert.equal(store.orphans().length, 1);
  const out = store.toSidecar('0'.repeat(64));
  assert.equal(out.annotations.length, 1);
  assert.equal(out.annotations[0].text, 'Biden');
  assert.equal('orphaned' in out.annotations[0], false);
});

test('a large replacement that still holds an annotation’s text (the editor reloading the file) keeps it', () => {
  const store = makeStore();
  const id = store.accept(key('speaker', 'Biden'));
  const header = 'A new lead paragraph, long enough to count as a paste rather than typing. 🚨\n\n';
  const newText = header + text;
  // one edit replacing everything from the start to the end of the old text
  store.applyEdits([{ start: 0, end: cps.length, length: Array.from(newText).length }], newText);
  const a = store.annotation(id)!;
  assert.equal(a.orphaned, undefined);
  assert.equal(Array.from(newText).slice(a.start, a.end).join(''), 'Biden');
});

test('typing inside an annotation updates its text, and it stays updated on every later save', () => {
  const store = makeStore();
  const id = store.accept(key('speaker', 'Peskov'));
  const { start } = span('Peskov');
  const newText = cps.slice(0, start + 1).join('') + 'x' + cps.slice(start + 1).join('');
  store.applyEdits([{ start: start + 1, end: start + 1, length: 1 }], newText);
  for (let i = 0; i < 2; i++) {
    const a = store.toSidecar('0'.repeat(64)).annotations.find((x) => x.id === id)!;
    assert.equal(a.text, 'Pxeskov');
    assert.equal(a.end - a.start, 7);
  }
});
