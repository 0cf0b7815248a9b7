// An inverted index from terms (words, phonetic keys, skeletons) to entry ids, laid out for the
// two lookups a keystroke needs: every term starting with a prefix (a run in a sorted array,
// found by binary search: ~60× faster than walking a radix tree at 10k terms) and every term
// within a few typos (MiniSearch's SearchableMap, a radix tree with a Levenshtein search).
import SearchableMap from "minisearch/SearchableMap";

export interface TermIndex {
  /** Distinct terms in code-unit order, so that the terms sharing a prefix form one run. */
  readonly terms: readonly string[];
  /** postings[i]: ids of the entries holding terms[i], ascending. */
  readonly postings: readonly (readonly number[])[];
  /** The same terms for typo-tolerant lookup; value = position in `terms`. */
  readonly tree: SearchableMap<number>;
}

/** Collects term → entry ids while entries are added in id order. */
export type TermCollector = Map<string, number[]>;

export function collectTerm(collector: TermCollector, term: string, entryId: number): void {
  const ids = collector.get(term);
  if (ids === undefined) collector.set(term, [entryId]);
  else if (ids[ids.length - 1] !== entryId) ids.push(entryId);
}

/** Terms put in the typo tree between two pauses of buildTermIndexInSteps. */
const TERMS_PER_STEP = 2000;

/** Builds the index, pausing (yield) between slices of work; see buildSearchIndexInSteps. */
export function* buildTermIndexInSteps(collector: TermCollector): Generator<void, TermIndex> {
  const terms = [...collector.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  yield;
  const postings = terms.map((term) => collector.get(term) ?? []);
  const tree = new SearchableMap<number>();
  for (const [position, term] of terms.entries()) {
    tree.set(term, position);
    if (position % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
  }
  return { terms, postings, tree };
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

/** Calls `visit` with each term starting with `prefix` and its entry ids. */
export function forEachTermWithPrefix(
  index: TermIndex,
  prefix: string,
  visit: (term: string, ids: readonly number[]) => void,
): void {
  for (let position = lowerBound(index.terms, prefix); position < index.terms.length; position += 1) {
    const term = index.terms[position] ?? "";
    if (!term.startsWith(prefix)) return;
    visit(term, index.postings[position] ?? []);
  }
}

/** Entry ids holding exactly `term`. */
export function idsOfTerm(index: TermIndex, term: string): readonly number[] {
  const position = index.tree.get(term);
  return position === undefined ? [] : (index.postings[position] ?? []);
}

/** Calls `visit` with each term within `edits` edits of `key`, its entry ids and its distance. */
export function forEachTermNear(
  index: TermIndex,
  key: string,
  edits: number,
  visit: (term: string, ids: readonly number[], distance: number) => void,
): void {
  for (const [term, [position, distance]] of index.tree.fuzzyGet(key, edits)) {
    visit(term, index.postings[position] ?? [], distance);
  }
}
