// The annotations of one article, as the researcher sees them: the sidecar's human decisions
// merged with the machine's suggestions, the operations on them, undo/redo and change events.
// Offsets are code points (SPEC section 3). No VS Code, no I/O: adapters feed text and sidecars in.
import type { Annotation, ArticleMeta, Attrs, BoilerplateRegion, Status, Suggestion, SuggestionResult } from '../model';
import { OffsetMap } from '../offsets';
import type { Sidecar } from '../sidecar/sidecar';
import { contextAround } from '../sidecar/sidecar';
import type { CodePointEdit } from '../anchor/textEdit';
import { shiftSpan, shiftSpanThrough } from '../anchor/shiftSpan';
import { reanchor } from '../anchor/reanchor';
import { History } from './history';
import type { AnnotationChange, HistoryEntry } from './history';
import { IdAllocator } from './ids';
import { suggestionKey } from './storeItem';
import type { StoreItem } from './storeItem';
import { clip } from '../clip';

export type StoreChangeKind = 'annotations' | 'status' | 'suggestions' | 'text' | 'reload';

export interface StoreChange {
  kind: StoreChangeKind;
  /** True when the sidecar on disk no longer matches the store. */
  persist: boolean;
  description?: string;
}

export interface ReanchorReport {
  unchanged: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
}

export interface StoreInit {
  text: string;
  sidecar: Sidecar;
  suggestions: SuggestionResult;
}

/** Inserted code points from which an edit counts as a paste or reload rather than typing. */
const LARGE_REPLACEMENT = 64;

/** Thrown for operations that make no sense (unknown id, empty span); commands show the message. */
export class StoreError extends Error {}

function describe(label: string, text: string): string {
  return `${label} “${clip(text, 40).replace(/\s+/g, ' ')}”`;
}

function sameSpanKey(a: { label: string; start: number; end: number }): string {
  return suggestionKey(a.label, a.start, a.end);
}

export class AnnotationStore {
  private textValue: string;
  private mapValue: OffsetMap;
  private base: Sidecar;
  private statusValue: Status;
  private readonly byId = new Map<string, Annotation>();
  private suggestionList: Suggestion[];
  private boilerplateList: BoilerplateRegion[];
  private metaValue: ArticleMeta;
  private readonly history = new History();
  private readonly ids = new IdAllocator();
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private versionValue = 0;
  private pendingCache: { version: number; list: Suggestion[]; byKey: Map<string, Suggestion> } | undefined;
  private suggestionIndex: { list: Suggestion[]; byId: Map<string, Suggestion>; claimsBySpeaker: Map<string, Suggestion[]> } | undefined;
  private sortedCache: { version: number; list: Annotation[] } | undefined;
  /** Annotation text and context are refreshed from the article when written after edits. */
  private contextStale = false;
  annotator: string | undefined;

  constructor(init: StoreInit) {
    this.textValue = init.text;
    this.mapValue = new OffsetMap(init.text);
    this.base = init.sidecar;
    this.statusValue = init.sidecar.status;
    this.suggestionList = init.suggestions.suggestions;
    this.boilerplateList = init.suggestions.boilerplate;
    this.metaValue = init.suggestions.meta;
    this.annotator = init.sidecar.annotator;
    this.lastReport = this.loadAnnotations(init.sidecar.annotations);
  }

  /** How the sidecar's annotations were found in the text when the store was (re)loaded. */
  lastReport: ReanchorReport;

  get text(): string {
    return this.textValue;
  }

  get map(): OffsetMap {
    return this.mapValue;
  }

  get status(): Status {
    return this.statusValue;
  }

  get meta(): ArticleMeta {
    return this.metaValue;
  }

