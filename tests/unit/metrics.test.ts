import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { answerMetricsRequest, metricsRequest } from "../../src/workers/metricsMessages";
import { computeMetrics, hasRelationWeights, type ActorMetrics } from "../../src/analysis/metrics";
import { importFiles } from "../../src/io/importFiles";
import { buildGraph } from "../../src/model";
import { REAL_GRAPHS, REAL_GRAPHS_MISSING, realText } from "./support/realGraphs";

function graphOf(nodes: string, edges: Array<[string, string, string, boolean?]>): MultiGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  for (const node of nodes) graph.addNode(node);
  for (const [key, from, to, directed] of edges) {
    if (directed) graph.addDirectedEdgeWithKey(key, from, to);
    else graph.addUndirectedEdgeWithKey(key, from, to);
  }
  return graph;
}

function expectMetrics(actual: ActorMetrics | undefined, expected: Omit<ActorMetrics, "strength">): void {
  expect(actual).toBeDefined();
  expect(actual!.degree).toBe(expected.degree);
  expect(actual!.relationCount).toBe(expected.relationCount);
  expect(actual!.betweenness).toBeCloseTo(expected.betweenness, 6);
  expect(actual!.closeness).toBeCloseTo(expected.closeness, 6);
  expect(actual!.pagerank).toBeCloseTo(expected.pagerank, 4);
}

// PageRank values below solve x = 0.15/N + 0.85·(Σ weighted shares of neighbours) by hand.
describe("computeMetrics", () => {
  it("on a path a–b–c: b lies on the only a↔c path", () => {
    const metrics = computeMetrics(
      graphOf("abc", [
        ["ab", "a", "b"],
        ["bc", "b", "c"],
      ]),
    );
    expectMetrics(metrics.a, { degree: 1, relationCount: 1, betweenness: 0, closeness: 2 / 3, pagerank: 0.256757 });
    expectMetrics(metrics.b, { degree: 2, relationCount: 2, betweenness: 1, closeness: 1, pagerank: 0.486486 });
    expectMetrics(metrics.c, { degree: 1, relationCount: 1, betweenness: 0, closeness: 2 / 3, pagerank: 0.256757 });
  });

  it("on a star with one directed spoke: direction does not matter", () => {
    const metrics = computeMetrics(
      graphOf("hwxyz", [
        ["wh", "w", "h", true],
        ["hx", "h", "x"],
        ["hy", "h", "y"],
        ["hz", "h", "z"],
      ]),
    );
    expectMetrics(metrics.h, { degree: 4, relationCount: 4, betweenness: 1, closeness: 1, pagerank: 0.475676 });
    for (const leaf of "wxyz") {
      expectMetrics(metrics[leaf], {
        degree: 1,
        relationCount: 1,
        betweenness: 0,
        closeness: 4 / 7,
        pagerank: 0.131081,
      });
    }
  });

  it("on a multigraph: parallel relations count once as neighbours, twice as relations and rank weight", () => {
    const metrics = computeMetrics(
      graphOf("abc", [
        ["ab1", "a", "b"],
        ["ab2", "a", "b", true],
        ["bc", "b", "c", true],
        ["cc", "c", "c"],
      ]),
    );
    expectMetrics(metrics.a, { degree: 1, relationCount: 2, betweenness: 0, closeness: 2 / 3, pagerank: 0.325676 });
    expectMetrics(metrics.b, { degree: 2, relationCount: 3, betweenness: 1, closeness: 1, pagerank: 0.486486 });
    expectMetrics(metrics.c, { degree: 1, relationCount: 2, betweenness: 0, closeness: 2 / 3, pagerank: 0.187838 });
  });

  it("does not let parallel relations shorten distances: a square stays symmetric", () => {
    // a–b doubled, b–c, c–d, d–a: each opposite pair has two shortest paths, one through each
    // of the other two actors, so every actor gets (1/2) · 2 / ((4 − 1)(4 − 2)) = 1/6.
    const metrics = computeMetrics(
      graphOf("abcd", [
        ["ab1", "a", "b"],
        ["ab2", "b", "a"],
        ["bc", "b", "c"],
        ["cd", "c", "d"],
        ["da", "d", "a"],
      ]),
    );
    for (const node of "abcd") expect(metrics[node]!.betweenness).toBeCloseTo(1 / 6, 6);
    for (const node of "abcd") expect(metrics[node]!.closeness).toBeCloseTo(3 / 4, 6);
  });

  it("scales closeness by reach, so an isolated actor scores 0 and a pair 1/2", () => {
    const metrics = computeMetrics(graphOf("abc", [["ab", "a", "b"]]));
    expectMetrics(metrics.a, { degree: 1, relationCount: 1, betweenness: 0, closeness: 0.5, pagerank: 0.465116 });
    expectMetrics(metrics.c, { degree: 0, relationCount: 0, betweenness: 0, closeness: 0, pagerank: 0.069767 });
  });

  it("weighted degree sums the relations' weights, a relation without one counting 1, a self-relation once", () => {
    const graph = graphOf("abc", [
      ["ab", "a", "b"],
      ["ab2", "a", "b", true],
      ["bc", "b", "c"],
      ["cc", "c", "c"],
    ]);
    graph.setEdgeAttribute("ab", "weight", 2.5);
    graph.setEdgeAttribute("bc", "weight", 0);
    graph.setEdgeAttribute("cc", "weight", 4);
    const metrics = computeMetrics(graph);
    expect([metrics.a?.strength, metrics.b?.strength, metrics.c?.strength]).toEqual([3.5, 3.5, 4]);
    expect([metrics.a?.relationCount, metrics.b?.relationCount, metrics.c?.relationCount]).toEqual([2, 3, 2]);
    expect(hasRelationWeights(graph)).toBe(true);
  });

  it("weighted degree equals the relation count when no relation has a weight", () => {
    const graph = graphOf("abc", [
      ["ab", "a", "b"],
      ["ab2", "a", "b", true],
      ["bc", "b", "c"],
    ]);
    const metrics = computeMetrics(graph);
    for (const node of "abc") expect(metrics[node]?.strength).toBe(metrics[node]?.relationCount);
    expect(hasRelationWeights(graph)).toBe(false);
  });

  it("gives nothing for an empty graph", () => {
    expect(computeMetrics(graphOf("", []))).toEqual({});
  });
});

