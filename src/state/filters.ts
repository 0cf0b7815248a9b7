// Which actors, relations and claims pass the filters. Pure; the view hides or fades the rest.
import { periodEnd, periodStart, type Claim, type Dataset, type Relation } from "../model";
import type { Filters } from "./appState";

export interface FilterResult {
  actors: Set<string>;
  relations: Set<string>;
  /** The claims of each shown relation that pass (a relation shows when one does); [] for a shown unsourced relation. */
  claims: Map<string, Claim[]>;
}

/** Whether a claim's time overlaps the window; undated claims follow `includeUndated`. */
export function claimInWindow(claim: Claim, filters: Pick<Filters, "timeFrom" | "timeTo" | "includeUndated">): boolean {
  const { timeFrom, timeTo } = filters;
  const time = claim.time;
  if (!time || (time.from === undefined && time.to === undefined)) return filters.includeUndated;
  if (timeFrom === undefined && timeTo === undefined) return true;
  const claimStart = time.from === undefined ? "0000-01-01" : periodStart(time.from);
  const claimEnd = time.to === undefined ? "9999-12-31" : periodEnd(time.to);
  const windowStart = timeFrom === undefined ? "0000-01-01" : periodStart(timeFrom);
  const windowEnd = timeTo === undefined ? "9999-12-31" : periodEnd(timeTo);
  return claimStart <= windowEnd && claimEnd >= windowStart;
}

export function claimPasses(claim: Claim, filters: Filters): boolean {
  if (filters.hiddenStatuses.includes(claim.status)) return false;
  if (filters.sources.length > 0 && !claim.sources.some((ref) => filters.sources.includes(ref.source))) return false;
  return claimInWindow(claim, filters);
}

/**
 * A relation without claims has no status, source or date: it shows unless unsourced relations are
 * hidden (as "confirmed and reported only" does), a source is required, or undated items are left out.
 */
export function unsourcedPasses(filters: Filters): boolean {
  return !filters.hiddenStatuses.includes("unsourced") && filters.sources.length === 0 && filters.includeUndated;
}

export function applyFilters(dataset: Dataset, filters: Filters): FilterResult {
  const hiddenActorKinds = new Set(filters.hiddenActorKinds);
  const hiddenRelationKinds = new Set(filters.hiddenRelationKinds);
  const actors = new Set(dataset.actors.filter((actor) => !hiddenActorKinds.has(actor.kind)).map((actor) => actor.id));
  const relations = new Set<string>();
  const claims = new Map<string, Claim[]>();
  const relationShows = (relation: Relation) =>
    !hiddenRelationKinds.has(relation.kind) && actors.has(relation.from) && actors.has(relation.to);
  for (const relation of dataset.relations) {
    if (!relationShows(relation)) continue;
    if (relation.claims.length === 0) {
      if (!unsourcedPasses(filters)) continue;
      relations.add(relation.id);
      claims.set(relation.id, []);
      continue;
    }
    const passing = relation.claims.filter((claim) => claimPasses(claim, filters));
    if (passing.length === 0) continue;
    relations.add(relation.id);
    claims.set(relation.id, passing);
  }
  return { actors, relations, claims };
}

/** True when no filter is active (the "reset" button's disabled state). */
export function filtersAreDefault(filters: Filters): boolean {
  return (
    filters.hiddenActorKinds.length === 0 &&
    filters.hiddenRelationKinds.length === 0 &&
    filters.hiddenStatuses.length === 0 &&
    filters.sources.length === 0 &&
    filters.timeFrom === undefined &&
    filters.timeTo === undefined &&
    filters.includeUndated
  );
}

/** The one-click "confirmed and reported only" preset: relations without evidence go too. */
export const FACTS_ONLY_STATUSES = ["claimed", "disputed", "denied", "unsourced"] as const;

export function toggleListItem<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((value) => value !== item) : [...list, item];
}
