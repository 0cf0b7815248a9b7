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
  const entry = map.get(key) ?? { shown: 0, total: 0 };
  entry.total++;
  if (shown) entry.shown++;
  map.set(key, entry);
}

export function filterCounts(dataset: Dataset, result: FilterResult): FilterCounts {
  const counts: FilterCounts = { actorKinds: new Map(), relationKinds: new Map(), statuses: new Map(), sources: new Map() };
  for (const actor of dataset.actors) bump(counts.actorKinds, actor.kind, result.actors.has(actor.id));
  for (const relation of dataset.relations) {
    bump(counts.relationKinds, relation.kind, result.relations.has(relation.id));
    if (relation.claims.length === 0) bump(counts.statuses, "unsourced", result.relations.has(relation.id));
    const shownClaims = new Set(result.claims.get(relation.id)?.map((claim) => claim.id));
    for (const claim of relation.claims) {
      const shown = shownClaims.has(claim.id);
      bump(counts.statuses, claim.status, shown);
      for (const source of new Set(claim.sources.map((ref) => ref.source))) bump(counts.sources, source, shown);
    }
  }
  return counts;
}
