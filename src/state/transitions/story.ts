// Named changes while a story is presented. Step changes leave the state alone when no story is
// playing, so a late key press after leaving present mode changes nothing.
import type { ActorGraph } from "../../model";
import { exploreFromStep } from "../story/exploreFrom";
import type { StepView } from "../story/stepView";
import type { Transition } from "./explorer";

export const playStory =
  (id: string, step: number): Transition =>
  (state) => ({ ...state, story: { id, step } });

export const goToStep =
  (step: number): Transition =>
  (state) =>
    state.story ? { ...state, story: { ...state.story, step } } : state;

export const toggleHideUnconfirmed: Transition = (state) =>
  state.story
    ? { ...state, story: { ...state.story, hideUnconfirmed: !state.story.hideUnconfirmed || undefined } }
    : state;

export const closeStory: Transition = (state) => ({ ...state, story: undefined });

/** A link named a story this dataset does not have: back to the explorer, unless another story has been chosen since. */
export const dropMissingStory =
  (storyId: string): Transition =>
  (state) =>
    state.story?.id === storyId ? { ...state, story: undefined } : state;

export const exploreStep =
  (graph: ActorGraph, view: StepView): Transition =>
  (state) =>
    exploreFromStep(state, graph, view);
