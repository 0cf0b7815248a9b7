// The graph region's words for a screen reader, on the placeholder fixture (4 actors, 3 relations).
import { describe, expect, it } from "vitest";
import { datasetLookup } from "../../src/model";
import { describeGraph, describeShown } from "../../src/ui/graph/describeGraph";
import { placeholderDataset } from "./fixtures";

const lookup = datasetLookup(placeholderDataset());
const all = { actors: new Set(lookup.actors.keys()), relations: new Set(lookup.relations.keys()) };
const some = { actors: new Set(["ada-example", "example-fund"]), relations: new Set(["rel-ada-fund"]) };

describe("describeGraph", () => {
  it("says how much of the network is shown and that nothing is selected", () => {
    expect(describeGraph({ lookup, visible: all, focus: undefined, selection: undefined })).toBe("Showing 4 of 4 actors and 3 of 3 relations. Nothing selected.");
  });

  it("names the focus and its depth, and the selected actor", () => {
    const text = describeGraph({ lookup, visible: some, focus: { actor: "ada-example", depth: 1 }, selection: { type: "actor", id: "example-fund" } });
    expect(text).toBe("Showing 2 of 4 actors and 1 of 3 relations. Focus: Ada Example and direct neighbours. Selected: Example Fund.");
    expect(describeShown({ lookup, visible: some, focus: { actor: "ada-example", depth: 2 }, selection: undefined })).toBe(
      "Showing 2 of 4 actors and 1 of 3 relations. Focus: Ada Example and neighbours up to 2 steps away.",
    );
  });

  it("names both ends of a selected relation, and a highlighted path", () => {
    const text = describeGraph({ lookup, visible: all, focus: undefined, selection: { type: "relation", id: "rel-bob-ada" }, pathLength: 2 });
    expect(text).toBe("Showing 4 of 4 actors and 3 of 3 relations. A path of 2 relations is highlighted. Selected: the relation between Bob Sample and Ada Example.");
  });

  it("says nothing false about ids that are not in the dataset", () => {
    const text = describeGraph({ lookup, visible: all, focus: { actor: "nobody", depth: 1 }, selection: { type: "actor", id: "nobody" } });
    expect(text).toBe("Showing 4 of 4 actors and 3 of 3 relations.");
  });
});
