// The simple undirected graph that metrics and community detection run on: the graphology
// algorithms we use either reject mixed multigraphs (Louvain) or would count parallel relations
// as extra shortest paths (Brandes), so we fold each pair of actors into one weighted edge.
import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";

export interface ProjectedEdge {
  /** How many relations join the pair, whatever their kind or direction. */
  weight: number;
}

export type UndirectedProjection = UndirectedGraph<Record<string, never>, ProjectedEdge>;

/**
 * One node per node of `graph` (same keys, same order) and one edge per pair of distinct nodes
 * joined by at least one edge of any direction. Self-loops are dropped: being linked to oneself
 * makes nobody more central.
 */
export function undirectedProjection(graph: AbstractGraph): UndirectedProjection {
  const projection: UndirectedProjection = new UndirectedGraph<Record<string, never>, ProjectedEdge>();
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    projection.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  });
  return projection;
}
