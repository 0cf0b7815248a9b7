// CSV/TSV text → a table of cells with PapaParse: delimiter detected (comma, semicolon, tab,
// pipe), quoted cells with newlines and doubled quotes handled, empty lines skipped.
import Papa from "papaparse";
import { warning, type Issue, type IssueCode } from "../../model";

export interface Table {
  /** The file (or "book.xlsx › Sheet") the table came from, for messages. */
  name: string;
  header: string[];
  rows: string[][];
  /** Spreadsheet row number of each row (the header is row 1). */
  rowNumbers: number[];
}

/** PapaParse's problems by its code; any other is said with PapaParse's English reason. */
const PARSE_PROBLEMS: Partial<Record<string, IssueCode>> = {
  MissingQuotes: "spreadsheet.missingQuotes",
  InvalidQuotes: "spreadsheet.invalidQuotes",
  TooFewFields: "spreadsheet.tooFewFields",
  TooManyFields: "spreadsheet.tooManyFields",
};

export function parseTable(name: string, text: string): { table: Table; warnings: Issue[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t", "|"],
  });
  const warnings: Issue[] = parsed.errors
    .filter((problem) => problem.code !== "UndetectableDelimiter")
    .slice(0, 20)
    .map((problem) =>
      warning(
        `${name} row ${(problem.row ?? 0) + 1}`,
        problem.message,
        PARSE_PROBLEMS[problem.code] ?? "spreadsheet.parseProblem",
        {
          reason: problem.message,
        },
      ),
    );
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
