// A large import computes the first picture's clustered positions between frames, before the
// switch to the new dataset (src/model/firstLayout.ts, src/state/loadedDataset.ts): the view must
// then draw exactly the positions it would have computed at once, in the task that shows the graph.
import { describe, expect, it } from "vitest";
import {
  buildGraph,
  clusteredLayoutOf,
  clusteredStart,
  rankedByDegree,
  seedFrom,
  type ActorGraph,
} from "../../src/model";
import { loadDataset, loadDatasetInSteps } from "../../src/state";
import { run, synthetic } from "./steps";
import { clusteredPositions, rankByDegree } from "../../src/view/detail/modelLayouts";

/** The first picture as the view computed it in one task before (the reference). */
function positionsAtOnce(graph: ActorGraph, seed: number): Map<string, { x: number; y: number }> {
  const ids = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, position) => [id, position]));
  const edges: Array<[number, number]> = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const from = index.get(source)!;
    const to = index.get(target)!;
    if (from !== to) edges.push([from, to]);
  });
  const start = clusteredStart(ids.length, edges, seed, 30);
  return new Map(ids.map((id, position) => [id, { x: start[position * 2]!, y: start[position * 2 + 1]! }]));
}

describe("the first picture of a large graph, computed between frames", () => {
  it("equals the positions computed at once, and the view reads them without computing again", () => {
    const dataset = synthetic(6000);
    const sliced = run(loadDatasetInSteps(dataset, "imported"));
    const { graph } = sliced.value;
    const seed = seedFrom(dataset.id);
    const ranked = rankedByDegree(graph);
    // The kept ranking is the view's ranking by degree, and the kept positions are handed out as they are.
    expect(ranked).toEqual(rankByDegree(graph));
    expect(clusteredLayoutOf(graph, [...ranked], seed)).toBe(clusteredLayoutOf(graph, [...ranked], seed));
    const reference = positionsAtOnce(buildGraph(dataset), seed);
    expect(clusteredPositions(graph, [...ranked], seed)).toEqual(reference);
    // Built at once (a fresh graph, nothing kept): the same picture.
    const fresh = buildGraph(dataset);
    expect(clusteredPositions(fresh, rankByDegree(fresh), seed)).toEqual(reference);
    // Many short steps: label propagation yields every 2,000 actors of each of its 6 rounds.
    const whole = run(loadDatasetInSteps(synthetic(300), "imported"));
    expect(sliced.yields).toBeGreaterThan(whole.yields + 6 * 3);
  });

  it("is computed anew for other actors or another seed (a filtered relayout, another dataset)", () => {
    const { graph } = loadDataset(synthetic(1000), "imported");
    const ranked = [...rankedByDegree(graph)];
    const seed = seedFrom(graph.getAttribute("datasetId"));
    const some = ranked.slice(0, 500);
    const kept = clusteredLayoutOf(graph, ranked, seed);
    expect(clusteredLayoutOf(graph, some, seed)).not.toBe(kept);
    expect(clusteredLayoutOf(graph, some, seed)).toHaveLength(1000);
    expect(clusteredLayoutOf(graph, ranked, seed + 1)).not.toEqual(kept);
  });

  it("is not computed ahead for a small graph or one whose file places every actor", () => {
    const small = loadDataset(synthetic(300), "imported").graph;
    expect(rankedByDegree(small)).not.toBe(rankedByDegree(small));
    const placed = synthetic(1000);
    placed.actors.forEach((actor, index) => Object.assign(actor, { display: { x: index, y: -index } }));
    const { graph } = loadDataset(placed, "imported");
    expect(rankedByDegree(graph)).not.toBe(rankedByDegree(graph));
    const large = loadDataset(synthetic(1000), "imported").graph;
    expect(rankedByDegree(large)).toBe(rankedByDegree(large));
  });
});
