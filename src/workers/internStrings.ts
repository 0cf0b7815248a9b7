// One copy of each repeated short text in what the import worker sends back. A structured clone
// gives every string its own copy: at 20k actors, 60k relations and 90k claims the page held
// 140k copies of actor ids (relations' ends), 90k of a handful of statuses, source ids, years
// and locators: ~10 MiB of the heap, which one shared copy each brings down to almost nothing.

/** Longer texts (names, claims, summaries) are rarely repeated; looking them up would cost more than it saves. */
const LONGEST_INTERNED = 40;
/**
 * Fields whose texts are unique or nearly (ids, names, claims' texts): hashing each of them for a
 * look-up was half the cost of interning a 20k import, for no saving.
 */
const UNIQUE_FIELDS = new Set(["id", "name", "text", "summary", "aliases", "title"]);

export class StringInterner {
  private readonly copies = new Map<string, string>();

  /** How many distinct texts are kept. */
  get size(): number {
    return this.copies.size;
  }

  /** The first copy seen of `text`. */
  intern(text: string): string {
    if (text.length > LONGEST_INTERNED) return text;
    const kept = this.copies.get(text);
    if (kept !== undefined) return kept;
    this.copies.set(text, text);
    return text;
  }

  /**
   * Replaces, in place, every short string in `value`'s own properties and array items (to any
   * depth; not under `UNIQUE_FIELDS`) by its first copy; returns `value`. Expects plain data (what
   * a structured clone gives).
   */
  internAll<T>(value: T): T {
    const pending: unknown[] = [value];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (typeof next !== "object" || next === null) continue;
      if (Array.isArray(next)) {
        for (let index = 0; index < next.length; index++) {
          const item: unknown = next[index];
          if (typeof item === "string") next[index] = this.intern(item);
          else if (typeof item === "object" && item !== null) pending.push(item);
        }
        continue;
      }
      const record = next as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (UNIQUE_FIELDS.has(key)) continue;
        const item = record[key];
        if (typeof item === "string") record[key] = this.intern(item);
        else if (typeof item === "object" && item !== null) pending.push(item);
      }
    }
    return value;
  }
}
