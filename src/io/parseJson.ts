import { error, type Issue } from "../model";
import { locateJsonError } from "./locateJsonError";

export type JsonResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/**
 * Deeper nesting than this is refused: no dataset needs it (ours nest about 6 deep), and the
 * validation and migration that follow parsing walk the value recursively.
 */
export const MAX_JSON_DEPTH = 64;

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The problem at `offset` as a person can read it (control and invisible characters by code). */
function syntaxIssue(text: string, offset: number): Issue {
  const at = lineColumnAt(text, offset);
  const path = `line ${at.line}, column ${at.column}`;
  const place = { line: at.line, column: at.column };
  const code = text.codePointAt(offset);
  if (code === undefined)
    return error(
      path,
      "not valid JSON: the text ends too early (a bracket, brace or string is not closed)",
      "json.endsEarly",
      place,
    );
  const char = String.fromCodePoint(code);
  const visible = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) && !/[\p{Cf}]/u.test(char);
  const shown = visible ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return error(path, `not valid JSON: unexpected character ${shown}`, "json.unexpectedCharacter", {
    ...place,
    character: shown,
  });
}

/** Depth of the deepest array or object in `value`, counted without recursion, stopping past `limit`. */
function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item))
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * JSON.parse that never throws: a syntax error becomes an Issue saying where (line, column) and
 * what was found there, in our words (engines word it differently, and Chrome quotes raw bytes).
 */
export function parseJson(text: string): JsonResult {
  if (text.trim() === "")
    return { ok: false, issues: [error("(root)", "not valid JSON: the file is empty", "json.empty")] };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : locateJsonError(text);
    if (offset === undefined) return { ok: false, issues: [error("(root)", "not valid JSON", "json.notValid")] };
    return { ok: false, issues: [syntaxIssue(text, offset)] };
  }
  if (exceedsDepth(value, MAX_JSON_DEPTH))
    return {
      ok: false,
      issues: [
        error("(root)", `nested more than ${MAX_JSON_DEPTH} levels deep; a dataset never is`, "json.tooDeep", {
          depth: MAX_JSON_DEPTH,
        }),
      ],
    };
  return { ok: true, value };
}
