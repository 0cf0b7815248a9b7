// "Use the file's layout and colours": what the dataset offers, what is shown by default, the
// file's positions filled in for actors it left out, and its colours in the large-graph overview.
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";
import { displayCoverage, type Actor, type ActorGraph } from "../../src/model";
import {
  colourByShown,
  DEFAULT_STATE,
  displayOffer,
  fileColourMap,
  fileSizeMap,
  hashToState,
  layoutShown,
  loadDataset,
  stateToHash,
} from "../../src/state";
import { fileLayout } from "../../src/view/detail/filePositions";
import { ElementState } from "../../src/view/elementState";
import { buildScene, sceneBase } from "../../src/view/overview/overviewScene";
import { kindColour } from "../../src/view/palette";
import { REAL_GRAPHS, REAL_GRAPHS_MISSING, realText } from "./support/realGraphs";

const actor = (id: string, display?: Actor["display"]): Actor =>
  ({ id, name: id, kind: "person", ...(display && { display }) }) as Actor;

describe("the file's display hints", () => {
  const whole = [
    actor("a", { x: 1, y: 2, color: "#ff0000", size: 10 }),
    actor("b", { x: -3, y: 4, color: "#00f", size: 5 }),
  ];
  const partial = [actor("a", { x: 1, y: 2 }), actor("b", { color: "#00ff00" }), actor("c")];

  it("counts the actors carrying each hint", () => {
    expect(displayCoverage(whole)).toEqual({ actors: 2, positioned: 2, coloured: 2, sized: 2 });
    expect(displayCoverage(partial)).toEqual({ actors: 3, positioned: 1, coloured: 1, sized: 0 });
    expect(displayCoverage([actor("a", { x: 1 })])).toEqual({ actors: 1, positioned: 0, coloured: 0, sized: 0 });
  });

  it("defaults to the file's layout and colours only when the file gave them to every actor", () => {
    const all = displayCoverage(whole);
    expect([layoutShown(DEFAULT_STATE, all), colourByShown(DEFAULT_STATE, all)]).toEqual(["file", "file"]);
    const some = displayCoverage(partial);
    expect([layoutShown(DEFAULT_STATE, some), colourByShown(DEFAULT_STATE, some)]).toEqual(["force", "kind"]);
    expect(displayOffer(some)).toEqual({ layout: true, colours: true, sizes: false });
    const none = displayCoverage([actor("a")]);
    expect(displayOffer(none)).toEqual({ layout: false, colours: false, sizes: false });
    expect([
      layoutShown(DEFAULT_STATE, displayCoverage([])),
      colourByShown(DEFAULT_STATE, displayCoverage([])),
    ]).toEqual(["force", "kind"]);
  });

  it("keeps what the person chose, and falls back when the file has nothing to show", () => {
    const all = displayCoverage(whole);
    expect(layoutShown({ layout: "concentric" }, all)).toBe("concentric");
    expect(colourByShown({ colourBy: "community" }, all)).toBe("community");
    const none = displayCoverage([actor("a")]);
    expect(layoutShown({ layout: "file" }, none)).toBe("force");
    expect(colourByShown({ colourBy: "file" }, none)).toBe("kind");
  });

  it("links name a chosen layout or colouring, and leave the dataset's default out", () => {
    expect(stateToHash({ ...DEFAULT_STATE, datasetId: "d" })).toBe("#d=d");
    const chosen = stateToHash({
      ...DEFAULT_STATE,
      datasetId: "d",
      layout: "force",
      colourBy: "file",
      sizeBy: "strength",
    });
    expect(chosen).toBe("#d=d&layout=force&size=strength&colour=file");
    expect(hashToState(chosen).state).toMatchObject({ layout: "force", colourBy: "file", sizeBy: "strength" });
    expect(hashToState("#d=d&layout=file&size=file").state).toMatchObject({ layout: "file", sizeBy: "file" });
    expect(hashToState("#d=d").state.layout).toBeUndefined();
  });

  it("maps the file's colours and sizes by actor, sizes scaled to the largest", () => {
    expect(fileColourMap(partial)).toEqual(new Map([["b", "#00ff00"]]));
    expect(fileSizeMap(whole)).toEqual(
      new Map([
        ["a", 1],
        ["b", 0.5],
      ]),
    );
    expect(fileSizeMap(partial)).toEqual(
      new Map([
        ["a", 0],
        ["b", 0],
        ["c", 0],
      ]),
    );
  });
});

