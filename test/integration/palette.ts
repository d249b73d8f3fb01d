// The Command Palette as the user sees it (read from the page), for integration tests.
import * as vscode from 'vscode';
import { waitForPage } from './page';

/**
 * Opens the Command Palette with `filter` typed in and returns the labels of the rows it
 * shows (e.g. "Article Annotator: Open Seed Articles"), then closes it. Only the rows the
 * palette renders are seen: filter narrowly.
 */
export async function paletteLabels(filter: string): Promise<string[]> {
  await vscode.commands.executeCommand('workbench.action.quickOpen', `>${filter}`);
  try {
    const expression = `(() => {
      const widget = document.querySelector('.quick-input-widget');
      if (!widget || widget.style.display === 'none') return null;
      const input = widget.querySelector('input');
      if (!input || input.value !== ${JSON.stringify(`>${filter}`)}) return null;
      const progress = widget.querySelector('.quick-input-progress');
      if (progress && progress.offsetParent !== null && getComputedStyle(progress).display !== 'none' && progress.querySelector('.active')) return null;
      const rows = [...widget.querySelectorAll('.quick-input-list .monaco-list-row')];
      const labels = rows.map((row) => (row.querySelector('.label-name') || row).textContent.trim());
      const message = widget.querySelector('.quick-input-message');
      const noMatch = message && /no matching/i.test(message.textContent || '');
      if (labels.length === 0 && !noMatch) return null;
      return labels;
    })()`;
    return await waitForPage<string[] | null>(expression, (value) => value !== null) as string[];
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  }
}
