// Which files are articles and where their sidecars go, under annotator.config.yaml (SPEC section 6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, parseConfig } from '../../src/core/config/config';
import { corpusLayout } from '../../src/core/config/corpusLayout';
import { compileGlob, globProblem } from '../../src/core/config/glob';

test('globs: * stays in a segment, ** spans folders, ? [] {} as in shells', () => {
  const cases: Array<[string, string, boolean]> = [
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'a/b/c.txt', true],
    ['**/*.txt', 'a/b/c.txt.annotations.yaml', false],
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a/b.txt', false],
    ['news/*.txt', 'news/x.txt', true],
    ['news/*.txt', 'news/2021/x.txt', false],
    ['news/**/*.txt', 'news/x.txt', true],
    ['news/**/*.txt', 'news/2021/12/x.txt', true],
    ['news/**', 'news/2021/x.txt', true],
    ['news/**', 'newsletter/x.txt', false],
    ['dataset/', 'dataset/a.txt', true],
    ['**/node_modules/**', 'node_modules/a.txt', true],
    ['**/node_modules/**', 'x/node_modules/y/a.txt', true],
    ['**/node_modules/**', 'x/node_modulesX/a.txt', false],
    ['art?cle.txt', 'article.txt', true],
    ['art?cle.txt', 'art/cle.txt', false],
    ['[0-9]*.txt', '000_x.txt', true],
    ['[0-9]*.txt', 'a.txt', false],
    ['[!0-9]*.txt', 'a.txt', true],
    ['**/*.{txt,md}', 'a/b.md', true],
    ['**/*.{txt,md}', 'a/b.html', false],
    ['{news,blogs/{a,b}}/*.txt', 'blogs/b/x.txt', true],
    ['{news,blogs/{a,b}}/*.txt', 'blogs/c/x.txt', false],
    ['a+b (1).txt', 'a+b (1).txt', true],
    ['**/*.TXT', 'a.txt', false],
    ['**/Ukraine €.txt', 'x/Ukraine €.txt', true],
  ];
  for (const [pattern, path, expected] of cases) assert.equal(compileGlob(pattern)(path), expected, `${pattern} ~ ${path}`);
  assert.equal(globProblem('**/*.txt'), undefined);
  assert.match(globProblem('a\\b.txt')!, /separate folders with "\/"/);
  assert.match(globProblem('../x/*.txt')!, /cannot leave the corpus root/);
  assert.match(globProblem('[abc.txt')!, /without its "]"/);
});

test('without a config file the articles are exactly the *.txt files outside node_modules, sidecars next to them', () => {
  const layout = corpusLayout(defaultConfig());
  const expected: [string, boolean][] = [
    ['a.txt', true],
    ['x/B.TXT', true],
    ['node_modules/a.txt', false],
    ['a/node_modules/b.txt', false],
    ['.txt', false],
    ['a.txt.annotations.yaml', false],
    ['a.md', false],
    ['seeds-sample/000_x.txt', true],
  ];
  for (const [path, article] of expected) assert.equal(layout.isArticle(path), article, path);
  assert.equal(layout.sidecarPath('a/b.txt'), 'a/b.txt.annotations.yaml');
  assert.equal(layout.articlePath('a/b.txt.annotations.yaml'), 'a/b.txt');
  assert.equal(layout.articlePath('a/b.txt'), undefined);
});

test('include and exclude globs decide the articles; node_modules, sidecars and the sidecar folder never are', () => {
  const { config } = parseConfig('articles:\n  include: ["news/**/*.txt", "blogs/*.txt"]\n  exclude: ["**/draft-*"]\nsidecars: annotations\n');
  const layout = corpusLayout(config);
  const expected: Record<string, boolean> = {
    'news/a.txt': true,
    'news/2021/b.txt': true,
    'news/2021/draft-b.txt': false,
    'blogs/c.txt': true,
    'blogs/old/c.txt': false,
    'top.txt': false,
    'news/node_modules/x.txt': false,
    'news/a.txt.annotations.yaml': false,
  };
  for (const [path, value] of Object.entries(expected)) assert.equal(layout.isArticle(path), value, path);
  const all = corpusLayout(parseConfig('articles:\n  include: "**"\nsidecars: annotations/\n').config);
  assert.equal(all.isArticle('notes.md'), true);
  assert.equal(all.isArticle('annotations/notes.md'), false, 'nothing in the sidecar folder is an article');
});

test('a sidecar folder mirrors the article tree, and maps back', () => {
  const layout = corpusLayout(parseConfig('sidecars: data/annotations/\n').config);
  assert.equal(layout.sidecarFolder, 'data/annotations');
  assert.equal(layout.sidecarPath('a/b.txt'), 'data/annotations/a/b.txt.annotations.yaml');
  assert.equal(layout.sidecarPath('b.txt'), 'data/annotations/b.txt.annotations.yaml');
  assert.equal(layout.articlePath('data/annotations/a/b.txt.annotations.yaml'), 'a/b.txt');
  assert.equal(layout.articlePath('a/b.txt.annotations.yaml'), undefined, 'a sidecar outside the folder is not one of this corpus');
  assert.equal(layout.articlePath('data/annotations/.annotations.yaml'), undefined);
});
