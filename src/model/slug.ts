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
