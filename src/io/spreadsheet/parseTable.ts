// CSV/TSV text → a table of cells with PapaParse: delimiter detected (comma, semicolon, tab,
// pipe), quoted cells with newlines and doubled quotes handled, empty lines skipped.
import Papa from "papaparse";
import type { Issue } from "../../model";

export interface Table {
  /** The file (or "book.xlsx › Sheet") the table came from, for messages. */
  name: string;
  header: string[];
  rows: string[][];
  /** Spreadsheet row number of each row (the header is row 1). */
  rowNumbers: number[];
}

export function parseTable(name: string, text: string): { table: Table; warnings: Issue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  const warnings: Issue[] = parsed.errors
    .filter((problem) => problem.code !== "UndetectableDelimiter")
    .slice(0, 20)
    .map((problem) => ({
      path: `${name} row ${(problem.row ?? 0) + 1}`,
      message: problem.message,
      severity: "warning" as const,
    }));
  const all = parsed.data;
  const headerIndex = all.findIndex((row) => row.some((cell) => cell.trim() !== ""));
  const header = (all[headerIndex] ?? []).map((cell) => cell.trim());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  all.forEach((row, index) => {
    if (index <= headerIndex || row.every((cell) => cell.trim() === "")) return;
    rows.push(row);
    rowNumbers.push(index + 1);
  });
  return { table: { name, header, rows, rowNumbers }, warnings };
}

/** Rows → CSV text (used to keep an xlsx sheet as a CSV file). */
export const tableText = (rows: readonly (readonly string[])[]): string =>
  Papa.unparse(rows as string[][], { newline: "\r\n" });
