// Per-actor centrality figures for the table, sizing and the metrics worker.
import type { AbstractGraph } from "graphology-types";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import closenessCentrality from "graphology-metrics/centrality/closeness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { undirectedProjection } from "./undirectedProjection";
import { sampledPaths } from "./metricsSampled";

/** Above this many actors, betweenness and closeness are estimated from sampled sources. */
export const EXACT_PATHS_UP_TO = 3000;
/** Sources sampled for the estimate: ~1 s at 20k actors and 60k relations in the worker. */
export const PATH_SAMPLE_SIZE = 200;

export interface ActorMetrics {
  /** Distinct neighbours, whatever the number, kind or direction of relations (DESIGN §1). */
  degree: number;
  /** Relations touching the actor, parallel ones included (a self-relation counts once). */
  relationCount: number;
  /**
   * Weighted degree (strength): the sum of the weights of the relations counted in
   * `relationCount`, a relation without a weight counting 1 (as Gephi does). Equals
   * `relationCount` when the dataset has no weights.
   */
  strength: number;
  /** Share of shortest paths between other actors that pass through this one, in [0, 1]. */
  betweenness: number;
  /** PageRank (damping 0.85); all actors together sum to 1. */
  pagerank: number;
  /**
   * Inverse mean distance to the actors it can reach, scaled by the share of actors it can reach
   * (Wasserman–Faust), so that a small island does not look central. 0 for an isolated actor.
   */
  closeness: number;
}

/**
 * Metrics for every node of `graph`.
 *
 * Direction and multiplicity: everything except `relationCount` is computed on the undirected
 * simple projection (see undirectedProjection). Direction is ignored because a relation kind's
 * direction says who acts on whom ("funds", "commands"), not which way influence or information
 * can travel. Parallel relations do not shorten any distance, so betweenness and closeness are
 * unweighted (hop counts); PageRank is weighted by the number of relations joining a pair, so a
 * doubly-documented tie carries more weight than a single one.
 *
 * `sampleSize`: betweenness and closeness estimated from that many sampled sources (see
 * metricsSampled.ts) instead of all of them.
 */
export function computeMetrics(graph: AbstractGraph, sampleSize?: number): Record<string, ActorMetrics> {
  const result: Record<string, ActorMetrics> = {};
  if (graph.order === 0) return result;
  const projection = undirectedProjection(graph);
  const estimate =
    sampleSize !== undefined && sampleSize < graph.order ? sampledPaths(projection, sampleSize, 1) : undefined;
  const betweenness =
    estimate?.betweenness ?? betweennessCentrality(projection, { getEdgeWeight: null, normalized: true });
  const closeness = estimate?.closeness ?? closenessCentrality(projection, { wassermanFaust: true });
  // Damped power iteration on an undirected graph always converges; the higher cap only
  // matters for very large graphs with a tight tolerance.
  const rank = pagerank(projection, { getEdgeWeight: "weight", maxIterations: 1000 });
  const { counts, strengths } = countRelations(graph);
  graph.forEachNode((node) => {
    result[node] = {
      degree: projection.degree(node),
      relationCount: counts.get(node) ?? 0,
      strength: strengths.get(node) ?? 0,
      betweenness: betweenness[node] ?? 0,
      pagerank: rank[node] ?? 0,
      closeness: closeness[node] ?? 0,
    };
  });
  return result;
}

/**
 * A relation's weight: the edge's own `weight` attribute (the metrics worker's graph) or its
 * relation's (the model graph); absent, negative or not finite counts as 1.
 */
export function relationWeight(attributes: unknown): number {
  const edge = attributes as { weight?: unknown; relation?: { weight?: unknown } } | undefined;
  const weight = edge?.weight ?? edge?.relation?.weight;
  return typeof weight === "number" && Number.isFinite(weight) && weight >= 0 ? weight : 1;
}

/** Whether any relation of `graph` carries a weight of its own (then strength is worth showing). */
export function hasRelationWeights(graph: AbstractGraph): boolean {
  return graph.someEdge((_edge, attributes) => {
    const edge = attributes as { weight?: unknown; relation?: { weight?: unknown } };
    return typeof (edge.weight ?? edge.relation?.weight) === "number";
  });
}

function countRelations(graph: AbstractGraph): { counts: Map<string, number>; strengths: Map<string, number> } {
  const counts = new Map<string, number>();
  const strengths = new Map<string, number>();
  const add = (node: string, weight: number) => {
    counts.set(node, (counts.get(node) ?? 0) + 1);
    strengths.set(node, (strengths.get(node) ?? 0) + weight);
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = relationWeight(attributes);
    add(source, weight);
    if (target !== source) add(target, weight);
  });
  return { counts, strengths };
}
