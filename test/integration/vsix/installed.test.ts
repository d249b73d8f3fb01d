// Runs in a fresh host into which the packaged .vsix was installed with
// `code-server --install-extension`: what a researcher gets, not the development folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'article-annotator.article-annotator';

suite('Installed from the .vsix', () => {
  test('the installed extension activates and opens the seed articles', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.match(extension.extensionUri.path, /\/extensions\/article-annotator\.article-annotator-[\d.]+$/, `loaded from ${extension.extensionUri.path}, not from the extensions folder`);
    await extension.activate();
    assert.equal(extension.isActive, true);

    await vscode.commands.executeCommand('articleAnnotator.openSeedArticles');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const copied = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder.uri, 'seeds-sample'))).map(([name]) => name);
    assert.equal(copied.filter((name) => name.endsWith('.txt')).length, 5);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.endsWith(`seeds-sample/${copied.sort()[0]}`), true);
  });

  test('the installed extension holds no sources or tests', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const top = (await vscode.workspace.fs.readDirectory(extension.extensionUri)).map(([name]) => name).sort();
    for (const name of ['src', 'test', 'node_modules', 'out', 'scripts']) {
      assert.ok(!top.includes(name), `${name}/ was shipped: ${top.join(', ')}`);
    }
  });
});
