// One edit, checked by the same rules as a file: the change is applied only when the dataset
// it gives is valid; otherwise the problems are returned, each with its JSON path.
import { hasErrors, validate, type Dataset, type Issue } from "../../model";
import type { EditLabel } from "./editLabel";
import { applyOp, invertOp, type EditOp } from "./operations";

export interface Edit {
  /** What a person would call the change ("Add actor Kamal Hassan"), as data the interface words. */
  label: EditLabel;
  op: EditOp;
}

export type EditResult =
  { ok: true; dataset: Dataset; inverse: EditOp; warnings: Issue[] } | { ok: false; issues: Issue[] };

export function applyEdit(dataset: Dataset, op: EditOp): EditResult {
  const next = applyOp(dataset, op);
  const issues = validate(next);
  if (hasErrors(issues)) return { ok: false, issues: issues.filter((issue) => issue.severity === "error") };
  return { ok: true, dataset: next, inverse: invertOp(dataset, op), warnings: issues };
}
