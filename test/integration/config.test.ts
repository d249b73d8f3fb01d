// The team configuration annotator.config.yaml (SPEC section 6) in a real VS Code: a corpus folder
// with its own configuration (article globs, a sidecar folder, a project label with a colour, a
// shortcut and attributes). The label is annotated through the command and through the picker by its
// shortcut, saved in the configured sidecar folder and drawn in its colour; a file outside the globs is
// not an article; an invalid configuration is reported in the Problems panel while the last valid one
// stays in force. The corpus is a subfolder of the shared workspace, so other suites keep the defaults.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { pageAvailable, pageEval, pressKey, screenshot, typeText, waitForPage } from './page';
import { readText, run, waitFor } from './host';

const EXTENSION_ID = 'article-annotator.article-annotator';
const SEED = '000_5dcf652f0b54eb45.txt';
const ORGANISATION_RGB = 'rgb(0, 170, 85)';

const CONFIG = `# annotator.config.yaml of the integration test
version: 1
articles:
  include: ["news/**/*.txt"]
sidecars: annotations/
labels:
  - name: speaker
    shortcut: s
  - name: organisation
    color: "#00aa55"
    shortcut: o
    description: A company, a ministry, an NGO
    attributes:
      - name: type
        values: [company, government, ngo]
`;

interface StoredSidecar {
  annotations: { id: string; label: string; text: string; attrs?: Record<string, string> }[];
}

const encoder = new TextEncoder();

