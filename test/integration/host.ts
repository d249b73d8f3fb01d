// Small helpers for tests inside the extension host: run our commands, read files, wait for a
// condition the extension reaches asynchronously.
import * as vscode from 'vscode';

/** Runs an Article Annotator command by its short id ("acceptSuggestion"). */
export const run = (id: string, ...args: unknown[]): Thenable<unknown> => vscode.commands.executeCommand<unknown>(`articleAnnotator.${id}`, ...args);

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A file's text, or undefined when it does not exist. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Polls `probe` every 50 ms until it gives a value (not undefined or false); fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}
