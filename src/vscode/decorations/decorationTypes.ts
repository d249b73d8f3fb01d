// One decoration type per label × state, plus one for boilerplate, made once and rebuilt only
// when the decoration style setting changes. Colours are theme colours contributed in
// package.json (articleAnnotator.<label>Background / <label>Border), so themes and users can
// change them.
import * as vscode from 'vscode';
import { DRAWN_LABELS, DRAWN_STATES } from '../../core/store/decorationPlan';
import type { ItemState } from '../../core/store/storeItem';
import type { DecorationStyle } from '../settings';

function colour(label: string, part: 'Background' | 'Border'): vscode.ThemeColor {
  return new vscode.ThemeColor(`articleAnnotator.${label}${part}`);
}

function options(label: string, state: ItemState, style: DecorationStyle): vscode.DecorationRenderOptions {
  const border = colour(label, 'Border');
  const ruler = { overviewRulerColor: border, overviewRulerLane: state === 'accepted' ? vscode.OverviewRulerLane.Right : vscode.OverviewRulerLane.Center };
  const underline = style === 'underline';
  switch (state) {
    case 'suggested':
      return underline
        ? { borderWidth: '0 0 2px 0', borderStyle: 'dashed', borderColor: border, ...ruler }
        : { border: '1px dashed', borderColor: border, borderRadius: '3px', ...ruler };
    case 'accepted':
      return underline
        ? { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: border, backgroundColor: colour(label, 'Background'), ...ruler }
        : { backgroundColor: colour(label, 'Background'), border: '1px solid', borderColor: border, borderRadius: '3px', ...ruler };
    default:
      // rejected (drawn only when the user shows rejected decisions)
      return { textDecoration: 'line-through', opacity: '0.7', border: '1px dotted', borderColor: border, borderRadius: '3px' };
  }
}

export class DecorationTypes implements vscode.Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  private boilerplateType: vscode.TextEditorDecorationType | undefined;
  private style: DecorationStyle | undefined;

  /** Builds the types for a style (no-op when they already are for that style). True if rebuilt. */
  ensure(style: DecorationStyle): boolean {
    if (this.style === style) return false;
    this.dispose();
    this.style = style;
    for (const label of DRAWN_LABELS) {
      for (const state of DRAWN_STATES) this.types.set(`${label}:${state}`, vscode.window.createTextEditorDecorationType(options(label, state, style)));
    }
    this.boilerplateType = vscode.window.createTextEditorDecorationType({ opacity: '0.45', fontStyle: 'italic' });
    return true;
  }

  entries(): Iterable<[string, vscode.TextEditorDecorationType]> {
    return this.types.entries();
  }

  get boilerplate(): vscode.TextEditorDecorationType {
    return this.boilerplateType!;
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    this.boilerplateType?.dispose();
    this.boilerplateType = undefined;
    this.style = undefined;
  }
}
