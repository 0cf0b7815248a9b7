// One entry point for a file a person drops or picks: the format is chosen by extension, or by
// content when the extension says nothing, and every issue names the file.
import { error, type Issue } from "../model";
import { detectFormat } from "./detectFormat";
import { readGraphFile } from "./readGraphFile";
import { readDataset, type ReadResult } from "./readDataset";
import { fromSpreadsheets } from "./spreadsheet/fromSpreadsheets";

/** "(root)" becomes the file name; a line or JSON path gets the file name in front. */
const located = (name: string, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({
    ...issue,
    path: issue.path === "(root)" ? name : issue.path.startsWith(name) ? issue.path : `${name} ${issue.path}`,
  }));

function withFileName(name: string, result: ReadResult): ReadResult {
  return result.ok
    ? { ...result, warnings: located(name, result.warnings) }
    : { ...result, issues: located(name, result.issues) };
}

/**
 * Never throws: a reader that does (a bug) gives an "unexpected error" naming the file rather
 * than a blank page.
 */
export function importFile(name: string, text: string): ReadResult {
  try {
    return readFile(name, text);
  } catch (cause) {
    return unexpectedError(name, cause);
  }
}

/** The last resort of the import entry points (a bug in a reader), said without a stack trace. */
export function unexpectedError(name: string, cause: unknown): ReadResult {
  const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return {
    ok: false,
    issues: [
      error(
        name,
        `unexpected error while reading this file (${reason.slice(0, 200)}); please report it with the file`,
        "import.unexpected",
        { reason: reason.slice(0, 200) },
      ),
    ],
  };
}

function readFile(name: string, text: string): ReadResult {
  if (text.trim() === "") return { ok: false, issues: [error(name, "the file is empty", "import.emptyFile")] };
  // Other tools' formats (GEXF, GraphML, GML, FollowTheMoney, JSON graphs, DOT…): src/io/readGraphFile.ts.
  const detected = detectFormat(name, text);
  const graph = readGraphFile(name, text, detected);
  if (graph) return withFileName(name, graph);
  switch (detected.format) {
    case "json":
      return withFileName(name, readDataset(text));
    case "csv":
    case "xlsx":
      return fromSpreadsheets([{ name, text }]);
    default:
      return {
        ok: false,
        issues: [
          error(
            name,
            "unknown file type: Tangle reads .json datasets, GEXF, GraphML, GML, FollowTheMoney (.ftm), JSON Graph/Cytoscape JSON and CSV/TSV/xlsx spreadsheets",
            "format.unknown",
          ),
        ],
      };
  }
}
