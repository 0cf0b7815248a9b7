import { describe, expect, it } from "vitest";
import { parseDataset, type Dataset, type Story } from "../../src/model";
import { classroomLabel, stepView } from "../../src/state/story";
import placeholder from "../fixtures/placeholder.json";

function loadPlaceholder(): Dataset {
  const result = parseDataset(placeholder);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

const dataset = loadPlaceholder();
const intro = dataset.stories.find((story) => story.id === "intro")!;
const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();

describe("stepView on the placeholder story", () => {
  it("step 1 focuses Ada alone: no relation joins her to herself", () => {
    const view = stepView(dataset, intro, 0, { hideUnconfirmed: false });
    expect(sorted(view.focusActors)).toEqual(["ada-example"]);
    expect(view.focusRelations.size).toBe(0);
    expect(view.hiddenStatuses.size).toBe(0);
    expect(view.caption).toEqual({ title: "Meet Ada", text: "Ada is a made-up financier." });
  });

  it("step 2 hides claimed claims, so the claimed fund → militia relation is not focused", () => {
    const view = stepView(dataset, intro, 1, { hideUnconfirmed: false });
    expect([...view.hiddenStatuses]).toEqual(["claimed"]);
    expect(sorted(view.focusRelations)).toEqual(["rel-ada-fund"]);
    expect(sorted(view.focusActors)).toEqual(["ada-example", "example-fund", "sample-militia"]);
    expect(view.visibleClaims("rel-fund-militia")).toEqual([]);
    expect(view.visibleClaims("rel-ada-fund").map((claim) => claim.id)).toEqual(["cl-ada-fund"]);
    expect(view.visibleClaims("rel-bob-ada").map((claim) => claim.id)).toEqual(["cl-bob-ada"]);
    expect(view.visibleClaims("no-such-relation")).toEqual([]);
    expect(view.caption.title).toBe("The money");
  });

  it("with hideUnconfirmed the disputed Bob–Ada claim is hidden too", () => {
    const view = stepView(dataset, intro, 1, { hideUnconfirmed: true });
    expect(sorted(view.hiddenStatuses)).toEqual(["claimed", "denied", "disputed"]);
    expect(view.visibleClaims("rel-bob-ada")).toEqual([]);
    expect(sorted(view.focusRelations)).toEqual(["rel-ada-fund"]);
  });

  it("clamps the step index", () => {
    expect(stepView(dataset, intro, 9, { hideUnconfirmed: false }).caption.title).toBe("The money");
    expect(stepView(dataset, intro, -1, { hideUnconfirmed: false }).caption.title).toBe("Meet Ada");
  });
});

describe("stepView focus rules", () => {
  const story = (focus: { actors: string[]; relations: string[] }): Story => ({
    id: "s",
    title: "S",
    steps: [{ id: "one", title: "One", text: "One.", focus }],
  });

  it("a step listing only actors focuses the relations among them that still show", () => {
    const bobAda = story({ actors: ["bob-sample", "ada-example", "example-fund"], relations: [] });
    const shown = stepView(dataset, bobAda, 0, { hideUnconfirmed: false });
    // Bob–Ada and Ada → fund join focused actors; fund → militia has only one end in focus.
    expect(sorted(shown.focusRelations)).toEqual(["rel-ada-fund", "rel-bob-ada"]);
    const hidden = stepView(dataset, bobAda, 0, { hideUnconfirmed: true });
    expect(sorted(hidden.focusRelations)).toEqual(["rel-ada-fund"]);
    expect(sorted(hidden.focusActors)).toEqual(["ada-example", "bob-sample", "example-fund"]);
  });

  it("a step listing only relations focuses their ends; unknown ids are ignored", () => {
    const view = stepView(dataset, story({ actors: ["ghost"], relations: ["rel-bob-ada", "rel-gone"] }), 0, {
      hideUnconfirmed: false,
    });
    expect(sorted(view.focusRelations)).toEqual(["rel-bob-ada"]);
    expect(sorted(view.focusActors)).toEqual(["ada-example", "bob-sample"]);
  });

  it("a listed relation whose claims are all hidden is not focused and does not pull in its ends", () => {
    const view = stepView(dataset, story({ actors: [], relations: ["rel-fund-militia"] }), 0, {
      hideUnconfirmed: true,
    });
    expect(view.focusRelations.size).toBe(0);
    expect(view.focusActors.size).toBe(0);
  });
});

describe("classroomLabel", () => {
  it("labels what is not established and nothing else", () => {
    expect(classroomLabel("claimed")).toBe("Claimed, not verified");
    expect(classroomLabel("disputed")).toBe("Disputed");
    expect(classroomLabel("denied")).toBe("Denied");
    expect(classroomLabel("confirmed")).toBeUndefined();
    expect(classroomLabel("reported")).toBeUndefined();
  });
});
