// The neighbourhood of one actor, for "focus on this actor" views.
import type { AbstractGraph } from "graphology-types";

export interface EgoNetworkOptions {
  /** Relation ids the current filters let through; absent means all relations. */
  allowedRelations?: ReadonlySet<string>;
}

export interface EgoNetwork {
  actors: Set<string>;
  relations: Set<string>;
}

/**
 * Actors within `depth` hops (clamped to 1..3) of `actorId`, walking relations in either direction
 * and only through allowed relations; plus every allowed relation among those actors, including
 * ones between two actors at the outer ring, so the picture shows how the neighbours connect.
 * An unknown actor gives empty sets.
 */
export function egoNetwork(
  graph: AbstractGraph,
  actorId: string,
  depth: number,
  options: EgoNetworkOptions = {},
): EgoNetwork {
  const actors = new Set<string>();
  const relations = new Set<string>();
  if (!graph.hasNode(actorId)) return { actors, relations };
  const allowed = options.allowedRelations;
  const isAllowed = (edge: string) => allowed === undefined || allowed.has(edge);
  const maxDepth = Number.isFinite(depth) ? Math.min(3, Math.max(1, Math.round(depth))) : 1;

  actors.add(actorId);
  let ring = [actorId];
  for (let level = 0; level < maxDepth && ring.length > 0; level++) {
    const next: string[] = [];
    for (const node of ring) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        if (!isAllowed(edge) || actors.has(other)) return;
        actors.add(other);
        next.push(other);
      });
    }
    ring = next;
  }

  for (const node of actors) {
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (isAllowed(edge) && actors.has(source) && actors.has(target)) relations.add(edge);
    });
  }
  return { actors, relations };
}
