// One or more picked files → a dataset. Spreadsheets may come as two files (nodes and edges,
// or Tangle's actors and relations) or as the sheets of one workbook (already turned into CSV
// texts named "book.xlsx › Sheet"); anything else must be a single file.
import { error } from "../model";
import { detectFormat } from "./detectFormat";
import { importFile, unexpectedError } from "./importFile";
import type { SpreadsheetMapping } from "./spreadsheet/columnMapping";
import { fromSpreadsheets, headerKey, type SpreadsheetResult } from "./spreadsheet/fromSpreadsheets";
import { parseTable } from "./spreadsheet/parseTable";
import { areCsvTables, fromCsvTables } from "./tables/fromCsvTables";

export interface PickedFile {
  name: string;
  text: string;
}

export type ImportResult = SpreadsheetResult;

const isSheet = (file: PickedFile) => {
  const format = detectFormat(file.name, file.text).format;
  return format === "csv" || format === "xlsx" || file.name.includes(" › ");
};

/** The key a spreadsheet's column mapping is remembered by: its headers ("" for other files). */
export function headerKeyOf(files: readonly PickedFile[]): string {
  if (files.length === 0 || !files.every(isSheet)) return "";
  return headerKey(files.map((file) => parseTable(file.name, file.text.slice(0, 20000)).table));
}

/** Never throws (see importFile). `mapping` is the column mapping a person chose for spreadsheets that were not recognised. */
export function importFiles(files: readonly PickedFile[], mapping?: SpreadsheetMapping): ImportResult {
  try {
    return readFiles(files, mapping);
  } catch (cause) {
    return unexpectedError(files.map((file) => file.name).join(", ") || "(no file)", cause);
  }
}

function readFiles(files: readonly PickedFile[], mapping?: SpreadsheetMapping): ImportResult {
  const [first] = files;
  if (!first) return { ok: false, issues: [error("(no file)", "no file was chosen", "import.noFile")] };
  // Tangle's lossless CSV tables (from its .zip export, or picked together).
  if (areCsvTables(files)) return fromCsvTables(files);
  if (files.every(isSheet) && files.length <= 2) {
    const title = first.name.includes(" › ")
      ? first.name.slice(0, first.name.indexOf(" › ")).replace(/\.xlsx$/i, "")
      : undefined;
    return fromSpreadsheets(files, mapping, title);
  }
  if (files.length === 1) return importFile(first.name, first.text);
  return {
    ok: false,
    issues: [
      error(
        files.map((file) => file.name).join(", "),
        "choose one dataset or graph file, or spreadsheets (one edge list, or nodes and edges) together",
        "import.tooManyFiles",
      ),
    ],
  };
}
