import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { pageAvailable, pageEval } from './page';

const EXTENSION_ID = 'article-annotator.article-annotator';

suite('Foundation', () => {
  test('the extension activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this host`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('the page endpoint sees the workbench', async function () {
    if (!pageAvailable()) {
      this.skip();
    }
    const title = await pageEval<string>('document.title');
    assert.match(title, /Visual Studio Code|code-server/);
  });
});
