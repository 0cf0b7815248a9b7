import { hasErrors, type Issue } from "./issue";
import { migrate } from "./migrate";
import { checkReferences } from "./referenceRules";
import { DatasetSchema } from "./schema";
import type { Dataset } from "./types";
import { describeZodIssue } from "./zodIssues";

/** The schema parse and the reference rules of data already lifted to the current version, each run once. */
function checkCurrent(json: unknown): { dataset: Dataset | undefined; issues: Issue[] } {
  const parsed = DatasetSchema.safeParse(json);
  const structural = parsed.success ? [] : parsed.error.issues.map(describeZodIssue);
  return { dataset: parsed.success ? parsed.data : undefined, issues: [...structural, ...checkReferences(json)] };
}

/** Migrates older schema versions first, so their issues are reported against the migrated form. */
function check(json: unknown): { dataset: Dataset | undefined; issues: Issue[] } {
  const migrated = migrate(json);
  return migrated.ok ? checkCurrent(migrated.value) : { dataset: undefined, issues: migrated.issues };
}

/** Every problem in `json` at once: structure, limits, references, dates. Never throws. */
export function validate(json: unknown): Issue[] {
  return check(json).issues;
}

export type ParseResult = { ok: true; dataset: Dataset; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Migrates and validates once and, when there is no error (warnings allowed), returns the typed dataset. */
export function parseDataset(json: unknown): ParseResult {
  const { dataset, issues } = check(json);
  if (hasErrors(issues) || !dataset) return { ok: false, issues };
  return { ok: true, dataset, issues };
}
