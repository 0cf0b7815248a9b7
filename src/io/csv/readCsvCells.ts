// Typed values out of CSV cells; a bad cell becomes an issue at the row's line, naming the column.
import { error, type Issue, type Quantity, type SourceRef } from "../../model";
import { splitList } from "../exchange/listCell";
import { parseJson } from "../parseJson";
import type { CsvRow } from "./csvTable";

/** `[…]` JSON, or a plain "src-a | src-b" list of source ids as people type them. */
export function readSourceRefs(row: CsvRow, column: string, issues: Issue[]): SourceRef[] {
  const cell = row.get(column).trim();
  if (cell === "") return [];
  if (!cell.startsWith("[")) return splitList(cell).map((source) => ({ source }));
  return readJsonList(row, column, issues) as SourceRef[]; // shape checked when the dataset is validated
}

export function readQuantities(row: CsvRow, column: string, issues: Issue[]): Quantity[] {
  return row.get(column).trim() === "" ? [] : (readJsonList(row, column, issues) as Quantity[]);
}

function readJsonList(row: CsvRow, column: string, issues: Issue[]): unknown[] {
  const parsed = parseJson(row.get(column));
  if (parsed.ok && Array.isArray(parsed.value)) return parsed.value;
  const cause = parsed.ok ? undefined : parsed.issues[0];
  if (cause === undefined)
    issues.push(error(row.where, `${column} is not a JSON list`, "csv.cellNotJsonList", { column }));
  else
    issues.push({
      ...error(row.where, `${column} is not valid JSON (${cause.message})`, "csv.cellNotJson", { column }),
      cause,
    });
  return [];
}

/** "true"/"false" (also yes/no, 1/0); undefined for an empty cell. */
export function readBoolean(row: CsvRow, column: string, issues: Issue[]): boolean | undefined {
  const cell = row.get(column).trim().toLowerCase();
  if (cell === "") return undefined;
  if (["true", "yes", "1"].includes(cell)) return true;
  if (["false", "no", "0"].includes(cell)) return false;
  issues.push(
    error(row.where, `${column} must be true or false, not "${row.get(column)}"`, "csv.notBoolean", {
      column,
      value: row.get(column),
    }),
  );
  return undefined;
}

/** The trimmed cell, or undefined when empty (optional fields). */
export function readOptional(row: CsvRow, column: string): string | undefined {
  const cell = row.get(column).trim();
  return cell === "" ? undefined : cell;
}
