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
  // How deep each stack was at the last edit of the article's text. Entries above these marks are
  // newer than any text edit, so the editor's own Undo/Redo key reaches them before the text's.
  private undoMark = 0;
  private redoMark = 0;

  push(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > LIMIT) {
      this.undoStack.shift();
      this.undoMark = Math.max(0, this.undoMark - 1);
    }
    this.redoStack = [];
    this.redoMark = 0;
  }

  popUndo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    this.undoMark = Math.min(this.undoMark, this.undoStack.length);
    return entry;
  }

  popRedo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    this.redoMark = Math.min(this.redoMark, this.redoStack.length);
    return entry;
  }

  /** The article's text was edited: annotation changes made before it come after the text in undo order. */
  markTextEdit(): void {
    this.undoMark = this.undoStack.length;
    this.redoMark = this.redoStack.length;
  }

  /** The last undoable change is an annotation change made since the text was last edited. */
  get undoBeforeText(): boolean {
    return this.undoStack.length > this.undoMark;
  }

  /** An annotation change was undone since the text was last edited, and can be redone. */
  get redoBeforeText(): boolean {
    return this.redoStack.length > this.redoMark;
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
    this.undoMark = 0;
    this.redoMark = 0;
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
