// The readers added for other tools' files: their shapes, their evidence rules and their errors.
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/io/importFile";
import { importFiles } from "../../src/io/importFiles";

const ok = (name: string, text: string) => {
  const result = importFile(name, text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
};

describe("format detection", () => {
  it.each([
    [
      "graph.dot",
      "digraph G { a -> b }",
      "is a Graphviz DOT file, which Tangle does not read. Open it in Gephi (or networkx/igraph) and save it as GEXF or GraphML, then import that file.",
    ],
    [
      "graph.net",
      "*Vertices 2\n1 a\n2 b",
      "is a Pajek .net file, which Tangle does not read. Open it in Gephi (or networkx/igraph) and save it as GEXF or GraphML, then import that file.",
    ],
    [
      "graph.gdf",
      "nodedef>name VARCHAR\na\n",
      "is a GUESS .gdf file, which Tangle does not read. Open it in Gephi (or networkx/igraph) and save it as GEXF or GraphML, then import that file.",
    ],
    [
      "mystery",
      "digraph { a -> b }",
      "is a Graphviz DOT file, which Tangle does not read. Open it in Gephi (or networkx/igraph) and save it as GEXF or GraphML, then import that file.",
    ],
  ])("%s is named, with how to convert it, never a schema error", (name, text, message) => {
    const result = importFile(name, text);
    expect(result).toMatchObject({ ok: false, issues: [{ path: name, message, severity: "error" }] });
    expect(result.ok ? undefined : result.issues[0]?.code).toBe("format.otherTool");
  });
});

describe("GML", () => {
  it("reads nodes, edges, weights, graphics and other keys", () => {
    const dataset = ok(
      "g.gml",
      'graph [\n directed 1\n node [ id 1 label "Ann &amp; Co" type "person" graphics [ x 1.5 y -2 w 8 fill "#FF0000" ] ]\n node [ id 2 label "Bo" score 0.5 ]\n edge [ source 1 target 2 weight 3 label "pays" ]\n]',
    );
    expect(dataset.actors.map((actor) => [actor.name, actor.kind, actor.display, actor.attributes])).toEqual([
      ["Ann & Co", "person", { x: 1.5, y: -2, size: 8, color: "#ff0000" }, undefined],
      ["Bo", "node", undefined, { score: 0.5 }],
    ]);
    expect(dataset.relations.map((relation) => [relation.kind, relation.weight, relation.claims])).toEqual([
      ["pays", 3, []],
    ]);
    expect(dataset.relationKinds).toEqual([{ id: "pays", label: "Pays", directed: true }]);
  });

  it("points at the line of a syntax error", () => {
    expect(importFile("g.gml", "graph [\n node [ id 1\n")).toEqual({
      ok: false,
      issues: [
        {
          path: "g.gml line 3",
          message: 'not valid GML: the file ends inside a list (a "]" is missing)',
          severity: "error",
          code: "gml.unclosedList",
        },
      ],
    });
  });
});

describe("FollowTheMoney", () => {
  const stream = [
    { id: "p1", schema: "Person", properties: { name: ["Ana", "Anna E."], nationality: ["gb"] } },
    { id: "c1", schema: "Company", properties: { name: ["Example Ltd"] } },
    {
      id: "pay",
      schema: "Payment",
      properties: {
        payer: ["p1"],
        beneficiary: ["c1"],
        amount: ["1500"],
        currency: ["EUR"],
        date: ["2021-03-04"],
        sourceUrl: ["https://example.org/leak"],
        publisher: ["Example Times"],
      },
    },
    { id: "fam", schema: "Associate", properties: { person: ["p1"], associate: ["c1"], startDate: ["2019"] } },
    "not json",
  ];
  const text = stream.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n");

  it("cites a link's own sourceUrl/publisher as its evidence, with its date and amount; a link without stays unsourced", () => {
    const result = importFile("leak.ftm", text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { dataset } = result;
    expect(dataset.actors.map((actor) => [actor.name, actor.kind, actor.aliases])).toEqual([
      ["Ana", "person", ["Anna E."]],
      ["Example Ltd", "company", []],
    ]);
    expect(dataset.sources).toEqual([
      { id: "src-ftm-1", title: "Example Times", publisher: "Example Times", url: "https://example.org/leak" },
    ]);
    const [payment, associate] = dataset.relations;
    expect(payment?.claims).toEqual([
      {
        id: "cl-ftm-pay",
        text: "Payment, as given by Example Times",
        status: "reported",
        time: { from: "2021-03-04" },
        quantities: [{ value: 1500, unit: "EUR" }],
        sources: [{ source: "src-ftm-1" }],
      },
    ]);
    expect(associate?.claims).toEqual([]);
    expect(associate?.attributes).toEqual({ startdate: "2019" });
    expect(dataset.relationKinds.find((kind) => kind.id === "associate")?.directed).toBe(false);
    expect(result.warnings.map((warning) => `${warning.path}: ${warning.message}`)).toContain(
      "leak.ftm line 5: not a JSON object; the line was skipped",
    );
  });
});

describe("spreadsheets", () => {
  it("reads Gephi's node and edge tables: Type is the direction, Label the kind", () => {
    const result = importFiles([
      { name: "nodes.csv", text: "Id,Label,modularity_class\n1,Ann,0\n2,Bo,1\n" },
      {
        name: "edges.csv",
        text: "Source,Target,Type,Id,Label,Weight\n1,2,Undirected,0,friend,2.5\n2,1,Directed,1,,1\n",
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.actors.map((actor) => [actor.name, actor.attributes])).toEqual([
      ["Ann", { modularity_class: 0 }],
      ["Bo", { modularity_class: 1 }],
    ]);
    expect(result.dataset.relations.map((relation) => [relation.kind, relation.weight])).toEqual([
      ["friend", 2.5],
      ["edge", 1],
    ]);
    expect(result.dataset.relationKinds.map((kind) => [kind.id, kind.directed])).toEqual([
      ["friend", false],
      ["edge", true],
    ]);
  });

  it("reads a TSV edge list with quoted newlines and derives the actors", () => {
    const dataset = ok("edges.tsv", 'from\tto\tnote\nA\tB\t"two\nlines"\nB\tC\t\n');
    expect(dataset.actors.map((actor) => actor.name)).toEqual(["A", "B", "C"]);
    expect(dataset.relations[0]?.attributes).toEqual({ note: "two\nlines" });
  });

  it("asks for a mapping with a preview when it cannot tell the columns, and uses the one given", () => {
    const files = [{ name: "x.csv", text: "a,b,c\n1,2,3\n4,5,6\n" }];
    const asked = importFiles(files);
    expect(asked.ok ? undefined : asked.needsMapping).toEqual({
      tables: [
        {
          name: "x.csv",
          header: ["a", "b", "c"],
          preview: [
            ["1", "2", "3"],
            ["4", "5", "6"],
          ],
        },
      ],
    });
    const result = importFiles(files, { shape: "chosen", edges: { source: "a", target: "c", weight: "b" } });
    expect(
      result.ok
        ? result.dataset.relations.map((relation) => [relation.from, relation.to, relation.weight])
        : result.issues,
    ).toEqual([
      ["1", "3", 2],
      ["4", "6", 5],
    ]);
  });
});

describe("FollowTheMoney export", () => {
  it("writes things and one link per claim carrying status and sources, which the reader takes back", async () => {
    const { toFtm } = await import("../../src/io/ftm/toFtm");
    const { placeholderDataset } = await import("./io-trickyDataset");
    const dataset = placeholderDataset();
    const text = toFtm(dataset);
    const lines = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { schema: string; properties: Record<string, string[]> });
    const claims = dataset.relations.reduce((sum, relation) => sum + Math.max(1, relation.claims.length), 0);
    expect(lines.length).toBe(dataset.actors.length + claims);
    expect(
      lines.find((entity) => entity.properties.description?.[0] === "status: claimed")?.properties.publisher?.length,
    ).toBeGreaterThan(0);
    const back = importFile("export.ftm", text);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect([back.dataset.actors.length, back.dataset.relations.length]).toEqual([dataset.actors.length, claims]);
  });
});
