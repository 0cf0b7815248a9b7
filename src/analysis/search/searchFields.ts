// The fields a hit can come from, as small numbers for the index's typed arrays. The order is the
// preference when one actor matches equally well in several fields; names and aliases come first.
import type { SearchField } from "./types";

export const SEARCH_FIELDS: readonly SearchField[] = ["name", "alias", "tags", "summary"];

export function fieldCode(field: SearchField): number {
  return SEARCH_FIELDS.indexOf(field);
}

/** Name and alias matches outrank summary and tag matches of the same rank. */
export function isNameLike(code: number): boolean {
  return code <= 1;
}
