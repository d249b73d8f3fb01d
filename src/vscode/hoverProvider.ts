// The hover on an annotation or suggestion: label, attributes (speaker's name, the date's ISO
// value, the claim's kind and its speaker), origin, score, and command links to act on it.
import * as vscode from 'vscode';
import type { StoreItem } from '../core/store/storeItem';
import type { AnnotationStore } from '../core/store/annotationStore';
import type { ArticleSessions } from './articleSessions';
import { CommandIds } from './commandIds';
import { toCodePoint, toRange } from './ranges';
import { readSettings } from './settings';

const LINKED_COMMANDS = [CommandIds.acceptSuggestion, CommandIds.rejectSuggestion, CommandIds.editAttributes, CommandIds.linkToSpeaker, CommandIds.removeAnnotation];

function link(title: string, id: string, args: object): string {
  return `[${title}](command:${id}?${encodeURIComponent(JSON.stringify([args]))})`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

function speakerName(store: AnnotationStore, item: StoreItem): string | undefined {
  const ref = item.links?.speaker;
  if (!ref) return undefined;
  if (item.state === 'suggested') {
    const s = store.allSuggestions().find((x) => x.id === ref);
    return s ? `${s.attrs.name ?? s.text} (suggested)` : undefined;
  }
  const a = store.annotation(ref);
  return a ? `${a.attrs?.name ?? a.text} (${a.id})` : `${ref} (missing)`;
}

export function describeItem(store: AnnotationStore, item: StoreItem, uri: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: LINKED_COMMANDS };
  const state = item.state === 'suggested' ? 'suggestion' : item.state;
  md.appendMarkdown(`**${escape(item.label)}** · ${state}${item.state === 'suggested' ? '' : ` · ${escape(item.key)}`}\n\n`);
  const rows: string[] = [];
  for (const [k, v] of Object.entries(item.attrs)) rows.push(`${escape(k)}: \`${v.replace(/`/g, "'")}\``);
  const speaker = item.label === 'claim' ? speakerName(store, item) : undefined;
  if (item.label === 'claim') rows.push(`speaker: ${speaker ? escape(speaker) : '—'}`);
  rows.push(`origin: ${item.origin}${item.score !== undefined ? ` · score ${item.score.toFixed(2)}` : ''}${item.rule ? ` · ${escape(item.rule)}` : ''}`);
  md.appendMarkdown(rows.join('  \n') + '\n\n');
  const args = { uri: uri.toString(), key: item.key };
  const actions: string[] = [];
  if (item.state === 'suggested' || item.state === 'rejected') actions.push(link('Accept', CommandIds.acceptSuggestion, args));
  if (item.state === 'suggested' || item.state === 'accepted') actions.push(link('Reject', CommandIds.rejectSuggestion, args));
  actions.push(link('Edit', CommandIds.editAttributes, args));
  if (item.label === 'claim') actions.push(link('Link to speaker', CommandIds.linkToSpeaker, args));
  if (item.state !== 'suggested') actions.push(link('Remove', CommandIds.removeAnnotation, args));
  md.appendMarkdown(actions.join(' · '));
  return md;
}

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly sessions: ArticleSessions) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const session = this.sessions.get(document.uri);
    if (!session) return undefined;
    const store = session.store;
    const offset = toCodePoint(document, store.map, position);
    const settings = readSettings(document.uri);
    const items = store
      .itemsAt(offset, { includeRejected: settings.showRejected })
      .filter((i) => (i.state !== 'suggested' || settings.showSuggestions) && offset < i.end);
    if (items.length === 0) return undefined;
    const contents = items.slice(0, 3).map((i) => describeItem(store, i, document.uri));
    return new vscode.Hover(contents, toRange(document, store.map, items[0].start, items[0].end));
  }
}
