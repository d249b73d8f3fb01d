// Reading and writing sidecars through vscode.workspace.fs (works in desktop, remote and web hosts).
// Writes are atomic: a temporary file in the same folder, then a rename over the sidecar.
import * as vscode from 'vscode';
import type { SidecarDiagnostic } from '../core/sidecar/sidecar';

/** A file whose bytes are not UTF-8: never decoded with replacement characters, which a save would write back. */
export class NotUtf8Error extends Error {
  constructor(readonly uri: vscode.Uri) {
    super(`${uri.path.slice(uri.path.lastIndexOf('/') + 1)} is not valid UTF-8`);
    this.name = 'NotUtf8Error';
  }
}

/** The sidecar's text, or undefined when there is none; throws NotUtf8Error when its bytes are not UTF-8. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error(uri);
  }
}

/** The Problems-panel entry of a sidecar that is not UTF-8. */
export const NOT_UTF8_DIAGNOSTIC: SidecarDiagnostic = {
  message: 'This sidecar is not valid UTF-8; it is not overwritten until its encoding is fixed.',
  line: 0,
  column: 0,
  endLine: 0,
  endColumn: 0,
  severity: 'error',
};

let counter = 0;

/**
 * Writes the file so that a reader sees either the old or the new content, never half of it. A missing
 * folder (a sidecar folder of the team configuration, SPEC section 6) is created. `stillOurs`, when
 * given, is asked once the new content is ready, right before it replaces the file: false (the file
 * changed meanwhile) leaves the file as it is and returns false.
 */
export async function writeFileAtomic(uri: vscode.Uri, text: string, stillOurs?: () => Promise<boolean>): Promise<boolean> {
  const dir = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}-${(counter++).toString(36)}.tmp`);
  const bytes = new TextEncoder().encode(text);
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
  } catch (error) {
    if (await vscode.workspace.fs.stat(dir).then(() => true, () => false)) throw error;
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(temp, bytes);
  }
  try {
    if (stillOurs !== undefined && !(await stillOurs())) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      return false;
    }
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
    return true;
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
