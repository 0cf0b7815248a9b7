// The first picture of a large graph without file positions shows its clusters (label
// propagation, clusteredStart): ~0.15–0.3 s at 20k actors and 60k relations, too long for the
// one task that shows a new graph. A large import computes it between frames before it switches
// to the new dataset (state/loadedDataset.ts) and keeps it here, with the graph; the view asks
// for the same actors and seed and gets the kept positions, or computes them at once as before.
import type { ActorGraph } from "./buildGraph";
import { clusteredStart, clusteredStartInSteps } from "./clusteredStart";

/** Room per actor in the first picture's clusters (the view's seeded square is about as wide). */
export const FIRST_PICTURE_SPACING = 30;

interface KeptLayout {
  ids: readonly string[];
  seed: number;
  spacing: number;
  /** x0, y0, x1, y1, … in the order of `ids`. */
  positions: readonly number[];
}

/** Held as long as the graph: a graph is built once per dataset and never changed afterwards. */
const kept = new WeakMap<ActorGraph, KeptLayout>();

/** Actors by degree, highest first; ties by id so the order is stable. */
export function rankByDegree(graph: ActorGraph): string[] {
  const degree = new Map<string, number>();
  graph.forEachNode((id) => degree.set(id, graph.degree(id)));
  return graph.nodes().sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The ranking a stepwise first layout already made for this graph, or a new one. */
export const rankedByDegree = (graph: ActorGraph): readonly string[] => kept.get(graph)?.ids ?? rankByDegree(graph);

/** The relations among `ids` as pairs of their indexes, without loops (what clustering reads). */
export function clusterEdges(graph: ActorGraph, ids: readonly string[]): Array<[number, number]> {
  const index = new Map<string, number>();
  ids.forEach((id, position) => index.set(id, position));
  const edges: Array<[number, number]> = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const from = index.get(source);
    const to = index.get(target);
    if (from !== undefined && to !== undefined && from !== to) edges.push([from, to]);
  });
  return edges;
}

/**
 * The clustered first picture of every actor (ranked by degree, as the view lays them out on
 * opening), computed in steps of a few milliseconds and kept for `clusteredLayoutOf`.
 */
export function* clusteredLayoutInSteps(
  graph: ActorGraph,
  seed: number,
  spacing = FIRST_PICTURE_SPACING,
): Generator<void, void> {
  const ids = rankByDegree(graph);
  yield;
  const edges = clusterEdges(graph, ids);
  yield;
  const positions = yield* clusteredStartInSteps(ids.length, edges, seed, spacing);
  kept.set(graph, { ids, seed, spacing, positions });
}

/** x0, y0, x1, y1, … of `ids` clustered: the kept ones when computed for the same actors and seed. */
export function clusteredLayoutOf(
  graph: ActorGraph,
  ids: readonly string[],
  seed: number,
  spacing = FIRST_PICTURE_SPACING,
): readonly number[] {
  const layout = kept.get(graph);
  if (layout && layout.seed === seed && layout.spacing === spacing && sameIds(layout.ids, ids)) return layout.positions;
  return clusteredStart(ids.length, clusterEdges(graph, ids), seed, spacing);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
