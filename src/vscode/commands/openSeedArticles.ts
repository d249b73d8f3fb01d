// "Article Annotator: Open Seed Articles": copies the five bundled seed articles into a folder
// of the workspace (never overwriting a file) and opens the first one, so a new user can try
// the extension at once. Works through vscode.workspace.fs, so also in remote and web hosts.
import * as vscode from 'vscode';

export interface SeedCopyResult {
  readonly folder: vscode.Uri;
  /** File names copied by this run. */
  readonly created: readonly string[];
  /** File names that were already there and were left untouched. */
  readonly existing: readonly string[];
}

export function openSeedArticles(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): () => Promise<SeedCopyResult | undefined> {
  return async () => {
    try {
      const target = await chooseTarget();
      if (!target) {
        return undefined;
      }
      const result = await copySeeds(vscode.Uri.joinPath(extensionUri, 'seeds'), target.folder);
      log.info(`Open Seed Articles: ${result.created.length} copied, ${result.existing.length} already present in ${result.folder.toString()}`);
      const first = [...result.created, ...result.existing].sort()[0];
      if (first) {
        await vscode.window.showTextDocument(vscode.Uri.joinPath(result.folder, first), { preview: false });
      }
      void report(result, target.inWorkspace);
      return result;
    } catch (error) {
      log.error('Open Seed Articles failed', error);
      void vscode.window.showErrorMessage(`Could not copy the seed articles: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
}

async function chooseTarget(): Promise<{ folder: vscode.Uri; inWorkspace: boolean } | undefined> {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  if (workspaceFolder) {
    const configured = vscode.workspace.getConfiguration('articleAnnotator', workspaceFolder.uri).get<string>('seedFolder', 'seeds-sample');
    const segments = configured.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..')) {
      throw new Error(`the setting articleAnnotator.seedFolder ("${configured}") must stay inside the workspace folder`);
    }
    return { folder: vscode.Uri.joinPath(workspaceFolder.uri, ...segments), inWorkspace: true };
  }
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: 'Copy Seed Articles Here',
    title: 'Article Annotator: choose a folder for the seed articles',
  });
  return picked?.[0] ? { folder: picked[0], inWorkspace: false } : undefined;
}

async function copySeeds(source: vscode.Uri, folder: vscode.Uri): Promise<SeedCopyResult> {
  const names = (await vscode.workspace.fs.readDirectory(source))
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
    .map(([name]) => name)
    .sort();
  await vscode.workspace.fs.createDirectory(folder);
  const created: string[] = [];
  const existing: string[] = [];
  for (const name of names) {
    const destination = vscode.Uri.joinPath(folder, name);
    if (await exists(destination)) {
      existing.push(name);
      continue;
    }
    await vscode.workspace.fs.writeFile(destination, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(source, name)));
    created.push(name);
  }
  return { folder, created, existing };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return false;
    }
    throw error;
  }
}

async function report(result: SeedCopyResult, inWorkspace: boolean): Promise<void> {
  const where = inWorkspace ? vscode.workspace.asRelativePath(result.folder, false) : result.folder.fsPath;
  const message = result.created.length === 0
    ? `The seed articles are already in ${where}; nothing was overwritten.`
    : `Copied ${result.created.length} seed article(s) to ${where}${result.existing.length > 0 ? `; ${result.existing.length} already there were left as they are` : ''}.`;
  if (inWorkspace) {
    await vscode.window.showInformationMessage(message);
    return;
  }
  const choice = await vscode.window.showInformationMessage(`${message} Open that folder to annotate the articles.`, 'Open Folder');
  if (choice === 'Open Folder') {
    await vscode.commands.executeCommand('vscode.openFolder', result.folder);
  }
}
