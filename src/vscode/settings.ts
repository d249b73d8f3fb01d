// The personal settings (SPEC section 6), read through one typed accessor.
import * as vscode from 'vscode';

export type DecorationStyle = 'outline' | 'underline';

export interface Settings {
  /** Written to the sidecar's `annotator` when it has none. */
  annotator: string;
  showSuggestions: boolean;
  showRejected: boolean;
  /** Score from which "Accept Suggestions Above Threshold" accepts. */
  acceptThreshold: number;
  decorationStyle: DecorationStyle;
}

export const SETTINGS_SECTION = 'articleAnnotator';

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const threshold = c.get<number>('acceptThreshold', 0.8);
  return {
    annotator: c.get<string>('annotator', '').trim(),
    showSuggestions: c.get<boolean>('showSuggestions', true),
    showRejected: c.get<boolean>('showRejected', false),
    acceptThreshold: Number.isFinite(threshold) ? Math.min(1, Math.max(0, threshold)) : 0.8,
    decorationStyle: c.get<DecorationStyle>('decorationStyle', 'outline') === 'underline' ? 'underline' : 'outline',
  };
}
