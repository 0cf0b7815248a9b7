// Ids that are special somewhere (JavaScript objects, cytoscape's layouts, graphology, numerals,
// invisible Unicode) go through import, drawing, layout, selection, paths and every export, and
// come back the same. Cytoscape runs headless here with the view's own element factory.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pathsWithEvidence } from "../../src/analysis";
import { fromCsv, importFile, serializeDataset, toCsv, toGexf, toGraphml, type ReadResult } from "../../src/io";
import { buildGraph, type Dataset } from "../../src/model";
import { graphToElements } from "../../src/view/elements";
import { actorElementId, elementIdOf, modelIdOf, relationElementId } from "../../src/view/elementIds";
import { runLayout } from "../../src/view/layouts";

cytoscape.use(fcose);

const read = (name: string): Dataset => {
  const result = importFile(name, readFileSync(`tests/fixtures/hostile/${name}`, "utf8"));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
};
const ok = (result: ReadResult): Dataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
};

describe.each([
  "special-ids.json",
  "relation-ids-equal-actor-ids.json",
  "special-ids.gexf",
  "special-ids.graphml",
  "numeric-ids-shared.gexf",
])("%s", (name) => {
  const dataset = read(name);
  const graph = buildGraph(dataset);
  const vocabulary = { actorKinds: dataset.actorKinds, relationKinds: dataset.relationKinds };

  it("draws every actor and every relation, and lays them out", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(graphToElements(graph, vocabulary));
    expect(cy.nodes().map(modelIdOf).sort()).toEqual(dataset.actors.map((actor) => actor.id).sort());
    expect(cy.edges().map(modelIdOf).sort()).toEqual(dataset.relations.map((relation) => relation.id).sort());
    for (const layout of ["force", "concentric", "breadthfirst"] as const) {
      runLayout(cy, layout, 1, dataset.actors[0]?.id);
      for (const node of cy.nodes()) expect(Number.isFinite(node.position().x), `${layout} ${node.id()}`).toBe(true);
    }
    cy.destroy();
  });

  it("selects each actor and relation by its own id, never the other kind's", () => {
    const cy = cytoscape({ headless: true });
    cy.add(graphToElements(graph, vocabulary));
    for (const actor of dataset.actors) {
      const element = cy.getElementById(elementIdOf({ type: "actor", id: actor.id }));
      expect(element.isNode()).toBe(true);
      expect(element.id()).toBe(actorElementId(actor.id));
    }
    for (const relation of dataset.relations) {
      const element = cy.getElementById(relationElementId(relation.id));
      expect(element.isEdge()).toBe(true);
      expect(modelIdOf(element.source())).toBe(relation.from);
    }
    cy.destroy();
  });

  it("finds paths between the actors", () => {
    const [first, ...rest] = dataset.actors;
    for (const other of rest) expect(() => pathsWithEvidence(graph, first!.id, other.id)).not.toThrow();
    const relation = dataset.relations[0]!;
    // Paths cross relations with evidence only: an unsourced one (a foreign graph file) gives none.
    if (relation.from !== relation.to)
      expect(pathsWithEvidence(graph, relation.from, relation.to).kind).toBe(
        relation.claims.length > 0 ? "found" : "none",
      );
  });

  it("exports and re-imports to the same ids in every format", () => {
    const actorIds = dataset.actors.map((actor) => actor.id);
    const relationIds = dataset.relations.map((relation) => relation.id);
    const again = [
      ok(importFile("again.json", serializeDataset(dataset))),
      ok(importFile("again.gexf", toGexf(dataset))),
      ok(importFile("again.graphml", toGraphml(dataset))),
      ok(fromCsv(toCsv(dataset).actorsCsv, toCsv(dataset).relationsCsv)),
    ];
    for (const copy of again) {
      expect(copy.actors.map((actor) => actor.id)).toEqual(actorIds);
      expect(copy.relations.map((relation) => relation.id)).toEqual(relationIds);
    }
  });
});

it("keeps Object.prototype clean after every hostile id went through", () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});

it("graphology answers about an actor called constructor like any other", () => {
  const dataset = read("special-ids.json");
  const graph = buildGraph(dataset);
  const relation = dataset.relations.find((item) => item.from === "constructor" || item.to === "constructor")!;
  expect(graph.hasEdge(relation.from, relation.to) || graph.hasEdge(relation.to, relation.from)).toBe(true);
  expect(graph.neighbors("constructor").length).toBeGreaterThan(0);
  expect(graph.hasEdge("constructor", "0") || graph.hasEdge("0", "constructor")).toBe(
    dataset.relations.some((item) => [item.from, item.to].sort().join() === "0,constructor"),
  );
});