describe("metrics worker protocol", () => {
  const graph = graphOf("abcd", [
    ["ab", "a", "b", true],
    ["ab2", "a", "b"],
    ["bc", "b", "c"],
  ]);

  it("sends structure only and gets the same figures as on the main thread", () => {
    const request = metricsRequest(graph, 3, 42);
    expect(request).toEqual({
      requestId: 42,
      nodes: ["a", "b", "c", "d"],
      edges: [
        { id: "ab", from: "a", to: "b", directed: true },
        { id: "ab2", from: "a", to: "b", directed: false },
        { id: "bc", from: "b", to: "c", directed: false },
      ],
      seed: 3,
    });
    const response = answerMetricsRequest(request);
    if ("error" in response) throw new Error(response.error);
    expect(response.requestId).toBe(42);
    expect(response.metrics).toEqual(computeMetrics(graph));
    expect(response.communities.count).toBeGreaterThanOrEqual(2);
    expect(Object.keys(response.communities.communityOf).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("answers a request naming an unknown actor with an error, not a figure", () => {
    const response = answerMetricsRequest({
      nodes: ["a"],
      edges: [{ id: "x", from: "a", to: "zz", directed: false }],
      seed: 1,
    });
    expect(response).toEqual({ error: 'Relation "x" links an unknown actor' });
  });
});

describe("weighted degree through the worker protocol", () => {
  it("carries each relation's own weight to the worker and only then", () => {
    const graph = graphOf("ab", [
      ["ab", "a", "b"],
      ["ba", "b", "a"],
    ]);
    graph.setEdgeAttribute("ab", "relation", { weight: 3 });
    const request = metricsRequest(graph, 1);
    expect(request.edges).toEqual([
      { id: "ab", from: "a", to: "b", directed: false, weight: 3 },
      { id: "ba", from: "b", to: "a", directed: false },
    ]);
    const response = answerMetricsRequest(request);
    if ("error" in response) throw new Error(response.error);
    expect([response.metrics.a?.strength, response.metrics.b?.strength]).toEqual([4, 4]);
  });

  it.skipIf(!REAL_GRAPHS)(
    `Les Miserables.gexf: Gephi's weighted degrees (${REAL_GRAPHS ?? REAL_GRAPHS_MISSING})`,
    () => {
      const result = importFiles([{ name: "Les Miserables.gexf", text: realText("gephi-lite/Les Miserables.gexf") }]);
      if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
      const graph = buildGraph(result.dataset);
      expect(hasRelationWeights(graph)).toBe(true);
      const response = answerMetricsRequest(metricsRequest(graph, 1));
      if ("error" in response) throw new Error(response.error);
      const byName = (name: string) => {
        const actor = result.dataset.actors.find((candidate) => candidate.name === name);
        return actor && response.metrics[actor.id];
      };
      // Gephi's "Weighted Degree" on this file: Valjean 158 over 36 edges, Marius 104 over 19,
      // Myriel 31 over 10; all together twice the 820 total weight.
      expect([byName("Valjean")?.strength, byName("Valjean")?.relationCount]).toEqual([158, 36]);
      expect([byName("Marius")?.strength, byName("Marius")?.relationCount]).toEqual([104, 19]);
      expect([byName("Myriel")?.strength, byName("Myriel")?.relationCount]).toEqual([31, 10]);
      expect(Object.values(response.metrics).reduce((sum, figures) => sum + figures.strength, 0)).toBe(1640);
    },
  );
});
