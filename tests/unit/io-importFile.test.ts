import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializeDataset } from "../../src/io/datasetJson";
import { toGexf } from "../../src/io/gexf/toGexf";
import { toGraphml } from "../../src/io/graphml/toGraphml";
import { importFile } from "../../src/io/importFile";
import { placeholderDataset } from "./io-trickyDataset";

describe("importFile", () => {
  const dataset = placeholderDataset();

  it.each([
    ["network.json", serializeDataset(dataset)],
    ["network.gexf", toGexf(dataset)],
    ["network.graphml", toGraphml(dataset)],
    ["network.xml", toGexf(dataset)],
    ["network.xml", toGraphml(dataset)],
    ["no-extension", toGexf(dataset)],
    ["no-extension", serializeDataset(dataset)],
  ])("reads %s by its extension or content", (name, text) => {
    const result = importFile(name, text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset).toEqual(dataset);
  });

  it("names the file in the path of each issue", () => {
    const gexf = importFile("network.gexf", "<gexf>\n<graph>\n</gexf>");
    expect(gexf.ok ? [] : gexf.issues.map((issue) => issue.path)).toEqual(["network.gexf line 3"]);
    const json = importFile("data.json", '{\n  "id": }');
    expect(json.ok ? [] : json.issues.map((issue) => issue.path)).toEqual(["data.json line 2, column 9"]);
  });

  it("names the file in warnings about the whole file", () => {
    const result = importFile("foreign.gexf", readFileSync("tests/fixtures/foreign.gexf", "utf8"));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.title).toBe("foreign.gexf");
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.every((warning) => warning.path.startsWith("foreign.gexf"))).toBe(true);
  });

  it("refuses unknown and empty files with a reason, and asks which columns a strange CSV means", () => {
    expect(importFile("notes.txt", "hello")).toEqual({
      ok: false,
      issues: [
        {
          path: "notes.txt",
          message:
            "unknown file type: Tangle reads .json datasets, GEXF, GraphML, GML, FollowTheMoney (.ftm), JSON Graph/Cytoscape JSON and CSV/TSV/xlsx spreadsheets",
          severity: "error",
          code: "format.unknown",
        },
      ],
    });
    expect(importFile("empty.json", "  \n")).toEqual({
      ok: false,
      issues: [{ path: "empty.json", message: "the file is empty", severity: "error", code: "import.emptyFile" }],
    });
    const csv = importFile("actors.csv", "id,name,kind\n");
    expect(csv.ok ? "" : csv.issues[0]?.message).toBe(
      "which columns hold each relation's two ends? Choose them in the column mapping",
    );
  });

  it("lets the GraphML reader name the root of an .xml file that is neither format", () => {
    const result = importFile("other.xml", "<svg/>");
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "other.xml line 1",
        message: "not a GraphML file: the root element is <svg>, not <graphml>",
        severity: "error",
        code: "xml.wrongRoot",
        values: { format: "GraphML", root: "svg", expected: "graphml" },
      },
    ]);
  });
});
