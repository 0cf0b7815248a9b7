// RFC 4180 CSV: writing rows, and reading records with the line each starts on.
import { error, type Issue } from "../../model";

export interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts (a quoted cell may span several lines). */
  line: number;
}

const NEEDS_QUOTES = /[",\r\n]/;

export const formatCsvRow = (cells: readonly string[]): string =>
  cells.map((cell) => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",");

/** Spreadsheets in some locales write ";" or tabs; the header line tells which. */
function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  return header.includes("\t") ? "\t" : ",";
}

const countLines = (text: string): number => text.split("\n").length - 1;

/** Every record of `text`; blank lines are skipped. Errors name `fileName` and the line. Never throws. */
export function parseCsv(
  text: string,
  fileName: string,
): { ok: true; records: CsvRecord[] } | { ok: false; issues: Issue[] } {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = sniffDelimiter(source);
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      if (source[i] === '"') {
        let value = "";
        let at = i + 1;
        for (;;) {
          const quote = source.indexOf('"', at);
          if (quote === -1)
            return {
              ok: false,
              issues: [error(`${fileName} line ${line}`, "a quoted cell is never closed", "csv.unclosedQuote")],
            };
          value += source.slice(at, quote);
          if (source[quote + 1] === '"') {
            value += '"';
            at = quote + 2;
          } else {
            at = quote + 1;
            break;
          }
        }
        line += countLines(source.slice(i, at));
        i = at;
        cells.push(value);
        const next = source[i];
        if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
          return {
            ok: false,
            issues: [
              error(
                `${fileName} line ${line}`,
                "unexpected text after the closing quote of a cell",
                "csv.textAfterQuote",
              ),
            ],
          };
        }
      } else {
        let end = i;
        while (end < source.length && source[end] !== delimiter && source[end] !== "\r" && source[end] !== "\n") end++;
        cells.push(source.slice(i, end));
        i = end;
      }
      if (source[i] === delimiter) {
        i++;
        continue;
      }
      if (source[i] === "\r") i++;
      if (source[i] === "\n") i++;
      line++;
      break;
    }
    if (cells.length > 1 || cells[0] !== "") records.push({ cells, line: start });
  }
  return { ok: true, records };
}
