import { expect, it } from "vitest";
import { forceLayout } from "../../src/analysis/forceLayout";
import { seededPositions } from "../../src/model";

const request = {
  nodes: ["a", "b", "c", "d"],
  edges: [
    [0, 1],
    [1, 2],
    [2, 0],
  ] as Array<[number, number]>,
  seed: 3,
  iterations: 50,
};

it("is deterministic for a seed and returns one point per node", () => {
  const first = forceLayout(request);
  expect(first.positions).toHaveLength(8);
  expect(forceLayout(request).positions).toEqual(first.positions);
  expect(first.positions.every(Number.isFinite)).toBe(true);
});

it("keeps two triangles joined by one edge as two groups", () => {
  const nodes = ["a", "b", "c", "x", "y", "z"];
  const edges: Array<[number, number]> = [
    [0, 1],
    [1, 2],
    [2, 0],
    [3, 4],
    [4, 5],
    [5, 3],
    [2, 3],
  ];
  const p = forceLayout({ nodes, edges, seed: 5, iterations: 200 }).positions;
  const distance = (i: number, j: number) =>
    Math.hypot((p[i * 2] ?? 0) - (p[j * 2] ?? 0), (p[i * 2 + 1] ?? 0) - (p[j * 2 + 1] ?? 0));
  const within =
    (distance(0, 1) + distance(1, 2) + distance(0, 2) + distance(3, 4) + distance(4, 5) + distance(3, 5)) / 6;
  const across = (distance(0, 4) + distance(0, 5) + distance(1, 4) + distance(1, 5)) / 4;
  expect(within).toBeLessThan(across);
});

it("seeded starting positions repeat and differ by seed", () => {
  expect(seededPositions(["a", "b", "c"], 1, 60)).toEqual(seededPositions(["a", "b", "c"], 1, 60));
  expect(seededPositions(["a", "b", "c"], 1, 60)).not.toEqual(seededPositions(["a", "b", "c"], 2, 60));
});
