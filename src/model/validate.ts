import type { z } from "zod";
import { formatPath, hasErrors, type Issue } from "./issue";
import { checkReferences } from "./referenceRules";
import { DatasetSchema } from "./schema";
import type { Dataset } from "./types";

function describeZodIssue(issue: z.core.$ZodIssue): Issue {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    return { path, message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${keys}`, severity: "error" };
  }
  return { path, message: issue.message, severity: "error" };
}

/** Every problem in `json` at once: structure, limits, references, dates. Never throws. */
export function validate(json: unknown): Issue[] {
  const parsed = DatasetSchema.safeParse(json);
  const structural = parsed.success ? [] : parsed.error.issues.map(describeZodIssue);
  return [...structural, ...checkReferences(json)];
}

export type ParseResult = { ok: true; dataset: Dataset; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Validates and, when there is no error (warnings allowed), returns the typed dataset. */
export function parseDataset(json: unknown): ParseResult {
  const issues = validate(json);
  if (hasErrors(issues)) return { ok: false, issues };
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues };
  return { ok: true, dataset: parsed.data, issues };
}
