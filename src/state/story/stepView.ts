// What one story step shows: which actors and relations are in focus, which claims are hidden,
// and the caption. Relations whose every claim is hidden are never in focus.
import type { Claim, ClaimStatus, Dataset, Relation, Story } from "../../model";

export interface StepViewOptions {
  /** Classroom setting: show only what a source found or verified. */
  hideUnconfirmed: boolean;
}

export interface StepCaption {
  title: string;
  text: string;
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

  const visibleClaims = (relationId: string): Claim[] =>
    relations.get(relationId)?.claims.filter((claim) => !hiddenStatuses.has(claim.status)) ?? [];
  // A relation without claims shows only while no unconfirmed status is hidden: it has no evidence at all.
  const unsourcedShown = !UNCONFIRMED_STATUSES.some((status) => hiddenStatuses.has(status));
  const isShown = (relation: Relation): boolean =>
    relation.claims.length === 0 ? unsourcedShown : relation.claims.some((claim) => !hiddenStatuses.has(claim.status));

  const focusActors = new Set((step?.focus.actors ?? []).filter((id) => actorIds.has(id)));
  const listed = step?.focus.relations ?? [];
  const candidates: Relation[] =
    listed.length > 0
      ? listed.flatMap((id) => relations.get(id) ?? [])
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
    caption: { title: step?.title ?? "", text: step?.text ?? "" },
    visibleClaims,
  };
}
