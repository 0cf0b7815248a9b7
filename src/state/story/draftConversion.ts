// Draft ⇄ dataset story. Format v1 stories have no place for a step's camera or filters, so
// `draftToStory` drops them: a story exported into a dataset replays its focus and hidden
// statuses, while the exact zoom, pan and filters live only in the saved work of the browser.
import { isOrdered, isPartialDate, LIMITS, STATUS_ORDER, type Story, type StoryStep } from "../../model";
import type { DraftStep, DraftStory } from "./draft";

/** Trimmed and cut to `max`, or `fallback` when empty: dataset texts must not be blank. */
function fitText(text: string | undefined, max: number, fallback: string): string {
  const trimmed = (text ?? "").trim().slice(0, max).trim();
  return trimmed === "" ? fallback : trimmed;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function draftStepToStoryStep(step: DraftStep, index: number): StoryStep {
  const title = fitText(step.title, LIMITS.title, `Step ${index + 1}`);
  const out: StoryStep = {
    id: step.id,
    title,
    // A step written without text still needs some: its title is the least surprising stand-in.
    text: fitText(step.text, LIMITS.text, title),
    focus: { actors: unique(step.focus.actors), relations: unique(step.focus.relations) },
  };
  if (step.hideStatuses !== undefined) {
    out.hideStatuses = STATUS_ORDER.filter((status) => step.hideStatuses?.includes(status));
  }
  const time = stepTime(step.time);
  if (time) out.time = time;
  return out;
}

/** A step's period as the dataset stores it: only real partial dates, in order; none when empty. */
function stepTime(time: DraftStep["time"]): StoryStep["time"] {
  const from = time?.from !== undefined && isPartialDate(time.from) ? time.from : undefined;
  const to = time?.to !== undefined && isPartialDate(time.to) ? time.to : undefined;
  if (from === undefined && to === undefined) return undefined;
  if (from !== undefined && to !== undefined && !isOrdered(from, to)) return { from: to, to: from };
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/**
 * The dataset-format story of a draft, with blank texts filled in, texts cut to the schema's
 * limits and duplicate focus ids removed. Camera and filters are dropped (see above). A draft
 * without steps gives a story without steps, which `validate` rejects: `withStories` skips it.
 */
export function draftToStory(draft: DraftStory): Story {
  const story: Story = {
    id: draft.id,
    title: fitText(draft.title, LIMITS.title, "Untitled story"),
    steps: draft.steps.map(draftStepToStoryStep),
  };
  const audience = (draft.audience ?? "").trim().slice(0, LIMITS.name).trim();
  if (audience !== "") story.audience = audience;
  return story;
}

/** A dataset story opened for editing; it has no camera or filters to restore. */
export function storyToDraft(story: Story): DraftStory {
  const draft: DraftStory = {
    id: story.id,
    title: story.title,
    steps: story.steps.map((step) => {
      const out: DraftStep = {
        id: step.id,
        title: step.title,
        text: step.text,
        focus: { actors: [...step.focus.actors], relations: [...step.focus.relations] },
      };
      if (step.hideStatuses !== undefined) out.hideStatuses = [...step.hideStatuses];
      if (step.time !== undefined) out.time = { ...step.time };
      return out;
    }),
  };
  if (story.audience !== undefined) draft.audience = story.audience;
  return draft;
}
