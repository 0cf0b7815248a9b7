// Looks query keys up in a TermIndex and collects, per entry, how well the best term matched.
// A keystroke can touch tens of thousands of entries, so matches live in a typed array indexed
// by entry id rather than in a Map.
import { forEachTermNear, forEachTermWithPrefix, idsOfTerm, type TermIndex } from "./termIndex";

/** Per entry id, match quality in (0, 1] (0: no match): 1 is the whole term typed. */
export interface TermMatches {
  readonly quality: Float32Array;
  /** Entry ids with a match, in the order found. */
  readonly ids: number[];
}

export function emptyMatches(entryCount: number): TermMatches {
  return { quality: new Float32Array(entryCount), ids: [] };
}

function keepBest(into: TermMatches, ids: Int32Array, quality: number): void {
  for (const id of ids) {
    const current = into.quality[id];
    if (current === undefined) continue; // id outside the index: cannot happen
    if (current === 0) into.ids.push(id);
    if (quality > current) into.quality[id] = quality;
  }
}

/** Entries holding a term that starts with `key`; quality is the share of the term typed. */
export function addPrefixMatches(index: TermIndex, key: string, weight: number, into: TermMatches): void {
  forEachTermWithPrefix(index, key, (term, ids) => keepBest(into, ids, (weight * key.length) / term.length));
}

/** Entries holding exactly `key`. */
export function addTermMatches(index: TermIndex, key: string, weight: number, into: TermMatches): void {
  keepBest(into, idsOfTerm(index, key), weight);
}

/** Entries holding a term within `edits` edits of `key`; `found` collects the terms themselves. */
export function addFuzzyMatches(
  index: TermIndex,
  key: string,
  edits: number,
  weight: number,
  into: TermMatches,
  found?: Set<string>,
): void {
  forEachTermNear(index, key, edits, (term, ids, distance) => {
    keepBest(into, ids, weight * (1 - distance / Math.max(term.length, key.length)));
    found?.add(term);
  });
}

/** Calls `visit` for each entry matched by every query word, with its mean quality. */
export function forEachCommonMatch(
  perWord: readonly TermMatches[],
  visit: (entryId: number, quality: number) => void,
): void {
  const [smallest, ...others] = [...perWord].sort((a, b) => a.ids.length - b.ids.length);
  if (smallest === undefined) return;
  for (const id of smallest.ids) {
    let total = smallest.quality[id] ?? 0;
    for (const other of others) {
      const quality = other.quality[id] ?? 0;
      if (quality === 0) {
        total = 0;
        break;
      }
      total += quality;
    }
    if (total > 0) visit(id, total / perWord.length);
  }
}
