// Large graphs draw every shown actor and relation in an overview layer under cytoscape's
// detail: the scene it draws, the grid that finds the actor under a click, file positions, the
// clustered start of ForceAtlas2 and the export drawn from the model.
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { ActorGraph } from "../../src/model";
import { clusteredStart, propagateLabels } from "../../src/model/clusteredStart";
import type { Point } from "../../src/view/detail/chooseDetail";
import { filePositions } from "../../src/view/detail/filePositions";
import { ElementState } from "../../src/view/elementState";
import { composeLargeSvg, coverageLine } from "../../src/view/overview/exportLarge";
import { buildScene as buildSceneFrom, sceneBase } from "../../src/view/overview/overviewScene";
import { SpatialGrid } from "../../src/view/overview/SpatialGrid";
import { communityColour, kindColour } from "../../src/view/palette";

// a — b — c (person, person, place); d alone (place, far away).
function testGraph(display?: Record<string, { x: number; y: number }>): ActorGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  const kinds: Record<string, string> = { a: "person", b: "person", c: "place", d: "place" };
  for (const id of ["a", "b", "c", "d"])
    graph.addNode(id, { label: `Actor ${id}`, kind: kinds[id], actor: { id, display: display?.[id] } });
  graph.addUndirectedEdgeWithKey("a-b", "a", "b", { kind: "knows" });
  graph.addDirectedEdgeWithKey("b-c", "b", "c", { kind: "funds" });
  return graph as unknown as ActorGraph;
}

const positions = new Map<string, Point>([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 10, y: 0 }],
  ["c", { x: 20, y: 0 }],
  ["d", { x: 500, y: 500 }],
]);
const kindIndex = (kind: string) => ["person", "place"].indexOf(kind);
const buildScene = ({ graph, ...rest }: { graph: ActorGraph } & Omit<Parameters<typeof buildSceneFrom>[0], "base">) =>
  buildSceneFrom({ base: sceneBase(graph), ...rest });

describe("buildScene", () => {
  it("holds every actor and relation, grouped by colour, with relations as index pairs", () => {
    const scene = buildScene({ graph: testGraph(), positions, state: new ElementState(), kindIndex });
    expect(scene.ids).toEqual(["a", "b", "c", "d"]);
    expect(scene.colours).toEqual([kindColour(0), kindColour(1)]);
    expect([...scene.colourOf]).toEqual([0, 0, 1, 1]);
    expect([...scene.xs]).toEqual([0, 10, 20, 500]);
    const pairs = [...scene.edgeFrom].map((from, e) => [scene.ids[from], scene.ids[scene.edgeTo[e] ?? 0]]);
    expect(pairs).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
  });

  it("leaves out what filters hide, fades what they fade or an emphasis leaves out, colours by community", () => {
    const state = new ElementState();
    state.visibility = { actors: new Set(["a", "b", "d"]), relations: new Set(["a-b"]), mode: "hide" };
    let scene = buildScene({ graph: testGraph(), positions, state, kindIndex });
    expect(scene.ids).toEqual(["a", "b", "d"]);
    expect(scene.edgeFrom.length).toBe(1);

    state.visibility = { actors: new Set(["a", "b"]), relations: new Set(["a-b"]), mode: "fade" };
    state.emphasis = { actors: new Set(["a", "b", "c"]), relations: new Set(["a-b", "b-c"]) };
    state.communities = new Map([
      ["a", 0],
      ["b", 1],
      ["c", 1],
    ]);
    scene = buildScene({ graph: testGraph(), positions, state, kindIndex });
    const faded = Object.fromEntries(scene.ids.map((id, i) => [id, scene.faded[i]]));
    expect(faded).toEqual({ a: 0, b: 0, c: 1, d: 1 });
    expect([...scene.edgeFaded]).toEqual([0, 1]);
    const colourOf = Object.fromEntries(scene.ids.map((id, i) => [id, scene.colours[scene.colourOf[i] ?? 0]]));
    expect(colourOf).toEqual({ a: communityColour(0), b: communityColour(1), c: communityColour(1), d: "#999999" });
  });

  it("skips actors without a place yet", () => {
    const scene = buildScene({
      graph: testGraph(),
      positions: new Map([["a", { x: 1, y: 1 }]]),
      state: new ElementState(),
      kindIndex,
    });
    expect(scene.ids).toEqual(["a"]);
    expect(scene.edgeFrom.length).toBe(0);
  });
});

