// Label propagation (src/model/clusteredStart.ts) counts neighbours' labels in typed arrays; it must
// label every node as the plain Map-based version it replaced (kept here as the reference), or the
// first picture and ForceAtlas2's start would change.
import { describe, expect, it } from "vitest";
import { propagateLabels, seededRandom } from "../../src/model";

function referenceLabels(count: number, edges: ReadonlyArray<readonly [number, number]>, seed: number, rounds = 6) {
  const adjacency = Array.from({ length: count }, () => [] as number[]);
  for (const [a, b] of edges) {
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  const label = Array.from({ length: count }, (_, i) => i);
  const order = Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(seed);
  for (let round = 0; round < rounds; round++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const node of order) {
      const tally = new Map<number, number>();
      for (const neighbour of adjacency[node]!) tally.set(label[neighbour]!, (tally.get(label[neighbour]!) ?? 0) + 1);
      const most = Math.max(0, ...tally.values());
      if (most === 0 || tally.get(label[node]!) === most) continue;
      label[node] = Math.min(...[...tally].filter(([, seen]) => seen === most).map(([other]) => other));
    }
  }
  return label;
}

function randomGraph(count: number, edgeCount: number, seed: number): Array<[number, number]> {
  const random = seededRandom(seed);
  return Array.from({ length: edgeCount }, () => {
    const a = Math.floor(random() * count);
    // Mostly within blocks of 20, so that there are communities to find.
    const b =
      random() < 0.8 ? (Math.floor(a / 20) * 20 + Math.floor(random() * 20)) % count : Math.floor(random() * count);
    return [a, b];
  });
}

describe("label propagation", () => {
  it.each([
    [50, 120, 1],
    [400, 1200, 7],
    [1000, 2500, 42],
    [30, 0, 3],
  ])("labels %i nodes with %i edges as the reference does (seed %i)", (count, edgeCount, seed) => {
    const edges = randomGraph(count, edgeCount, seed);
    expect([...propagateLabels(count, edges, seed)]).toEqual(referenceLabels(count, edges, seed));
  });
});
