// Column mappings a person chose for spreadsheets Tangle did not recognise, remembered per set
// of headers in localStorage, so the same export from the same tool opens without asking again.
import type { SpreadsheetMapping } from "../../io/spreadsheet/columnMapping";

const KEY = "tangle:column-mappings";
const MAX_REMEMBERED = 50;

function readAll(): Record<string, SpreadsheetMapping> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, SpreadsheetMapping>)
      : {};
  } catch {
    return {};
  }
}

const usable = (mapping: SpreadsheetMapping | undefined): mapping is SpreadsheetMapping =>
  typeof mapping?.edges?.source === "string" && typeof mapping.edges.target === "string";

/**
 * Every usable remembered mapping by header set: passed to the import worker, which has no
 * localStorage and picks the one for the files' headers once it has read them.
 */
export function rememberedMappings(): Record<string, SpreadsheetMapping> {
  return Object.fromEntries(Object.entries(readAll()).filter(([, mapping]) => usable(mapping)));
}

export function rememberMapping(headerKey: string, mapping: SpreadsheetMapping): void {
  try {
    const all = Object.entries({ ...readAll(), [headerKey]: mapping }).slice(-MAX_REMEMBERED);
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(all)));
  } catch {
    // Storage full or off: the mapping is asked again next time.
  }
}
