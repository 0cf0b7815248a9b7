// Foreign attributes a dataset keeps as they are (`attributes` of an actor or relation), within
// the format's limits, and the names that carry a kind in other tools' files.
import { LIMITS } from "../../model";
import type { AttributeValue } from "./graphDraft";

/** Attribute names other tools use for what Tangle calls a kind, in order of preference. */
export const ACTOR_KIND_NAMES = ["kind", "type", "category"] as const;
export const RELATION_KIND_NAMES = ["kind", "type", "label", "relation"] as const;

const MAX_ATTRIBUTES = 100;
const MAX_NAME = LIMITS.id;

/** The first of `names` with a non-empty value, and which it was. */
export function firstPresent(
  values: ReadonlyMap<string, AttributeValue>,
  names: readonly string[],
): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = values.get(name);
    if (value !== undefined && String(value).trim() !== "") return { name, value: String(value).trim() };
  }
  return undefined;
}

/**
 * The values not in `consumed`, as a plain object: long texts are cut, and past 100 attributes the
 * rest are counted in `dropped` so the import can say so.
 */
export function keptAttributes(
  values: ReadonlyMap<string, AttributeValue>,
  consumed: ReadonlySet<string>,
): { attributes?: Record<string, AttributeValue>; dropped: number } {
  const attributes: Record<string, AttributeValue> = {};
  let count = 0;
  let dropped = 0;
  for (const [name, value] of values) {
    if (consumed.has(name)) continue;
    if (typeof value === "string" && value.trim() === "") continue;
    if (count >= MAX_ATTRIBUTES) {
      dropped++;
      continue;
    }
    const key = name.slice(0, MAX_NAME);
    attributes[key] = typeof value === "string" ? value.slice(0, LIMITS.text) : value;
    count++;
  }
  return count > 0 ? { attributes, dropped } : { dropped };
}
