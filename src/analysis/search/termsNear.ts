// Every term of a sorted list within a few edits (Levenshtein, in UTF-16 code units) of a key,
// without a trie: consecutive sorted terms share prefixes, so the dynamic-programming row of each
// prefix is computed once and kept on a stack while the terms sharing it are visited; when every
// value of a prefix's row is above the allowed edits, no term starting with that prefix can come
// close, and the whole run of them is skipped by binary search. This visits what a trie walk would
// (the approach of Lucene's and MiniSearch's fuzzy lookups) over the index's own sorted array.

/** Calls `visit(position, distance)` for each term of `sortedTerms` within `edits` of `key`, in order. */
export function forEachTermWithin(
  sortedTerms: readonly string[],
  key: string,
  edits: number,
  visit: (position: number, distance: number) => void,
): void {
  const width = key.length + 1;
  // A prefix longer than key.length + edits is always pruned, so the stack never grows past this.
  const deepest = key.length + edits + 1;
  const rows = new Int32Array((deepest + 1) * width);
  for (let column = 0; column < width; column++) rows[column] = column;
  let previous = "";
  let validDepth = 0; // rows[0..validDepth] are the rows of previous's first validDepth code units
  let position = 0;
  while (position < sortedTerms.length) {
    const term = sortedTerms[position] ?? "";
    let depth = Math.min(sharedPrefixLength(previous, term), validDepth);
    let pruned = false;
    while (depth < term.length) {
      depth += 1;
      if (fillRow(rows, width, depth, key, term.charCodeAt(depth - 1)) > edits) {
        pruned = true;
        break;
      }
    }
    previous = term;
    if (pruned) {
      validDepth = depth - 1;
      position = endOfPrefixRun(sortedTerms, term.slice(0, depth), position);
      continue;
    }
    validDepth = depth;
    const distance = rows[depth * width + key.length] ?? edits + 1;
    if (distance <= edits) visit(position, distance);
    position += 1;
  }
}

/** Fills row `depth` from row `depth - 1` for the code unit `unit`; returns the row's smallest value. */
function fillRow(rows: Int32Array, width: number, depth: number, key: string, unit: number): number {
  const above = (depth - 1) * width;
  const here = depth * width;
  rows[here] = depth;
  let smallest = depth;
  for (let column = 1; column < width; column++) {
    const substitution = (rows[above + column - 1] ?? 0) + (key.charCodeAt(column - 1) === unit ? 0 : 1);
    const deletion = (rows[above + column] ?? 0) + 1;
    const insertion = (rows[here + column - 1] ?? 0) + 1;
    const value = Math.min(substitution, deletion, insertion);
    rows[here + column] = value;
    if (value < smallest) smallest = value;
  }
  return smallest;
}

function sharedPrefixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared;
}

/** Position of the first term after `from` that does not start with `prefix` (terms[from] does). */
function endOfPrefixRun(sortedTerms: readonly string[], prefix: string, from: number): number {
  // Every term starting with `prefix` sorts below prefix + U+FFFF... except terms continuing with
  // U+FFFF itself, so search by predicate instead of by an upper-bound string.
  let low = from + 1;
  let high = sortedTerms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedTerms[middle] ?? "").startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return low;
}
