// Betweenness and closeness estimated from sampled sources (large graphs): with every actor
// sampled they are the exact figures; with fewer they stay close, the same for the same seed.
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import closenessCentrality from "graphology-metrics/centrality/closeness";
import { describe, expect, it } from "vitest";
import { answerMetricsRequest } from "../../src/workers/metricsMessages";
import { EXACT_PATHS_UP_TO, PATH_SAMPLE_SIZE } from "../../src/analysis/metrics";
import { sampledPaths } from "../../src/analysis/metricsSampled";
import type { UndirectedProjection } from "../../src/analysis/undirectedProjection";

/** A seeded random graph: `n` nodes, each joined to 3 earlier ones, plus an island pair. */
function randomGraph(n: number): UndirectedProjection {
  const graph: UndirectedProjection = new UndirectedGraph<Record<string, never>, { weight: number }>();
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let i = 1; i < n - 2; i++)
    for (let j = 0; j < 3; j++) graph.mergeEdge(`n${i}`, `n${Math.floor(random() * i)}`, { weight: 1 });
  graph.mergeEdge(`n${n - 2}`, `n${n - 1}`, { weight: 1 });
  return graph;
}

describe("sampledPaths", () => {
  it("equals the exact figures when every actor is a source", () => {
    const graph = randomGraph(60);
    const exactBetweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const exactCloseness = closenessCentrality(graph, { wassermanFaust: true });
    const estimate = sampledPaths(graph, 60, 1);
    expect(estimate.sampleSize).toBe(60);
    for (const node of graph.nodes()) {
      expect(estimate.betweenness[node]).toBeCloseTo(exactBetweenness[node] ?? 0, 9);
      expect(estimate.closeness[node]).toBeCloseTo(exactCloseness[node] ?? 0, 9);
    }
  });

  it("stays close with a sample, ranks the top actors alike, and repeats for a seed", () => {
    const graph = randomGraph(800);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const estimate = sampledPaths(graph, 200, 1);
    const top = (figures: Record<string, number>) =>
      Object.entries(figures)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([node]) => node);
    expect(top(estimate.betweenness).filter((node) => top(exact).includes(node)).length).toBeGreaterThanOrEqual(3);
    const hub = top(exact)[0] ?? "";
    expect(Math.abs((estimate.betweenness[hub] ?? 0) - (exact[hub] ?? 0))).toBeLessThan((exact[hub] ?? 0) * 0.3);
    expect(sampledPaths(graph, 200, 1)).toEqual(estimate);
  });
});

describe("the metrics worker's answer", () => {
  it("states the sample size above the exact limit, and none below", () => {
    const small = answerMetricsRequest({
      nodes: ["a", "b"],
      edges: [{ id: "r", from: "a", to: "b", directed: false }],
      seed: 1,
    });
    expect("sampleSize" in small).toBe(false);
    const nodes = Array.from({ length: EXACT_PATHS_UP_TO + 1 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((node, i) => ({ id: `r${i}`, from: nodes[i] ?? "", to: node, directed: false }));
    const large = answerMetricsRequest({ nodes, edges, seed: 1 });
    expect("sampleSize" in large && large.sampleSize).toBe(PATH_SAMPLE_SIZE);
  });
});