  /** Increases on every change; caches and renderers compare it. */
  get version(): number {
    return this.versionValue;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Undo should step back an annotation change before any text edit (it is the newer of the two). */
  get undoBeforeText(): boolean {
    return this.history.undoBeforeText;
  }

  /** Redo should bring back an undone annotation change (no text edit since it was undone). */
  get redoBeforeText(): boolean {
    return this.history.redoBeforeText;
  }

  get boilerplate(): readonly BoilerplateRegion[] {
    return this.boilerplateList;
  }

  onDidChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- reading -------------------------------------------------------------------------

  /** Stored decisions sorted by position (orphans at their last known position). */
  annotations(): readonly Annotation[] {
    if (this.sortedCache?.version !== this.versionValue) {
      const list = [...this.byId.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
      this.sortedCache = { version: this.versionValue, list };
    }
    return this.sortedCache.list;
  }

  annotation(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  /** Machine suggestions no human decision covers (same label and span): these are shown as pending. */
  pendingSuggestions(): readonly Suggestion[] {
    return this.pending().list;
  }

  private pending(): { list: Suggestion[]; byKey: Map<string, Suggestion> } {
    if (this.pendingCache?.version !== this.versionValue) {
      const decided = new Set<string>();
      for (const a of this.byId.values()) if (!a.orphaned) decided.add(sameSpanKey(a));
      const list: Suggestion[] = [];
      const byKey = new Map<string, Suggestion>();
      for (const s of this.suggestionList) {
        const key = sameSpanKey(s);
        if (decided.has(key)) continue;
        list.push(s);
        if (!byKey.has(key)) byKey.set(key, s);
      }
      this.pendingCache = { version: this.versionValue, list, byKey };
    }
    return this.pendingCache;
  }

  /** Suggestions by id, and claims by the id of their suggested speaker (links point at suggestion ids). */
  private suggestionLinks(): NonNullable<AnnotationStore['suggestionIndex']> {
    if (this.suggestionIndex?.list !== this.suggestionList) {
      const byId = new Map<string, Suggestion>();
      const claimsBySpeaker = new Map<string, Suggestion[]>();
      for (const s of this.suggestionList) {
        byId.set(s.id, s);
        const speaker = s.links?.speaker;
        if (speaker) claimsBySpeaker.set(speaker, [...(claimsBySpeaker.get(speaker) ?? []), s]);
      }
      this.suggestionIndex = { list: this.suggestionList, byId, claimsBySpeaker };
    }
    return this.suggestionIndex;
  }

  /** Every suggestion of the last suggester run, decided or not (claims' links point at their ids). */
  allSuggestions(): readonly Suggestion[] {
    return this.suggestionList;
  }

  orphans(): Annotation[] {
    return this.annotations().filter((a) => a.orphaned);
  }

  itemForAnnotation(a: Annotation): StoreItem {
    return {
      key: a.id,
      label: a.label,
      start: a.start,
      end: a.end,
      text: a.orphaned ? a.text : this.mapValue.sliceCodePoints(a.start, a.end),
      state: a.orphaned ? 'orphaned' : a.decision,
      origin: a.origin,
      attrs: a.attrs ?? {},
      links: a.links,
    };
  }

  itemForSuggestion(s: Suggestion): StoreItem {
    return {
      key: suggestionKey(s.label, s.start, s.end),
      label: s.label,
      start: s.start,
      end: s.end,
      text: s.text,
      state: 'suggested',
      origin: 'suggestion',
      attrs: s.attrs,
      links: s.links,
      score: s.score,
      rule: s.rule,
    };
  }

  /** An annotation by id, or a pending suggestion by key. */
  item(key: string): StoreItem | undefined {
    const a = this.byId.get(key);
    if (a) return this.itemForAnnotation(a);
    const s = this.pending().byKey.get(key);
    return s ? this.itemForSuggestion(s) : undefined;
  }

  /** Items whose span contains the offset (end inclusive, so a cursor after a word finds it), smallest first. */
  itemsAt(offset: number, options: { includeRejected?: boolean; includeSuggestions?: boolean } = {}): StoreItem[] {
    const out: StoreItem[] = [];
    for (const a of this.byId.values()) {
      if (a.orphaned || (a.decision === 'rejected' && !options.includeRejected)) continue;
      if (a.start <= offset && offset <= a.end) out.push(this.itemForAnnotation(a));
    }
    if (options.includeSuggestions !== false) {
      for (const s of this.pendingSuggestions()) {
        if (s.start <= offset && offset <= s.end) out.push(this.itemForSuggestion(s));
      }
    }
    return out.sort((x, y) => x.end - x.start - (y.end - y.start) || x.start - y.start);
  }

  /** Pending suggestions and accepted annotations inside [start, end]. */
  itemsIn(start: number, end: number, state: 'suggested' | 'accepted'): StoreItem[] {
    if (state === 'suggested') {
      return this.pendingSuggestions().filter((s) => s.start >= start && s.end <= end).map((s) => this.itemForSuggestion(s));
    }
    return this.annotations()
      .filter((a) => !a.orphaned && a.decision === 'accepted' && a.start >= start && a.end <= end)
      .map((a) => this.itemForAnnotation(a));
  }

  // ---- operations (each one undoable step) ------------------------------------------------

  /** Accepts a pending suggestion (optionally with corrected attributes) or a rejected annotation. */
  accept(key: string, attrs?: Attrs): string {
    return this.transact((tx) => this.acceptIn(tx, key, attrs), 'Accept');
  }

  /** Accepts several pending suggestions as one step; returns the new ids. */
  acceptMany(keys: readonly string[]): string[] {
    const ids: string[] = [];
    this.transact((tx) => {
      for (const key of new Set(keys)) ids.push(this.acceptIn(tx, key)); // a key listed twice is accepted once
      return ids.join(',');
    }, `Accept ${keys.length} suggestions`);
    return ids;
  }

  /** Rejects a pending suggestion (remembered, never suggested again) or an accepted annotation. */
  reject(key: string): string {
    return this.transact((tx) => {
      const pending = this.pendingByKey(key);
      if (pending) {
        const id = this.ids.next(pending.label);
        tx.put(this.fromSpan(id, pending.label, pending.start, pending.end, 'suggestion', 'rejected', pending.attrs));
        tx.describe(`Reject ${describe(pending.label, pending.text)}`);
        return id;
      }
      const a = this.requireAnnotation(tx, key);
      tx.describe(`Reject ${describe(a.label, a.text)}`);
      this.unlinkClaimsOf(tx, a.id);
      if (a.origin === 'manual') tx.delete(a.id);
      else tx.put({ ...a, decision: 'rejected' });
      return a.id;
    }, 'Reject');
  }

  /** Marks a span by hand. Covers an identical pending suggestion or rejected decision if there is one. */
  annotate(label: string, start: number, end: number, attrs?: Attrs): string {
    if (!(start < end) || start < 0 || end > this.mapValue.codePointLength) {
      throw new StoreError('Select some text of the article to annotate.');
    }
    return this.transact((tx) => {
      const key = suggestionKey(label, start, end);
      if (this.pendingByKey(key)) return this.acceptIn(tx, key, attrs);
      const same = [...tx.all()].find((a) => !a.orphaned && sameSpanKey(a) === key);
      if (same) {
        tx.put({ ...same, decision: 'accepted', attrs: attrs ? { ...(same.attrs ?? {}), ...attrs } : same.attrs });
        tx.describe(`Annotate ${describe(label, same.text)}`);
        return same.id;
      }
      const id = this.ids.next(label);
      const annotation = this.fromSpan(id, label, start, end, 'manual', 'accepted', attrs ?? {});
      tx.put(annotation);
      tx.describe(`Annotate ${describe(label, annotation.text)}`);
      return id;
    }, 'Annotate');
  }

  /** Replaces the attributes (a pending suggestion is accepted with them). Empty values are dropped. */
  editAttrs(key: string, attrs: Attrs): string {
    const clean: Attrs = {};
    for (const [k, v] of Object.entries(attrs)) if (v.trim() !== '') clean[k] = v.trim();
    return this.transact((tx) => {
      if (this.pendingByKey(key)) {
        const id = this.acceptIn(tx, key);
        const a = tx.get(id)!;
        tx.put({ ...a, attrs: clean });
        return id;
      }
      const a = this.requireAnnotation(tx, key);
      tx.put({ ...a, attrs: clean });
      tx.describe(`Edit attributes of ${describe(a.label, a.text)}`);
      return a.id;
    }, 'Edit attributes');
  }

  /** Links a claim to a speaker (either may still be a pending suggestion: it is accepted); undefined unlinks. */
  link(claimKey: string, speakerKey: string | undefined): string {
    return this.transact((tx) => {
      const claimId = this.pendingByKey(claimKey) ? this.acceptIn(tx, claimKey) : this.requireAnnotation(tx, claimKey).id;
      const claim = tx.get(claimId)!;
      if (claim.label !== 'claim') throw new StoreError(`Only claims are linked to speakers; this is a ${claim.label}.`);
      let speakerId: string | undefined;
      if (speakerKey !== undefined) {
        speakerId = this.pendingByKey(speakerKey) ? this.acceptIn(tx, speakerKey) : this.requireAnnotation(tx, speakerKey).id;
        const speaker = tx.get(speakerId)!;
        if (speaker.label !== 'speaker') throw new StoreError(`A claim is linked to a speaker, not to a ${speaker.label}.`);
        if (speaker.decision !== 'accepted') tx.put({ ...speaker, decision: 'accepted' });
      }
      const links = { ...(claim.links ?? {}) };
      if (speakerId) links.speaker = speakerId;
      else delete links.speaker;
      tx.put({ ...claim, links: Object.keys(links).length ? links : undefined });
      tx.describe(speakerId ? `Link ${describe('claim', claim.text)} to ${speakerId}` : `Unlink ${describe('claim', claim.text)}`);
      return claimId;
    }, 'Link');
  }

  /** Deletes a decision (a removed machine suggestion shows up as pending again). */
  remove(key: string): string {
    return this.transact((tx) => {
      const a = this.requireAnnotation(tx, key);
      this.unlinkClaimsOf(tx, a.id);
      tx.delete(a.id);
      tx.describe(`Remove ${describe(a.label, a.text)}`);
      return a.id;
    }, 'Remove');
  }

  /**
   * Gives a span another label. A machine suggestion is rejected under its label (so it is not
   * suggested again) and the span is annotated by hand with the new one.
   */
  changeLabel(key: string, label: string): string {
    return this.transact((tx) => {
      const pending = this.pendingByKey(key);
      const current = pending ? undefined : this.requireAnnotation(tx, key);
      const span = pending ?? current!;
      if (span.label === label) return pending ? this.acceptIn(tx, key) : current!.id;
      if (pending) {
        tx.put(this.fromSpan(this.ids.next(pending.label), pending.label, pending.start, pending.end, 'suggestion', 'rejected', pending.attrs));
      } else if (current!.origin === 'suggestion') {
        this.unlinkClaimsOf(tx, current!.id);
        tx.put({ ...current!, decision: 'rejected' });
      } else {
        this.unlinkClaimsOf(tx, current!.id);
        tx.delete(current!.id);
      }
      const id = this.ids.next(label);
      const annotation = this.fromSpan(id, label, span.start, span.end, 'manual', 'accepted', {});
      tx.put(annotation);
      tx.describe(`Change ${describe(span.label, annotation.text)} to ${label}`);
      return id;
    }, 'Change label');
  }

  /** Puts an orphaned (or any) annotation on a new span of the current text. */
  reattach(id: string, start: number, end: number): string {
    if (!(start < end) || start < 0 || end > this.mapValue.codePointLength) {
      throw new StoreError('Select the text the annotation belongs to.');
    }
    return this.transact((tx) => {
      const a = this.requireAnnotation(tx, id);
      const placed = this.fromSpan(a.id, a.label, start, end, a.origin, a.decision, a.attrs ?? {});
      tx.put({ ...placed, links: a.links });
      tx.describe(`Re-attach ${describe(a.label, placed.text)}`);
      return a.id;
    }, 'Re-attach');
  }

  setStatus(status: Status): void {
    if (status === this.statusValue) return;
    const entry: HistoryEntry = { description: `Mark article ${status}`, changes: [], status: { before: this.statusValue, after: status } };
    this.statusValue = status;
    this.history.push(entry);
    this.changed({ kind: 'status', persist: true, description: entry.description });
  }

  /** Undoes the last annotation change; returns its description, or undefined when there is none. */
  undo(): string | undefined {
    const entry = this.history.popUndo();
    if (!entry) return undefined;
    this.applyEntry(entry, 'before');
    return entry.description;
  }

  redo(): string | undefined {
    const entry = this.history.popRedo();
    if (!entry) return undefined;
    this.applyEntry(entry, 'after');
    return entry.description;
  }

  // ---- the article text changes ------------------------------------------------------------

  /**
   * The article was edited in the editor: every span moves with the text. An annotation whose
   * text was deleted becomes orphaned (kept, listed); machine suggestions and boilerplate
   * regions in deleted text are dropped until the suggester runs again.
   */
  applyEdits(edits: readonly CodePointEdit[], newText: string): void {
    if (edits.length === 0) return;
    this.history.markTextEdit();
    this.textValue = newText;
    this.mapValue = new OffsetMap(newText);
    const destroyed: Annotation[] = [];
    for (const [id, a] of this.byId) {
      if (a.orphaned) continue;
      const r = shiftSpanThrough(a, edits);
      if (r.kind === 'kept') {
        this.byId.set(id, { ...a, start: r.span.start, end: r.span.end });
      } else {
        this.byId.set(id, { ...a, orphaned: true });
        destroyed.push(a);
      }
    }
    // A large replacement (a paste, or the editor reloading a file changed on disk as one edit)
    // may hold the destroyed text again: look for it as after an outside change.
    const inserted = edits.reduce((n, e) => n + e.length, 0);
    if (destroyed.length > 0 && inserted >= LARGE_REPLACEMENT) {
      for (const a of destroyed) {
        const found = reanchor(this.mapValue, a);
        if (found.kind !== 'orphaned') this.byId.set(a.id, { ...a, start: found.start, end: found.end, text: found.text });
      }
    }
    for (const item of this.history.annotations()) {
      const a = item.entry[item.side]!;
      if (a.orphaned) continue;
      const r = shiftSpanThrough(a, edits);
      item.entry[item.side] = r.kind === 'kept' ? { ...a, start: r.span.start, end: r.span.end } : { ...a, orphaned: true };
    }
    /** Moves spans along; drops destroyed ones; `touched` gets those whose own text was edited. */
    const shiftAll = <T extends { start: number; end: number }>(list: T[], touched?: Set<T>): T[] => {
      const out: T[] = [];
      for (const s of list) {
        let span = { start: s.start, end: s.end };
        let kept = true;
        let inside = false;
        for (const edit of edits) {
          if (edit.start < span.end && edit.end > span.start) inside = true;
          else if (edit.start === edit.end && edit.start > span.start && edit.start < span.end) inside = true;
          const r = shiftSpan(span, edit);
          if (r.kind === 'destroyed') {
            kept = false;
            break;
          }
          span = r.span;
        }
        if (!kept) continue;
        const moved = span.start === s.start && span.end === s.end ? s : { ...s, ...span };
        if (inside) touched?.add(moved);
        out.push(moved);
      }
      return out;
    };
    const retext = new Set<Suggestion>();
    this.suggestionList = shiftAll(this.suggestionList, retext).map((s) => (retext.has(s) ? { ...s, text: this.mapValue.sliceCodePoints(s.start, s.end) } : s));
    this.boilerplateList = shiftAll(this.boilerplateList);
    this.contextStale = true;
    this.changed({ kind: 'text', persist: true });
  }

  /**
   * The article changed outside the editor (or the editor reloaded it): every annotation,
   * orphans included, is looked for again in the new text. Undo history no longer applies.
   */
  replaceText(newText: string): ReanchorReport {
    this.textValue = newText;
    this.mapValue = new OffsetMap(newText);
    this.history.clear();
    const report = this.loadAnnotations([...this.byId.values()]);
    this.lastReport = report;
    this.contextStale = true;
    this.changed({ kind: 'reload', persist: report.unchanged !== this.byId.size });
    return report;
  }

  /** The sidecar changed on disk (a git pull, a hand edit): its decisions replace the store's. */
  replaceSidecar(sidecar: Sidecar): ReanchorReport {
    this.base = sidecar;
    this.statusValue = sidecar.status;
    this.annotator = sidecar.annotator ?? this.annotator;
    this.history.clear();
    this.byId.clear();
    const report = this.loadAnnotations(sidecar.annotations);
    this.lastReport = report;
    this.changed({ kind: 'reload', persist: false });
    return report;
  }

  /** New machine suggestions for the current text. */
  setSuggestions(result: SuggestionResult): void {
    this.suggestionList = result.suggestions;
    this.boilerplateList = result.boilerplate;
    this.metaValue = result.meta;
    this.changed({ kind: 'suggestions', persist: false });
  }

  /** The sidecar to write: offsets, text and context as they are in the current text. */
  toSidecar(sha256: string): Sidecar {
    const annotations: Annotation[] = [];
    for (const a of this.annotations()) {
      if (a.orphaned) {
        const copy = { ...a };
        delete copy.orphaned;
        annotations.push(copy);
        continue;
      }
      if (this.contextStale) {
        const refreshed = { ...a, text: this.mapValue.sliceCodePoints(a.start, a.end), ...contextAround(this.textValue, a.start, a.end, this.mapValue) };
        this.byId.set(a.id, refreshed);
        annotations.push(refreshed);
      } else {
        annotations.push(a);
      }
    }
    if (this.contextStale) this.sortedCache = undefined; // it held the annotations before the refresh
    this.contextStale = false;
    const article = { ...this.base.article, sha256 };
    if (article.title === undefined && this.metaValue.title) article.title = this.metaValue.title;
    if (article.published === undefined && this.metaValue.published) article.published = this.metaValue.published;
    const sidecar: Sidecar = { ...this.base, article, status: this.statusValue, annotations };
    if (this.annotator) sidecar.annotator = this.annotator;
    return sidecar;
  }

  // ---- internals -----------------------------------------------------------------------------

  private loadAnnotations(list: readonly Annotation[]): ReanchorReport {
    const report: ReanchorReport = { unchanged: 0, exact: 0, fuzzy: 0, orphaned: 0 };
    this.byId.clear();
    for (const stored of list) {
      this.ids.see(stored.id);
      const found = reanchor(this.mapValue, stored);
      if (found.kind === 'orphaned') {
        report.orphaned++;
        this.byId.set(stored.id, { ...stored, orphaned: true });
        continue;
      }
      report[found.kind]++;
      const a: Annotation = { ...stored, start: found.start, end: found.end, text: found.text };
      delete a.orphaned;
      this.byId.set(stored.id, a);
    }
    this.versionValue++;
    return report;
  }

  private pendingByKey(key: string): Suggestion | undefined {
    if (!key.includes('@')) return undefined;
    return this.pending().byKey.get(key);
  }

  private requireAnnotation(tx: Transaction, key: string): Annotation {
    const a = tx.get(key);
    if (!a) {
      throw new StoreError(key.includes('@') ? 'That suggestion is no longer pending.' : `There is no annotation ${key} in this article.`);
    }
    return a;
  }

  private fromSpan(id: string, label: string, start: number, end: number, origin: Annotation['origin'], decision: Annotation['decision'], attrs: Attrs): Annotation {
    const text = this.mapValue.sliceCodePoints(start, end);
    const { prefix, suffix } = contextAround(this.textValue, start, end, this.mapValue);
    const a: Annotation = { id, label, start, end, text, prefix, suffix, origin, decision };
    if (Object.keys(attrs).length > 0) a.attrs = { ...attrs };
    return a;
  }

  private acceptIn(tx: Transaction, key: string, attrs?: Attrs): string {
    const pending = tx.pending(key);
    if (pending) {
      const id = this.ids.next(pending.label);
      const annotation = this.fromSpan(id, pending.label, pending.start, pending.end, 'suggestion', 'accepted', { ...pending.attrs, ...(attrs ?? {}) });
      // A claim's suggested speaker becomes its link once that speaker is an accepted annotation.
      const links = this.suggestionLinks();
      const speakerSuggestion = pending.links?.speaker ? links.byId.get(pending.links.speaker) : undefined;
      if (speakerSuggestion) {
        const speaker = tx.bySpan(sameSpanKey(speakerSuggestion)).find((a) => a.decision === 'accepted');
        if (speaker) annotation.links = { speaker: speaker.id };
      }
      tx.put(annotation);
      // And the other way round: accepted claims that were suggested with this speaker get linked.
      if (pending.label === 'speaker') {
        for (const claimSuggestion of links.claimsBySpeaker.get(pending.id) ?? []) {
          const claim = tx.bySpan(sameSpanKey(claimSuggestion)).find((a) => a.label === 'claim');
          if (claim && claim.decision === 'accepted' && !claim.links?.speaker) tx.put({ ...claim, links: { ...(claim.links ?? {}), speaker: id } });
        }
      }
      tx.describe(`Accept ${describe(pending.label, pending.text)}`);
      return id;
    }
    const a = this.requireAnnotation(tx, key);
    if (a.decision !== 'accepted' || attrs) {
      tx.put({ ...a, decision: 'accepted', attrs: attrs ? { ...(a.attrs ?? {}), ...attrs } : a.attrs });
    }
    tx.describe(`Accept ${describe(a.label, a.text)}`);
    return a.id;
  }

  private unlinkClaimsOf(tx: Transaction, speakerId: string): void {
    for (const a of [...tx.all()]) {
      if (a.links?.speaker === speakerId) {
        const links = { ...a.links };
        delete links.speaker;
        tx.put({ ...a, links: Object.keys(links).length ? links : undefined });
      }
    }
  }

  private transact(work: (tx: Transaction) => string, fallbackDescription: string): string {
    const tx = new Transaction(this.byId, (key) => this.pendingByKey(key));
    const result = work(tx);
    const changes = tx.changes();
    if (changes.length === 0) return result;
    const entry: HistoryEntry = { description: tx.description ?? fallbackDescription, changes };
    this.history.push(entry);
    this.applyChanges(changes, 'after');
    this.changed({ kind: 'annotations', persist: true, description: entry.description });
    return result;
  }

  private applyEntry(entry: HistoryEntry, side: 'before' | 'after'): void {
    this.applyChanges(entry.changes, side);
    // The history's copies were moved along with edits made since, but their text and context are
    // as they were recorded: read them again from the current article.
    for (const change of entry.changes) {
      const a = this.byId.get(change.id);
      if (a && !a.orphaned) this.byId.set(change.id, this.inCurrentText(a));
    }
    if (entry.status) this.statusValue = entry.status[side];
    this.changed({ kind: entry.status ? 'status' : 'annotations', persist: true, description: entry.description });
  }

  private applyChanges(changes: readonly AnnotationChange[], side: 'before' | 'after'): void {
    for (const change of changes) {
      const a = change[side];
      if (a) this.byId.set(change.id, a);
      else this.byId.delete(change.id);
    }
  }

  /** The annotation with the text and context at its offsets in the current article (itself when they match). */
  private inCurrentText(a: Annotation): Annotation {
    const text = this.mapValue.sliceCodePoints(a.start, a.end);
    const { prefix, suffix } = contextAround(this.textValue, a.start, a.end, this.mapValue);
    return text === a.text && prefix === a.prefix && suffix === a.suffix ? a : { ...a, text, prefix, suffix };
  }

  private changed(change: StoreChange): void {
    this.versionValue++;
    for (const listener of [...this.listeners]) listener(change);
  }
}

/** A set of changes built against the store's annotations and applied at once. */
class Transaction {
  private readonly staged = new Map<string, Annotation | undefined>();
  description: string | undefined;

  constructor(
    private readonly live: ReadonlyMap<string, Annotation>,
    private readonly pendingLookup: (key: string) => Suggestion | undefined,
  ) {}

  get(id: string): Annotation | undefined {
    return this.staged.has(id) ? this.staged.get(id) : this.live.get(id);
  }

  /** A pending suggestion, unless this transaction already decided its span. */
  pending(key: string): Suggestion | undefined {
    const s = this.pendingLookup(key);
    if (!s) return undefined;
    return this.stagedSpans.get(key)?.size ? undefined : s;
  }

  /** Span key → ids of staged (not orphaned) annotations on it. */
  private readonly stagedSpans = new Map<string, Set<string>>();

  private unstage(id: string): void {
    const previous = this.staged.get(id);
    if (previous && !previous.orphaned) this.stagedSpans.get(sameSpanKey(previous))?.delete(id);
  }

  put(a: Annotation): void {
    if (a.links === undefined) {
      const copy = { ...a };
      delete copy.links;
      a = copy;
    }
    this.unstage(a.id);
    this.staged.set(a.id, a);
    if (!a.orphaned) {
      const key = sameSpanKey(a);
      const ids = this.stagedSpans.get(key) ?? new Set<string>();
      ids.add(a.id);
      this.stagedSpans.set(key, ids);
    }
  }

  delete(id: string): void {
    this.unstage(id);
    this.staged.set(id, undefined);
  }

  describe(text: string): void {
    this.description ??= text;
  }

  private spanIndex: Map<string, Annotation[]> | undefined;

  /** Annotations (not orphaned) on exactly this label and span, staged changes included. */
  bySpan(key: string): Annotation[] {
    if (!this.spanIndex) {
      this.spanIndex = new Map();
      for (const a of this.live.values()) {
        if (a.orphaned) continue;
        const k = sameSpanKey(a);
        this.spanIndex.set(k, [...(this.spanIndex.get(k) ?? []), a]);
      }
    }
    const out = (this.spanIndex.get(key) ?? []).filter((a) => !this.staged.has(a.id));
    for (const id of this.stagedSpans.get(key) ?? []) out.push(this.staged.get(id)!);
    return out;
  }

  *all(): Iterable<Annotation> {
    for (const [id, a] of this.live) {
      if (this.staged.has(id)) continue;
      yield a;
    }
    for (const a of this.staged.values()) if (a) yield a;
  }

  changes(): AnnotationChange[] {
    const out: AnnotationChange[] = [];
    for (const [id, after] of this.staged) {
      const before = this.live.get(id);
      if (before === after) continue;
      out.push({ id, before, after });
    }
    return out;
  }
}
