import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/io";
import { serializeDataset } from "../../src/io/datasetJson";
import { placeholderDataset, trickyDataset } from "./io-trickyDataset";

describe("serializeDataset", () => {
  it.each([
    ["placeholder", placeholderDataset()],
    ["hostile strings", trickyDataset()],
  ])("reads back to an equal %s dataset", (_name, dataset) => {
    const result = readDataset(serializeDataset(dataset));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset).toEqual(dataset);
    expect(result.warnings).toEqual([]);
  });

  it("writes keys in the schema's order, whatever order the object has", () => {
    const dataset = placeholderDataset();
    const shuffled = Object.fromEntries(Object.entries(dataset).reverse()) as typeof dataset;
    const json = JSON.parse(serializeDataset(shuffled)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "schemaVersion",
      "id",
      "title",
      "summary",
      "asOf",
      "language",
      "sources",
      "actorKinds",
      "relationKinds",
      "actors",
      "relations",
      "stories",
    ]);
    const actor = (json.actors as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(actor)).toEqual(["id", "name", "kind", "aliases", "summary", "tags", "sources"]);
  });

  it("leaves out empty lists the schema fills in, and ends with a newline", () => {
    const text = serializeDataset(placeholderDataset());
    const json = JSON.parse(text) as {
      actors: Array<Record<string, unknown>>;
      stories: Array<{ steps: Array<{ focus: Record<string, unknown> }> }>;
    };
    expect(json.actors[1]).toEqual({
      id: "bob-sample",
      name: "Bob Sample",
      kind: "person",
      summary: "A made-up commander.",
    });
    expect(json.stories[0]?.steps[0]?.focus).toEqual({ actors: ["ada-example"] });
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "schemaVersion": 2,');
  });
});
