/** One problem found in input data, located by a JSON path such as `relations[3].claims[0]`. */
export type IssueSeverity = "error" | "warning";

export interface Issue {
  path: string;
  message: string;
  severity: IssueSeverity;
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

export const error = (path: string, message: string): Issue => ({ path, message, severity: "error" });

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === "error");
