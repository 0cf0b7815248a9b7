// Deleting an actor takes its relations (and their claims) with it, clears it as the party of
// other claims and drops it from story steps' focus. The preview lists all of that before it
// happens; the edit does it in one undoable batch.
import type { Dataset, Relation } from "../../model";
import type { Edit } from "./applyEdit";
import type { EditOp } from "./operations";

export interface ActorDeletionPreview {
  actorId: string;
  relations: Relation[];
  claims: number;
  /** Claims on other relations that name this actor as the party asserting them. */
  claimedBy: { relationId: string; claimId: string }[];
  steps: { storyId: string; stepId: string; title: string }[];
}

export function previewActorDeletion(dataset: Dataset, actorId: string): ActorDeletionPreview {
  const relations = dataset.relations.filter((relation) => relation.from === actorId || relation.to === actorId);
  const gone = new Set(relations.map((relation) => relation.id));
  const claimedBy = dataset.relations
    .filter((relation) => !gone.has(relation.id))
    .flatMap((relation) =>
      relation.claims
        .filter((claim) => claim.claimedBy === actorId)
        .map((claim) => ({ relationId: relation.id, claimId: claim.id })),
    );
  const steps = dataset.stories.flatMap((story) =>
    story.steps
      .filter((step) => step.focus.actors.includes(actorId) || step.focus.relations.some((id) => gone.has(id)))
      .map((step) => ({ storyId: story.id, stepId: step.id, title: step.title })),
  );
  return {
    actorId,
    relations,
    claims: relations.reduce((sum, relation) => sum + relation.claims.length, 0),
    claimedBy,
    steps,
  };
}

export function deleteActor(dataset: Dataset, actorId: string): Edit {
  const preview = previewActorDeletion(dataset, actorId);
  const gone = new Set(preview.relations.map((relation) => relation.id));
  const ops: EditOp[] = preview.relations.map((relation) => ({
    type: "remove",
    collection: "relations",
    id: relation.id,
  }));
  const partyOf = new Set(preview.claimedBy.map((entry) => entry.relationId));
  for (const relation of dataset.relations) {
    if (!partyOf.has(relation.id)) continue;
    const claims = relation.claims.map((claim) => {
      if (claim.claimedBy !== actorId) return claim;
      const rest = { ...claim };
      delete rest.claimedBy;
      return rest;
    });
    ops.push({ type: "put", collection: "relations", item: { ...relation, claims } });
  }
  const storyIds = new Set(preview.steps.map((step) => step.storyId));
  for (const story of dataset.stories) {
    if (!storyIds.has(story.id)) continue;
    const steps = story.steps.map((step) => ({
      ...step,
      focus: {
        actors: step.focus.actors.filter((id) => id !== actorId),
        relations: step.focus.relations.filter((id) => !gone.has(id)),
      },
    }));
    ops.push({ type: "put", collection: "stories", item: { ...story, steps } });
  }
  ops.push({ type: "remove", collection: "actors", id: actorId });
  const name = dataset.actors.find((actor) => actor.id === actorId)?.name ?? actorId;
  return { label: { action: "delete", collection: "actors", name }, op: { type: "batch", ops } };
}
