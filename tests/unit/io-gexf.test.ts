import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate, type Dataset } from "../../src/model";
import { parseXmlTree, type XmlElement } from "../../src/io/exchange/xmlTree";
import { fromGexf } from "../../src/io/gexf/fromGexf";
import { toGexf } from "../../src/io/gexf/toGexf";
import { placeholderDataset, trickyDataset } from "./io-trickyDataset";

function roundTrip(dataset: Dataset) {
  const result = fromGexf(toGexf(dataset));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

const find = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...find(child, name)]);

describe("toGexf / fromGexf round trip", () => {
  it("gives back the placeholder dataset exactly, without warnings", () => {
    const dataset = placeholderDataset();
    const result = roundTrip(dataset);
    expect(result.dataset).toEqual(dataset);
    expect(result.warnings).toEqual([]);
  });

  it("gives back hostile strings exactly (quotes, newlines, markup, ]]>, entities, RTL, emoji, formulas, --)", () => {
    const dataset = trickyDataset();
    const result = roundTrip(dataset);
    expect(result.dataset).toEqual(dataset);
    expect(result.warnings).toEqual([]);
  });

  it("writes well-formed XML in which hostile text cannot become markup", () => {
    const gexf = toGexf(trickyDataset());
    expect(parseXmlTree(gexf).ok).toBe(true);
    expect(gexf).not.toContain("<script>");
    expect(gexf).not.toContain("]]>");
    expect(gexf).not.toContain("<b>");
    // The envelope comment may not contain "--" anywhere inside it.
    const comment = /<!--([\s\S]*?)-->/.exec(gexf)?.[1] ?? "";
    expect(comment).toContain("tangle-dataset");
    expect(comment).not.toContain("--");
  });

  it("replaces characters XML cannot carry instead of writing a broken file", () => {
    const dataset = placeholderDataset();
    const withControl: Dataset = {
      ...dataset,
      actors: dataset.actors.map((actor, i) => (i === 0 ? { ...actor, summary: "a\u0001b" } : actor)),
    };
    const result = roundTrip(withControl);
    expect(result.dataset.actors[0]?.summary).toBe("a\uFFFDb");
  });
});

describe("toGexf structure", () => {
  const tree = parseXmlTree(toGexf(placeholderDataset()));
  if (!tree.ok) throw new Error("not parsed");
  const root = tree.root;

  it("has GEXF 1.3 meta with title and description", () => {
    expect(root.attributes.get("version")).toBe("1.3");
    expect(find(root, "title")[0]?.text).toBe("Placeholder network");
    expect(find(root, "description")[0]?.text).toBe("A tiny made-up network used by the tests. Nothing in it is real.");
  });

  it("declares node and edge attributes", () => {
    const titles = (kind: string) =>
      find(root, "attributes")
        .filter((group) => group.attributes.get("class") === kind)
        .flatMap((group) => group.children.map((attribute) => attribute.attributes.get("title")));
    expect(titles("node")).toEqual(["kind", "aliases", "summary", "tags", "sources", "attributes"]);
    expect(titles("edge")).toEqual(["relation", "kind", "status", "claims", "attributes", "mirror"]);
  });

  it("sets each edge's type from its kind, with a directed default (GEXF 1.3 has no 'mixed' default)", () => {
    expect(find(root, "graph")[0]?.attributes.get("defaultedgetype")).toBe("directed");
    const types = find(root, "edge").map((edge) => [edge.attributes.get("id"), edge.attributes.get("type")]);
    expect(types).toEqual([
      ["rel-ada-fund", "directed"],
      ["rel-fund-militia", "directed"],
      ["rel-bob-ada", "undirected"],
    ]);
  });

  it("writes aliases joined by ' | ' and the strongest status", () => {
    const values = find(root, "attvalue").map((value) => [value.attributes.get("for"), value.attributes.get("value")]);
    expect(values).toContainEqual(["aliases", "آدا"]);
    expect(values.filter(([name]) => name === "status").map(([, value]) => value)).toEqual([
      "reported",
      "claimed",
      "disputed",
    ]);
  });
});

