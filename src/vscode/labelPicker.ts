// The label picker of "Annotate Selection As…" and "Change Label": the labels of the article's
// corpus (SPEC section 6: the built-ins, then the project's), each with its shortcut and description.
// Typing a label's shortcut as the first key picks it at once.
import * as vscode from 'vscode';
import { defaultConfig } from '../core/config/config';
import type { AttributeSpec, LabelSpec } from '../core/config/config';
import type { Attrs } from '../core/model';
import type { CorpusConfigs } from './corpusConfigs';

interface LabelItem extends vscode.QuickPickItem {
  name: string;
}

function itemOf(spec: LabelSpec): LabelItem {
  return { label: spec.name, name: spec.name, description: spec.shortcut ? `(${spec.shortcut})` : undefined, detail: spec.description };
}

/** The label the user picks, or undefined when the picker is dismissed. */
export function pickLabel(labels: readonly LabelSpec[], title: string): Promise<string | undefined> {
  const items = labels.map(itemOf);
  const shortcuts = new Map(labels.filter((l) => l.shortcut).map((l) => [l.shortcut!, l.name]));
  if (shortcuts.size === 0 && !labels.some((l) => l.description)) {
    return Promise.resolve(vscode.window.showQuickPick(labels.map((l) => l.name), { title, placeHolder: 'label' }));
  }
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<LabelItem>();
    pick.title = title;
    pick.placeholder = shortcuts.size > 0 ? 'label (or type its shortcut)' : 'label';
    pick.items = items;
    pick.matchOnDescription = false;
    let chosen: string | undefined;
    const done = (name: string | undefined): void => {
      chosen = name;
      pick.hide();
    };
    const subscriptions = [
      pick.onDidChangeValue((value) => {
        const byShortcut = value.length === 1 ? shortcuts.get(value.toLowerCase()) : undefined;
        if (byShortcut !== undefined) done(byShortcut);
      }),
      pick.onDidAccept(() => done(pick.selectedItems[0]?.name ?? pick.activeItems[0]?.name)),
      pick.onDidHide(() => {
        for (const s of subscriptions) s.dispose();
        pick.dispose();
        resolve(chosen);
      }),
    ];
    pick.show();
  });
}

/** The labels offered for an article: its corpus's, then any other label already used in it. */
export function labelsFor(configs: CorpusConfigs, uri: vscode.Uri, used: Iterable<string>): LabelSpec[] {
  const labels = [...(configs.corpusOf(uri)?.config.labels ?? defaultConfig().labels)];
  for (const name of used) {
    if (!labels.some((l) => l.name === name)) labels.push({ name, builtin: false, attributes: [] });
  }
  return labels;
}

async function askOne(spec: LabelSpec, attr: AttributeSpec, current: Attrs, what: string): Promise<Attrs | undefined> {
  if (attr.values) {
    const picked = await vscode.window.showQuickPick(
      attr.values.map((v) => ({ label: v, description: v === current[attr.name] ? 'current' : undefined })),
      { title: `${attr.name} of ${what}`, placeHolder: attr.values.join(' | ') },
    );
    return picked ? { ...current, [attr.name]: picked.label } : undefined;
  }
  const value = await vscode.window.showInputBox({ title: `${attr.name} of ${what}`, value: current[attr.name] ?? '', prompt: `${attr.name} (${spec.name})` });
  return value === undefined ? undefined : { ...current, [attr.name]: value.trim() };
}

/** Asks for the attributes the configuration declares for a project label (one, or which one first). */
export async function askDeclaredAttributes(spec: LabelSpec, current: Attrs, what: string): Promise<Attrs | undefined> {
  if (spec.attributes.length === 0) return undefined;
  if (spec.attributes.length === 1) return askOne(spec, spec.attributes[0], current, what);
  const which = await vscode.window.showQuickPick(
    spec.attributes.map((a) => ({ label: a.name, description: current[a.name] ?? '', attr: a })),
    { title: `Attribute of ${what} to set` },
  );
  return which ? askOne(spec, which.attr, current, what) : undefined;
}
