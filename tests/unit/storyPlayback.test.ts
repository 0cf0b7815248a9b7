import { describe, expect, it } from "vitest";
import {
  firstStep,
  isLastStep,
  jumpToStep,
  lastStep,
  nextStep,
  playbackKeyAction,
  previousStep,
  progress,
  startStory,
  stepLabel,
} from "../../src/state/story";

const story = { id: "tour", steps: ["a", "b", "c", "d", "e", "f", "g", "h"] };

describe("story playback", () => {
  it("starts at the first step or a clamped given step", () => {
    expect(startStory(story)).toEqual({ storyId: "tour", step: 0, stepCount: 8 });
    expect(startStory(story, 5).step).toBe(5);
    expect(startStory(story, 99).step).toBe(7);
    expect(startStory(story, -3).step).toBe(0);
  });

  it("moves one step and stays put at the ends, returning the same object", () => {
    const start = startStory(story);
    expect(previousStep(start)).toBe(start);
    expect(firstStep(start)).toBe(start);
    const second = nextStep(start);
    expect(second).toEqual({ storyId: "tour", step: 1, stepCount: 8 });
    expect(start.step).toBe(0);
    expect(previousStep(second).step).toBe(0);
    const end = lastStep(second);
    expect(end.step).toBe(7);
    expect(nextStep(end)).toBe(end);
    expect(lastStep(end)).toBe(end);
    expect(firstStep(end).step).toBe(0);
  });

  it("jumps to a 1-based step number, clamped to the story", () => {
    const start = startStory(story);
    expect(jumpToStep(start, 3).step).toBe(2);
    expect(jumpToStep(start, 10).step).toBe(7);
    expect(jumpToStep(start, 0)).toBe(start);
    expect(jumpToStep(start, -4)).toBe(start);
    expect(jumpToStep(start, Number.NaN)).toBe(start);
    expect(jumpToStep(startStory(story, 4), 5)).toEqual(startStory(story, 4));
  });

  it("knows the last step, the progress and the label", () => {
    const third = startStory(story, 2);
    expect(stepLabel(third)).toBe("Step 3 of 8");
    expect(progress(third)).toBe(3 / 8);
    expect(isLastStep(third)).toBe(false);
    const end = lastStep(third);
    expect(isLastStep(end)).toBe(true);
    expect(progress(end)).toBe(1);
    expect(stepLabel(end)).toBe("Step 8 of 8");
  });

  it("copes with a one-step and an empty story", () => {
    const single = startStory({ id: "one", steps: ["only"] });
    expect(isLastStep(single)).toBe(true);
    expect(nextStep(single)).toBe(single);
    expect(progress(single)).toBe(1);
    const empty = startStory({ id: "none", steps: [] }, 3);
    expect(empty).toEqual({ storyId: "none", step: 0, stepCount: 0 });
    expect(nextStep(empty)).toBe(empty);
    expect(progress(empty)).toBe(0);
    expect(stepLabel(empty)).toBe("No steps");
  });
});

describe("playback keys", () => {
  it.each([
    ["ArrowRight", "next"],
    [" ", "next"],
    ["PageDown", "next"],
    ["ArrowLeft", "previous"],
    ["PageUp", "previous"],
    ["Home", "first"],
    ["End", "last"],
    ["Escape", "exit"],
    ["f", "fullscreen"],
    ["F", "fullscreen"],
  ])("maps %j to %s", (key, action) => {
    expect(playbackKeyAction(key)).toBe(action);
  });

  it("maps digits to 1-based jumps, 0 to step 10", () => {
    expect(playbackKeyAction("1")).toEqual({ jump: 1 });
    expect(playbackKeyAction("9")).toEqual({ jump: 9 });
    expect(playbackKeyAction("0")).toEqual({ jump: 10 });
  });

  it("lets other keys through, Enter included", () => {
    for (const key of ["Enter", "Tab", "ArrowUp", "a", "10", "", "Spacebar", "toString", "constructor"]) {
      expect(playbackKeyAction(key)).toBeUndefined();
    }
  });
});
