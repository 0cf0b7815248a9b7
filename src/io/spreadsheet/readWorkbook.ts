// An .xlsx workbook → its sheets as CSV texts named "book.xlsx › Sheet", so that a workbook is
// read (and kept for the next visit) exactly like CSV files. read-excel-file is loaded only when a
// workbook is opened: it is maintained, small (fflate + a SAX parser), and reads values only,
// which is all an import needs (SheetJS is no longer published on npm; exceljs is ~10× larger).
import { error, type Issue } from "../../model";
import { guessEdgeColumns } from "./columnMapping";
import { tableText } from "./parseTable";

export interface SheetText {
  name: string;
  text: string;
}

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** Never throws: a file that is not a workbook comes back as an issue. */
export async function readWorkbook(
  name: string,
  bytes: ArrayBuffer,
): Promise<{ ok: true; sheets: SheetText[] } | { ok: false; issues: Issue[] }> {
  try {
    const { default: readXlsxFile } = await import("read-excel-file/universal");
    const sheets = await readXlsxFile(bytes);
    const filled = sheets
      .map((sheet) => ({ name: `${name} › ${sheet.sheet}`, rows: sheet.data.map((row) => row.map(cellText)) }))
      .filter((sheet) => sheet.rows.some((row) => row.some((cell) => cell.trim() !== "")));
    if (filled.length === 0)
      return { ok: false, issues: [error(name, "the workbook has no sheet with data", "xlsx.noData")] };
    // Nodes + edges: the first sheet naming both ends of a relation, and one other sheet.
    const edges = filled.find((sheet) => guessEdgeColumns((sheet.rows[0] ?? []).map((cell) => cell.trim())));
    const chosen = edges
      ? [filled.find((sheet) => sheet !== edges), edges].filter((sheet) => sheet !== undefined)
      : filled.slice(0, 2);
    return { ok: true, sheets: chosen.map((sheet) => ({ name: sheet.name, text: tableText(sheet.rows) })) };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      issues: [error(name, `not a readable .xlsx workbook (${reason})`, "xlsx.unreadable", { reason })],
    };
  }
}
