// Sorting and text filtering for the table view, independent of React.
import { normalizeForSearch } from "../../analysis";
import { textRanks } from "./textRanks";
export { actorNameRanks, cachedNameRanks, textRanks } from "./textRanks";
export type SortDirection = "ascending" | "descending";

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/**
 * The rows in the column's order; ties keep the rows' order. `ranks` (from `textRanks`) ranks the
 * column's texts when they were ranked before, so that sorting collates nothing.
 */
export function sortRows<R, K extends string>(
  rows: readonly R[],
  sort: SortState<K>,
  value: (row: R, key: K) => string | number,
  ranks?: ReadonlyMap<string, number>,
): R[] {
  const factor = sort.direction === "ascending" ? 1 : -1;
  // Each row's value once, and each distinct text collated once, to a rank: 60k relations name
  // 20k actors, and the collator is most of the cost of sorting them.
  const values = rows.map((row) => value(row, sort.key));
  const rank = ranks ?? textRanks(values.filter((entry): entry is string => typeof entry === "string"));
  const keys = values.map((entry) => (typeof entry === "number" ? entry : (rank.get(entry) ?? 0)));
  const order = integerOrder(keys, factor) ?? comparedOrder(keys, factor);
  return Array.from(order, (index) => rows[index] as R);
}

/** Row indexes by key (times `factor`), ties in row order: a comparison sort. */
function comparedOrder(keys: readonly number[], factor: number): number[] {
  const order = keys.map((_key, index) => index);
  order.sort((a, b) => ((keys[a] ?? 0) - (keys[b] ?? 0)) * factor || a - b);
  return order;
}

/**
 * The same order as `comparedOrder` when every key is a small non-negative integer (ranks,
 * counts): each row becomes one number, key × rows + index, and a typed array sorts those
 * without calling back into JavaScript (60k relations: ~10 ms instead of ~60 ms). Undefined
 * when a key does not fit.
 */
export function integerOrder(keys: readonly number[], factor: number): Float64Array | undefined {
  const count = keys.length;
  let largest = 0;
  for (const key of keys) {
    if (!Number.isInteger(key) || key < 0) return undefined;
    if (key > largest) largest = key;
  }
  if ((largest + 1) * count > Number.MAX_SAFE_INTEGER) return undefined;
  const packed = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const key = keys[index] ?? 0;
    packed[index] = (factor > 0 ? key : largest - key) * count + index;
  }
  packed.sort();
  for (let index = 0; index < count; index++) packed[index] = (packed[index] ?? 0) % count;
  return packed;
}

export function nextSort<K extends string>(current: SortState<K>, key: K, numeric: boolean): SortState<K> {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: numeric ? "descending" : "ascending" };
}

/**
 * Whether any cell contains the filter text, folded as the search box folds it (accents, case,
 * hyphens and Arabic letter variants do not matter): "al assad" finds "Bashar al-Assad".
 */
export function rowMatches(cells: readonly string[], filter: string): boolean {
  const needle = normalizeForSearch(filter);
  return needle === "" || cells.some((cell) => normalizeForSearch(cell).includes(needle));
}
