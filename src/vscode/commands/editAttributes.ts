// "Edit Attributes": the speaker's canonical name, the date's ISO value, the claim's kind, or the attributes
// annotator.config.yaml declares for a project label (its values offered as a list), of the annotation
// (or suggestion, which is accepted) under the cursor, validated as typed.
import * as vscode from 'vscode';
import { CLAIM_KINDS } from '../../core/model';
import type { Attrs } from '../../core/model';
import { MAIN_ATTRIBUTE, attrProblem, attrsProblem } from '../../core/store/attrRules';
import type { StoreItem } from '../../core/store/storeItem';
import { declaredValueProblem } from '../../core/config/config';
import type { LabelSpec } from '../../core/config/config';
import { askDeclaredAttributes } from '../labelPicker';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, itemAtCursor } from '../commandSupport';
import { itemLabel } from '../../core/store/storeItem';

async function askAttrs(item: StoreItem, spec: LabelSpec | undefined): Promise<Attrs | undefined> {
  const key = MAIN_ATTRIBUTE[item.label];
  if (spec && !spec.builtin && spec.attributes.length > 0) return askDeclaredAttributes(spec, item.attrs, itemLabel(item));
  if (item.label === 'claim') {
    const picked = await vscode.window.showQuickPick(
      CLAIM_KINDS.map((k) => ({ label: k, picked: item.attrs.kind === k, description: k === item.attrs.kind ? 'current' : undefined })),
      { title: `Kind of ${itemLabel(item)}` },
    );
    return picked ? { ...item.attrs, kind: picked.label } : undefined;
  }
  if (key) {
    const value = await vscode.window.showInputBox({
      title: `${key} of ${itemLabel(item)}`,
      value: item.attrs[key] ?? '',
      prompt: item.label === 'date' ? 'ISO 8601, as precise as the text allows: 2021-12-07, 2021-12, 2021-W46, 2021-Q1, 2021-12-07T17:15Z, or an interval such as 2024-07/2025-06' : 'Canonical full name, e.g. Dmitry Peskov',
      validateInput: (v) => attrProblem(item.label, key, v),
    });
    return value === undefined ? undefined : { ...item.attrs, [key]: value };
  }
  const value = await vscode.window.showInputBox({
    title: `Attributes of ${itemLabel(item)}`,
    value: Object.entries(item.attrs).map(([k, v]) => `${k}=${v}`).join('; '),
    prompt: 'key=value pairs separated by ;',
    validateInput: (v) => {
      const parsed = parsePairs(v);
      return typeof parsed === 'string' ? parsed : attrsProblem(item.label, parsed);
    },
  });
  if (value === undefined) return undefined;
  const parsed = parsePairs(value);
  return typeof parsed === 'string' ? undefined : parsed;
}

function parsePairs(text: string): Attrs | string {
  const out: Attrs = {};
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) return `Write each attribute as key=value; “${part}” has no =.`;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function editAttributes(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Edit Attributes', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const item = itemAtCursor(target, args, (i) => i.state !== 'orphaned');
    if (!item) {
      void vscode.window.showInformationMessage('Put the cursor on an annotation or suggestion to edit its attributes.');
      return undefined;
    }
    const spec = env.sessions.configs.corpusOf(target.session.uri)?.config.labels.find((l) => l.name === item.label);
    const attrs = args.attrs ? { ...item.attrs, ...args.attrs } : await askAttrs(item, spec);
    if (!attrs) return undefined;
    const problem = attrsProblem(item.label, attrs) ?? declaredValueProblem(spec, attrs);
    if (problem) {
      void vscode.window.showWarningMessage(problem);
      return undefined;
    }
    const t0 = performance.now();
    const id = target.session.store.editAttrs(item.key, attrs);
    await finishChange(env, target.session, t0, `Edit attributes of ${itemLabel(item)}`);
    return id;
  });
}
