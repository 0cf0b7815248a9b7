// Community detection (Louvain) with stable numbering, for colouring actors by group.
import louvain from "graphology-communities-louvain";
import type { AbstractGraph } from "graphology-types";
import { seededRandom } from "../model";
import { undirectedProjection } from "./undirectedProjection";

export interface Communities {
  /** Community number per node: 0 is the largest community, 1 the next, and so on. */
  communityOf: Record<string, number>;
  count: number;
}

/**
 * Louvain communities on the undirected projection, weighted by the number of relations per pair
 * (direction says who acts on whom, not who belongs together). Seeded, so the same graph and
 * seed always give the same communities. Numbers are by decreasing size, ties broken by which
 * community has the earliest node in graph order, so colours do not shuffle between runs.
 */
export function detectCommunities(graph: AbstractGraph, seed = 1): Communities {
  if (graph.order === 0) return { communityOf: {}, count: 0 };
  const projection = undirectedProjection(graph);
  const raw = louvain(projection, { getEdgeWeight: "weight", rng: seededRandom(seed) });

  const groups = new Map<number, { size: number; first: number }>();
  let position = 0;
  graph.forEachNode((node) => {
    const id = raw[node] ?? -1;
    const group = groups.get(id);
    if (group) group.size += 1;
    else groups.set(id, { size: 1, first: position });
    position += 1;
  });
  const ranked = [...groups.entries()].sort(([, a], [, b]) => b.size - a.size || a.first - b.first);
  const renumber = new Map(ranked.map(([id], index) => [id, index]));

  const communityOf: Record<string, number> = {};
  graph.forEachNode((node) => {
    communityOf[node] = renumber.get(raw[node] ?? -1) ?? 0;
  });
  return { communityOf, count: ranked.length };
}
