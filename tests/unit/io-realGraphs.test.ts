// Every real file in ../shared/real-graphs opens whole, with the counts its own program shows.
import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";
import { readWorkbook } from "../../src/io/spreadsheet/readWorkbook";
import type { Dataset } from "../../src/model";
import { REAL_GRAPHS, REAL_GRAPHS_MISSING, realBytes, realText } from "./support/realGraphs";

function open(...paths: string[]): Dataset {
  const result = importFiles(paths.map((path) => ({ name: path.split("/").pop() ?? path, text: realText(path) })));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
  return result.dataset;
}

const fileRelations = (dataset: Dataset) => dataset.relations.filter((relation) => relation.kind !== "part-of");
const partOf = (dataset: Dataset) => dataset.relations.filter((relation) => relation.kind === "part-of");

describe.skipIf(!REAL_GRAPHS)(`real graph files (${REAL_GRAPHS ?? REAL_GRAPHS_MISSING})`, () => {
  it("Gephi Lite's Les Miserables.gexf: 77 actors, 254 relations, weights, colours, positions, modularity kept", () => {
    const dataset = open("gephi-lite/Les Miserables.gexf");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([77, 254]);
    const valjean = dataset.actors.find((actor) => actor.name === "Valjean");
    expect(valjean?.display).toEqual({ x: -87.93029, y: -6.8120565, color: "#f55b5b", size: 100 });
    expect(valjean?.attributes).toEqual({ modularity_class: 1 });
    expect(dataset.relations.every((relation) => relation.claims.length === 0)).toBe(true);
    // 157 edges carry a weight attribute in the file; the others weigh Gephi's default 1.
    expect(dataset.relations.filter((relation) => relation.weight !== undefined).length).toBe(157);
    expect(dataset.sources).toEqual([]);
    expect(dataset.origin).toEqual({ file: "Les Miserables.gexf", format: "GEXF" });
  });

  it("Gephi Lite's Java.gexf: 1538 actors, 8032 relations", () => {
    const dataset = open("gephi-lite/Java.gexf");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([1538, 8032]);
    expect(dataset.actors.filter((actor) => actor.display?.color !== undefined).length).toBe(1538);
  });

  it("Gephi Lite's airlines.graphml: 235 actors, 2101 relations, x/y keys as the layout, tooltip kept", () => {
    const dataset = open("gephi-lite/airlines.graphml");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([235, 2101]);
    expect(dataset.actors[0]?.display).toEqual({ x: -922.24444, y: -347.29444 });
    expect(dataset.actors[0]?.attributes).toEqual({ tooltip: "LIT(lngx=-92.224444,laty=34.729444)" });
  });

  it("the GEXF spec's dynamics.gexf: 4 actors, 5 relations, spells and dates kept as attributes (no claim to date)", () => {
    const dataset = open("gexf-spec/dynamics.gexf");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([4, 5]);
    expect(dataset.relations[1]?.attributes).toEqual({ start: "2009-03-01", end: "2009-03-10" });
    expect(dataset.actors.find((actor) => actor.name === "Visualization")?.attributes).toMatchObject({
      spells: "..2009-03-01 | 2009-03-05..2009-03-10",
      frog: true,
    });
    expect(dataset.actors.find((actor) => actor.name === "Gephi")?.attributes).toMatchObject({
      url: "http://gephi.org",
      frog: true,
      start: "2009-03-01",
    });
  });

  it("the GEXF spec's hierarchy1.gexf: 10 actors, 9 relations, nesting flattened into 9 'part of' relations", () => {
    const dataset = open("gexf-spec/hierarchy1.gexf");
    expect([dataset.actors.length, fileRelations(dataset).length]).toEqual([10, 9]);
    expect(
      partOf(dataset)
        .map((relation) => `${relation.from}>${relation.to}`)
        .sort(),
    ).toEqual(["b>a", "c>b", "d>b", "e>a", "f>e", "g>e", "h>e", "i>b", "j>a"]);
    expect(dataset.relationKinds.find((kind) => kind.id === "part-of")).toEqual({
      id: "part-of",
      label: "Part of",
      directed: true,
    });
  });

  it("yEd's yed_created_edges.graphml: 5 actors (a group among them), 3 relations, labels, colours, descriptions", () => {
    const dataset = open("yed/yed_created_edges.graphml");
    expect([dataset.actors.length, fileRelations(dataset).length]).toEqual([5, 3]);
    expect(dataset.actors.map((actor) => actor.name).sort()).toEqual(
      ["Brescia", "Ivrea", "Northern Italy", "Savona", "Turin"].sort(),
    );
    expect(partOf(dataset).length).toBe(2);
    const ivrea = dataset.actors.find((actor) => actor.name === "Ivrea");
    expect(ivrea?.display).toEqual({ x: 35, y: 113.37646484375, color: "#ffcc00", size: 30 });
    expect(ivrea?.summary).toMatch(/^Ivrea is a town/);
    expect(ivrea?.attributes).toEqual({ url: "https://www.comune.ivrea.to.it/" });
  });

  it("igraph's star-undirected.gml (GraphML under a .gml name): 9 actors, 8 relations, weights and groups", () => {
    const dataset = open("igraph/star-undirected.gml");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([9, 8]);
    expect(dataset.title).toBe("Example network");
    expect(dataset.relationKinds.every((kind) => !kind.directed)).toBe(true);
  });

  it("networkx's karate_club.graphml and karate_club.gml: 34 actors, 78 weighted relations, club kept", () => {
    for (const path of ["networkx/karate_club.graphml", "networkx/karate_club.gml"]) {
      const dataset = open(path);
      expect([dataset.actors.length, dataset.relations.length]).toEqual([34, 78]);
      expect(dataset.actors[0]?.attributes).toEqual({ club: "Mr. Hi" });
      expect(dataset.relations[0]?.weight).toBe(4);
      expect(dataset.title).toBe("Zachary's Karate Club");
    }
  });

  it("Kumu's two CSV sheets: 34 actors of kinds Person/Company, 49 relations (40 Employee/Founder, 9 Investor), tags split", () => {
    const dataset = open("kumu/paypal-mafia-elements.csv", "kumu/paypal-mafia-connections.csv");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([34, 49]);
    expect(dataset.actorKinds.map((kind) => kind.label).sort()).toEqual(["Company", "Person"]);
    expect(dataset.relationKinds.map((kind) => kind.label)).toEqual(["Employee/Founder", "Investor"]);
    expect(dataset.relations.filter((relation) => relation.kind === "investor").length).toBe(9);
    const botha = dataset.actors.find((actor) => actor.name === "Roelof Botha");
    expect(botha?.tags).toEqual(["PayPal-Mafia"]);
    expect(botha?.summary).toMatch(/^Roelof Botha is a partner at Sequoia Capital/);
  });

  it("Kumu's workbook paypal-mafia.xlsx: the same 34 actors and 49 relations", async () => {
    const book = await readWorkbook("paypal-mafia.xlsx", realBytes("kumu/paypal-mafia.xlsx"));
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    const result = importFiles(book.sheets);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect([result.dataset.actors.length, result.dataset.relations.length]).toEqual([34, 49]);
    expect(result.dataset.title).toBe("paypal-mafia");
  });

  it("Aleph's sample.ftm diagram: 17 things as actors, 3 links as unsourced relations, Aleph's layout kept", () => {
    const dataset = open("aleph/sample.ftm");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([17, 3]);
    expect(dataset.relations.map((relation) => relation.kind).sort()).toEqual([
      "ownership",
      "representation",
      "unknownlink",
    ]);
    expect(dataset.actorKinds.map((kind) => kind.label).sort()).toEqual(["Company", "Person", "PublicBody"]);
    expect(dataset.actors.find((actor) => actor.name === "Import Export Bank of China")?.display).toEqual({
      x: -400,
      y: 0,
      color: "#a82a2a",
    });
    expect(dataset.relations.every((relation) => relation.claims.length === 0)).toBe(true);
  });

  it("the JSON Graph Format spec's usual_suspects.json: 2 actors, 1 relation of kind 'is', metadata kept", () => {
    const dataset = open("jgf/usual_suspects.json");
    expect([dataset.actors.length, dataset.relations.length]).toEqual([2, 1]);
    expect(dataset.relations[0]?.kind).toBe("is");
    expect(dataset.actors[0]?.attributes).toEqual({ nickname: "Verbal", actor: "Kevin Spacey" });
    expect(dataset.title).toBe("Usual Suspects");
  });
});
