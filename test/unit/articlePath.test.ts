import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isArticlePath } from '../../src/core/articlePath';

test('a .txt file anywhere in the workspace is an article', () => {
  assert.equal(isArticlePath('000_5dcf652f0b54eb45.txt'), true);
  assert.equal(isArticlePath('seeds-sample/001_317953381623db30.txt'), true);
  assert.equal(isArticlePath('corpus/2021/Report.TXT'), true);
});

test('sidecars, other files and node_modules are not articles', () => {
  assert.equal(isArticlePath('seeds-sample/001.txt.annotations.yaml'), false);
  assert.equal(isArticlePath('notes.md'), false);
  assert.equal(isArticlePath('node_modules/pkg/README.txt'), false);
  assert.equal(isArticlePath('.txt'), false);
});

test('a path outside the workspace folder is not an article', () => {
  assert.equal(isArticlePath('../elsewhere/article.txt'), false);
  assert.equal(isArticlePath('/tmp/article.txt'), false);
});
