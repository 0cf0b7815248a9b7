// Where a class is in a story: a plain object and pure moves that clamp at both ends.
import type { Story } from "../../model";

export interface StoryPlayback {
  storyId: string;
  /** 0-based index of the step on screen. */
  step: number;
  stepCount: number;
}

/** Anything with an id and steps can be played: a dataset story or a draft being previewed. */
export type PlayableStory = Pick<Story, "id"> & { steps: readonly unknown[] };

const lastIndex = (stepCount: number): number => Math.max(0, stepCount - 1);

function clampStep(step: number, stepCount: number): number {
  if (Number.isNaN(step)) return 0;
  return Math.min(lastIndex(stepCount), Math.max(0, Math.trunc(step)));
}

export function startStory(story: PlayableStory, step = 0): StoryPlayback {
  const stepCount = story.steps.length;
  return { storyId: story.id, step: clampStep(step, stepCount), stepCount };
}

/** The same object back when the step does not change, so callers can skip a re-render. */
function goTo(playback: StoryPlayback, step: number): StoryPlayback {
  if (Number.isNaN(step)) return playback;
  const next = clampStep(step, playback.stepCount);
  return next === playback.step ? playback : { ...playback, step: next };
}

export const nextStep = (playback: StoryPlayback): StoryPlayback => goTo(playback, playback.step + 1);

export const previousStep = (playback: StoryPlayback): StoryPlayback => goTo(playback, playback.step - 1);

export const firstStep = (playback: StoryPlayback): StoryPlayback => goTo(playback, 0);

export const lastStep = (playback: StoryPlayback): StoryPlayback => goTo(playback, lastIndex(playback.stepCount));

/** `stepNumber` is 1-based, as the number keys and the "Step 3 of 8" label count. */
export const jumpToStep = (playback: StoryPlayback, stepNumber: number): StoryPlayback =>
  goTo(playback, stepNumber - 1);

export const isLastStep = (playback: StoryPlayback): boolean => playback.step >= lastIndex(playback.stepCount);

/** Share of the story seen, counting the step on screen: 1/8 on the first of 8 steps, 1 on the last. */
export function progress(playback: StoryPlayback): number {
  if (playback.stepCount <= 0) return 0;
  return (clampStep(playback.step, playback.stepCount) + 1) / playback.stepCount;
}

export function stepLabel(playback: StoryPlayback): string {
  if (playback.stepCount <= 0) return "No steps";
  return `Step ${clampStep(playback.step, playback.stepCount) + 1} of ${playback.stepCount}`;
}
