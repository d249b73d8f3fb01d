import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, pairs, speakerOf } from './suggestQueries';

test('names with lower-case particles keep the whole name, in every position', () => {
  const text = [
    'Bord na Gaeilge said the new signs would be in place by the autumn.',
    'Commissioner Liesel von der Brugge said the fund would double next year.',
    '“We will appeal,” said coach Mateo de la Fuente.',
    'Imam Yusuf al-Rashidi told worshippers the mosque would reopen on Friday.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Bord na Gaeilge', 'Bord na Gaeilge'],
    ['Liesel von der Brugge', 'Liesel von der Brugge'],
    ['Mateo de la Fuente', 'Mateo de la Fuente'],
    ['Yusuf al-Rashidi', 'Yusuf al-Rashidi'],
  ]);
  assert.equal(of(r, 'claim').filter((c) => speakerOf(r, c) !== undefined).length, 4);
});

test('a later short form with a particle, or after a sentence adverb, resolves to the full name', () => {
  const text = [
    'Economist Piet van den Berg said inflation would stay above target until next spring.',
    'Later van den Berg said the central bank had waited too long.',
    'Trainer Rosa de la Vega said the horse had recovered from its injury.',
    'De la Vega said it would run in the autumn cup.',
  ].join('\n\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Piet van den Berg', 'Piet van den Berg'],
    ['van den Berg', 'Piet van den Berg'],
    ['Rosa de la Vega', 'Rosa de la Vega'],
    ['De la Vega', 'Rosa de la Vega'],
  ]);
});

test('a surname written without its joined Arabic article ("Masri" after "Yusra el-Masri") is the full name', () => {
  const text = [
    'Harbour reopens',
    '',
    'Colonel Yusra el-Masri, who runs the coastguard station at Salalah, said two fishing boats had been towed in.',
    '',
    '"The sea is calm again," Masri told reporters on Sunday.',
    '',
    'Port director Omar al-Zadjali said cargo ships would dock from Monday. Zadjali said the berths had been dredged.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Yusra el-Masri', 'Yusra el-Masri'],
    ['Masri', 'Yusra el-Masri'],
    ['Omar al-Zadjali', 'Omar al-Zadjali'],
    ['Zadjali', 'Omar al-Zadjali'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'direct'), [['The sea is calm again', 'direct', 'Yusra el-Masri']]);
});

test('a title and the first name ("Sheikh Hamad") stand for a long name with "bin" and "al-" written once, in a sentence no one speaks in', () => {
  const text = [
    'Mediator returns',
    '',
    "Oman's deputy foreign minister, Sheikh Hamad bin Khalid al-Busaidi, flew to Aden on Sunday for a third round of talks.",
    '',
    '"We are not there yet," Sheikh Hamad told reporters at the airport.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [['Hamad', 'Hamad bin Khalid al-Busaidi']]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind === 'direct'), [['We are not there yet', 'direct', 'Hamad bin Khalid al-Busaidi']]);
});

test('"wa" inside a Kenyan name and "Al" written apart in a Gulf name are particles: the short forms find the full name', () => {
  const text = [
    'Aid talks',
    '',
    'Kenyan envoy Njeri wa Mwangi said the grain had arrived late. Ms Mwangi said the rest was promised for May.',
    '',
    'Saud bin Faisal Al Qahtani, the foreign minister, said the region needed calm. "The door is open," Sheikh Saud said.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Njeri wa Mwangi', 'Njeri wa Mwangi'],
    ['Mwangi', 'Njeri wa Mwangi'],
    ['Saud bin Faisal Al Qahtani', 'Saud bin Faisal Al Qahtani'],
    ['Saud', 'Saud bin Faisal Al Qahtani'],
  ]);
});

test('the Welsh "ap" is a name particle: "Cllr ap Rhys" and "Ap Rhys" at a sentence\'s start are the councillor, not an agency', () => {
  const text = [
    'Bus depot to close',
    '',
    'Cllr Gwenllian ap Dafydd, who chairs the transport committee, said the depot would shut in April. Cllr ap Dafydd said drivers would move to Wrexham.',
    '',
    'Ap Dafydd said the decision had been hard.',
  ].join('\n') + '\n';
  assert.deepEqual(pairs(text).speakers, [
    ['Gwenllian ap Dafydd', 'Gwenllian ap Dafydd'],
    ['ap Dafydd', 'Gwenllian ap Dafydd'],
    ['Ap Dafydd', 'Gwenllian ap Dafydd'],
  ]);
});
