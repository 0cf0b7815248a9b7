// Id → record maps for the panels, built once per dataset.
import { drain, GRAPH_STEP } from "./buildGraph";
import type { Actor, ActorKind, Dataset, Relation, RelationKind, Source } from "./types";

export interface DatasetLookup {
  dataset: Dataset;
  actors: ReadonlyMap<string, Actor>;
  relations: ReadonlyMap<string, Relation>;
  sources: ReadonlyMap<string, Source>;
  actorKinds: ReadonlyMap<string, ActorKind>;
  relationKinds: ReadonlyMap<string, RelationKind>;
  /** Relations touching each actor, in dataset order. */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

export function datasetLookup(dataset: Dataset): DatasetLookup {
  return drain(datasetLookupInSteps(dataset));
}

/** `datasetLookup`, yielding after every `step` relations (for a page building it between frames). */
export function* datasetLookupInSteps(dataset: Dataset, step = GRAPH_STEP * 4): Generator<void, DatasetLookup> {
  const relationsOf = new Map<string, Relation[]>();
  const link = (actorId: string, relation: Relation) => {
    const list = relationsOf.get(actorId);
    if (list) list.push(relation);
    else relationsOf.set(actorId, [relation]);
  };
  let linked = 0;
  for (const relation of dataset.relations) {
    link(relation.from, relation);
    if (relation.to !== relation.from) link(relation.to, relation);
    if (++linked % step === 0) yield;
  }
  const actors = byId(dataset.actors);
  yield;
  const relations = byId(dataset.relations);
  yield;
  return {
    relationsOf,
    dataset,
    actors,
    relations,
    sources: byId(dataset.sources),
    actorKinds: byId(dataset.actorKinds),
    relationKinds: byId(dataset.relationKinds),
  };
}

export const actorName = (lookup: DatasetLookup, id: string): string => lookup.actors.get(id)?.name ?? id;
export const relationKindLabel = (lookup: DatasetLookup, id: string): string =>
  lookup.relationKinds.get(id)?.label ?? id;
export const actorKindLabel = (lookup: DatasetLookup, id: string): string => lookup.actorKinds.get(id)?.label ?? id;