describe("SpatialGrid", () => {
  const xs = Float64Array.from([0, 10, 20, 500]);
  const ys = Float64Array.from([0, 0, 0, 500]);
  const grid = new SpatialGrid(xs, ys);

  it("finds the nearest point within the radius", () => {
    expect(grid.nearest({ x: 9, y: 1 }, 3)).toBe(1);
    expect(grid.nearest({ x: 14, y: 0 }, 5)).toBe(1);
    expect(grid.nearest({ x: 16, y: 0 }, 5)).toBe(2);
    expect(grid.nearest({ x: 499, y: 503 }, 5)).toBe(3);
  });

  it("finds nothing when no point is that close", () => {
    expect(grid.nearest({ x: 5, y: 0 }, 2)).toBeUndefined();
    expect(grid.nearest({ x: 250, y: 250 }, 10)).toBeUndefined();
  });

  it("agrees with a linear scan on many random points", () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const count = 2000;
    const px = Float64Array.from({ length: count }, () => random() * 1000);
    const py = Float64Array.from({ length: count }, () => random() * 1000);
    const big = new SpatialGrid(px, py);
    for (let probe = 0; probe < 200; probe++) {
      const at = { x: random() * 1000, y: random() * 1000 };
      let best: number | undefined;
      let bestDistance = 15 * 15;
      for (let i = 0; i < count; i++) {
        const distance = ((px[i] ?? 0) - at.x) ** 2 + ((py[i] ?? 0) - at.y) ** 2;
        if (distance <= bestDistance) [best, bestDistance] = [i, distance];
      }
      expect(big.nearest(at, 15)).toBe(best);
    }
  });
});

describe("filePositions", () => {
  it("takes every actor's display position, y turned downwards", () => {
    const graph = testGraph({ a: { x: 1, y: 2 }, b: { x: 3, y: -4 }, c: { x: 0, y: 0 }, d: { x: 9, y: 9 } });
    expect(filePositions(graph, ["a", "b"])).toEqual(
      new Map([
        ["a", { x: 1, y: -2 }],
        ["b", { x: 3, y: 4 }],
      ]),
    );
  });

  it("gives nothing when any actor lacks one", () => {
    const graph = testGraph({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(filePositions(graph, ["a", "b", "c"])).toBeUndefined();
    expect(filePositions(testGraph(), ["a"])).toBeUndefined();
  });
});

describe("clusteredStart", () => {
  // Two cliques of 6 joined by one edge.
  const clique = (offset: number) => {
    const edges: Array<[number, number]> = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edges.push([offset + i, offset + j]);
    return edges;
  };
  const edges = [...clique(0), ...clique(6), [0, 6] as [number, number]];

  it("label propagation finds the two groups", () => {
    const label = propagateLabels(12, edges, 1);
    expect(new Set(label.slice(0, 6)).size).toBe(1);
    expect(new Set(label.slice(6)).size).toBe(1);
    expect(label[0]).not.toBe(label[6]);
  });

  it("starts each group in its own disc, the same for the same seed", () => {
    const start = clusteredStart(12, edges, 1, 10);
    const centre = (from: number) =>
      [0, 1].map(
        (axis) => Array.from({ length: 6 }, (_, i) => start[(from + i) * 2 + axis] ?? 0).reduce((a, b) => a + b) / 6,
      );
    const [ax = 0, ay = 0] = centre(0);
    const [bx = 0, by = 0] = centre(6);
    const spreadA = Math.max(
      ...Array.from({ length: 6 }, (_, i) => Math.hypot((start[i * 2] ?? 0) - ax, (start[i * 2 + 1] ?? 0) - ay)),
    );
    expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(spreadA);
    expect(clusteredStart(12, edges, 1, 10)).toEqual(start);
  });
});

describe("large export", () => {
  it("draws every shown actor as a circle named by a title, and says how much is drawn", () => {
    const state = new ElementState();
    state.visibility = { actors: new Set(["a", "b", "c"]), relations: new Set(["a-b", "b-c"]), mode: "hide" };
    const scene = buildScene({ graph: testGraph(), positions, state, kindIndex });
    const coverage = coverageLine(scene, 4, 2);
    expect(coverage).toBe("Drawn: all 3 shown actors (of 4) and all 2 shown relations (of 2).");
    const svg = composeLargeSvg(
      scene,
      { title: "T <x>", legend: [], sourcesLine: "Sources: s" },
      coverage,
      (id) => `<${id}>`,
    );
    expect(svg.match(/<circle class="actor"/g)).toHaveLength(3);
    expect(svg).toContain("<title>&#60;a&#62;</title>");
    expect(svg).not.toContain("<a>");
    expect(svg).toContain(coverage);
    expect(svg.match(/M[\d.]+ [\d.]+L/g)).toHaveLength(2);
  });
});
