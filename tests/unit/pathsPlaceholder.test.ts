// The path finder on a real (validated, built) dataset: tests/fixtures/placeholder.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describePath, pathsWithEvidence } from "../../src/analysis/pathsWithEvidence";
import { buildGraph, parseDataset } from "../../src/model";

const parsed = parseDataset(JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")));
if (!parsed.ok) throw new Error("placeholder fixture must be valid");
const dataset = parsed.dataset;
const graph = buildGraph(dataset);
const kindLabels = Object.fromEntries(dataset.relationKinds.map((kind) => [kind.id, kind.label]));

describe("pathsWithEvidence on the placeholder dataset", () => {
  it("follows the money from Bob to the militia, weakest link 'disputed'", () => {
    const result = pathsWithEvidence(graph, "bob-sample", "sample-militia");
    if (result.kind !== "found") throw new Error(result.reason);
    expect(result.length).toBe(3);
    const [path] = result.paths;
    expect(path!.weakest).toBe("disputed");
    expect(path!.hops.map((hop) => hop.status)).toEqual(["disputed", "reported", "claimed"]);
    expect(describePath(graph, path!, kindLabels)).toBe(
      "Bob Sample —Allied with— Ada Example —Funds→ Example Fund —Funds→ Sample Militia",
    );
  });

  it("offers the unconfirmed path when only facts are asked for", () => {
    const result = pathsWithEvidence(graph, "ada-example", "sample-militia", { factsOnly: true });
    if (result.kind !== "none") throw new Error("expected no factual path");
    expect(result.reason).toBe(
      "No path from Ada Example to Sample Militia through confirmed or reported claims, following directions",
    );
    expect(result.alternative?.description).toBe("A path exists if unconfirmed claims are allowed");
    expect(result.alternative?.paths.map((path) => path.hops.map((hop) => hop.relationId))).toEqual([
      ["rel-ada-fund", "rel-fund-militia"],
    ]);
  });

  it("goes against the money only when directions are ignored", () => {
    const result = pathsWithEvidence(graph, "sample-militia", "ada-example");
    if (result.kind !== "none") throw new Error("expected no directed path");
    expect(result.alternative?.options).toEqual({ ignoreDirection: true });
    expect(describePath(graph, result.alternative!.paths[0]!)).toBe(
      "Sample Militia ←funds— Example Fund ←funds— Ada Example",
    );
  });
});