function select(editor: vscode.TextEditor, needle: string): void {
  const at = editor.document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in the article`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + needle.length));
}

/** Decorated spans whose solid border is the organisation colour of the configuration. */
const ORGANISATION_SPANS = `[...document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]')]
  .filter((el) => { const s = getComputedStyle(el); return s.borderTopStyle === 'solid' && s.borderTopColor === '${ORGANISATION_RGB}'; }).length`;

/** The rows of the open quick pick: label and description. */
const PICKER_ROWS = `(() => {
  const widget = document.querySelector('.quick-input-widget');
  if (!widget || widget.style.display === 'none') return [];
  return [...widget.querySelectorAll('.quick-input-list .monaco-list-row')].map((row) => ({
    label: (row.querySelector('.label-name') || row).textContent.trim(),
    description: (row.querySelector('.label-description') || { textContent: '' }).textContent.trim(),
  }));
})()`;

suite('Team configuration', function () {
  this.timeout(60_000);
  let corpus: vscode.Uri;
  let configUri: vscode.Uri;
  let article: vscode.Uri;
  let sidecar: vscode.Uri;
  let editor: vscode.TextEditor;

  const readSidecar = async (): Promise<StoredSidecar | undefined> => {
    const text = await readText(sidecar);
    return text === undefined ? undefined : (parse(text) as StoredSidecar);
  };

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    const root = vscode.workspace.workspaceFolders![0].uri;
    corpus = vscode.Uri.joinPath(root, `config-${Date.now().toString(36)}`);
    configUri = vscode.Uri.joinPath(corpus, 'annotator.config.yaml');
    article = vscode.Uri.joinPath(corpus, 'news', SEED);
    sidecar = vscode.Uri.joinPath(corpus, 'annotations', 'news', `${SEED}.annotations.yaml`);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(corpus, 'news'));
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extension.extensionUri, 'seeds', SEED), article);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(corpus, 'notes.txt'), encoder.encode('Team notes: not an article.\n'));
    await vscode.workspace.fs.writeFile(configUri, encoder.encode(CONFIG));
    assert.ok(((await run('reloadConfiguration')) as number) >= 1, 'the configuration is in force');
    editor = await vscode.window.showTextDocument(article, { preview: false });
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(corpus, { recursive: true }).then(undefined, () => undefined);
    await run('reloadConfiguration');
  });

  test('a project label is annotated, saved in the configured sidecar folder and drawn in its colour', async function () {
    select(editor, 'the Kremlin');
    const id = (await run('annotateSelection', { label: 'organisation', attrs: { type: 'government' } })) as string;
    assert.ok(id, 'the annotation was made');
    const stored = await waitFor('the sidecar in annotations/', readSidecar);
    const annotation = stored.annotations.find((a) => a.id === id)!;
    assert.equal(annotation.label, 'organisation');
    assert.equal(annotation.text, 'the Kremlin');
    assert.deepEqual(annotation.attrs, { type: 'government' });
    assert.equal(await readText(article.with({ path: `${article.path}.annotations.yaml` })), undefined, 'no sidecar next to the article');
    if (!pageAvailable()) return;
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
    await waitForPage<number>(ORGANISATION_SPANS, (n) => n > 0);
    await screenshot('config-project-label');
  });

  test('the label picker shows the project label with its shortcut; typing the shortcut picks it, then its values are offered', async function () {
    if (!pageAvailable()) this.skip();
    select(editor, 'G20');
    const pending = run('annotateSelection') as Thenable<string | undefined>;
    const rows = await waitForPage<{ label: string; description: string }[]>(PICKER_ROWS, (r) => r.some((row) => row.label === 'organisation'));
    assert.deepEqual(rows.map((r) => r.label).slice(0, 4), ['speaker', 'date', 'claim', 'organisation']);
    assert.equal(rows.find((r) => r.label === 'organisation')!.description, '(o)');
    await typeText('o');
    await waitForPage<{ label: string }[]>(PICKER_ROWS, (r) => r.some((row) => row.label === 'government'));
    await typeText('ngo');
    await waitForPage<{ label: string }[]>(PICKER_ROWS, (r) => r.length === 1 && r[0].label === 'ngo');
    await pressKey('Enter');
    const id = await pending;
    assert.ok(id);
    const annotation = (await readSidecar())!.annotations.find((a) => a.id === id)!;
    assert.deepEqual([annotation.label, annotation.text, annotation.attrs], ['organisation', 'G20', { type: 'ngo' }]);
  });

  test('a file outside the configured article globs is not an article', async () => {
    const notes = vscode.Uri.joinPath(corpus, 'notes.txt');
    await vscode.window.showTextDocument(notes, { preview: false });
    assert.equal(await run('annotateSelection', { uri: notes.toString(), start: 0, end: 4, label: 'speaker' }), undefined);
    assert.equal(await readText(vscode.Uri.joinPath(corpus, 'annotations', 'notes.txt.annotations.yaml')), undefined);
    assert.equal(await readText(vscode.Uri.joinPath(corpus, 'notes.txt.annotations.yaml')), undefined);
    editor = await vscode.window.showTextDocument(article, { preview: false });
  });

  test('an invalid configuration is reported in the Problems panel; the last valid one stays in force until it is fixed', async function () {
    await vscode.workspace.fs.writeFile(configUri, encoder.encode(CONFIG.replace('color: "#00aa55"', 'color: green')));
    await run('reloadConfiguration');
    const problems = await waitFor('a diagnostic on the configuration', () => {
      const list = vscode.languages.getDiagnostics(configUri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      return list.length > 0 ? list : undefined;
    });
    assert.match(problems[0].message, /"green" is not a colour/);
    assert.equal(problems[0].range.start.line, 9);
    // still the last valid configuration: the project label, its sidecar folder, its colour
    select(editor, 'Moscow');
    const id = (await run('annotateSelection', { label: 'organisation' })) as string;
    assert.ok(id);
    assert.ok((await readSidecar())!.annotations.some((a) => a.id === id && a.label === 'organisation'));
    if (pageAvailable()) await waitForPage<number>(ORGANISATION_SPANS, (n) => n >= 3);
    await vscode.workspace.fs.writeFile(configUri, encoder.encode(CONFIG));
    await run('reloadConfiguration');
    await waitFor('the diagnostic to clear', () => (vscode.languages.getDiagnostics(configUri).length === 0 ? true : undefined));
    if (pageAvailable()) assert.ok((await pageEval<number>(ORGANISATION_SPANS)) >= 3);
  });

  test('recolouring a label keeps the open article’s undo history; moving the sidecar folder writes the sidecar there', async () => {
    select(editor, 'Ukraine');
    const id = (await run('annotateSelection', { label: 'organisation' })) as string;
    assert.ok(id);
    await vscode.workspace.fs.writeFile(configUri, encoder.encode(CONFIG.replace('#00aa55', '#aa5500')));
    await run('reloadConfiguration');
    assert.match((await run('undoAnnotation')) as string, /Ukraine/, 'the change made before the new colours can still be undone');
    assert.equal((await readSidecar())!.annotations.some((a) => a.id === id), false);
    // a new sidecar folder: the session is read again from there (its history starts over)
    await vscode.workspace.fs.writeFile(configUri, encoder.encode(CONFIG.replace('sidecars: annotations/', 'sidecars: labels-b/')));
    await run('reloadConfiguration');
    select(editor, 'Dmitry Peskov');
    assert.ok(await run('annotateSelection', { label: 'speaker' }));
    const moved = vscode.Uri.joinPath(corpus, 'labels-b', 'news', `${SEED}.annotations.yaml`);
    await waitFor('the sidecar in the new folder', () => readText(moved));
    await vscode.workspace.fs.writeFile(configUri, encoder.encode(CONFIG));
    await run('reloadConfiguration');
  });
});
