import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('a name opened by initials after the verb keeps the initials, and "he" goes back to it', () => {
  const text = ['"The pumps failed again last night," said its treasurer R. Venkata Subramanian.', 'He said the committee would meet the collector on Friday.'].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['R. Venkata Subramanian', 'R. Venkata Subramanian'],
      ['He', 'R. Venkata Subramanian'],
    ],
    claims: [
      ['The pumps failed again last night', 'direct', 'R. Venkata Subramanian'],
      ['the committee would meet the collector on Friday', 'indirect', 'R. Venkata Subramanian'],
    ],
  });
});

test('a titled person after "the" is a person, and a later surname resolves to the full name with initials', () => {
  const text = [
    'Minister of the Interior M. Ilango told the Assembly that the canal would be desilted before June.',
    'Nurse Priya Devan said the ward had no fans.',
    '"We have waited three years for this," Mr. Ilango said.',
    'Later he said the contract would be signed within a week.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [
    ['M. Ilango', 'M. Ilango'],
    ['Priya Devan', 'Priya Devan'],
    ['Ilango', 'M. Ilango'],
    ['he', 'M. Ilango'],
  ]);
});

test('a quotation that sums something up ("dismissed it as", "described as", "called") is the speaker’s direct claim', () => {
  const text = [
    'Union secretary Ravi Menon dismissed the offer as "an insult to every driver in the depot". In a letter, he said talks would resume on Monday.',
    'Forecaster Ines Varga said the storm would bring heavy snow, which she described as "the worst in a decade" for the valley.',
    'Councillor Ada Brook has called the scheme "a waste of public money from start to finish".',
    'The so-called "friends of the park" met in the library on Sunday.',
  ].join('\n\n');
  const r = pairs(text);
  assert.deepEqual(r.speakers, [
    ['Ravi Menon', 'Ravi Menon'],
    ['he', 'Ravi Menon'],
    ['Ines Varga', 'Ines Varga'],
    ['she', 'Ines Varga'],
    ['Ada Brook', 'Ada Brook'],
  ]);
  assert.deepEqual(
    r.claims.filter((c) => c[1] !== 'assertion'),
    [
      ['an insult to every driver in the depot', 'direct', 'Ravi Menon'],
      ['talks would resume on Monday', 'indirect', 'Ravi Menon'],
      ['the storm would bring heavy snow', 'indirect', 'Ines Varga'],
      ['the worst in a decade', 'direct', 'Ines Varga'],
      ['a waste of public money from start to finish', 'direct', 'Ada Brook'],
    ],
  );
});

test('"said the Harbour Hawks assistant coach, Name": a role named by its team, then the name in apposition, is the speaker', () => {
  const text = ['"We switched off at the restarts," said the Harbour Hawks assistant coach, Lena Sorvik. "That cost us the game."', 'Sorvik confirmed that the winger would miss the final.'].join('\n\n');
  assert.deepEqual(pairs(text), {
    speakers: [
      ['Lena Sorvik', 'Lena Sorvik'],
      ['Sorvik', 'Lena Sorvik'],
    ],
    claims: [
      ['We switched off at the restarts', 'direct', 'Lena Sorvik'],
      ['That cost us the game', 'direct', 'Lena Sorvik'],
      ['the winger would miss the final', 'indirect', 'Lena Sorvik'],
    ],
  });
});
