// What one story step shows: which actors and relations are in focus, which claims are hidden,
// and the caption. Relations whose every claim is hidden are never in focus. A step's time window
// hides the dated claims outside it (undated ones stay: the sources give no time to rule them out).
import type { Claim, ClaimStatus, Dataset, Relation, Story } from "../../model";
import { claimInWindow } from "../filters";

export interface StepViewOptions {
  /** Classroom setting: show only what a source found or verified. */
  hideUnconfirmed: boolean;
}

/** A step's period: partial ISO dates, either end open. */
export interface StepPeriod {
  from?: string;
  to?: string;
}

export interface StepCaption {
  title: string;
  text: string;
  /** The period the step is about, when it sets one. */
  period?: StepPeriod;
}

export interface StepView {
  focusActors: Set<string>;
  focusRelations: Set<string>;
  hiddenStatuses: Set<ClaimStatus>;
  caption: StepCaption;
  /** The claims of a relation that this step shows; [] for an unknown relation. */
  visibleClaims(relationId: string): Claim[];
}

export const UNCONFIRMED_STATUSES: readonly ClaimStatus[] = ["claimed", "disputed", "denied"];

/**
 * The view of `story.steps[stepIndex]` (0-based, clamped). Focus ids unknown to `dataset` are
 * dropped. When a step lists actors but no relations, the relations among those actors are
 * focused too; the ends of every focused relation are focused actors.
 */
export function stepView(dataset: Dataset, story: Story, stepIndex: number, options: StepViewOptions): StepView {
  const index = Math.min(Math.max(0, Math.trunc(stepIndex) || 0), Math.max(0, story.steps.length - 1));
  const step = story.steps[index];
  const hiddenStatuses = new Set<ClaimStatus>([
    ...(step?.hideStatuses ?? []),
    ...(options.hideUnconfirmed ? UNCONFIRMED_STATUSES : []),
  ]);
  const relations = new Map<string, Relation>(dataset.relations.map((relation) => [relation.id, relation]));
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));

  const period = step?.time && (step.time.from !== undefined || step.time.to !== undefined) ? step.time : undefined;
  const window = { timeFrom: period?.from, timeTo: period?.to, includeUndated: true };
  const claimShown = (claim: Claim) => !hiddenStatuses.has(claim.status) && claimInWindow(claim, window);
  const visibleClaims = (relationId: string): Claim[] => relations.get(relationId)?.claims.filter(claimShown) ?? [];
  // A relation without claims shows only while no unconfirmed status is hidden: it has no evidence at all.
  const unsourcedShown = !UNCONFIRMED_STATUSES.some((status) => hiddenStatuses.has(status));
  const isShown = (relation: Relation): boolean =>
    relation.claims.length === 0 ? unsourcedShown : relation.claims.some(claimShown);

  const focusActors = new Set((step?.focus.actors ?? []).filter((id) => actorIds.has(id)));
  const listed = step?.focus.relations ?? [];
  // A step that names only a period shows the network of that period: its dated relations.
  const periodOnly = period !== undefined && listed.length === 0 && focusActors.size === 0;
  const candidates: Relation[] =
    listed.length > 0
      ? listed.flatMap((id) => relations.get(id) ?? [])
      : periodOnly
        ? dataset.relations.filter((relation) =>
            relation.claims.some((claim) => claim.time !== undefined && claimShown(claim)),
          )
        : dataset.relations.filter((relation) => focusActors.has(relation.from) && focusActors.has(relation.to));
  const focusRelations = new Set<string>();
  for (const relation of candidates.filter(isShown)) {
    focusRelations.add(relation.id);
    focusActors.add(relation.from);
    focusActors.add(relation.to);
  }

  return {
    focusActors,
    focusRelations,
    hiddenStatuses,
    caption: { title: step?.title ?? "", text: step?.text ?? "", ...(period ? { period: { ...period } } : {}) },
    visibleClaims,
  };
}
