// The "In this step" list of the presenter: each focused relation in words, with the classroom
// label of its claims, so that a claim that is not a fact is never read out as one.
import { actorName, relationKindLabel, strongestStatus, type DatasetLookup } from "../../model";
import { classroomLabel } from "./classroomLabel";
import type { StepView } from "./stepView";

export interface StepRelationRow {
  id: string;
  from: string;
  kind: string;
  to: string;
  directed: boolean;
  /** Label of the best evidence shown, e.g. "Claimed, not verified"; undefined when it is a finding. */
  label?: string;
  /** Labels of weaker claims shown beside a finding, e.g. "Denied" when a party denies it. */
  also: string[];
}

export function stepRelationRows(lookup: DatasetLookup, view: StepView): StepRelationRow[] {
  const rows: StepRelationRow[] = [];
  for (const id of view.focusRelations) {
    const relation = lookup.relations.get(id);
    const claims = view.visibleClaims(id);
    if (!relation || claims.length === 0) continue;
    const label = classroomLabel(strongestStatus(claims));
    const also = label ? [] : [...new Set(claims.flatMap((claim) => classroomLabel(claim.status) ?? []))];
    rows.push({
      id,
      from: actorName(lookup, relation.from),
      kind: relationKindLabel(lookup, relation.kind),
      to: actorName(lookup, relation.to),
      directed: lookup.relationKinds.get(relation.kind)?.directed ?? true,
      label,
      also,
    });
  }
  return rows;
}
