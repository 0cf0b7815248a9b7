// What the graph shows while comparing A (older) with B (newer): B, plus what A had and B lost,
// so that removed actors and relations can be drawn (marked removed) next to the added ones.
import type { Dataset } from "../../model";
import { diffMarks, type DatasetDiff } from "./diff";

export type Mark = "added" | "removed" | "changed";

export function comparisonDataset(a: Dataset, b: Dataset, diff: DatasetDiff): Dataset {
  const removedActors = new Set(diff.collections.actors.removed);
  const removedRelations = new Set(diff.collections.relations.removed);
  const has = <T extends { id: string }>(list: readonly T[], id: string) => list.some((item) => item.id === id);
  return {
    ...b,
    actorKinds: [...b.actorKinds, ...a.actorKinds.filter((kind) => !has(b.actorKinds, kind.id))],
    relationKinds: [...b.relationKinds, ...a.relationKinds.filter((kind) => !has(b.relationKinds, kind.id))],
    sources: [...b.sources, ...a.sources.filter((source) => !has(b.sources, source.id))],
    actors: [...b.actors, ...a.actors.filter((actor) => removedActors.has(actor.id))],
    relations: [...b.relations, ...a.relations.filter((relation) => removedRelations.has(relation.id))],
  };
}

export function markMap(diff: DatasetDiff): Map<string, Mark> {
  const marks = diffMarks(diff);
  const map = new Map<string, Mark>();
  for (const id of marks.changed) map.set(id, "changed");
  for (const id of marks.added) map.set(id, "added");
  for (const id of marks.removed) map.set(id, "removed");
  return map;
}
