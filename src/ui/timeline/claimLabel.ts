// What a claim on the timeline is called, for screen readers, tooltips and the text version.
import type { Claim, Relation } from "../../model";
import { actorName, relationKindLabel, type DatasetLookup } from "../../model";
import { statusLabel } from "../../state";
import { formatTimeSpan } from "../format/dates";

export function relationLabel(lookup: DatasetLookup, relation: Relation): string {
  const directed = lookup.relationKinds.get(relation.kind)?.directed ?? true;
  return `${actorName(lookup, relation.from)} — ${relationKindLabel(lookup, relation.kind).toLowerCase()} ${directed ? "→" : "—"} ${actorName(lookup, relation.to)}`;
}

export const claimPeriod = (claim: Claim): string => (claim.time ? formatTimeSpan(claim.time) : "") || "undated";

export function claimLabel(lookup: DatasetLookup, relation: Relation, claim: Claim): string {
  const text = claim.text.length > 160 ? `${claim.text.slice(0, 159)}…` : claim.text;
  return `${statusLabel(claim.status)}, ${claimPeriod(claim)}: ${relationLabel(lookup, relation)}. ${text}`;
}
