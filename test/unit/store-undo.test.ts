import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotationStore } from '../../src/core/store/annotationStore';
import { suggestionKey } from '../../src/core/store/storeItem';
import { emptySidecar } from '../../src/core/sidecar/sidecar';
import { codePointLength } from '../../src/core/offsets';

const text = 'Peskov said 🇷🇺 talks went well. Biden agreed.';

function store(): AnnotationStore {
  return new AnnotationStore({
    text,
    sidecar: emptySidecar('a.txt', '0'.repeat(64)),
    suggestions: {
      meta: {},
      boilerplate: [],
      suggestions: [{ id: 's1', label: 'speaker', start: 0, end: 6, text: 'Peskov', attrs: {}, score: 1, rule: 't' }],
    },
  });
}

test('undo and redo walk back and forth through annotation changes and status', () => {
  const s = store();
  const id = s.accept(suggestionKey('speaker', 0, 6));
  s.setStatus('in-progress');
  assert.equal(s.undo(), 'Mark article in-progress');
  assert.equal(s.status, 'todo');
  assert.match(s.undo()!, /Accept speaker “Peskov”/);
  assert.equal(s.annotation(id), undefined);
  assert.equal(s.pendingSuggestions().length, 1);
  assert.equal(s.undo(), undefined);
  s.redo();
  assert.equal(s.annotation(id)!.decision, 'accepted');
  s.redo();
  assert.equal(s.status, 'in-progress');
});

test('a new change after undo clears the redo stack', () => {
  const s = store();
  s.accept(suggestionKey('speaker', 0, 6));
  s.undo();
  s.annotate('speaker', 33, 38);
  assert.equal(s.canRedo, false);
});

test('undo after typing above an annotation restores it at its moved position', () => {
  const s = store();
  const id = s.annotate('speaker', codePointLength('Peskov said 🇷🇺 talks went well. '), codePointLength('Peskov said 🇷🇺 talks went well. Biden'));
  s.remove(id);
  const insert = 'Update 😀: ';
  s.applyEdits([{ start: 0, end: 0, length: codePointLength(insert) }], insert + text);
  s.undo();
  const a = s.annotation(id)!;
  assert.equal(Array.from(insert + text).slice(a.start, a.end).join(''), 'Biden');
});

test('undo and redo after typing inside and next to an annotation give it the current text and context', () => {
  const s = store();
  const id = s.accept(suggestionKey('speaker', 0, 6));
  s.editAttrs(id, { name: 'Dmitry Peskov' });
  // typed inside the name and right after it, after the attribute edit
  const edited = 'Pesxkov! said 🇷🇺 talks went well. Biden agreed.';
  s.applyEdits([{ start: 3, end: 3, length: 1 }], 'Pesxkov said 🇷🇺 talks went well. Biden agreed.');
  s.applyEdits([{ start: 7, end: 7, length: 1 }], edited);
  s.toSidecar('0'.repeat(64));
  s.undo();
  const undone = s.annotation(id)!;
  assert.equal(undone.attrs, undefined);
  assert.deepEqual([undone.start, undone.end, undone.text], [0, 7, 'Pesxkov']);
  assert.match(undone.suffix ?? '', /^! said/);
  s.redo();
  const redone = s.toSidecar('0'.repeat(64)).annotations.find((a) => a.id === id)!;
  assert.deepEqual(redone.attrs, { name: 'Dmitry Peskov' });
  assert.equal(redone.text, 'Pesxkov');
  assert.match(redone.suffix ?? '', /^! said/);
});

test('the Undo key reaches annotation changes newer than the last text edit first, then the text', () => {
  const s = store();
  assert.equal(s.undoBeforeText, false, 'nothing to undo yet: Undo is the text editor’s');
  const id = s.accept(suggestionKey('speaker', 0, 6));
  assert.equal(s.undoBeforeText, true, 'the accept is the newest change');
  const insert = 'Update: ';
  s.applyEdits([{ start: 0, end: 0, length: codePointLength(insert) }], insert + text);
  assert.equal(s.undoBeforeText, false, 'the typing is newer than the accept: Undo goes to the text');
  s.setStatus('in-progress');
  assert.equal(s.undoBeforeText, true);
  s.undo();
  assert.equal(s.undoBeforeText, false, 'back at the typing: the accept before it stays until the explicit command');
  assert.equal(s.redoBeforeText, true, 'Redo brings the status back');
  s.redo();
  assert.equal(s.redoBeforeText, false);
  s.undo();
  s.applyEdits([{ start: 0, end: 0, length: 1 }], `X${insert}${text}`);
  assert.equal(s.redoBeforeText, false, 'typing after an undo: Redo belongs to the text again');
  assert.equal(s.canRedo, true, 'the undone change can still be redone by the explicit command');
  assert.equal(s.undo(), 'Accept speaker “Peskov”');
  assert.equal(s.annotation(id), undefined);
});
