// Puts the teacher's stories into a dataset, e.g. to export it as a file that still validates.
import { DatasetSchema, type Dataset, type Story } from "../../model";
import type { DraftStory } from "./draft";
import { draftToStory } from "./draftConversion";

const StorySchema = DatasetSchema.shape.stories.unwrap().element;

/** Focus on actors or relations removed from the dataset since the step was captured is dropped. */
function withKnownFocus(story: Story, actors: ReadonlySet<string>, relations: ReadonlySet<string>): Story {
  return {
    ...story,
    steps: story.steps.map((step) => ({
      ...step,
      focus: {
        actors: step.focus.actors.filter((id) => actors.has(id)),
        relations: step.focus.relations.filter((id) => relations.has(id)),
      },
    })),
  };
}

const hasUniqueStepIds = (story: Story): boolean =>
  new Set(story.steps.map((step) => step.id)).size === story.steps.length;

/**
 * `dataset` with the drafts as stories: a draft replaces the dataset story of the same id (in its
 * place) and is appended otherwise; of two drafts with one id the later wins. Drafts that cannot
 * make a valid story (no steps, an id outside [a-z0-9-], repeated step ids) are left out, so the
 * result passes `validate` whenever `dataset` did. `dataset` itself is not changed.
 */
export function withStories(dataset: Dataset, drafts: readonly DraftStory[]): Dataset {
  const actors = new Set(dataset.actors.map((actor) => actor.id));
  const relations = new Set(dataset.relations.map((relation) => relation.id));
  const stories = dataset.stories.slice();
  for (const draft of drafts) {
    const story = withKnownFocus(draftToStory(draft), actors, relations);
    if (!hasUniqueStepIds(story) || !StorySchema.safeParse(story).success) continue;
    const index = stories.findIndex((existing) => existing.id === story.id);
    if (index === -1) stories.push(story);
    else stories[index] = story;
  }
  return { ...dataset, stories };
}
