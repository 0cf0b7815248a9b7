// The named state transitions of src/state/transitions: each changes what it names and nothing else.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model";
import {
  DEFAULT_FILTERS,
  DEFAULT_STATE,
  closeStory,
  dropMissingStory,
  exploreStep,
  fitCamera,
  goToStep,
  moveCamera,
  openDataset,
  playStory,
  search,
  select,
  setAppearance,
  setFilters,
  setFocus,
  setLayout,
  setPath,
  setTheme,
  showView,
  startPathFrom,
  stepView,
  toggleHideUnconfirmed,
  toggleNeighbourhood,
  toggleProjector,
  type AppState,
} from "../../src/state";
import { placeholderDataset } from "./fixtures";

const busy: AppState = {
  ...DEFAULT_STATE,
  datasetId: "old",
  selection: { type: "actor", id: "ada-example" },
  query: "ada",
  filters: { ...DEFAULT_FILTERS, hiddenStatuses: ["denied"] },
  view: "table",
  theme: "projector",
  sizeBy: "degree",
  focus: { actor: "ada-example", depth: 2 },
  path: { from: "ada-example", to: "sample-militia", factsOnly: false, ignoreDirection: true },
  story: { id: "intro", step: 1 },
  camera: { zoom: 1.5, x: 10, y: -20 },
};

describe("explorer transitions", () => {
  it("each setter changes its own field only", () => {
    expect(select({ type: "relation", id: "r" })(busy)).toEqual({ ...busy, selection: { type: "relation", id: "r" } });
    expect(select(undefined)(busy).selection).toBeUndefined();
    expect(showView("graph")(busy)).toEqual({ ...busy, view: "graph" });
    expect(search("fund")(busy)).toEqual({ ...busy, query: "fund" });
    expect(setTheme("light")(busy)).toEqual({ ...busy, theme: "light" });
    expect(setFilters(DEFAULT_FILTERS)(busy)).toEqual({ ...busy, filters: DEFAULT_FILTERS });
    expect(setFocus(undefined)(busy)).toEqual({ ...busy, focus: undefined });
    expect(setLayout("concentric")(busy)).toEqual({ ...busy, layout: "concentric" });
    expect(setPath(undefined)(busy)).toEqual({ ...busy, path: undefined });
    expect(setAppearance({ colourBy: "community" })(busy)).toEqual({ ...busy, colourBy: "community" });
  });

  it("moveCamera keeps the camera rounded for the link; fitCamera forgets it", () => {
    expect(moveCamera({ zoom: 0.123456, x: 10.6, y: -3.2 })(busy)).toEqual({
      ...busy,
      camera: { zoom: 0.123, x: 11, y: -3 },
    });
    expect(fitCamera(busy)).toEqual({ ...busy, camera: undefined });
  });

  it("toggleProjector switches between the light and projector themes", () => {
    expect(toggleProjector(busy).theme).toBe("light");
    expect(toggleProjector(toggleProjector(busy)).theme).toBe("projector");
  });

  it("toggleNeighbourhood focuses an actor at the depth chosen before, and leaves the focus on the same actor", () => {
    expect(toggleNeighbourhood("example-fund")(busy).focus).toEqual({ actor: "example-fund", depth: 2 });
    expect(toggleNeighbourhood("ada-example")(busy).focus).toBeUndefined();
    expect(toggleNeighbourhood("ada-example")(DEFAULT_STATE).focus).toEqual({ actor: "ada-example", depth: 1 });
  });

  it("startPathFrom keeps the path's end when it differs, and starts over otherwise", () => {
    expect(startPathFrom("example-fund")(busy).path).toEqual({ ...busy.path, from: "example-fund" });
    expect(startPathFrom("sample-militia")(busy).path).toBeUndefined();
    expect(startPathFrom("example-fund")(DEFAULT_STATE).path).toBeUndefined();
  });
});

describe("openDataset", () => {
  it("drops what belonged to the previous dataset and keeps the reader's view settings", () => {
    const next = openDataset("new")(busy);
    expect(next).toEqual({
      ...busy,
      datasetId: "new",
      selection: undefined,
      focus: undefined,
      path: undefined,
      story: undefined,
      query: "",
      filters: DEFAULT_FILTERS,
      camera: undefined,
    });
    expect(next.view).toBe("table");
    expect(next.theme).toBe("projector");
  });
});

describe("story transitions", () => {
  it("playStory opens a story at a step; closeStory leaves it", () => {
    expect(playStory("tour", 3)(DEFAULT_STATE).story).toEqual({ id: "tour", step: 3 });
    expect(closeStory(busy).story).toBeUndefined();
  });

  it("goToStep and toggleHideUnconfirmed change the playing story and nothing when none plays", () => {
    expect(goToStep(0)(busy).story).toEqual({ id: "intro", step: 0 });
    expect(goToStep(2)(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    const hidden = toggleHideUnconfirmed(busy);
    expect(hidden.story).toEqual({ id: "intro", step: 1, hideUnconfirmed: true });
    expect(toggleHideUnconfirmed(hidden).story).toEqual({ id: "intro", step: 1, hideUnconfirmed: undefined });
    expect(toggleHideUnconfirmed(DEFAULT_STATE)).toBe(DEFAULT_STATE);
  });

  it("dropMissingStory leaves the explorer only when the missing story is still the one asked for", () => {
    expect(dropMissingStory("intro")(busy).story).toBeUndefined();
    expect(dropMissingStory("other")(busy)).toBe(busy);
  });

  it("exploreStep opens the explorer on the step's busiest actor with its hidden statuses still hidden", () => {
    const dataset = placeholderDataset();
    const intro = dataset.stories.find((story) => story.id === "intro")!;
    const view = stepView(dataset, intro, 1, { hideUnconfirmed: false });
    const next = exploreStep(buildGraph(dataset), view)(busy);
    expect(next.story).toBeUndefined();
    expect(next.path).toBeUndefined();
    expect(next.filters.hiddenStatuses).toEqual(["claimed"]);
    expect(next.focus?.depth).toBe(1);
    expect(next.selection).toEqual({ type: "actor", id: next.focus?.actor });
    expect(view.focusActors.has(next.focus!.actor)).toBe(true);
  });
});
