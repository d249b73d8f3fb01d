// Stable annotation ids (SPEC section 4): a letter per label and the next free number, e.g.
// s4, d2, c7; labels a project adds share the prefix "a". Ids are never reused within a session.

const PREFIXES: Record<string, string> = { speaker: 's', date: 'd', claim: 'c' };
const OTHER_PREFIX = 'a';

export function idPrefixFor(label: string): string {
  return PREFIXES[label] ?? OTHER_PREFIX;
}

/** Hands out ids that collide with none it has seen (existing ones, and ones it gave out). */
export class IdAllocator {
  private readonly highest = new Map<string, number>();

  /** Records an id that exists, so it is never handed out again. */
  see(id: string): void {
    const match = /^([A-Za-z_-]*?)(\d+)$/.exec(id);
    if (!match) return;
    const [, prefix, digits] = match;
    const n = Number(digits);
    if (n > (this.highest.get(prefix) ?? 0)) this.highest.set(prefix, n);
  }

  next(label: string): string {
    const prefix = idPrefixFor(label);
    const n = (this.highest.get(prefix) ?? 0) + 1;
    this.highest.set(prefix, n);
    return `${prefix}${n}`;
  }
}
