// The explorer's derived state and the dataset loader, headless on the placeholder fixture:
// ada → fund (reported), fund → militia (claimed), bob → ada (disputed).
import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  DEFAULT_STATE,
  datasetReducer,
  explorerView,
  INITIAL_DATASET_STATUS,
  loadDataset,
} from "../../src/state";
import { placeholderDataset } from "./fixtures";

const loaded = loadDataset(placeholderDataset(), "shipped");
const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe("explorerView", () => {
  it("shows everything by default, with no focus and no path", () => {
    const view = explorerView(loaded, DEFAULT_STATE);
    expect(view.visible.actors.size).toBe(4);
    expect(view.visible.relations.size).toBe(3);
    expect(view.focus).toBeUndefined();
    expect(view.pathResult).toBeUndefined();
    expect(view.counts.statuses.get("claimed")).toEqual({ shown: 1, total: 1 });
  });

  it("narrows the visible elements to the focused actor's neighbourhood within the filters", () => {
    const view = explorerView(loaded, { ...DEFAULT_STATE, focus: { actor: "ada-example", depth: 1 } });
    expect(sorted(view.visible.actors)).toEqual(["ada-example", "bob-sample", "example-fund"]);
    expect(sorted(view.visible.relations)).toEqual(["rel-ada-fund", "rel-bob-ada"]);
    const filtered = explorerView(loaded, {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_FILTERS, hiddenStatuses: ["disputed"] },
      focus: { actor: "ada-example", depth: 1 },
    });
    expect(sorted(filtered.visible.relations)).toEqual(["rel-ada-fund"]);
    expect(filtered.visible.actors.has("bob-sample")).toBe(false);
  });

  it("ignores a focus on an actor the graph does not have", () => {
    expect(explorerView(loaded, { ...DEFAULT_STATE, focus: { actor: "nobody", depth: 2 } }).visible.actors.size).toBe(
      4,
    );
  });

  it("collects the actors and relations of the paths found", () => {
    const view = explorerView(loaded, {
      ...DEFAULT_STATE,
      path: { from: "bob-sample", to: "sample-militia", factsOnly: false, ignoreDirection: false },
    });
    expect(view.pathResult?.kind).toBe("found");
    expect(sorted(view.pathElements?.actors)).toEqual(["ada-example", "bob-sample", "example-fund", "sample-militia"]);
    expect(sorted(view.pathElements?.relations)).toEqual(["rel-ada-fund", "rel-bob-ada", "rel-fund-militia"]);
    const factsOnly = explorerView(loaded, {
      ...DEFAULT_STATE,
      path: { from: "bob-sample", to: "sample-militia", factsOnly: true, ignoreDirection: false },
    });
    expect(factsOnly.pathElements).toBeUndefined();
  });
});

describe("the dataset loader", () => {
  it("builds the graph and the lookup once, whatever the dataset's origin", () => {
    const dataset = placeholderDataset();
    for (const origin of ["shipped", "imported", "restored"] as const) {
      const status = datasetReducer(INITIAL_DATASET_STATUS, { type: "loaded", dataset, origin });
      if (status.kind !== "ready") throw new Error("not ready");
      expect(status.loaded.origin).toBe(origin);
      expect(status.loaded.graph.order).toBe(4);
      expect(status.loaded.lookup.actors.get("ada-example")?.name).toBe(dataset.actors[0]?.name);
      expect(status.loaded.lookup.relationsOf.get("ada-example")?.map((relation) => relation.id)).toEqual([
        "rel-ada-fund",
        "rel-bob-ada",
      ]);
    }
  });

  it("reports a failed load with its file and problems", () => {
    const issues = [{ path: "actors", message: "is missing", severity: "error" as const }];
    expect(datasetReducer(INITIAL_DATASET_STATUS, { type: "failed", issues, file: "data/x.json" })).toEqual({
      kind: "failed",
      issues,
      file: "data/x.json",
    });
  });
});
