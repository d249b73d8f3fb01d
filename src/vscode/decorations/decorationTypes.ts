// One decoration type per label × state, plus one for boilerplate, made when first needed and rebuilt
// only when the decoration style setting changes. Built-in labels use theme colours contributed in
// package.json (articleAnnotator.<label>Background / <label>Border), so themes and users can change
// them; a label coloured in annotator.config.yaml (SPEC section 6) uses that colour; a project label
// without a colour uses the shared "other" theme colours.
import * as vscode from 'vscode';
import { OTHER_LABEL } from '../../core/store/decorationPlan';
import type { ItemState } from '../../core/store/storeItem';
import type { DecorationStyle } from '../settings';

type Paint = string | vscode.ThemeColor;

interface Palette {
  border: Paint;
  background: Paint;
}

function themePalette(themeLabel: string): Palette {
  return { border: new vscode.ThemeColor(`articleAnnotator.${themeLabel}Border`), background: new vscode.ThemeColor(`articleAnnotator.${themeLabel}Background`) };
}

/** `#rgb` or `#rrggbb` → the border colour and a translucent background of it. */
function configPalette(color: string): Palette {
  const hex = color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;
  return { border: hex, background: `${hex}38` };
}

function options(palette: Palette, state: ItemState, style: DecorationStyle): vscode.DecorationRenderOptions {
  const border = palette.border;
  const ruler = { overviewRulerColor: border, overviewRulerLane: state === 'accepted' ? vscode.OverviewRulerLane.Right : vscode.OverviewRulerLane.Center };
  const underline = style === 'underline';
  switch (state) {
    case 'suggested':
      return underline
        ? { borderWidth: '0 0 2px 0', borderStyle: 'dashed', borderColor: border, ...ruler }
        : { border: '1px dashed', borderColor: border, borderRadius: '3px', ...ruler };
    case 'accepted':
      return underline
        ? { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: border, backgroundColor: palette.background, ...ruler }
        : { backgroundColor: palette.background, border: '1px solid', borderColor: border, borderRadius: '3px', ...ruler };
    default:
      // rejected (drawn only when the user shows rejected decisions)
      return { textDecoration: 'line-through', opacity: '0.7', border: '1px dotted', borderColor: border, borderRadius: '3px' };
  }
}

export class DecorationTypes implements vscode.Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  private boilerplateType: vscode.TextEditorDecorationType | undefined;
  private style: DecorationStyle | undefined;

  /** Sets the style (no-op when it already is that style; else every type is made again). True if rebuilt. */
  ensure(style: DecorationStyle): boolean {
    if (this.style === style) return false;
    this.dispose();
    this.style = style;
    this.boilerplateType = vscode.window.createTextEditorDecorationType({ opacity: '0.45', fontStyle: 'italic' });
    return true;
  }

  /**
   * The type of a label in a state: `builtin` labels without `color` use their theme colours, other
   * labels without `color` the shared "other" theme colours, any label with `color` that colour.
   */
  typeFor(label: string, color: string | undefined, state: ItemState, builtin: boolean): vscode.TextEditorDecorationType {
    const key = `${label}|${color ?? 'theme'}|${state}`;
    let type = this.types.get(key);
    if (!type) {
      const palette = color !== undefined ? configPalette(color) : themePalette(builtin ? label : OTHER_LABEL);
      type = vscode.window.createTextEditorDecorationType(options(palette, state, this.style ?? 'outline'));
      this.types.set(key, type);
    }
    return type;
  }

  /** Every type made so far (a render sets each of them, to an empty list when unused). */
  all(): Iterable<vscode.TextEditorDecorationType> {
    return this.types.values();
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
