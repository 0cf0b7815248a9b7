// Imported ids must match the dataset format ([a-z0-9-], unique, at most LIMITS.id long). This
// turns any text into such an id and remembers what was changed, so the import can say so.
import { ID_PATTERN, LIMITS, slugify, warning, type Issue } from "../../model";

export const isValidId = (text: string): boolean => ID_PATTERN.test(text) && text.length <= LIMITS.id;

export interface IdAllocator {
  /** Marks ids as taken (ids already in the data that must not be handed out again). */
  reserve(ids: Iterable<string>): void;
  /** A fresh valid id for `raw`: `raw` itself when valid and free, else a slug, suffixed until unique. */
  take(raw: string, fallback: string): string;
  /** Raw texts that did not survive unchanged, with the id they got. */
  readonly changed: Array<[raw: string, id: string]>;
}

export function createIdAllocator(): IdAllocator {
  const taken = new Set<string>();
  const changed: Array<[string, string]> = [];
  // Per base, the next suffix worth trying: 20k actors named in Arabic all slug to the fallback,
  // and trying base-2, base-3… from the start for each of them was quadratic (minutes at 20k).
  const nextSuffix = new Map<string, number>();
  const unique = (base: string): string => {
    if (!taken.has(base)) return base;
    let n = nextSuffix.get(base) ?? 2;
    let id: string;
    do {
      const suffix = `-${n++}`;
      id = `${base.slice(0, LIMITS.id - suffix.length).replace(/-+$/, "")}${suffix}`;
    } while (taken.has(id));
    nextSuffix.set(base, n);
    return id;
  };
  return {
    changed,
    reserve(ids) {
      for (const id of ids) taken.add(id);
    },
    take(raw, fallback) {
      const base = isValidId(raw) ? raw : slugify(raw) || slugify(fallback) || "item";
      const id = unique(base);
      taken.add(id);
      if (id !== raw) changed.push([raw, id]);
      return id;
    },
  };
}

/** One warning summarising the ids an import had to change (a few examples, then a count). */
export function describeChangedIds(what: "node" | "edge", changed: ReadonlyArray<[string, string]>): Issue | undefined {
  if (changed.length === 0) return undefined;
  const examples = changed
    .slice(0, 3)
    .map(([raw, id]) => `"${raw}" → "${id}"`)
    .join(", ");
  const more = changed.length > 3 ? `, and ${changed.length - 3} more` : "";
  return warning(
    "(root)",
    `${changed.length} ${what} id${changed.length === 1 ? " was" : "s were"} changed to fit the dataset format (a-z, 0-9, '-', unique): ${examples}${more}`,
    "import.idsChanged",
    { what, count: changed.length, examples, more: Math.max(0, changed.length - 3) },
  );
}
