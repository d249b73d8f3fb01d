// Runs in a fresh host into which the packaged .vsix was installed with
// `code-server --install-extension`, in an empty window (no folder open): what a researcher
// who just installed the extension gets, not the development folder.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { insertText, pageAvailable, pageEval, pressKey, waitForPage } from '../page';

const EXTENSION_ID = 'article-annotator.article-annotator';

function installed(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension;
}

suite('Installed from the .vsix', () => {
  test('the installed extension is loaded from the extensions folder and activates', async () => {
    const extension = installed();
    assert.match(extension.extensionUri.path, /\/extensions\/article-annotator\.article-annotator-[\d.]+$/, `loaded from ${extension.extensionUri.path}, not from the extensions folder`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('with no folder open, Open Seed Articles asks for a folder, copies the seeds there and opens the first', async function () {
    if (!pageAvailable()) {
      this.skip(); // the folder is chosen in the page
    }
    assert.equal(vscode.workspace.workspaceFolders, undefined, 'this suite runs in an empty window');
    const chosen = vscode.Uri.file(path.join(os.tmpdir(), `chosen-${Date.now()}`));
    await vscode.workspace.fs.createDirectory(chosen);

    const command = vscode.commands.executeCommand('articleAnnotator.openSeedArticles');
    // VS Code's folder picker (a quick input with a path box): type the folder, accept.
    await waitForPage<boolean>("!!document.querySelector('.quick-input-widget .quick-input-box input') && document.querySelector('.quick-input-widget').style.display !== 'none'", (shown) => shown);
    const title = await pageEval<string>("document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? ''");
    assert.match(title, /seed articles/i, 'the picker says what the folder is for');
    // Wait until the picker has shown its start folder, then replace the path as a user would.
    await waitForPage<string>("document.querySelector('.quick-input-widget .quick-input-box input').value", (value) => value.endsWith('/'));
    // Settled when it lists the (empty) chosen folder, only "..", and is no longer busy.
    const settled = `(() => {
      const widget = document.querySelector('.quick-input-widget');
      const rows = [...widget.querySelectorAll('.quick-input-list .monaco-list-row')].map((row) => row.textContent.trim());
      const busy = [...widget.querySelectorAll('.quick-input-progress .progress-bit')].some((bit) => bit.offsetParent !== null && getComputedStyle(bit).display !== 'none');
      return busy ? 'busy' : widget.querySelector('.quick-input-box input').value + ' | ' + rows.join(',');
    })()`;
    // The picker may still fill in its start folder after it first shows a path and overwrite what
    // was typed; a user would see that and type the path again.
    for (let attempt = 1; ; attempt++) {
      await pressKey('Control+A');
      await insertText(`${chosen.path}/`); // as pasted: one change, so the picker navigates once
      try {
        await waitForPage<string>(settled, (state) => state === `${chosen.path}/ | ..`, 8000);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    // In VS Code's path picker, Enter first goes to the typed folder if the picker is not showing it
    // yet, and accepts it once it is: press Enter until the picker closes, as a user would.
    const pickerState = `(() => {
      const widget = document.querySelector('.quick-input-widget');
      if (!widget || widget.style.display === 'none') return 'closed';
      return 'open: ' + widget.querySelector('.quick-input-box input').value;
    })()`;
    for (let attempt = 1; ; attempt++) {
      await pressKey('Enter');
      try {
        await waitForPage<string>(pickerState, (state) => state === 'closed', 3000);
        break;
      } catch (error) {
        const state = await pageEval<string>(pickerState);
        if (attempt === 3 || state !== `open: ${chosen.path}/`) {
          throw error;
        }
      }
    }
    await command;

    const copied = (await vscode.workspace.fs.readDirectory(chosen)).map(([name]) => name).sort();
    const bundled = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(installed().extensionUri, 'seeds'))).map(([name]) => name).sort();
    assert.deepEqual(copied, bundled);
    assert.equal(bundled.length, 5);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path, `${chosen.path}/${bundled[0]}`);
  });

  test('the installed extension holds no sources or tests', async () => {
    const top = (await vscode.workspace.fs.readDirectory(installed().extensionUri)).map(([name]) => name).sort();
    for (const name of ['src', 'test', 'node_modules', 'out', 'scripts']) {
      assert.ok(!top.includes(name), `${name}/ was shipped: ${top.join(', ')}`);
    }
  });
});
