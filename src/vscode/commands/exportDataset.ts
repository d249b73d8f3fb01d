// "Article Annotator: Export Dataset…": format, suggestions or not, split, destination (quick picks,
// or arguments so tests and keybindings skip them), then the shared core exporter with a cancellable
// progress notification. Refused spans and other problems go to the log and a report document.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, FORMAT_DESCRIPTIONS, exportCorpus, isExportFormat } from '../../core/export/exportCorpus';
import type { ExportFormat } from '../../core/export/exportCorpus';
import { formatExportReport, hasProblems } from '../../core/export/report';
import type { ExportReport } from '../../core/export/report';
import { parseSplit } from '../../core/export/split';
import type { SplitSpec } from '../../core/export/split';
import { suggest } from '../../core/suggest/suggest';
import { WorkspaceCorpus, WorkspaceExportWriter, listWorkspaceCorpus, readFolderConfig } from '../datasetFs';
import { corpusLayout } from '../../core/config/corpusLayout';

export interface ExportDatasetArgs {
  /** The corpus folder; default: the (chosen) workspace folder. */
  folder?: vscode.Uri | string;
  format?: ExportFormat;
  includeSuggestions?: boolean;
  /** "80/10/10", or null for no split. */
  split?: string | null;
  destination?: vscode.Uri | string;
}

const asUri = (u: vscode.Uri | string): vscode.Uri => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

export async function chooseCorpusFolder(given: vscode.Uri | string | undefined, purpose: string): Promise<vscode.Uri | undefined> {
  if (given !== undefined) return asUri(given);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: `Corpus folder to ${purpose}` }))?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: `${purpose[0].toUpperCase()}${purpose.slice(1)}` });
  return picked?.[0];
}

async function pickSplit(): Promise<SplitSpec | null | undefined> {
  const items = [
    { label: 'No split', value: null as string | null },
    { label: '80/10/10', description: 'train / dev / test', value: '80/10/10' },
    { label: '90/10', description: 'train / test', value: '90/10' },
    { label: 'Custom…', value: 'custom' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Split by a hash of the article id (deterministic)', title: 'Export Dataset (3/4)' });
  if (picked === undefined) return undefined;
  if (picked.value === null) return null;
  let text = picked.value;
  if (text === 'custom') {
    const typed = await vscode.window.showInputBox({
      prompt: 'Percentages train/dev/test (or train/test), adding up to 100',
      value: '70/15/15',
      validateInput: (v) => {
        try {
          parseSplit(v);
          return undefined;
        } catch (error) {
          return (error as Error).message;
        }
      },
    });
    if (typed === undefined) return undefined;
    text = typed;
  }
  return parseSplit(text);
}

async function pickDestination(folder: vscode.Uri, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const suggested = vscode.Uri.joinPath(folder, 'dataset', format);
  const picked = await vscode.window.showQuickPick(
    [
      { label: `dataset/${format}`, description: 'in the corpus folder', uri: suggested as vscode.Uri | undefined },
      { label: 'Choose a folder…', uri: undefined },
    ],
    { placeHolder: 'Destination folder (existing files with the same names are replaced)', title: 'Export Dataset (4/4)' },
  );
  if (picked === undefined) return undefined;
  if (picked.uri !== undefined) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export Here', defaultUri: folder });
  return chosen?.[0];
}

export function exportDataset(log: vscode.LogOutputChannel): (args?: ExportDatasetArgs) => Promise<ExportReport | undefined> {
  return async (args = {}) => {
    try {
      const folder = await chooseCorpusFolder(args.folder, 'export');
      if (folder === undefined) return undefined;
      let format = args.format;
      if (format === undefined) {
        const picked = await vscode.window.showQuickPick(
          EXPORT_FORMATS.map((f) => ({ label: f, description: FORMAT_DESCRIPTIONS[f] })),
          { placeHolder: 'Dataset format', title: 'Export Dataset (1/4)' },
        );
        if (picked === undefined) return undefined;
        format = picked.label;
      }
      if (!isExportFormat(format)) throw new Error(`unknown format "${String(format)}"`);
      let includeSuggestions = args.includeSuggestions;
      if (includeSuggestions === undefined) {
        const picked = await vscode.window.showQuickPick(
          [
            { label: 'Accepted annotations only', include: false },
            { label: 'Also unreviewed suggestions', description: 'marked as suggestions, with their score', include: true },
          ],
          { placeHolder: 'What to export', title: 'Export Dataset (2/4)' },
        );
        if (picked === undefined) return undefined;
        includeSuggestions = picked.include;
      }
      let split: SplitSpec | null | undefined;
      if (args.split !== undefined) split = args.split === null ? null : parseSplit(args.split);
      else split = await pickSplit();
      if (split === undefined) return undefined;
      const destination = args.destination !== undefined ? asUri(args.destination) : await pickDestination(folder, format);
      if (destination === undefined) return undefined;

      // the destination and earlier exports (folders with the export marker) are never read as articles
      const config = await readFolderConfig(folder);
      const listing = await listWorkspaceCorpus(folder, [destination], config);
      if (listing.articles.length === 0) {
        void vscode.window.showWarningMessage(`No .txt articles in ${vscode.workspace.asRelativePath(folder, true)} to export.`);
        return undefined;
      }
      const chosenFormat = format;
      const report = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Exporting ${listing.articles.length} articles as ${chosenFormat}`, cancellable: true },
        (progress, token) =>
          exportCorpus(new WorkspaceCorpus(folder, listing, corpusLayout(config)), new WorkspaceExportWriter(destination), {
            labels: config.fromFile ? config.labels : undefined,
            format: chosenFormat,
            split: split ?? undefined,
            includeSuggestions,
            suggester: suggest,
            isCancelled: () => token.isCancellationRequested,
            onProgress: (done, file) => progress.report({ increment: 100 / listing.articles.length, message: `${done}/${listing.articles.length} ${file}` }),
          }),
      );
      const text = formatExportReport(report);
      log.info(`Export Dataset to ${destination.toString()}:\n${text}`);
      void announce(report, text, destination);
      return report;
    } catch (error) {
      log.error('Export Dataset failed', error);
      void vscode.window.showErrorMessage(`Could not export the dataset: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
}

async function announce(report: ExportReport, text: string, destination: vscode.Uri): Promise<void> {
  const summary = text.split('\n')[0];
  const show = hasProblems(report)
    ? await vscode.window.showWarningMessage(`${summary} ${report.refused.length + report.orphaned.length} spans and ${report.skippedArticles.length} articles were not exported.`, 'Show Report', 'Reveal Folder')
    : await vscode.window.showInformationMessage(summary, 'Show Report', 'Reveal Folder');
  if (show === 'Show Report') {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: `${text}\n`, language: 'markdown' }));
  } else if (show === 'Reveal Folder') {
    await vscode.commands.executeCommand('revealFileInOS', destination);
  }
}
