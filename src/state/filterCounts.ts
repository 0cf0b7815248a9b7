// Shown/total counts for each legend and filter entry.
import type { Dataset } from "../model";
import type { FilterResult } from "./filters";

export interface FilterCounts {
  actorKinds: Map<string, { shown: number; total: number }>;
  relationKinds: Map<string, { shown: number; total: number }>;
  /** Claims by status; "unsourced" counts relations without any claim. */
  statuses: Map<string, { shown: number; total: number }>;
  /** Claims citing each source. */
  sources: Map<string, { shown: number; total: number }>;
}

function bump(map: Map<string, { shown: number; total: number }>, key: string, shown: boolean): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { shown: 0, total: 0 }));
  entry.total++;
  if (shown) entry.shown++;
}

export function filterCounts(dataset: Dataset, result: FilterResult): FilterCounts {
  const counts: FilterCounts = {
    actorKinds: new Map(),
    relationKinds: new Map(),
    statuses: new Map(),
    sources: new Map(),
  };
  for (const actor of dataset.actors) bump(counts.actorKinds, actor.kind, result.actors.has(actor.id));
  for (const relation of dataset.relations) {
    bump(counts.relationKinds, relation.kind, result.relations.has(relation.id));
    if (relation.claims.length === 0) bump(counts.statuses, "unsourced", result.relations.has(relation.id));
    // A relation has a claim or two, a claim a source or two: arrays, not a set per item (60k
    // relations and 90k claims are counted on every filter change).
    const shownClaims = result.claims.get(relation.id) ?? [];
    for (const claim of relation.claims) {
      const shown = shownClaims.some((passing) => passing.id === claim.id);
      bump(counts.statuses, claim.status, shown);
      claim.sources.forEach((ref, index) => {
        if (!claim.sources.some((earlier, at) => at < index && earlier.source === ref.source))
          bump(counts.sources, ref.source, shown);
      });
    }
  }
  return counts;
}
