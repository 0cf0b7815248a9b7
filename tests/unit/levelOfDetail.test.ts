// Large graphs are drawn in part: which actors and relations make it into the view (chooseDetail),
// and the layouts computed on the model for them.
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { ActorGraph } from "../../src/model";
import {
  boxAround,
  chooseDetail,
  relationsAround,
  type DetailRequest,
  type Point,
} from "../../src/view/detail/chooseDetail";
import {
  breadthFirstPositions,
  clusteredPositions,
  concentricPositions,
  rankByDegree,
  seededPositions,
} from "../../src/view/detail/modelLayouts";
import { scaledInto } from "../../src/view/detail/LargeGraph";
import { forceIterations } from "../../src/workers/layoutClient";

// hub — a, b, c, d (a star); a — b; e — f far away; g alone.
function testGraph(): ActorGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  for (const id of ["hub", "a", "b", "c", "d", "e", "f", "g"]) graph.addNode(id);
  for (const id of ["a", "b", "c", "d"]) graph.addDirectedEdgeWithKey(`hub-${id}`, "hub", id);
  graph.addUndirectedEdgeWithKey("a-b", "a", "b");
  graph.addUndirectedEdgeWithKey("e-f", "e", "f");
  return graph as unknown as ActorGraph;
}

const near: Point = { x: 0, y: 0 };
const positions = new Map<string, Point>([
  ["hub", near],
  ["a", { x: 1, y: 0 }],
  ["b", { x: 0, y: 1 }],
  ["c", { x: -1, y: 0 }],
  ["d", { x: 0, y: -1 }],
  ["e", { x: 100, y: 100 }],
  ["f", { x: 101, y: 100 }],
  ["g", { x: 2, y: 2 }],
]);

function request(patch: Partial<DetailRequest> = {}): DetailRequest {
  const graph = testGraph();
  return {
    graph,
    ranked: rankByDegree(graph),
    positions,
    box: { x1: -5, y1: -5, x2: 5, y2: 5 },
    drawableActor: () => true,
    drawableRelation: () => true,
    pinnedActors: [],
    pinnedRelations: [],
    preferredActors: [],
    budget: { actors: 100, relations: 100 },
    ...patch,
  };
}

describe("chooseDetail", () => {
  it("draws the actors inside the box and the relations among them", () => {
    const detail = chooseDetail(request());
    expect([...detail.actors].sort()).toEqual(["a", "b", "c", "d", "g", "hub"]);
    expect([...detail.relations].sort()).toEqual(["a-b", "hub-a", "hub-b", "hub-c", "hub-d"]);
    expect(detail.actorsInView).toBe(6);
  });

  it("keeps to the budget, best-connected actors first, and counts what it left out", () => {
    const detail = chooseDetail(request({ budget: { actors: 3, relations: 2 } }));
    expect([...detail.actors]).toEqual(["hub", "a", "b"]);
    expect(detail.relations.size).toBe(2);
    for (const relation of detail.relations) expect(["hub-a", "hub-b", "a-b"]).toContain(relation);
    expect(detail.actorsInView).toBe(6);
  });

  it("leaves out what the filters hide", () => {
    const detail = chooseDetail(
      request({ drawableActor: (id) => id !== "hub", drawableRelation: (id) => id !== "a-b" }),
    );
    expect(detail.actors.has("hub")).toBe(false);
    expect(detail.relations.size).toBe(0);
    expect(detail.actorsInView).toBe(5);
  });

  it("always draws the pinned selection and path, with a pinned relation's two actors", () => {
    const detail = chooseDetail(
      request({
        budget: { actors: 1, relations: 0 },
        pinnedActors: ["g"],
        pinnedRelations: ["e-f", "no-such-relation"],
      }),
    );
    expect([...detail.actors].sort()).toEqual(["e", "f", "g"]);
    expect([...detail.relations]).toEqual(["e-f"]);
  });

  it("takes preferred actors (a focus) before the ranking, inside the box only", () => {
    const detail = chooseDetail(request({ budget: { actors: 2, relations: 10 }, preferredActors: ["d", "e"] }));
    expect([...detail.actors]).toEqual(["d", "hub"]);
    expect([...detail.relations]).toEqual(["hub-d"]);
  });
});

describe("relationsAround", () => {
  it("gives an actor's relations the filters let through, up to a limit", () => {
    const graph = testGraph();
    expect(relationsAround(graph, "a", () => true, 10).sort()).toEqual(["a-b", "hub-a"]);
    expect(relationsAround(graph, "hub", (id) => id !== "hub-b", 2)).toHaveLength(2);
    expect(relationsAround(graph, "hub", (id) => id !== "hub-b", 10).sort()).toEqual(["hub-a", "hub-c", "hub-d"]);
    expect(relationsAround(graph, "nobody", () => true, 10)).toEqual([]);
  });
});

