// Merges actor `dropId` into actor `keepId`, losing nothing: every relation and claim that named
// the dropped actor now names the kept one, its name becomes an alias, and its aliases, tags and
// cited sources join the kept actor's. One batch, so one undo.
import type { Actor, Dataset, SourceRef } from "../../model";
import type { Edit } from "./applyEdit";
import { deepEqual } from "./deepEqual";
import type { EditOp } from "./operations";

function union<T>(...lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const item of lists.flat()) if (!out.some((kept) => deepEqual(kept, item))) out.push(item);
  return out;
}

export function mergedActor(keep: Actor, drop: Actor): Actor {
  const extra: Record<string, unknown> = {};
  // Fields the kept actor lacks (summary, attributes…) come from the dropped one.
  for (const [key, value] of Object.entries(drop))
    if ((keep as Record<string, unknown>)[key] === undefined) extra[key] = value;
  const attributes = {
    ...((drop as Record<string, unknown>).attributes as object | undefined),
    ...((keep as Record<string, unknown>).attributes as object | undefined),
  };
  return {
    ...extra,
    ...keep,
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    aliases: union(keep.aliases, [drop.name], drop.aliases).filter((alias) => alias !== keep.name),
    tags: union(keep.tags, drop.tags),
    sources: union<SourceRef>(keep.sources, drop.sources),
  };
}

export function mergeActors(dataset: Dataset, keepId: string, dropId: string): Edit | undefined {
  const keep = dataset.actors.find((actor) => actor.id === keepId);
  const drop = dataset.actors.find((actor) => actor.id === dropId);
  if (!keep || !drop || keepId === dropId) return undefined;
  const swap = (id: string) => (id === dropId ? keepId : id);
  const ops: EditOp[] = [{ type: "put", collection: "actors", item: mergedActor(keep, drop) }];
  for (const relation of dataset.relations) {
    const touches =
      relation.from === dropId || relation.to === dropId || relation.claims.some((claim) => claim.claimedBy === dropId);
    if (!touches) continue;
    const claims = relation.claims.map((claim) =>
      claim.claimedBy === dropId ? { ...claim, claimedBy: keepId } : claim,
    );
    ops.push({
      type: "put",
      collection: "relations",
      item: { ...relation, from: swap(relation.from), to: swap(relation.to), claims },
    });
  }
  for (const story of dataset.stories) {
    if (!story.steps.some((step) => step.focus.actors.includes(dropId))) continue;
    const steps = story.steps.map((step) => ({
      ...step,
      focus: { ...step.focus, actors: union(step.focus.actors.map(swap)) },
    }));
    ops.push({ type: "put", collection: "stories", item: { ...story, steps } });
  }
  ops.push({ type: "remove", collection: "actors", id: dropId });
  return {
    label: { action: "merge", collection: "actors", name: drop.name, into: keep.name },
    op: { type: "batch", ops },
  };
}
