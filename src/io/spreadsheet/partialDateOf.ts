// A spreadsheet's date cell → a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD), or undefined.
import { isPartialDate } from "../../model";

export function partialDateOf(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(trimmed)?.[0];
  return iso !== undefined && isPartialDate(iso) ? iso : undefined;
}
