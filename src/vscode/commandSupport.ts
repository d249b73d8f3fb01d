// What the annotation commands share: finding the article they act on (from arguments, so tests
// and hover links can call them without a quick pick, else from the active editor), refusing
// with one sentence when the sidecar is invalid, error reporting, and the write → redraw timing.
import * as vscode from 'vscode';
import type { Attrs, Status } from '../core/model';
import { StoreError } from '../core/store/annotationStore';
import type { StoreItem } from '../core/store/storeItem';
import type { ArticleSession } from './articleSession';
import type { ArticleSessions } from './articleSessions';
import type { Decorator } from './decorations/decorator';
import { toCodePoint, toCodePointSpan } from './ranges';

export interface CommandEnv {
  readonly sessions: ArticleSessions;
  readonly decorator: Decorator;
  readonly log: vscode.LogOutputChannel;
}

/** Optional arguments every annotation command accepts (hover links and tests pass them). */
export interface CommandArgs {
  /** The article (a Uri or its string form); default: the active editor's. */
  uri?: vscode.Uri | string;
  /** An annotation id (`s3`) or a pending suggestion's key (`speaker@1012-1017`). */
  key?: string;
  /** A code-point offset standing in for the cursor. */
  offset?: number;
  /** A code-point span standing in for the selection. */
  start?: number;
  end?: number;
  label?: string;
  attrs?: Attrs;
  /** The speaker a claim is linked to (id or suggestion key); null unlinks. */
  speaker?: string | null;
  status?: Status;
  /** Score threshold for accepting in bulk; default: the setting. */
  threshold?: number;
  /** Skip the confirmation of bulk accepts (tests). */
  confirmed?: boolean;
}

export interface Target {
  session: ArticleSession;
  editor: vscode.TextEditor | undefined;
}

function asUri(uri: vscode.Uri | string): vscode.Uri {
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

/** Command arguments may arrive as a hover link's JSON object or from a keybinding's `args`. */
export function argsOf(value: unknown): CommandArgs {
  return value && typeof value === 'object' && !(value instanceof vscode.Uri) ? (value as CommandArgs) : value instanceof vscode.Uri ? { uri: value } : {};
}

/** The article a command acts on, or undefined after telling the user why there is none. */
export async function findTarget(env: CommandEnv, args: CommandArgs, options: { write: boolean }): Promise<Target | undefined> {
  let editor = vscode.window.activeTextEditor;
  let document = editor?.document;
  if (args.uri !== undefined) {
    const uri = asUri(args.uri);
    editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    document = editor?.document ?? (await vscode.workspace.openTextDocument(uri));
  }
  if (!document) {
    void vscode.window.showInformationMessage('Open an article (a .txt file of the workspace) to annotate it.');
    return undefined;
  }
  const session = await env.sessions.ensure(document);
  if (!session) {
    void vscode.window.showInformationMessage(`${document.uri.path.split('/').pop()} is not an article: annotations work on .txt files of the workspace.`);
    return undefined;
  }
  if (options.write && session.blocked) {
    void vscode.window.showErrorMessage(session.blocked);
    return undefined;
  }
  return { session, editor };
}

/** The code-point offset of the cursor (or of `args.offset`). */
export function cursorOffset(target: Target, args: CommandArgs): number | undefined {
  if (args.offset !== undefined) return args.offset;
  if (!target.editor) return undefined;
  return toCodePoint(target.editor.document, target.session.store.map, target.editor.selection.active);
}

/** The code-point span of the selection (or of `args.start`/`args.end`). */
export function selectionSpan(target: Target, args: CommandArgs): { start: number; end: number } | undefined {
  if (args.start !== undefined && args.end !== undefined) return { start: args.start, end: args.end };
  if (!target.editor || target.editor.selection.isEmpty) return undefined;
  return toCodePointSpan(target.editor.document, target.session.store.map, target.editor.selection);
}

/** The item a command acts on: `args.key`, else the smallest one under the cursor that fits. */
export function itemAtCursor(target: Target, args: CommandArgs, fits: (item: StoreItem) => boolean, showRejected = true): StoreItem | undefined {
  const store = target.session.store;
  if (args.key !== undefined) return store.item(args.key);
  const offset = cursorOffset(target, args);
  if (offset === undefined) return undefined;
  return store.itemsAt(offset, { includeRejected: showRejected }).find(fits);
}

/** Runs a command body: a StoreError is a short warning; anything else is logged whole. */
export function command<T>(env: CommandEnv, name: string, body: (args: CommandArgs) => Promise<T>): (raw?: unknown) => Promise<T | undefined> {
  return async (raw?: unknown) => {
    try {
      return await body(argsOf(raw));
    } catch (error) {
      if (error instanceof StoreError) {
        void vscode.window.showWarningMessage(error.message);
      } else {
        env.log.error(`${name} failed`, error);
        void vscode.window.showErrorMessage(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }
  };
}

/** Waits for the sidecar write, redraws at once, and logs how long change → write → redraw took. */
export async function finishChange(env: CommandEnv, session: ArticleSession, startedAt: number, what: string): Promise<void> {
  const changed = performance.now();
  await session.flush();
  const written = performance.now();
  env.decorator.renderNow(session);
  const drawn = performance.now();
  env.log.info(
    `${what}: written and redrawn in ${(drawn - startedAt).toFixed(1)} ms (change ${(changed - startedAt).toFixed(1)}, sidecar write ${(written - changed).toFixed(1)}, redraw ${(drawn - written).toFixed(1)})`,
  );
}