describe("layouts of large graphs, on the model", () => {
  it("ranks actors by degree, ties by id", () => {
    expect(rankByDegree(testGraph())).toEqual(["hub", "a", "b", "c", "d", "e", "f", "g"]);
  });

  it("seeds the same positions for the same seed, and others for another", () => {
    const ids = ["a", "b", "c"];
    expect(seededPositions(ids, 4)).toEqual(seededPositions(ids, 4));
    expect(seededPositions(ids, 4)).not.toEqual(seededPositions(ids, 5));
  });

  it("starts large graphs on their clusters: two separate cliques in two places, the same for a seed", () => {
    const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
    const left = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const right = Array.from({ length: 30 }, (_, i) => `r${i}`);
    for (const id of [...left, ...right]) graph.addNode(id);
    for (const group of [left, right])
      group.forEach((a, i) => group.slice(i + 1).forEach((b) => graph.addUndirectedEdgeWithKey(`${a}-${b}`, a, b)));
    const ids = [...left, ...right];
    const placed = clusteredPositions(graph as unknown as ActorGraph, ids, 3);
    expect(clusteredPositions(graph as unknown as ActorGraph, ids, 3)).toEqual(placed);
    const centre = (group: string[]) => {
      const points = group.map((id) => placed.get(id) ?? { x: NaN, y: NaN });
      return {
        x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
        y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
      };
    };
    const spread = (group: string[]) => {
      const c = centre(group);
      return Math.max(...group.map((id) => Math.hypot((placed.get(id)?.x ?? 0) - c.x, (placed.get(id)?.y ?? 0) - c.y)));
    };
    const apart = Math.hypot(centre(left).x - centre(right).x, centre(left).y - centre(right).y);
    // Each clique sits in its own disc: the discs' centres are further apart than either's radius.
    expect(apart).toBeGreaterThan(spread(left));
    expect(apart).toBeGreaterThan(spread(right));
  });

  it("puts the best-connected actor in the middle of the concentric layout, the rest further out", () => {
    const placed = concentricPositions(rankByDegree(testGraph()));
    expect(placed.get("hub")).toEqual({ x: 0, y: 0 });
    const distance = (id: string) => Math.hypot(placed.get(id)?.x ?? 0, placed.get(id)?.y ?? 0);
    expect(distance("a")).toBeLessThan(distance("g"));
  });

  it("puts actors in rows by their distance from the root, the unreachable ones last", () => {
    const graph = testGraph();
    const placed = breadthFirstPositions(graph, graph.nodes(), "a");
    const row = (id: string) => placed.get(id)?.y;
    expect(row("a")).toBe(0);
    expect(row("hub")).toBe(row("b"));
    expect(row("c")).toBeGreaterThan(row("hub") ?? 0);
    expect(row("e")).toBeGreaterThan(row("c") ?? 0);
    expect(placed.size).toBe(8);
  });

  it("wraps long rows", () => {
    const graph = testGraph();
    const placed = breadthFirstPositions(graph, graph.nodes(), "hub", 2);
    expect(new Set(["a", "b", "c", "d"].map((id) => placed.get(id)?.y)).size).toBe(2);
  });

  it("boxes points, with a margin", () => {
    expect(
      boxAround(
        [
          { x: 0, y: 0 },
          { x: 10, y: 20 },
        ],
        0.1,
      ),
    ).toEqual({ x1: -1, y1: -2, x2: 11, y2: 22 });
    expect(boxAround([])).toBeUndefined();
  });

  it("gives ForceAtlas2 fewer iterations as graphs grow, within 15–120", () => {
    const sizes = [1, 10, 500, 1000, 2000, 5000, 10_000, 20_000, 100_000];
    const counts = sizes.map(forceIterations);
    for (const count of counts) {
      expect(Number.isInteger(count)).toBe(true);
      expect(count).toBeGreaterThanOrEqual(15);
      expect(count).toBeLessThanOrEqual(120);
    }
    counts.slice(1).forEach((count, index) => expect(count).toBeLessThanOrEqual(counts[index]!));
    expect(counts[counts.length - 1]).toBeLessThan(counts[0]!);
  });
});

it("scales a layout's positions into the box the actors had, keeping proportions", () => {
  const moved = scaledInto(
    new Map([
      ["a", { x: 100, y: 100 }],
      ["b", { x: 300, y: 200 }],
    ]),
    { x1: 0, y1: 0, x2: 10, y2: 10 },
  );
  expect(moved.get("a")).toEqual({ x: 0, y: 0 });
  expect(moved.get("b")).toEqual({ x: 10, y: 5 });
});