// a — b — c, d alone.
function graphWith(display: Record<string, { x: number; y: number }>): ActorGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  for (const id of ["a", "b", "c", "d"])
    graph.addNode(id, { label: id, kind: "person", actor: { id, display: display[id] } });
  graph.addUndirectedEdgeWithKey("a-b", "a", "b", { kind: "knows" });
  graph.addUndirectedEdgeWithKey("b-c", "b", "c", { kind: "knows" });
  return graph as unknown as ActorGraph;
}

describe("fileLayout", () => {
  it("uses the file's positions (y turned downwards) when it placed everyone", () => {
    const graph = graphWith({ a: { x: 0, y: 0 }, b: { x: 10, y: 5 }, c: { x: 20, y: 0 }, d: { x: 0, y: -9 } });
    expect(fileLayout(graph, ["a", "b", "c", "d"])).toEqual(
      new Map([
        ["a", { x: 0, y: -0 }],
        ["b", { x: 10, y: -5 }],
        ["c", { x: 20, y: -0 }],
        ["d", { x: 0, y: 9 }],
      ]),
    );
  });

  it("puts an actor the file left out near its placed neighbours, a loner under the picture", () => {
    const graph = graphWith({ a: { x: 0, y: 0 }, c: { x: 20, y: 0 } });
    const layout = fileLayout(graph, ["a", "b", "c", "d"]);
    expect(layout?.get("a")).toEqual({ x: 0, y: -0 });
    expect(layout?.get("c")).toEqual({ x: 20, y: -0 });
    const b = layout?.get("b");
    // Between a and c (at 10, 0), half a spacing (20 / √2 / 2 ≈ 7.1) away at most.
    expect(Math.hypot((b?.x ?? 99) - 10, b?.y ?? 99)).toBeLessThanOrEqual(7.1);
    const d = layout?.get("d");
    expect(d?.x).toBe(0);
    expect(d?.y).toBeGreaterThan(0);
  });

  it("gives nothing when the file placed nobody", () => {
    expect(fileLayout(graphWith({}), ["a", "b"])).toBeUndefined();
  });
});

describe("the overview in the file's colours", () => {
  it("draws actors in the file's colour, the ones it left uncoloured in their kind's", () => {
    const graph = graphWith({ a: { x: 0, y: 0 }, b: { x: 1, y: 0 }, c: { x: 2, y: 0 }, d: { x: 3, y: 0 } });
    const state = new ElementState();
    state.fileColours = new Map([
      ["a", "#123456"],
      ["c", "#123456"],
      ["b", "#abcdef"],
    ]);
    const positions = new Map(["a", "b", "c", "d"].map((id, x) => [id, { x, y: 0 }]));
    const scene = buildScene({ base: sceneBase(graph), positions, state, kindIndex: () => 0 });
    const colourOf = (id: string) => scene.colours[scene.colourOf[scene.indexOf.get(id) ?? -1] ?? -1];
    expect(["a", "b", "c", "d"].map(colourOf)).toEqual(["#123456", "#abcdef", "#123456", kindColour(0)]);
  });
});

describe.skipIf(!REAL_GRAPHS)(
  `Les Miserables.gexf opens as Gephi drew it (${REAL_GRAPHS ?? REAL_GRAPHS_MISSING})`,
  () => {
    it("every actor placed and coloured: the file's layout and colours by default, its sizes offered", () => {
      const result = importFiles([{ name: "Les Miserables.gexf", text: realText("gephi-lite/Les Miserables.gexf") }]);
      if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
      const loaded = loadDataset(result.dataset, "imported");
      expect(loaded.display).toEqual({ actors: 77, positioned: 77, coloured: 77, sized: 77 });
      expect([layoutShown(DEFAULT_STATE, loaded.display), colourByShown(DEFAULT_STATE, loaded.display)]).toEqual([
        "file",
        "file",
      ]);
      const layout = fileLayout(loaded.graph, loaded.graph.nodes());
      const valjean = result.dataset.actors.find((candidate) => candidate.name === "Valjean");
      expect(layout?.get(valjean?.id ?? "")).toEqual({ x: -87.93029, y: 6.8120565 });
      expect(fileColourMap(result.dataset.actors).get(valjean?.id ?? "")).toBe("#f55b5b");
    });
  },
);
