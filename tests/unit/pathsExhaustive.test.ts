// The path finder against brute force: every simple path of small random mixed multigraphs.
import fc from "fast-check";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { pathsWithEvidence } from "../../src/analysis/pathsWithEvidence";
import type { ActorGraph, ActorNode, ClaimStatus, GraphInfo, RelationEdge } from "../../src/model";
import { claimStatuses, strongestStatus } from "../../src/model";

interface EdgeSpec {
  from: number;
  to: number;
  directed: boolean;
  status: ClaimStatus;
}

function build(order: number, edges: EdgeSpec[]): ActorGraph {
  const graph: ActorGraph = new MultiGraph<ActorNode, RelationEdge, GraphInfo>({ type: "mixed", allowSelfLoops: true });
  for (let i = 0; i < order; i++) {
    const actor = { id: `n${i}`, name: `N${i}`, kind: "k", aliases: [], tags: [], sources: [] };
    graph.addNode(actor.id, { actor, label: actor.name, kind: "k" });
  }
  edges.forEach((edge, i) => {
    const claims = [{ id: `c${i}`, text: "t", status: edge.status, quantities: [], sources: [{ source: "s" }] }];
    const relation = { id: `e${i}`, from: `n${edge.from}`, to: `n${edge.to}`, kind: "k", claims };
    const attributes = { relation, kind: "k", directed: edge.directed, status: strongestStatus(claims) };
    if (edge.directed) graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
  });
  return graph;
}

/** Every simple path from node 0 to node order-1, as "e1>e4" strings, grouped by length. */
function bruteForce(
  order: number,
  edges: EdgeSpec[],
  factsOnly: boolean,
  ignoreDirection: boolean,
): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  const target = order - 1;
  const walk = (node: number, seen: Set<number>, used: string[]) => {
    if (node === target) {
      byLength.set(used.length, [...(byLength.get(used.length) ?? []), used.join(">")]);
      return;
    }
    edges.forEach((edge, i) => {
      if (factsOnly && edge.status !== "confirmed" && edge.status !== "reported") return;
      let next: number | undefined;
      if (edge.from === node) next = edge.to;
      else if (edge.to === node && (!edge.directed || ignoreDirection)) next = edge.from;
      if (next === undefined || seen.has(next)) return;
      walk(next, new Set([...seen, next]), [...used, `e${i}`]);
    });
  };
  walk(0, new Set([0]), []);
  return byLength;
}

const scenario = fc.integer({ min: 2, max: 6 }).chain((order) =>
  fc.record({
    order: fc.constant(order),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: order - 1 }),
        to: fc.integer({ min: 0, max: order - 1 }),
        directed: fc.boolean(),
        status: fc.constantFrom(...claimStatuses),
      }),
      { maxLength: 10 },
    ),
    factsOnly: fc.boolean(),
    ignoreDirection: fc.boolean(),
  }),
);

describe("pathsWithEvidence against brute force", () => {
  it("finds exactly the shortest and next-shortest simple paths", () => {
    fc.assert(
      fc.property(scenario, ({ order, edges, factsOnly, ignoreDirection }) => {
        const expected = bruteForce(order, edges, factsOnly, ignoreDirection);
        const result = pathsWithEvidence(build(order, edges), "n0", `n${order - 1}`, {
          factsOnly,
          ignoreDirection,
          maxPaths: 10_000,
        });
        if (expected.size === 0) {
          expect(result.kind).toBe("none");
          return;
        }
        const shortest = Math.min(...expected.keys());
        expect(result.kind).toBe("found");
        if (result.kind !== "found") return;
        const ids = (paths: typeof result.paths) =>
          paths.map((path) => path.hops.map((hop) => hop.relationId).join(">")).sort();
        expect(result.length).toBe(shortest);
        expect(ids(result.paths)).toEqual([...(expected.get(shortest) ?? [])].sort());
        expect(ids(result.nextShortest)).toEqual([...(expected.get(shortest + 1) ?? [])].sort());
      }),
      { numRuns: 400, seed: 20251201 },
    );
  });
});
