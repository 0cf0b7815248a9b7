// A short excerpt of a summary around the word that matched, for "why did this match" display.
import { normalizeForSearch } from "./normalizeForSearch";

const CONTEXT_CHARS = 40;
const WORD = /[^\s]+/gu; // whitespace-separated, as written: punctuation stays with its word

function clip(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const head = from > 0 ? "…" : "";
  const tail = to < text.length ? "…" : "";
  return `${head}${text.slice(from, to).trim()}${tail}`;
}

/**
 * The part of `summary` around the first word for which `isMatchedWord` holds of one of its
 * normalised words (as indexed). Falls back to the start of the summary when none does.
 */
export function summarySnippet(summary: string, isMatchedWord: (normalizedWord: string) => boolean): string {
  for (const word of summary.matchAll(WORD)) {
    if (normalizeForSearch(word[0]).split(" ").some(isMatchedWord)) {
      return clip(summary, word.index, word.index + word[0].length);
    }
  }
  return clip(summary, 0, 0);
}
