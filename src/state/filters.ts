// Which actors, relations and claims pass the filters. Pure; the view hides or fades the rest.
import { periodEnd, periodStart, type Claim, type Dataset, type Relation } from "../model";
import type { Filters } from "./appState";

export interface FilterResult {
  actors: Set<string>;
  relations: Set<string>;
  /** The claims of each shown relation that pass (a relation shows when one does); [] for a shown unsourced relation. */
  claims: Map<string, Claim[]>;
}

type WindowFilters = Pick<Filters, "timeFrom" | "timeTo" | "includeUndated">;

/** A time filter's bounds as day texts, worked out once for all the claims it is applied to. */
interface TimeWindow {
  includeUndated: boolean;
  /** No bounds: every dated claim passes. */
  open: boolean;
  start: string;
  end: string;
}

const timeWindow = ({ timeFrom, timeTo, includeUndated }: WindowFilters): TimeWindow => ({
  includeUndated,
  open: timeFrom === undefined && timeTo === undefined,
  start: timeFrom === undefined ? "0000-01-01" : periodStart(timeFrom),
  end: timeTo === undefined ? "9999-12-31" : periodEnd(timeTo),
});

/**
 * Each distinct date's first and last day, worked out once: brushing the timeline filters 90k
 * claims by time on every move, and their dates are a few hundred distinct texts. Bounded, for
 * files with a distinct date on every claim.
 */
const firstDays = new Map<string, string>();
const lastDays = new Map<string, string>();
const MAX_KEPT_DATES = 50_000;

function remembered(days: Map<string, string>, date: string, work: (date: string) => string): string {
  const known = days.get(date);
  if (known !== undefined) return known;
  if (days.size >= MAX_KEPT_DATES) days.clear();
  const day = work(date);
  days.set(date, day);
  return day;
}

function inTimeWindow(claim: Claim, window: TimeWindow): boolean {
  const time = claim.time;
  if (!time || (time.from === undefined && time.to === undefined)) return window.includeUndated;
  if (window.open) return true;
  const claimStart = time.from === undefined ? "0000-01-01" : remembered(firstDays, time.from, periodStart);
  const claimEnd = time.to === undefined ? "9999-12-31" : remembered(lastDays, time.to, periodEnd);
  return claimStart <= window.end && claimEnd >= window.start;
}

/** Whether a claim's time overlaps the window; undated claims follow `includeUndated`. */
export function claimInWindow(claim: Claim, filters: WindowFilters): boolean {
  return inTimeWindow(claim, timeWindow(filters));
}

export function claimPasses(claim: Claim, filters: Filters): boolean {
  if (filters.hiddenStatuses.includes(claim.status)) return false;
  if (filters.sources.length > 0 && !claim.sources.some((ref) => filters.sources.includes(ref.source))) return false;
  return claimInWindow(claim, filters);
}

/** `claimPasses` for many claims: the filters' lists and time window worked out once. */
function claimFilter(filters: Filters): (claim: Claim) => boolean {
  const hiddenStatuses = new Set<string>(filters.hiddenStatuses);
  const sources = new Set(filters.sources);
  const window = timeWindow(filters);
  return (claim) =>
    !hiddenStatuses.has(claim.status) &&
    (sources.size === 0 || claim.sources.some((ref) => sources.has(ref.source))) &&
    inTimeWindow(claim, window);
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
  const passes = claimFilter(filters);
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
    const passing = relation.claims.filter(passes);
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
