// The undo/redo stack of one article's annotation changes. An entry holds each changed
// annotation before and after, so undo and redo are the same operation in two directions.
import type { Annotation, Status } from '../model';

export interface AnnotationChange {
  id: string;
  /** Undefined: the annotation did not exist before (it was added). */
  before?: Annotation;
  /** Undefined: the annotation does not exist after (it was removed). */
  after?: Annotation;
}

export interface HistoryEntry {
  /** What the user did, e.g. "Accept speaker “Peskov”", shown when undoing. */
  description: string;
  changes: AnnotationChange[];
  status?: { before: Status; after: Status };
}

const LIMIT = 500;

export class History {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  push(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  popUndo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    return entry;
  }

  popRedo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    return entry;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  /** Every annotation held in the stacks, so text edits can move them along with the live ones. */
  *annotations(): Iterable<{ entry: AnnotationChange; side: 'before' | 'after' }> {
    for (const stack of [this.undoStack, this.redoStack]) {
      for (const e of stack) {
        for (const change of e.changes) {
          if (change.before) yield { entry: change, side: 'before' };
          if (change.after) yield { entry: change, side: 'after' };
        }
      }
    }
  }
}
