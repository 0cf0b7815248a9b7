import { error, type Issue } from "../model";
import { locateJsonError } from "./locateJsonError";

export type JsonResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

/**
 * JSON.parse that never throws: a syntax error becomes an Issue saying where (line, column).
 * Engines word the error differently; V8 gives either "position N" or "line L column C".
 */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    let where = "";
    const offset = position ? Number(position[1]) : locateJsonError(text);
    if (lineColumn) where = `line ${lineColumn[1]}, column ${lineColumn[2]}`;
    else if (offset !== undefined) {
      const at = lineColumnAt(text, offset);
      where = `line ${at.line}, column ${at.column}`;
    }
    const reason = text.trim() === "" ? "the file is empty" : message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*$/, "").replace(/, "[\s\S]*" is not valid JSON$/, "");
    return { ok: false, issues: [error(where || "(root)", `not valid JSON: ${reason}`)] };
  }
}
