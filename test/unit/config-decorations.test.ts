// What the editor draws under a team configuration: a declared project label gets ranges of its own
// (so its own colour), an undeclared one falls back to the shared "other" style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelNames, parseConfig } from '../../src/core/config/config';
import { AnnotationStore } from '../../src/core/store/annotationStore';
import { planDecorations } from '../../src/core/store/decorationPlan';
import { emptySidecar } from '../../src/core/sidecar/sidecar';

const text = 'Gazprom and TASS met the Kremlin on Monday.';

function store(): AnnotationStore {
  const s = new AnnotationStore({ text, sidecar: emptySidecar('a.txt', '0'.repeat(64)), suggestions: { meta: {}, boilerplate: [], suggestions: [] } });
  s.annotate('organisation', 0, 7);
  s.annotate('agency', 12, 16);
  s.annotate('speaker', 21, 32);
  return s;
}

test('a declared project label is drawn under its own key; an undeclared one under "other"', () => {
  const { config } = parseConfig('labels:\n  - name: organisation\n    color: "#00aa55"\n');
  const plan = planDecorations(store(), { showSuggestions: true, showRejected: false }, labelNames(config));
  assert.deepEqual(plan.ranges.get('organisation:accepted'), [0, 7]);
  assert.deepEqual(plan.ranges.get('other:accepted'), [12, 16]);
  assert.deepEqual(plan.ranges.get('speaker:accepted'), [21, 32]);
});

test('without a configuration every project label shares the "other" style, as before', () => {
  const plan = planDecorations(store(), { showSuggestions: true, showRejected: false });
  assert.equal(plan.ranges.get('organisation:accepted'), undefined);
  assert.deepEqual(plan.ranges.get('other:accepted'), [0, 7, 12, 16]);
});
