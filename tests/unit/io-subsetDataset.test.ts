import { describe, expect, it } from "vitest";
import { validate } from "../../src/model";
import { subsetDataset } from "../../src/model/subsetDataset";
import { placeholderDataset } from "./io-trickyDataset";

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe("subsetDataset", () => {
  const dataset = placeholderDataset();
  const allRelations = new Set(dataset.relations.map((relation) => relation.id));

  it("keeps relations whose both ends are kept, and the actor a kept claim is claimed by", () => {
    const subset = subsetDataset(dataset, new Set(["example-fund", "sample-militia"]), allRelations);
    expect(ids(subset.relations)).toEqual(["rel-fund-militia"]);
    // bob-sample is not asked for, but claims rel-fund-militia; he comes along, his relation does not.
    expect(ids(subset.actors)).toEqual(["bob-sample", "example-fund", "sample-militia"]);
    expect(ids(subset.sources)).toEqual(["src-gazette"]);
    expect(validate(subset)).toEqual([]);
  });

  it("keeps the sources that kept sources relay", () => {
    const subset = subsetDataset(dataset, new Set(["bob-sample", "ada-example"]), new Set(["rel-bob-ada"]));
    expect(ids(subset.relations)).toEqual(["rel-bob-ada"]);
    // rel-bob-ada cites src-relay only; ada's own source and the relay both need src-gazette.
    expect(ids(subset.sources)).toEqual(["src-gazette", "src-relay"]);
    expect(validate(subset)).toEqual([]);
  });

  it("drops relations not asked for even when both ends are kept", () => {
    const subset = subsetDataset(
      dataset,
      new Set(["ada-example", "example-fund", "bob-sample"]),
      new Set(["rel-bob-ada"]),
    );
    expect(ids(subset.relations)).toEqual(["rel-bob-ada"]);
    expect(ids(subset.actors)).toEqual(["ada-example", "bob-sample", "example-fund"]);
  });

  it("narrows story focus to what survived and keeps every step", () => {
    const subset = subsetDataset(dataset, new Set(["example-fund", "sample-militia"]), allRelations);
    const steps = subset.stories[0]!.steps;
    expect(steps.map((step) => [step.id, step.focus])).toEqual([
      ["ada", { actors: [], relations: [] }],
      ["money", { actors: ["example-fund", "sample-militia"], relations: ["rel-fund-militia"] }],
    ]);
    expect(steps[1]?.hideStatuses).toEqual(["claimed"]);
  });

  it("gives a valid empty dataset for empty selections, keeping vocabulary and details", () => {
    const subset = subsetDataset(dataset, new Set(), new Set());
    expect([subset.actors, subset.relations, subset.sources]).toEqual([[], [], []]);
    expect(subset.actorKinds).toEqual(dataset.actorKinds);
    expect(subset.title).toBe(dataset.title);
    expect(validate(subset)).toEqual([]);
  });

  it("does not change the dataset it was given", () => {
    const before = JSON.stringify(dataset);
    subsetDataset(dataset, new Set(["ada-example"]), allRelations);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
