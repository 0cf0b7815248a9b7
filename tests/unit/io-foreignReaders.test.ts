// Other tools read what Tangle writes: graphology-gexf and graphology-graphml (what Gephi Lite
// uses) parse our GEXF and GraphML with every relation, its kind, status and weight. networkx is
// checked by scripts/check-networkx.py in CI when python3 has it.
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/io/gexf/toGexf";
import { toGraphml } from "../../src/io/graphml/toGraphml";
import { placeholderDataset, trickyDataset } from "./io-trickyDataset";
import type { Dataset } from "../../src/model";

function withForeignData(dataset: Dataset): Dataset {
  return {
    ...dataset,
    actors: dataset.actors.map((actor, index) =>
      index === 0
        ? { ...actor, attributes: { score: 2.5, note: "x" }, display: { x: 10, y: 20, color: "#1f77b4", size: 4 } }
        : actor,
    ),
    relations: dataset.relations.map((relation, index) =>
      index === 0 ? { ...relation, weight: 3, claims: [] } : relation,
    ),
  };
}

describe("graphology-gexf reads Tangle's GEXF", () => {
  for (const [name, dataset] of [
    ["placeholder", withForeignData(placeholderDataset())],
    ["tricky", trickyDataset()],
  ] as const) {
    it(`${name}: every actor and relation, with kind, status and weight`, () => {
      const graph = gexf.parse(MultiGraph, toGexf(dataset), { allowUndeclaredAttributes: true });
      expect(graph.order).toBe(dataset.actors.length);
      expect(graph.size).toBe(dataset.relations.length);
      const first = dataset.relations[0];
      if (!first) return;
      const attributes = graph.getEdgeAttributes(first.id);
      expect(attributes.kind).toBe(first.kind);
      expect(attributes.status).toEqual(first.claims.length === 0 ? "unsourced" : expect.any(String));
      if (first.weight !== undefined) expect(attributes.weight).toBe(first.weight);
    });
  }

  it("keeps the file's layout and colours and foreign attributes under their own names", () => {
    const dataset = withForeignData(placeholderDataset());
    const graph = gexf.parse(MultiGraph, toGexf(dataset));
    const actor = dataset.actors[0];
    if (!actor) throw new Error("no actor");
    expect(graph.getNodeAttributes(actor.id)).toMatchObject({
      x: 10,
      y: -20,
      size: 4,
      color: "rgb(31,119,180)",
      score: 2.5,
      note: "x",
      label: actor.name,
    });
  });
});

describe("graphology-graphml reads Tangle's GraphML", () => {
  for (const [name, dataset] of [
    ["placeholder", withForeignData(placeholderDataset())],
    ["tricky", trickyDataset()],
  ] as const) {
    it(`${name}: every actor and relation, with kind, status and weight`, () => {
      const graph = graphml.parse(MultiGraph, toGraphml(dataset), { DOMParser } as never);
      expect(graph.order).toBe(dataset.actors.length);
      expect(graph.size).toBe(dataset.relations.length);
      const first = dataset.relations[0];
      if (!first) return;
      const attributes = graph.getEdgeAttributes(first.id);
      expect(attributes.kind).toBe(first.kind);
      if (first.weight !== undefined) expect(attributes.weight).toBe(first.weight);
    });
  }
});
