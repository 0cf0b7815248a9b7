// Ids for stories and steps in the dataset's id alphabet ([a-z0-9-], at most LIMITS.id long).
import { LIMITS, slugify, uniqueId as uniqueModelId } from "../../model";

/** Room kept for a "-123" suffix when the id must be made unique. */
const SLUG_MAX = LIMITS.id - 8;

/** "Who pays whom?" → "who-pays-whom"; a title with no Latin letters or digits gives `fallback`. */
export function storyIdFrom(title: string, fallback: string): string {
  return slugify(title, SLUG_MAX) || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export const uniqueId = (base: string, taken: ReadonlySet<string>): string =>
  uniqueModelId(base, (id) => taken.has(id));
