import { MultiGraph } from "graphology";
import "./prototypeSafeGraphs";
import { relationStatus } from "./claimStatus";
import type { Actor, Dataset, Relation, RelationStatus } from "./types";

export interface ActorNode {
  actor: Actor;
  label: string;
  kind: string;
}

export interface RelationEdge {
  relation: Relation;
  kind: string;
  directed: boolean;
  /** Most certain status among the relation's claims, "unsourced" when it has none: what the edge is drawn as. */
  status: RelationStatus;
}

export interface GraphInfo {
  datasetId: string;
  title: string;
}

export type ActorGraph = MultiGraph<ActorNode, RelationEdge, GraphInfo>;

/** Nodes or edges added between two yields of `buildGraphInSteps`: a few milliseconds of work. */
export const GRAPH_STEP = 500;

/**
 * Actors become nodes and relations edges (keyed by their ids) of a mixed multigraph: a relation
 * is directed when its kind is; relations without claims are kept, as unsourced. `from`/`to` order is kept for undirected relations too.
 * Expects a validated dataset.
 */
export function buildGraph(dataset: Dataset): ActorGraph {
  return drain(buildGraphInSteps(dataset));
}

/**
 * `buildGraph`, yielding after every `step` nodes or edges, so that a page can build a 20k-actor
 * graph (~0.6 s of work) between frames instead of in one task.
 */
export function* buildGraphInSteps(dataset: Dataset, step = GRAPH_STEP): Generator<void, ActorGraph> {
  const graph: ActorGraph = new MultiGraph<ActorNode, RelationEdge, GraphInfo>({ type: "mixed", allowSelfLoops: true });
  graph.replaceAttributes({ datasetId: dataset.id, title: dataset.title });
  const directedKinds = new Set(dataset.relationKinds.filter((kind) => kind.directed).map((kind) => kind.id));
  let added = 0;
  for (const actor of dataset.actors) {
    graph.addNode(actor.id, { actor, label: actor.name, kind: actor.kind });
    if (++added % step === 0) yield;
  }
  for (const relation of dataset.relations) {
    const directed = directedKinds.has(relation.kind);
    const attributes: RelationEdge = { relation, kind: relation.kind, directed, status: relationStatus(relation) };
    if (directed) graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
    if (++added % step === 0) yield;
  }
  return graph;
}

/** Runs a stepwise computation to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
