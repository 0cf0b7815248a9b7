// One problem found in input data. `message` is English (the command line, logs and tests read
// it); `code` and `values` let the interface say the same in the reader's language.
import type { IssueCode } from "./issueCodes";

export type { IssueCode } from "./issueCodes";
export type IssueSeverity = "error" | "warning";

/** The data a problem's sentence names: counts, ids, names, line numbers. */
export type IssueValues = Readonly<Record<string, string | number>>;

/** Located by a JSON path such as `relations[3].claims[0]`, or a file and line. */
export interface Issue {
  path: string;
  message: string;
  severity: IssueSeverity;
  /** Which problem, from ISSUE_CODES; an issue without one is shown by its English message. */
  code?: IssueCode;
  values?: IssueValues;
  /** The field of the item at `path` the problem is about, when `path` is a line of a file. */
  field?: string;
  /** The problem behind this one (stored dataset details that were not read: why). */
  cause?: Issue;
}

/** `["relations", 3, "claims", 0]` → `relations[3].claims[0]`. Empty path → `(root)`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? "(root)" : out;
}

const issue =
  (severity: IssueSeverity) =>
  (path: string, message: string, code: IssueCode, values?: IssueValues): Issue =>
    values === undefined ? { path, message, severity, code } : { path, message, severity, code, values };

export const error = issue("error");
export const warning = issue("warning");

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === "error");
