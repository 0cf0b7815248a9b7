// Imported texts must fit the dataset's length limits; longer ones are cut rather than refused.

/** Trimmed `text` cut to `max` characters (ending in "…" when cut); undefined when empty. */
export function fitText(text: string | undefined, max: number): { text?: string; cut: boolean } {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return { cut: false };
  if (trimmed.length <= max) return { text: trimmed, cut: false };
  return { text: `${trimmed.slice(0, max - 1).trimEnd()}…`, cut: true };
}
