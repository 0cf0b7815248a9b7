// One entry point for a file a person drops or picks: the format is chosen by extension, or by
// content when the extension says nothing, and every issue names the file.
import { error, type Issue } from "../model";
import { fromGexf } from "./gexf/fromGexf";
import { fromGraphml } from "./graphml/fromGraphml";
import { readDataset, type ReadResult } from "./readDataset";

type Format = "json" | "gexf" | "graphml" | "csv" | "unknown";

function detectFormat(name: string, text: string): Format {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "gexf") return "gexf";
  if (extension === "graphml") return "graphml";
  if (extension === "csv") return "csv";
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) {
    // Skip the declaration and comments: the root element decides.
    const root = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
    if (root === "gexf") return "gexf";
    if (root === "graphml") return "graphml";
  }
  // An .xml file that is neither: the GraphML reader says what its root element is.
  return extension === "xml" ? "graphml" : "unknown";
}

/** "(root)" becomes the file name; a line or JSON path gets the file name in front. */
const located = (name: string, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({ ...issue, path: issue.path === "(root)" ? name : issue.path.startsWith(name) ? issue.path : `${name} ${issue.path}` }));

function withFileName(name: string, result: ReadResult): ReadResult {
  return result.ok ? { ...result, warnings: located(name, result.warnings) } : { ok: false, issues: located(name, result.issues) };
}

/**
 * Never throws: a reader that does (a bug) gives an "unexpected error" naming the file rather
 * than a blank page. CSV needs its two files together (`fromCsv`), so a single CSV is refused with a reason.
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
  return { ok: false, issues: [error(name, `unexpected error while reading this file (${reason.slice(0, 200)}); please report it with the file`)] };
}

function readFile(name: string, text: string): ReadResult {
  if (text.trim() === "") return { ok: false, issues: [error(name, "the file is empty")] };
  switch (detectFormat(name, text)) {
    case "json":
      return withFileName(name, readDataset(text));
    case "gexf":
      return withFileName(name, fromGexf(text, { fallbackTitle: name }));
    case "graphml":
      return withFileName(name, fromGraphml(text, { fallbackTitle: name }));
    case "csv":
      return { ok: false, issues: [error(name, "a CSV export is two files, actors.csv and relations.csv; import them together")] };
    case "unknown":
      return { ok: false, issues: [error(name, "unknown file type: Tangle reads .json datasets, .gexf and .graphml (or .xml) graphs")] };
  }
}