describe("fromGexf on a foreign (Gephi) file", () => {
  const result = fromGexf(readFileSync("tests/fixtures/foreign.gexf", "utf8"), {
    fallbackTitle: "foreign.gexf",
    origin: { file: "foreign.gexf", format: "GEXF" },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const { dataset, warnings } = result;
  const messages = warnings.map((warning) => warning.message).join("\n");

  it("turns nodes into actors of kind 'node', with sanitized unique ids", () => {
    expect(dataset.actors.map((actor) => [actor.id, actor.name, actor.kind])).toEqual([
      ["0", "Alice Café", "node"],
      ["node-b-2", "Bob & Co", "node"],
      ["node-b", "Another Bob", "node"],
      ["n3", "n3", "node"],
    ]);
    expect(dataset.actorKinds).toEqual([{ id: "node", label: "Node" }]);
    expect(messages).toContain(
      '1 node id was changed to fit the dataset format (a-z, 0-9, \'-\', unique): "Node B" → "node-b-2"',
    );
  });

  it("turns edges into relations with their direction (an edge label as the kind), dropping edges to missing nodes", () => {
    expect(dataset.relations.map((relation) => [relation.id, relation.from, relation.to, relation.kind])).toEqual([
      ["0", "0", "node-b-2", "edge"],
      ["1", "node-b-2", "n3", "undirected-edge"],
      ["3", "node-b", "0", "knows"],
    ]);
    expect(dataset.relationKinds).toEqual([
      { id: "edge", label: "Edge", directed: true },
      { id: "undirected-edge", label: "Undirected edge", directed: false },
      { id: "knows", label: "Knows", directed: true },
    ]);
    expect(dataset.relations[0]?.weight).toBe(2.5);
    expect(messages).toContain("1 edge joined nodes that are not in the file and were dropped (line 24)");
  });

  it("invents no evidence: edges without claims become unsourced relations, the file is their origin", () => {
    expect(dataset.sources).toEqual([]);
    expect(dataset.relations.map((relation) => relation.claims)).toEqual([[], [], []]);
    expect(dataset.origin).toEqual({ file: "foreign.gexf", format: "GEXF" });
    expect(messages).toContain(
      "3 relations have no evidence in the file and are unsourced; the file is recorded as where they came from, not as a source",
    );
  });

  it("takes title and summary from the file and says what it could not keep", () => {
    expect(dataset.title).toBe("foreign.gexf");
    expect(dataset.id).toBe("foreign-gexf");
    expect(dataset.summary).toBe("A small foreign graph");
    expect(dataset.actors[0]?.attributes).toEqual({ "modularity class": 1 });
    expect(dataset.actors[0]?.display).toEqual({ x: 1, y: -2, size: 10 });
    expect(validate(dataset)).toEqual([]);
  });
});

describe("fromGexf on Tangle's GEXF after another tool dropped the envelope comment", () => {
  it("keeps actors and claims, and rebuilds vocabulary and source placeholders with a warning", () => {
    const dataset = placeholderDataset();
    const result = fromGexf(toGexf(dataset).replace(/<!--[\s\S]*?-->/, ""));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.actors).toEqual(dataset.actors);
    expect(result.dataset.relations).toEqual(dataset.relations);
    expect(result.dataset.relationKinds).toEqual(dataset.relationKinds);
    expect(result.dataset.stories).toEqual([]);
    expect(result.dataset.sources.map((source) => source.id)).toEqual(["src-gazette", "src-relay"]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'sources "src-gazette", "src-relay" are cited but not described in the file; placeholders were added',
    ]);
  });
});

describe("fromGexf problems", () => {
  it("reports malformed XML with its line", () => {
    const result = fromGexf('<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes>\n  </graph>\n</gexf>');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe("line 5");
    expect(result.issues[0]?.message).toMatch(/^not valid XML: /);
  });

  it("refuses a file whose root is not <gexf>", () => {
    const result = fromGexf("<graphml>\n</graphml>");
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "line 1",
          message: "not a GEXF file: the root element is <graphml>, not <gexf>",
          severity: "error",
          code: "xml.wrongRoot",
          values: { format: "GEXF", root: "graphml", expected: "gexf" },
        },
      ],
    });
  });

  it("points a bad claim in Tangle's own file at the edge's line", () => {
    const gexf = toGexf(placeholderDataset()).replace('"status":"claimed"', '"status":"rumoured"');
    const edgeLine = gexf.split("\n").findIndex((line) => line.includes('<edge id="rel-fund-militia"')) + 1;
    const result = fromGexf(gexf);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((found) => found.severity === "error");
    expect(issue?.path).toBe(`line ${edgeLine}`);
    expect(issue?.message).toMatch(/^status: /);
  });

  it("imports a relation whose claims are unreadable as unsourced, and says so", () => {
    const gexf = toGexf(placeholderDataset()).replace(
      /(<edge id="rel-bob-ada"[^>]*><attvalues>.*?<attvalue for="claims" value=')[^']*'/,
      "$1not json'",
    );
    const result = fromGexf(gexf);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.relations[2]?.claims).toEqual([]);
    expect(result.dataset.sources.map((source) => source.id)).toEqual(["src-gazette", "src-relay"]);
    expect(result.warnings.map((warning) => warning.message)).toContain(
      "the edge's claims are not a JSON list of claims; the relation was imported without claims (unsourced)",
    );
  });
});
