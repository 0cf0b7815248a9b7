// What a story handed out as a page carries: the whole dataset, or only what its steps show (the
// actors and relations in focus at any step, whichever classroom setting is on, and what those
// cite), with that one story.
import { subsetDataset, type Dataset, type Story } from "../../model";
import { stepView } from "../story/stepView";

export type StoryScope = "story" | "whole";

/** The ids the story's steps bring forward, with unconfirmed claims shown (the widest view). */
export function storyElements(dataset: Dataset, story: Story): { actors: Set<string>; relations: Set<string> } {
  const actors = new Set<string>();
  const relations = new Set<string>();
  story.steps.forEach((step, index) => {
    const view = stepView(dataset, story, index, { hideUnconfirmed: false });
    step.focus.actors.forEach((id) => actors.add(id));
    view.focusActors.forEach((id) => actors.add(id));
    view.focusRelations.forEach((id) => relations.add(id));
  });
  return { actors, relations };
}

export function storyDataset(dataset: Dataset, story: Story, scope: StoryScope): Dataset {
  const base =
    scope === "whole" ? dataset : subsetDataset({ ...dataset, stories: [] }, ...idSets(storyElements(dataset, story)));
  // Focus ids that did not come along (unknown to the data, or hidden in every view) are
  // dropped, so that the page's dataset still passes validation.
  const actorIds = new Set(base.actors.map((actor) => actor.id));
  const relationIds = new Set(base.relations.map((relation) => relation.id));
  const steps = story.steps.map((step) => ({
    ...step,
    focus: {
      actors: step.focus.actors.filter((id) => actorIds.has(id)),
      relations: step.focus.relations.filter((id) => relationIds.has(id)),
    },
  }));
  return { ...base, stories: [{ ...story, steps }] };
}

const idSets = (sets: { actors: Set<string>; relations: Set<string> }): [Set<string>, Set<string>] => [
  sets.actors,
  sets.relations,
];
