// "Article Annotator: Validate Corpus": the core validation over vscode.workspace.fs; the report opens
// as a Markdown document and every problem with a place goes to the Problems panel.
import * as vscode from 'vscode';
import { formatValidationReport, validateCorpus } from '../../core/validate/validateCorpus';
import type { ValidationReport } from '../../core/validate/validateCorpus';
import { WorkspaceCorpus, listWorkspaceCorpus, readFolderConfig } from '../datasetFs';
import { corpusLayout } from '../../core/config/corpusLayout';
import { chooseCorpusFolder } from './exportDataset';

export interface ValidateCorpusArgs {
  folder?: vscode.Uri | string;
  /** Do not open the report document (tests). */
  quiet?: boolean;
}

export function validateCorpusCommand(log: vscode.LogOutputChannel, diagnostics: vscode.DiagnosticCollection): (args?: ValidateCorpusArgs) => Promise<ValidationReport | undefined> {
  return async (args = {}) => {
    try {
      const folder = await chooseCorpusFolder(args.folder, 'validate');
      if (folder === undefined) return undefined;
      const config = await readFolderConfig(folder);
      const listing = await listWorkspaceCorpus(folder, [], config);
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Validating ${listing.articles.length} articles`, cancellable: true },
        (progress, token) =>
          validateCorpus(new WorkspaceCorpus(folder, listing, corpusLayout(config)), {
            config,
            isCancelled: () => token.isCancellationRequested,
            onProgress: (done) => progress.report({ increment: 100 / Math.max(1, listing.articles.length), message: `${done}/${listing.articles.length}` }),
          }),
      );
      diagnostics.clear();
      const byFile = new Map<string, vscode.Diagnostic[]>();
      for (const p of report.problems) {
        const line = p.line ?? 0;
        const column = p.column ?? 0;
        const d = new vscode.Diagnostic(new vscode.Range(line, column, line, column + 1), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'Article Annotator (validate)';
        const list = byFile.get(p.file) ?? [];
        list.push(d);
        byFile.set(p.file, list);
      }
      for (const [file, list] of byFile) diagnostics.set(vscode.Uri.joinPath(folder, ...file.split('/')), list);
      const text = formatValidationReport(report, `Validation of ${vscode.workspace.asRelativePath(folder, true)}`);
      log.info(text);
      if (!args.quiet) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: text, language: 'markdown' }));
      if (report.errors > 0) void vscode.window.showWarningMessage(`Validate Corpus: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} (listed in the report and the Problems panel).`);
      else void vscode.window.showInformationMessage(`Validate Corpus: ${report.articles} articles, no errors${report.warnings > 0 ? `, ${report.warnings} warnings` : ''}.`);
      return report;
    } catch (error) {
      log.error('Validate Corpus failed', error);
      void vscode.window.showErrorMessage(`Could not validate the corpus: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
}
