// The metrics worker's protocol: message types plus the two pure ends of it, so that both the
// request builder (main thread) and the answer (worker) are tested headless.
import { MultiGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import { detectCommunities, type Communities } from "../analysis/communities";
import { computeMetrics, EXACT_PATHS_UP_TO, PATH_SAMPLE_SIZE, type ActorMetrics } from "../analysis/metrics";
import { ownWeight } from "./packedMetricsRequest";

export interface MetricsRequest {
  /** Echoed in the response, so the caller can drop answers to outdated requests. */
  requestId?: number;
  nodes: string[];
  /** `weight`: the relation's own weight, absent when it has none (weighted degree counts it 1). */
  edges: Array<{ id: string; from: string; to: string; directed: boolean; weight?: number }>;
  /** Seed of the community detection. */
  seed: number;
}

export type MetricsResponse =
  /** `sampleSize`: betweenness and closeness estimated from that many sampled actors (large graphs). */
  | { requestId?: number; metrics: Record<string, ActorMetrics>; communities: Communities; sampleSize?: number }
  | { requestId?: number; error: string };

/** The structure of `graph` only: attributes (claims, texts) stay on the main thread. */
export function metricsRequest(graph: AbstractGraph, seed: number, requestId?: number): MetricsRequest {
  const edges: MetricsRequest["edges"] = [];
  graph.forEachEdge((id, attributes, from, to, _a, _b, undirected) => {
    const weight = ownWeight(attributes);
    edges.push({ id, from, to, directed: !undirected, ...(weight === undefined ? {} : { weight }) });
  });
  return { ...(requestId === undefined ? {} : { requestId }), nodes: graph.nodes(), edges, seed };
}

/**
 * Rebuilds the graph and computes metrics and communities. Duplicate node or edge ids are
 * skipped; an edge to an unknown node makes an error response rather than a wrong figure.
 */
export function answerMetricsRequest(request: MetricsRequest): MetricsResponse {
  const id = request.requestId === undefined ? {} : { requestId: request.requestId };
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  for (const node of request.nodes) graph.mergeNode(node);
  for (const edge of request.edges) {
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) {
      return { ...id, error: `Relation "${edge.id}" links an unknown actor` };
    }
    if (graph.hasEdge(edge.id)) continue;
    const attributes = edge.weight === undefined ? {} : { weight: edge.weight };
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.from, edge.to, attributes);
  }
  const sampleSize = graph.order > EXACT_PATHS_UP_TO ? PATH_SAMPLE_SIZE : undefined;
  return {
    ...id,
    metrics: computeMetrics(graph, sampleSize),
    communities: detectCommunities(graph, request.seed),
    ...(sampleSize === undefined ? {} : { sampleSize }),
  };
}
