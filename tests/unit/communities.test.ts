import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { detectCommunities } from "../../src/analysis/communities";
import { seededRandom } from "../../src/model/seededRandom";

/** A 5-clique p0..p4 and a 4-clique q0..q3, joined by one directed relation p0 → q0, plus loner z. */
function twoCliques(): MultiGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  const clique = (prefix: string, size: number) => {
    for (let i = 0; i < size; i++) graph.addNode(`${prefix}${i}`);
    for (let i = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) graph.addUndirectedEdge(`${prefix}${i}`, `${prefix}${j}`);
  };
  // The smaller clique first, so that numbering by size must reorder them.
  clique("q", 4);
  clique("p", 5);
  graph.addDirectedEdge("p0", "q0");
  graph.addUndirectedEdge("q1", "q2"); // a parallel relation changes nothing here
  graph.addNode("z");
  return graph;
}

describe("detectCommunities", () => {
  it("finds the two cliques, numbered by size, the loner apart", () => {
    const { communityOf, count } = detectCommunities(twoCliques());
    expect(count).toBe(3);
    for (let i = 0; i < 5; i++) expect(communityOf[`p${i}`]).toBe(0);
    for (let i = 0; i < 4; i++) expect(communityOf[`q${i}`]).toBe(1);
    expect(communityOf.z).toBe(2);
  });

  it("is reproducible for a seed, and the same for every seed on clear-cut data", () => {
    const first = detectCommunities(twoCliques(), 5);
    expect(detectCommunities(twoCliques(), 5)).toEqual(first);
    expect(detectCommunities(twoCliques(), 99)).toEqual(first);
  });

  it("handles graphs without relations or actors", () => {
    const lonely = new MultiGraph();
    lonely.addNode("a");
    lonely.addNode("b");
    expect(detectCommunities(lonely)).toEqual({ communityOf: { a: 0, b: 1 }, count: 2 });
    expect(detectCommunities(new MultiGraph())).toEqual({ communityOf: {}, count: 0 });
  });
});

describe("seededRandom", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
    expect(seededRandom(2)()).not.toBe(values[0]);
  });
});
