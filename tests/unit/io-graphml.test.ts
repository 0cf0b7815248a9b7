import { describe, expect, it } from "vitest";
import { validate, type Dataset } from "../../src/model";
import { parseXmlTree } from "../../src/io/exchange/xmlTree";
import { fromGraphml } from "../../src/io/graphml/fromGraphml";
import { toGraphml } from "../../src/io/graphml/toGraphml";
import { placeholderDataset, trickyDataset } from "./io-trickyDataset";

function roundTrip(dataset: Dataset) {
  const result = fromGraphml(toGraphml(dataset));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe("toGraphml / fromGraphml round trip", () => {
  it("gives back the placeholder dataset exactly, without warnings", () => {
    const dataset = placeholderDataset();
    const result = roundTrip(dataset);
    expect(result.dataset).toEqual(dataset);
    expect(result.warnings).toEqual([]);
  });

  it("gives back hostile strings exactly", () => {
    const dataset = trickyDataset();
    const result = roundTrip(dataset);
    expect(result.dataset).toEqual(dataset);
    expect(result.warnings).toEqual([]);
  });

  it("writes well-formed XML in which hostile text cannot become markup", () => {
    const graphml = toGraphml(trickyDataset());
    expect(parseXmlTree(graphml).ok).toBe(true);
    expect(graphml).not.toContain("<script>");
    expect(graphml).not.toContain("]]>");
  });
});

describe("toGraphml structure", () => {
  const tree = parseXmlTree(toGraphml(placeholderDataset()));
  if (!tree.ok) throw new Error("not parsed");
  const root = tree.root;
  const graph = root.children.find((child) => child.name === "graph")!;

  it("declares every key before the graph, per domain", () => {
    const keys = root.children
      .filter((child) => child.name === "key")
      .map((key) => `${key.attributes.get("for")}:${key.attributes.get("attr.name")}`);
    expect(keys).toEqual([
      "graph:title",
      "graph:description",
      "graph:tangle-dataset",
      "node:label",
      "node:kind",
      "node:aliases",
      "node:summary",
      "node:tags",
      "node:sources",
      "node:attributes",
      "node:x",
      "node:y",
      "node:size",
      "node:r",
      "node:g",
      "node:b",
      "edge:label",
      "edge:relation",
      "edge:kind",
      "edge:status",
      "edge:claims",
      "edge:attributes",
      "edge:mirror",
      "edge:weight",
    ]);
    expect(root.children.findIndex((child) => child.name === "graph")).toBe(keys.length);
  });

  it("marks each edge whose direction differs from the graph's default (strict readers refuse the rest)", () => {
    const edges = graph.children.filter((child) => child.name === "edge");
    expect(edges.map((edge) => edge.attributes.get("directed"))).toEqual([undefined, undefined, "false"]);
    expect(graph.attributes.get("edgedefault")).toBe("directed");
  });

  it("stores the dataset details as graph-level data", () => {
    const data = graph.children.filter((child) => child.name === "data").map((item) => item.attributes.get("key"));
    expect(data).toEqual(["g-title", "g-description", "g-tangle-dataset"]);
  });
});

describe("fromGraphml on foreign files", () => {
  const networkx = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="kind" attr.type="string"><default>Person</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="karate" edgedefault="undirected">
    <node id="A"><data key="d0">Ana</data></node>
    <node id="B"><data key="d0">Ben</data><data key="d1">Organisation X</data></node>
    <edge source="A" target="B"><data key="d2">3</data></edge>
    <edge source="B" target="A" directed="true"/>
  </graph>
</graphml>`;

  it("restores actors and unsourced relations with their weights, and says what it did", () => {
    const result = fromGraphml(networkx, { fallbackTitle: "karate.graphml" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { dataset } = result;
    expect(dataset.actors.map((actor) => [actor.id, actor.name, actor.kind])).toEqual([
      ["a", "Ana", "person"],
      ["b", "Ben", "organisation-x"],
    ]);
    expect(dataset.actorKinds).toEqual([
      { id: "person", label: "Person" },
      { id: "organisation-x", label: "Organisation X" },
    ]);
    expect(dataset.relations.map((relation) => [relation.id, relation.from, relation.to, relation.kind])).toEqual([
      ["a-b", "a", "b", "edge"],
      ["b-a", "b", "a", "directed-edge"],
    ]);
    expect(dataset.relationKinds.map((kind) => [kind.id, kind.directed])).toEqual([
      ["edge", false],
      ["directed-edge", true],
    ]);
    expect(dataset.sources).toEqual([]);
    expect(dataset.relations.map((relation) => relation.claims)).toEqual([[], []]);
    expect(validate(dataset)).toEqual([]);
    const messages = result.warnings.map((warning) => warning.message);
    expect(messages).toContain(
      '2 node ids were changed to fit the dataset format (a-z, 0-9, \'-\', unique): "A" → "a", "B" → "b"',
    );
    expect(messages).toContain(
      "2 relations have no evidence in the file and are unsourced; the file is recorded as where they came from, not as a source",
    );
  });

  it("reads yEd's node labels from its graphics data", () => {
    const yed = `<graphml xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d6" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Label &amp; more</y:NodeLabel></y:ShapeNode></data></node>
  </graph>
</graphml>`;
    const result = fromGraphml(yed);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.actors.map((actor) => actor.name)).toEqual(["Label & more"]);
  });

  it("reports malformed XML with its line", () => {
    const result = fromGraphml('<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(["line 4"]);
  });

  it("refuses a GEXF file", () => {
    const result = fromGraphml('<?xml version="1.0"?>\n<gexf version="1.3"/>');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "line 2",
          message: "not a GraphML file: the root element is <gexf>, not <graphml>",
          severity: "error",
          code: "xml.wrongRoot",
          values: { format: "GraphML", root: "gexf", expected: "graphml" },
        },
      ],
    });
  });
});
