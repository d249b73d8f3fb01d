// "Link Claim to Speaker": a quick pick of the article's speakers, nearest the claim first
// (accepted ones and pending suggestions, which are accepted when picked), or none.
import * as vscode from 'vscode';
import type { CommandEnv } from '../commandSupport';
import { command, finishChange, findTarget, itemAtCursor } from '../commandSupport';
import { itemLabel } from '../../core/store/storeItem';

export function linkToSpeaker(env: CommandEnv): (raw?: unknown) => Promise<string | undefined> {
  return command(env, 'Link Claim to Speaker', async (args) => {
    const target = await findTarget(env, args, { write: true });
    if (!target) return undefined;
    const claim = itemAtCursor(target, args, (i) => i.label === 'claim' && i.state !== 'orphaned' && i.state !== 'rejected');
    if (!claim) {
      void vscode.window.showInformationMessage('Put the cursor on a claim to link it to its speaker.');
      return undefined;
    }
    const store = target.session.store;
    let speaker: string | undefined;
    if (args.speaker !== undefined) {
      speaker = args.speaker ?? undefined;
    } else {
      const distance = (s: { start: number; end: number }) => (s.end <= claim.start ? claim.start - s.end : s.start >= claim.end ? s.start - claim.end : 0);
      const speakers = [
        ...store.annotations().filter((a) => a.label === 'speaker' && a.decision === 'accepted' && !a.orphaned).map((a) => store.itemForAnnotation(a)),
        ...store.pendingSuggestions().filter((s) => s.label === 'speaker').map((s) => store.itemForSuggestion(s)),
      ].sort((a, b) => distance(a) - distance(b));
      const items: (vscode.QuickPickItem & { key: string | null })[] = speakers.map((s) => ({
        label: s.text,
        description: [s.attrs.name, s.state === 'suggested' ? 'suggestion, accepted when picked' : s.key].filter(Boolean).join(' · '),
        detail: `${distance(s)} characters from the claim`,
        key: s.key,
      }));
      items.push({ label: 'No speaker', description: 'the article’s own assertion', key: null });
      const picked = await vscode.window.showQuickPick(items, { title: `Speaker of ${itemLabel(claim)}`, matchOnDescription: true });
      if (!picked) return undefined;
      speaker = picked.key ?? undefined;
    }
    const t0 = performance.now();
    const id = store.link(claim.key, speaker);
    await finishChange(env, target.session, t0, `Link ${itemLabel(claim)}`);
    return id;
  });
}
