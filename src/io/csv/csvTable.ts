// A CSV file read as a table: cells looked up by column name, formula guards removed, and the
// header checked against the columns Tangle knows.
import { error, warning, type Issue } from "../../model";
import { parseCsv } from "./csvText";
import { unguardCell } from "./formulaGuard";

export interface CsvRow {
  /** Where the row starts, e.g. "relations.csv line 7". */
  where: string;
  /** The cell of `column` ("" when the file has no such column). */
  get(column: string): string;
}

export type TableResult = { ok: true; rows: CsvRow[]; warnings: Issue[] } | { ok: false; issues: Issue[] };

export function readTable(
  text: string,
  fileName: string,
  known: readonly string[],
  required: readonly string[],
): TableResult {
  const parsed = parseCsv(text, fileName);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.records;
  if (!header)
    return {
      ok: false,
      issues: [error(fileName, "the file is empty; its first line must name the columns", "csv.noHeader")],
    };
  const names = header.cells.map((cell) => unguardCell(cell).trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, position) => {
    if (!index.has(name)) index.set(name, position);
  });
  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0)
    return {
      ok: false,
      issues: [
        error(
          `${fileName} line ${header.line}`,
          `missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`,
          "csv.missingColumns",
          { count: missing.length, columns: missing.join(", ") },
        ),
      ],
    };
  const warnings: Issue[] = [];
  const unknown = names.filter((name) => name !== "" && !known.includes(name));
  if (unknown.length > 0)
    warnings.push(
      warning(
        `${fileName} line ${header.line}`,
        `unknown columns were ignored: ${unknown.join(", ")}`,
        "csv.unknownColumns",
        {
          count: unknown.length,
          columns: unknown.join(", "),
        },
      ),
    );

  const issues: Issue[] = [];
  const rows: CsvRow[] = [];
  for (const record of records) {
    const where = `${fileName} line ${record.line}`;
    if (record.cells.length !== names.length) {
      issues.push(
        error(where, `has ${record.cells.length} cells where the header has ${names.length}`, "csv.cellCount", {
          cells: record.cells.length,
          columns: names.length,
        }),
      );
      continue;
    }
    rows.push({ where, get: (column) => unguardCell(record.cells[index.get(column) ?? -1] ?? "") });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows, warnings };
}
