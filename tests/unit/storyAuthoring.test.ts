import { describe, expect, it } from "vitest";
import { parseDataset, validate, type Dataset } from "../../src/model";
import {
  addStep,
  createStory,
  draftToStory,
  moveStep,
  removeStep,
  renameStory,
  storyToDraft,
  updateStep,
  withStories,
  type DraftStory,
} from "../../src/state/story";
import placeholder from "../fixtures/placeholder.json";

function loadPlaceholder(): Dataset {
  const result = parseDataset(placeholder);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

const focusOn = (actors: string[], relations: string[] = []) => ({ focus: { actors, relations } });
const ids = (story: DraftStory): string[] => story.steps.map((step) => step.id);

describe("createStory and renameStory", () => {
  it("derives a unique id from the title", () => {
    expect(createStory("Who pays whom?", [])).toEqual({ id: "who-pays-whom", title: "Who pays whom?", steps: [] });
    expect(createStory("Who pays whom", ["who-pays-whom"]).id).toBe("who-pays-whom-2");
    expect(createStory("Who pays whom", ["who-pays-whom", "who-pays-whom-2"]).id).toBe("who-pays-whom-3");
    expect(createStory("Émigrés & Co", []).id).toBe("emigres-co");
    expect(createStory("من يدفع", ["story"]).id).toBe("story-2");
    expect(createStory("   ", [])).toEqual({ id: "untitled-story", title: "Untitled story", steps: [] });
    expect(createStory("x".repeat(500), []).id.length).toBeLessThanOrEqual(80);
  });

  it("renames without changing the id", () => {
    const story = createStory("Old", []);
    const renamed = renameStory(story, "  New  ");
    expect(renamed).toEqual({ id: "old", title: "New", steps: [] });
    expect(story.title).toBe("Old");
    expect(renameStory(renamed, "New")).toBe(renamed);
  });
});

describe("step transitions", () => {
  const threeSteps = (): DraftStory => {
    let story = createStory("Tour", []);
    story = addStep(story, focusOn(["ada-example"]));
    story = addStep(story, { ...focusOn(["example-fund"]), title: "The fund", text: "It pays." });
    story = addStep(story, { ...focusOn([], ["rel-bob-ada"]), camera: { zoom: 2, pan: { x: 1, y: -1 } } });
    return story;
  };

  it("adds steps with unique ids and default titles", () => {
    const story = threeSteps();
    expect(ids(story)).toEqual(["step-1", "step-2", "step-3"]);
    expect(story.steps.map((step) => step.title)).toEqual(["Step 1", "The fund", "Step 3"]);
    expect(story.steps[0]!.text).toBe("");
    expect(story.steps[2]!.camera).toEqual({ zoom: 2, pan: { x: 1, y: -1 } });
  });

  it("moves a step, clamped at both ends, and leaves the original alone", () => {
    const story = threeSteps();
    expect(ids(moveStep(story, "step-1", 1))).toEqual(["step-2", "step-1", "step-3"]);
    expect(ids(moveStep(story, "step-3", -2))).toEqual(["step-3", "step-1", "step-2"]);
    expect(ids(moveStep(story, "step-1", 10))).toEqual(["step-2", "step-3", "step-1"]);
    expect(moveStep(story, "step-1", -1)).toBe(story);
    expect(moveStep(story, "step-3", 1)).toBe(story);
    expect(moveStep(story, "nope", 1)).toBe(story);
    expect(ids(story)).toEqual(["step-1", "step-2", "step-3"]);
  });

  it("removes a step and never reuses a live id", () => {
    const story = threeSteps();
    const removed = removeStep(story, "step-2");
    expect(ids(removed)).toEqual(["step-1", "step-3"]);
    expect(removeStep(removed, "step-2")).toBe(removed);
    const added = addStep(removed, focusOn([]));
    expect(ids(added)).toEqual(["step-1", "step-3", "step-4"]);
    expect(added.steps[2]!.title).toBe("Step 3");
    expect(new Set(ids(added)).size).toBe(3);
  });

  it("updates one step by id", () => {
    const story = threeSteps();
    const updated = updateStep(story, "step-1", { title: "Meet Ada", hideStatuses: ["claimed"] });
    expect(updated.steps[0]).toMatchObject({ id: "step-1", title: "Meet Ada", hideStatuses: ["claimed"] });
    expect(updated.steps[1]).toBe(story.steps[1]);
    expect(story.steps[0]!.title).toBe("Step 1");
    expect(updateStep(story, "missing", { title: "x" })).toBe(story);
    expect(updateStep(story, "step-2", { title: "The fund" })).toBe(story);
  });
});

describe("drafts into the dataset", () => {
  const dataset = loadPlaceholder();

  it("draftToStory fills blank texts, drops camera and filters; storyToDraft reverses a dataset story", () => {
    let draft = createStory("Tour", []);
    draft = addStep(draft, {
      ...focusOn(["ada-example", "ada-example"]),
      camera: { zoom: 1, pan: { x: 0, y: 0 } },
      filters: { kinds: ["funds"] },
    });
    const story = draftToStory({ ...draft, audience: "  " });
    expect(story).toEqual({
      id: "tour",
      title: "Tour",
      steps: [{ id: "step-1", title: "Step 1", text: "Step 1", focus: { actors: ["ada-example"], relations: [] } }],
    });
    const intro = dataset.stories[0]!;
    expect(draftToStory(storyToDraft(intro))).toEqual(intro);
  });

  it("withStories appends, replaces by id, drops unknown focus and stays valid", () => {
    let tour = createStory(
      "Tour",
      dataset.stories.map((story) => story.id),
    );
    tour = addStep(tour, focusOn(["ada-example", "deleted-actor"], ["rel-ada-fund", "rel-deleted"]));
    tour = addStep(tour, { ...focusOn([]), hideStatuses: ["denied", "claimed", "claimed"], text: "x".repeat(5000) });
    const editedIntro = renameStory(storyToDraft(dataset.stories[0]!), "Who pays whom, revised");
    const empty = createStory("Nothing yet", []);
    const badId: DraftStory = { ...tour, id: "Bad Id" };

    const out = withStories(dataset, [tour, editedIntro, empty, badId]);
    expect(validate(out)).toEqual([]);
    expect(out.stories.map((story) => story.id)).toEqual(["intro", "tour"]);
    expect(out.stories[0]!.title).toBe("Who pays whom, revised");
    expect(out.stories[1]!.steps[0]!.focus).toEqual({ actors: ["ada-example"], relations: ["rel-ada-fund"] });
    expect(out.stories[1]!.steps[1]!.hideStatuses).toEqual(["claimed", "denied"]);
    expect(out.stories[1]!.steps[1]!.text.length).toBe(4000);
    expect(dataset.stories.map((story) => story.title)).toEqual(["Who pays whom"]);
  });
});
