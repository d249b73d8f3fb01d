import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { speakerOf } from './suggestQueries';

const claims = (text: string): [string, string, string | undefined][] => {
  const r = suggest(text);
  return r.suggestions.filter((s) => s.label === 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]);
};
const find = (all: [string, string, string | undefined][], start: string): [string, string, string | undefined] | undefined => all.find((c) => c[0].startsWith(start));

test('"according to the force" credits the police named on the page', () => {
  const all = claims(
    [
      'Sergeant Tariq Noor of Elmshire Constabulary gave evidence at the inquest on Monday.',
      'Some 41 drivers were caught on mobile phones on the bypass in March, according to the force.',
    ].join('\n\n'),
  );
  assert.deepEqual(find(all, 'Some 41 drivers'), ['Some 41 drivers were caught on mobile phones on the bypass in March', 'indirect', 'Elmshire Constabulary']);
});

test('"the researchers" who estimated something are its speaker', () => {
  const all = claims('Scientists at two universities studied river temperatures for a decade.\n\nThe researchers estimated that trout numbers had fallen by a third since 2015.\n');
  assert.deepEqual(find(all, 'trout numbers'), ['trout numbers had fallen by a third since 2015', 'indirect', 'researchers']);
});

test('a speaker with a long description between commas still speaks the clause after "said"', () => {
  const all = claims(
    'The report was published on Tuesday.\n\nDr Hannah Lowther, a senior lecturer in hydrology at the University of Dundee who has studied the catchment for two decades, said the model was “careful and, to be honest, sobering”.\n',
  );
  assert.equal(find(all, 'the model was')?.[2], 'Hannah Lowther');
});

test('a quotation after "Name was blunt:" belongs to the subject; "on X:" is a channel, not a speaker', () => {
  const r = suggest(
    [
      'Harriers beaten again at home',
      'Harriers lost 4-0 at home on Saturday, their fifth defeat in a row.',
      'Harriers manager Tomas Lund was furious: «We gave away three goals in ten minutes and that is on me.»',
      'Culture Secretary Ana Ribeiro reacted on X: «Booing a minute of silence is a disgrace to any club.»',
    ].join('\n\n'),
  );
  const direct = r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind === 'direct');
  assert.deepEqual(direct.map((c) => speakerOf(r, c)), ['Tomas Lund', 'Ana Ribeiro']);
  assert.ok(!r.suggestions.some((s) => s.label === 'speaker' && s.attrs.name === 'X'));
});

test('a headline ending ", says NAME" is that person’s claim', () => {
  const r = suggest('The harbour wall will not survive another winter, says Kettering\n\nEngineer Ruth Kettering inspected the wall on Friday.\n');
  const headline = r.suggestions.find((s) => s.label === 'claim' && s.text.startsWith('The harbour wall'));
  assert.ok(headline !== undefined);
  assert.equal(speakerOf(r, headline), 'Ruth Kettering');
});

test('"Modified:" and "Weather:" lines are page labels, not speakers', () => {
  const r = suggest('Storm closes ferry routes\n\nModified: 12/02/2025 - 08:15\n\nWeather: gales and heavy rain until Thursday\n\nAll ferries to the islands were cancelled on Wednesday, the operator said.\n');
  const names = r.suggestions.filter((s) => s.label === 'speaker').map((s) => s.attrs.name);
  assert.ok(!names.includes('Modified') && !names.includes('Weather'), JSON.stringify(names));
});

test('a document with no named author is not a speaker; its sentence stays the article’s assertion', () => {
  const r = suggest('Coastal erosion report\n\nCliffs on the east coast are retreating twice as fast as in the 1990s, according to the study published on Monday.\n');
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'speaker'), []);
  const claim = r.suggestions.find((s) => s.label === 'claim');
  assert.equal(claim?.attrs.kind, 'assertion');
});

test('"added" with a noun object is scoring, not speaking', () => {
  const all = claims('Cup tie report\n\nRovers led 1-0 at the break, and substitute Kai Osei added a second goal in the 60th minute.\n\nOsei added that the team still needed a new goalkeeper.\n');
  // (the scoring sentence is two clauses, each the article's own assertion)
  assert.deepEqual(all.map((c) => c[2]), [undefined, undefined, 'Kai Osei']);
});

test('a link to a video with its running time is neither a speaker nor a claim', () => {
  const r = suggest('Harbour festival returns\n\nThe harbour festival drew 20,000 visitors on Saturday, the organisers said.\n\nMore videos\n\nMayor Ortiz: “Best crowd we have ever had” (2:37)\n\nFireworks over the marina (1:05)\n');
  assert.ok(!r.suggestions.some((s) => s.label === 'speaker' && /Ortiz/.test(s.attrs.name)));
  assert.ok(!r.suggestions.some((s) => s.label === 'claim' && s.text.includes('Best crowd')));
});
