// The view's data, headless: graph → cytoscape elements, the stylesheet as data, and the classes
// ElementState gives to elements (on a headless cytoscape core, no canvas).
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model";
import { buildStylesheet, kindColour, kindShape, relationColour } from "../../src/view";
import { graphToElements } from "../../src/view/elements";
import { ElementState } from "../../src/view/elementState";
import { placeholderDataset } from "./fixtures";
import { actorElementId, modelId } from "../../src/view/elementIds";

const dataset = placeholderDataset();
const graph = buildGraph(dataset);
const elements = graphToElements(graph, dataset);
// Cytoscape ids are namespaced (src/view/elementIds.ts): "a:" actors, "r:" relations.
const byId = (id: string) => elements.find((element) => modelId(element.data.id ?? "") === id);
const ids = (collection: { map: (each: (element: { id: () => string }) => string) => string[] }) =>
  collection.map((element) => modelId(element.id())).sort();

describe("graphToElements", () => {
  it("makes one node per actor and one edge per relation, colour and shape by vocabulary position", () => {
    expect(elements.filter((element) => element.group === "nodes")).toHaveLength(dataset.actors.length);
    expect(elements.filter((element) => element.group === "edges")).toHaveLength(dataset.relations.length);
    const ada = dataset.actors.find((actor) => actor.id === "ada-example")!;
    const kindIndex = dataset.actorKinds.findIndex((kind) => kind.id === ada.kind);
    expect(byId("ada-example")?.data).toMatchObject({
      label: ada.name,
      kind: ada.kind,
      colour: kindColour(kindIndex),
      shape: kindShape(kindIndex),
    });
  });

  it("gives each edge its ends, its strongest status, its kind's colour and an arrow only when directed", () => {
    const relation = dataset.relations.find((candidate) => candidate.id === "rel-fund-militia")!;
    const kindIndex = dataset.relationKinds.findIndex((kind) => kind.id === relation.kind);
    expect(byId("rel-fund-militia")?.data).toMatchObject({
      source: actorElementId("example-fund"),
      target: actorElementId("sample-militia"),
      status: "claimed",
      colour: relationColour(kindIndex),
    });
    const directed = (id: string) =>
      dataset.relationKinds.find((kind) => kind.id === dataset.relations.find((r) => r.id === id)!.kind)!.directed;
    for (const id of ["rel-ada-fund", "rel-fund-militia", "rel-bob-ada"])
      expect(byId(id)?.classes === "directed").toBe(directed(id));
  });

  it("keeps markup in labels as plain text", () => {
    const hostile = placeholderDataset();
    hostile.actors[0]!.name = "<img src=x onerror=alert(1)>";
    expect(graphToElements(buildGraph(hostile), hostile)[0]?.data.label).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("buildStylesheet", () => {
  const selectors = (sheet: ReturnType<typeof buildStylesheet>) =>
    sheet.map((rule) => ("selector" in rule ? rule.selector : ""));
  const style = (sheet: ReturnType<typeof buildStylesheet>, selector: string) =>
    sheet
      .filter((rule) => "selector" in rule && rule.selector === selector)
      .map((rule) => ("style" in rule ? rule.style : {}));

  it("draws the projector theme larger than the light one", () => {
    const width = (theme: "light" | "projector") =>
      style(buildStylesheet(theme), "node.emphasised")[0] as Record<string, unknown>;
    expect(width("projector")["border-color"]).not.toBe(width("light")["border-color"]);
    const edge = (theme: "light" | "projector") =>
      (style(buildStylesheet(theme), "edge.emphasised")[0] as { width: number }).width;
    expect(edge("projector")).toBeGreaterThan(edge("light"));
  });

  it("adds the large-graph rules (haystack edges, no arrows) only for large graphs", () => {
    const haystack = (large: boolean) =>
      style(buildStylesheet("light", large), "edge").some(
        (rule) => (rule as Record<string, unknown>)["curve-style"] === "haystack",
      );
    expect(haystack(true)).toBe(true);
    expect(haystack(false)).toBe(false);
  });

  it("has the state classes ElementState gives", () => {
    expect(selectors(buildStylesheet("light"))).toEqual(
      expect.arrayContaining([
        ".hidden",
        ".faded",
        "node.emphasised",
        "edge.emphasised",
        "node.on-path",
        "node.by-community",
      ]),
    );
  });
});

describe("ElementState", () => {
  const core = () => cytoscape({ headless: true, elements: graphToElements(graph, dataset) });

  it("hides or fades what is not visible, per mode", () => {
    const cy = core();
    const state = new ElementState();
    state.visibility = {
      actors: new Set(["ada-example", "example-fund"]),
      relations: new Set(["rel-ada-fund"]),
      mode: "hide",
    };
    state.applyVisibility(cy.elements());
    expect(ids(cy.nodes(".hidden"))).toEqual(["bob-sample", "sample-militia"]);
    expect(ids(cy.edges(".hidden"))).toEqual(["rel-bob-ada", "rel-fund-militia"]);
    expect(state.drawableActor("bob-sample")).toBe(false);
    state.visibility = { ...state.visibility, mode: "fade" };
    state.applyVisibility(cy.elements());
    expect(cy.elements(".hidden")).toHaveLength(0);
    expect(ids(cy.nodes(".faded"))).toEqual(["bob-sample", "sample-militia"]);
    expect(state.drawableActor("bob-sample")).toBe(true);
  });

  it("emphasises a set and de-emphasises the rest; clearing it removes both", () => {
    const cy = core();
    const state = new ElementState();
    state.emphasis = { actors: new Set(["ada-example"]), relations: new Set() };
    state.applyEmphasis(cy.elements());
    expect(ids(cy.nodes(".emphasised"))).toEqual(["ada-example"]);
    expect(ids(cy.nodes(".deemphasised"))).toEqual(["bob-sample", "example-fund", "sample-militia"]);
    state.emphasis = undefined;
    state.applyEmphasis(cy.elements());
    expect(cy.elements(".emphasised, .deemphasised")).toHaveLength(0);
  });

  it("marks the path, sizes and communities, and applyAll gives new elements the same", () => {
    const cy = core();
    const state = new ElementState();
    state.path = { actors: new Set(["ada-example", "example-fund"]), relations: new Set(["rel-ada-fund"]) };
    state.sizes = new Map([["ada-example", 0.5]]);
    state.communities = new Map([
      ["ada-example", 0],
      ["bob-sample", 99],
    ]);
    state.applyAll(cy.elements());
    expect(ids(cy.elements(".on-path"))).toEqual(["ada-example", "example-fund", "rel-ada-fund"]);
    expect(cy.getElementById(actorElementId("ada-example")).data("size")).toBe(0.5);
    expect(cy.getElementById(actorElementId("example-fund")).data("size")).toBe(0);
    expect(cy.getElementById(actorElementId("ada-example")).data("communityColour")).toEqual(expect.any(String));
    // Beyond the palette: no colour of its own (drawn grey by the stylesheet).
    expect(cy.getElementById(actorElementId("bob-sample")).data("communityColour")).toBeUndefined();
    expect(cy.nodes(".by-community")).toHaveLength(4);
  });
});
