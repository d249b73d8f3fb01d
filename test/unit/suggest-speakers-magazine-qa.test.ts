import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('a magazine Q&A: the magazine-name label asks, the surname label answers as the full name', () => {
  const text = [
    'Harbour & Hull',
    '',
    'Lars Okonkwo-Berg has built wooden boats in Tromsø for thirty years. We met him at his yard in March.',
    '',
    'Harbour: Why wood, still?',
    'Okonkwo-Berg: Because it can be mended. A plastic hull that cracks goes to the tip.',
    'Harbour: Do young people want to learn the trade?',
    'Okonkwo-Berg: More than ten years ago. I have three apprentices now, and two of them are women.',
    'Harbour: You once sailed to Iceland. Would you do it again?',
    'Okonkwo-Berg: Only in July.',
    '',
  ].join('\n');
  const r = suggest(text);
  const turns = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn');
  assert.equal(turns.length, 3);
  for (const c of turns) {
    assert.equal(c.attrs.kind, 'direct');
    assert.equal(speakerOf(r, c), 'Lars Okonkwo-Berg');
  }
  assert.ok(turns[0].text.startsWith('Because it can be mended'));
  assert.ok(!of(r, 'speaker').some((s) => s.text === 'Harbour'), 'the interviewer is no speaker');
  assert.ok(!of(r, 'claim').some((c) => c.text.includes('Why wood') || c.text.includes('Iceland')), 'questions are no claims');
});

test('one-word labels that come back rarely are headings, not turns', () => {
  const text = [
    'What to pack for a winter hike',
    '',
    'Boots: Waterproof, broken in, with room for thick socks.',
    'Layers: Wool next to the skin, then fleece, then a shell.',
    'Food: More than you think. Cold burns energy.',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.ok(!of(r, 'claim').some((c) => c.rule === 'claim.transcript-turn'));
  assert.ok(!of(r, 'speaker').some((s) => ['Boots', 'Layers', 'Food'].includes(s.text)));
});

test('a short Q&A with no introduction: two one-word labels taking turns', () => {
  const text = ['Tamsin: How long have you sailed?', 'Okoro: Since I was six.', 'Tamsin: Alone?', 'Okoro: Mostly with my uncle, on the lagoon.', 'Okoro: He taught me to read the wind.'].join('\n');
  const r = suggest(text);
  const turns = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn');
  assert.deepEqual(turns.map((c) => c.text), ['Since I was six', 'Mostly with my uncle, on the lagoon', 'He taught me to read the wind']);
  assert.ok(turns.every((c) => speakerOf(r, c) === 'Okoro'));
});

test('a match report with repeated one-word labels that ask nothing is no transcript', () => {
  const text = [
    'Rovers 2 Albion 1',
    '',
    'Goal: Okafor heads in from a corner after 12 minutes.',
    'Substitution: Albion replace the injured Marsh with Teale.',
    'Goal: Teale levels with a low shot on the hour.',
    'Substitution: Rovers bring on Dunne for the tiring Ibe.',
    'Goal: Dunne wins it in stoppage time.',
  ].join('\n');
  const r = suggest(text);
  assert.ok(!of(r, 'claim').some((c) => c.rule === 'claim.transcript-turn'));
  assert.ok(!of(r, 'speaker').some((s) => s.text === 'Goal' || s.text === 'Substitution'));
});

test('a magazine Q&A whose questions are plain lines: the surname label answers, the questions give no claims', () => {
  const text = [
    'Ridgeline Monthly',
    '',
    'For two winters Tobiah Ruskova mapped the caves under the Velebit range. Ruskova, 52, is a speleologist at a museum in Zagreb.',
    '',
    'What drew you underground?',
    'Ruskova: My father kept bats in the attic. The dark never frightened me.',
    '',
    'The maps take years to draw. Why bother?',
    'Ruskova: Because nobody else will, and the water under those hills feeds three towns.',
    '',
    'Is the work dangerous?',
    'Ruskova: Less than driving to it.',
    '',
  ].join('\n');
  const r = suggest(text);
  const turns = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn');
  assert.deepEqual(turns.map((c) => c.text), ['My father kept bats in the attic. The dark never frightened me', 'Because nobody else will, and the water under those hills feeds three towns', 'Less than driving to it']);
  assert.ok(turns.every((c) => c.attrs.kind === 'direct' && speakerOf(r, c) === 'Tobiah Ruskova'));
  assert.ok(!of(r, 'claim').some((c) => /drew you|years to draw|dangerous/.test(c.text)), 'the questions are no claims');
});

test('a plain-line question above a name label only once is no Q&A', () => {
  const text = ['Spring fair', '', 'Who is running the cake stall?', 'Volunteers: Ask at the gate from ten.', '', 'Parking: The school field opens at nine.', ''].join('\n');
  const r = suggest(text);
  assert.ok(!of(r, 'claim').some((c) => c.rule === 'claim.transcript-turn'));
});

test('a name label with a plain-line question above fewer than half of its lines is no Q&A, for its first line as for the others', () => {
  const lines = ['Orchard notes', ''];
  for (let k = 0; k < 7; k++) {
    lines.push(k % 2 === 1 && k < 6 ? `Which pear did you graft in row ${k}?` : `Row ${k} was pruned in the autumn.`);
    lines.push(`Marwick: The grafts in row ${k} took well after the frost.`, '');
  }
  const r = suggest(lines.join('\n'));
  assert.deepEqual(of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn').map((c) => c.text), []);
});
