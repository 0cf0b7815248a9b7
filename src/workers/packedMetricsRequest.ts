// The metrics request as it crosses to the worker: the graph's structure in flat arrays. As a
// list of 60k edge objects, building it and copying it to the worker took one 100–190 ms task
// on the main thread at 20k actors (after the first selection's details); as ids plus typed
// arrays (transferred, not copied) it is a fraction of that. The worker unpacks it into the
// plain `MetricsRequest` that `answerMetricsRequest` reads.
import type { AbstractGraph } from "graphology-types";
import { drain } from "../model";
import type { MetricsRequest } from "./metricsMessages";

export interface PackedMetricsRequest {
  requestId?: number;
  nodes: string[];
  edgeIds: string[];
  /** Per edge: its two ends' indexes in `nodes` (from, to). */
  ends: Uint32Array;
  /** Per edge: 1 when directed. */
  directed: Uint8Array;
  /** Per edge: its own weight, NaN when it has none. */
  weights: Float64Array;
  seed: number;
}

/** The structure of `graph` only: attributes (claims, texts) stay on the main thread. */
export function packedMetricsRequest(graph: AbstractGraph, seed: number, requestId?: number): PackedMetricsRequest {
  return drain(packedMetricsRequestInSteps(graph, seed, requestId));
}

/** Edges packed between two yields of `packedMetricsRequestInSteps`. */
const EDGES_PER_STEP = 5000;

/** `packedMetricsRequest`, yielding every few thousand edges (the graph must not change meanwhile). */
export function* packedMetricsRequestInSteps(
  graph: AbstractGraph,
  seed: number,
  requestId?: number,
): Generator<void, PackedMetricsRequest> {
  const nodes = graph.nodes();
  const indexOf = new Map(nodes.map((node, index) => [node, index]));
  yield;
  const size = graph.size;
  const edgeIds: string[] = new Array<string>(size);
  const ends = new Uint32Array(size * 2);
  const directed = new Uint8Array(size);
  const weights = new Float64Array(size);
  let at = 0;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    edgeIds[at] = edge;
    ends[at * 2] = indexOf.get(source) ?? 0;
    ends[at * 2 + 1] = indexOf.get(target) ?? 0;
    directed[at] = undirected ? 0 : 1;
    weights[at] = ownWeight(attributes) ?? Number.NaN;
    at++;
    if (at % EDGES_PER_STEP === 0) yield;
  }
  return { ...(requestId === undefined ? {} : { requestId }), nodes, edgeIds, ends, directed, weights, seed };
}

/** The buffers `postMessage` can hand over instead of copying. */
export const transferables = (request: PackedMetricsRequest): ArrayBuffer[] => [
  request.ends.buffer as ArrayBuffer,
  request.directed.buffer as ArrayBuffer,
  request.weights.buffer as ArrayBuffer,
];

/** The plain request again (in the worker). */
export function unpackMetricsRequest(packed: PackedMetricsRequest): MetricsRequest {
  const edges: MetricsRequest["edges"] = packed.edgeIds.map((id, index) => {
    const weight = packed.weights[index] ?? Number.NaN;
    return {
      id,
      from: packed.nodes[packed.ends[index * 2] ?? 0] ?? "",
      to: packed.nodes[packed.ends[index * 2 + 1] ?? 0] ?? "",
      directed: packed.directed[index] === 1,
      ...(Number.isNaN(weight) ? {} : { weight }),
    };
  });
  return {
    ...(packed.requestId === undefined ? {} : { requestId: packed.requestId }),
    nodes: packed.nodes,
    edges,
    seed: packed.seed,
  };
}

/** The weight a relation of the model graph carries, if any. */
export function ownWeight(attributes: unknown): number | undefined {
  const weight = (attributes as { relation?: { weight?: unknown } } | undefined)?.relation?.weight;
  return typeof weight === "number" && Number.isFinite(weight) ? weight : undefined;
}
