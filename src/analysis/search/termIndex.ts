// An inverted index from terms (words, phonetic keys, skeletons) to entry ids, laid out for the
// lookups a keystroke needs in as little memory as possible (docs/performance.md, "The heap"): the
// distinct terms in one sorted array, so that every term starting with a prefix is one run found by
// binary search, and every entry id in one Int32Array, term by term. Typo-tolerant lookup walks the same sorted
// array as if it were a trie (see termsNear.ts). It replaced MiniSearch's radix tree, which held
// ~130,000 Maps (~20 MiB) at 20k actors.
import { forEachTermWithin } from "./termsNear";

export interface TermIndex {
  /** Distinct terms in code-unit order, so that the terms sharing a prefix form one run. */
  readonly terms: readonly string[];
  /** Ids of the entries holding terms[i] are ids[starts[i]] to ids[starts[i + 1]], ascending. */
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/** Collects term → entry ids while entries are added in id order. */
export type TermCollector = Map<string, number[]>;

export function collectTerm(collector: TermCollector, term: string, entryId: number): void {
  const ids = collector.get(term);
  if (ids === undefined) collector.set(term, [entryId]);
  else if (ids[ids.length - 1] !== entryId) ids.push(entryId);
}

/** Terms copied into the index between two pauses of buildTermIndexInSteps. */
const TERMS_PER_STEP = 5000;

/**
 * Builds the index, pausing (yield) between slices of work; see buildSearchIndexInSteps.
 * Empties the collector, whose arrays would otherwise stay alive with whoever holds it.
 */
export function* buildTermIndexInSteps(collector: TermCollector): Generator<void, TermIndex> {
  const terms = [...collector.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  yield;
  const starts = new Int32Array(terms.length + 1);
  let total = 0;
  for (const [position, term] of terms.entries()) {
    starts[position] = total;
    total += collector.get(term)?.length ?? 0;
  }
  starts[terms.length] = total;
  const ids = new Int32Array(total);
  for (const [position, term] of terms.entries()) {
    ids.set(collector.get(term) ?? [], starts[position] ?? 0);
    if (position % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
  }
  collector.clear();
  return { terms, starts, ids };
}

/** Position of the first term not below `prefix` in code-unit order. */
function lowerBound(terms: readonly string[], prefix: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((terms[middle] ?? "") < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Entry ids of terms[position] (a view, not a copy). */
function idsAt(index: TermIndex, position: number): Int32Array {
  return index.ids.subarray(index.starts[position] ?? 0, index.starts[position + 1] ?? 0);
}

/** Calls `visit` with each term starting with `prefix` and its entry ids. */
export function forEachTermWithPrefix(
  index: TermIndex,
  prefix: string,
  visit: (term: string, ids: Int32Array) => void,
): void {
  for (let position = lowerBound(index.terms, prefix); position < index.terms.length; position += 1) {
    const term = index.terms[position] ?? "";
    if (!term.startsWith(prefix)) return;
    visit(term, idsAt(index, position));
  }
}

const NONE = new Int32Array(0);

/** Entry ids holding exactly `term`. */
export function idsOfTerm(index: TermIndex, term: string): Int32Array {
  const position = lowerBound(index.terms, term);
  return index.terms[position] === term ? idsAt(index, position) : NONE;
}

/** Calls `visit` with each term within `edits` edits (Levenshtein) of `key`, its entry ids and its distance. */
export function forEachTermNear(
  index: TermIndex,
  key: string,
  edits: number,
  visit: (term: string, ids: Int32Array, distance: number) => void,
): void {
  forEachTermWithin(index.terms, key, edits, (position, distance) =>
    visit(index.terms[position] ?? "", idsAt(index, position), distance),
  );
}
