import type { z } from "zod";
import { formatPath, hasErrors, type Issue } from "./issue";
import { migrate } from "./migrate";
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

/** Issues of data already lifted to the current schema version. */
function validateCurrent(json: unknown): Issue[] {
  const parsed = DatasetSchema.safeParse(json);
  const structural = parsed.success ? [] : parsed.error.issues.map(describeZodIssue);
  return [...structural, ...checkReferences(json)];
}

/**
 * Every problem in `json` at once: structure, limits, references, dates. Older schema versions are
 * migrated first, so their issues are reported against the migrated form. Never throws.
 */
export function validate(json: unknown): Issue[] {
  const migrated = migrate(json);
  return migrated.ok ? validateCurrent(migrated.value) : migrated.issues;
}

export type ParseResult = { ok: true; dataset: Dataset; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Migrates, validates and, when there is no error (warnings allowed), returns the typed dataset. */
export function parseDataset(json: unknown): ParseResult {
  const migrated = migrate(json);
  if (!migrated.ok) return { ok: false, issues: migrated.issues };
  const issues = validateCurrent(migrated.value);
  if (hasErrors(issues)) return { ok: false, issues };
  const parsed = DatasetSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, issues };
  return { ok: true, dataset: parsed.data, issues };
}
