import { LIMITS } from "./schema";

/**
 * Any text → an id in the dataset alphabet ([a-z0-9-], at most `maxLength` long):
 * "Café Nord" → "cafe-nord". Text with no Latin letters or digits gives "".
 */
export function slugify(text: string, maxLength: number = LIMITS.id): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/**
 * `base`, or `base-2`, `base-3`… whichever is not taken, shortened where needed so that the
 * suffix fits in `maxLength`. Story ids and imported ids are made unique by this one rule.
 */
export function uniqueId(base: string, isTaken: (id: string) => boolean, maxLength: number = LIMITS.id): string {
  let id = base;
  for (let n = 2; isTaken(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, maxLength - suffix.length).replace(/-+$/, "")}${suffix}`;
  }
  return id;
}
