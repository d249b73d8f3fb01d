import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('a first name alone in the body takes the full name the headline gives', () => {
  const text = [
    'Juniper Okafor cancels arena tour after vocal strain',
    'The tour was due to start in Cardiff next week.',
    'In a message to fans, Juniper wrote: "I hate letting you down but my doctors have told me to rest."',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [['Juniper', 'Juniper Okafor']]);
});

test('a name opening the story in capitals is the same person as the later surname', () => {
  const text = [
    'Chart star in studio row',
    'JUNIPER Okafor has walked out of her recording sessions in Bristol.',
    '"The budget was cut without anyone asking me," Okafor said.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [['Okafor', 'Juniper Okafor']]);
});

test('the title of a song or an album is not who "she" stands for', () => {
  const text = [
    'Singer cancels shows',
    'Nia Okafor has pulled out of the Riverside festival.',
    'The singer, whose album Silver Rivers topped the charts in May, was due to headline on Saturday.',
    'But she told fans on Sunday that she needed time to recover.',
  ].join('\n\n');
  assert.deepEqual(pairs(text).speakers, [['she', 'Nia Okafor']]);
});

test('a standfirst under the headline without a full stop ("Swimmers say …") gives no claim and no speaker', () => {
  const p = pairs('Harbour pool could close for good as council opens consultation\nSwimmers say losing the pool would leave the town with nothing to do in winter\n\nBy Jo Bell, Local Reporter\n\nThe council said on Monday that the pool cost too much to run. Swimmers said the decision would hit older residents hardest.\n');
  assert.deepEqual(p.speakers.map(([text]) => text), ['The council', 'Swimmers']);
  assert.deepEqual(p.claims.map((c) => c[0]), ['the pool cost too much to run', 'the decision would hit older residents hardest']);
});

test('a weather box under the headline ("H: 55° L: 37°") gives no speaker "H"', () => {
  const { speakers } = pairs('Barn fire closes road near Kelso\nH: 61° L: 44°\n\nA barn fire closed the B6352 on Monday, firefighters said.\n');
  assert.ok(!speakers.some(([s]) => s === 'H' || s === 'L'), JSON.stringify(speakers));
});
