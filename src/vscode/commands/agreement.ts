// "Article Annotator: Compare Annotators…": two folders of sidecars for the same articles → the core
// agreement figures, opened as a Markdown report.
import * as vscode from 'vscode';
import { formatAgreementReport } from '../../core/agreement/agreementReport';
import { compareAnnotators } from '../../core/agreement/compareAnnotators';
import type { AgreementResult } from '../../core/agreement/compareAnnotators';
import { readFolderConfig, workspaceAnnotatorFolder } from '../datasetFs';

export interface CompareAnnotatorsArgs {
  a?: vscode.Uri | string;
  b?: vscode.Uri | string;
  /** Do not open the report document (tests). */
  quiet?: boolean;
}

const asUri = (u: vscode.Uri | string): vscode.Uri => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

async function pickFolder(given: vscode.Uri | string | undefined, which: string): Promise<vscode.Uri | undefined> {
  if (given !== undefined) return asUri(given);
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    openLabel: `Annotator ${which}`,
    title: `Compare Annotators: folder of annotator ${which}`,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

export function compareAnnotatorsCommand(log: vscode.LogOutputChannel): (args?: CompareAnnotatorsArgs) => Promise<AgreementResult | undefined> {
  return async (args = {}) => {
    try {
      const a = await pickFolder(args.a, 'A');
      if (a === undefined) return undefined;
      const b = await pickFolder(args.b, 'B');
      if (b === undefined) return undefined;
      const [configA, configB] = [await readFolderConfig(a), await readFolderConfig(b)];
      const labels = [...configA.labels, ...configB.labels.filter((l) => !configA.labels.some((m) => m.name === l.name))];
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Comparing annotators' }, async () =>
        compareAnnotators(await workspaceAnnotatorFolder(a, configA), await workspaceAnnotatorFolder(b, configB), { labels: configA.fromFile || configB.fromFile ? labels : undefined }),
      );
      if (result.articles.length === 0) {
        void vscode.window.showWarningMessage('Compare Annotators: no article has a sidecar in both folders.');
        return result;
      }
      const markdown = formatAgreementReport(result);
      log.info(`Compare Annotators ${a.toString()} ↔ ${b.toString()}: ${result.articles.length} articles`);
      if (!args.quiet) {
        const doc = await vscode.workspace.openTextDocument({ content: markdown, language: 'markdown' });
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('markdown.showPreviewToSide').then(undefined, () => undefined);
      }
      return result;
    } catch (error) {
      log.error('Compare Annotators failed', error);
      void vscode.window.showErrorMessage(`Could not compare the annotators: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
}
