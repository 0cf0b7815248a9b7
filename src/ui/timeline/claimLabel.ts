// What a claim on the timeline is called, for screen readers, tooltips and the text version.
import type { Claim, Relation } from "../../model";
import { actorName, relationKindLabel, type DatasetLookup } from "../../model";
import { formatTimeSpan } from "../format/dates";
import { statusText } from "../i18n/statusText";
import type { Translate } from "../i18n/translator";

export function relationLabel(lookup: DatasetLookup, relation: Relation): string {
  const directed = lookup.relationKinds.get(relation.kind)?.directed ?? true;
  return `${actorName(lookup, relation.from)} — ${relationKindLabel(lookup, relation.kind).toLowerCase()} ${directed ? "→" : "—"} ${actorName(lookup, relation.to)}`;
}

export const claimPeriod = (claim: Claim, t: Translate): string =>
  (claim.time ? formatTimeSpan(claim.time, t) : "") || t("timeline.undated");

export function claimLabel(lookup: DatasetLookup, relation: Relation, claim: Claim, t: Translate): string {
  const text = claim.text.length > 160 ? `${claim.text.slice(0, 159)}…` : claim.text;
  return `${statusText(t, claim.status).label}, ${claimPeriod(claim, t)}: ${relationLabel(lookup, relation)}. ${text}`;
}
