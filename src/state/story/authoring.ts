// Pure transitions of a draft story. Each returns a new draft, or the same object when nothing
// changes (unknown step id, move past an end), so the UI can compare by reference.
import type { CapturedStep, DraftStep, DraftStepPatch, DraftStory } from "./draft";
import { storyIdFrom, uniqueId } from "./storyId";

export const UNTITLED_STORY = "Untitled story";

/**
 * A new empty story; its id comes from the title and differs from every id in `existingIds`.
 * `untitled` is the title of a story given none (the interface passes it in its language).
 */
export function createStory(title: string, existingIds: Iterable<string>, untitled = UNTITLED_STORY): DraftStory {
  const cleanTitle = title.trim() === "" ? untitled : title.trim();
  return { id: uniqueId(storyIdFrom(cleanTitle, "story"), new Set(existingIds)), title: cleanTitle, steps: [] };
}

/** The id stays: links and saved playback refer to it. */
export function renameStory(story: DraftStory, title: string, untitled = UNTITLED_STORY): DraftStory {
  const cleanTitle = title.trim() === "" ? untitled : title.trim();
  return cleanTitle === story.title ? story : { ...story, title: cleanTitle };
}

/** The captured step with `title` when it has none (the interface's "Step 2" in its language). */
export const titled = (captured: CapturedStep, title: string): CapturedStep => ({
  ...captured,
  title: captured.title ?? title,
});

/** Appends a step captured from the current view, titled "Step N" unless a title is given. */
export function addStep(story: DraftStory, captured: CapturedStep): DraftStory {
  const number = story.steps.length + 1;
  const taken = new Set(story.steps.map((step) => step.id));
  let n = number;
  while (taken.has(`step-${n}`)) n += 1;
  const step: DraftStep = {
    ...captured,
    id: `step-${n}`,
    title: captured.title ?? `Step ${number}`,
    text: captured.text ?? "",
    focus: { actors: [...captured.focus.actors], relations: [...captured.focus.relations] },
  };
  return { ...story, steps: [...story.steps, step] };
}

export function updateStep(story: DraftStory, stepId: string, patch: DraftStepPatch): DraftStory {
  const index = story.steps.findIndex((step) => step.id === stepId);
  const step = story.steps[index];
  if (step === undefined) return story;
  const changed = (Object.keys(patch) as Array<keyof DraftStepPatch>).some((key) => patch[key] !== step[key]);
  if (!changed) return story;
  const steps = story.steps.slice();
  steps[index] = { ...step, ...patch, id: step.id };
  return { ...story, steps };
}

/** Moves a step by `delta` places (negative: earlier), stopping at the first or last place. */
export function moveStep(story: DraftStory, stepId: string, delta: number): DraftStory {
  const from = story.steps.findIndex((step) => step.id === stepId);
  const step = story.steps[from];
  if (step === undefined || !Number.isFinite(delta)) return story;
  const to = Math.min(story.steps.length - 1, Math.max(0, from + Math.trunc(delta)));
  if (to === from) return story;
  const steps = story.steps.filter((other) => other !== step);
  steps.splice(to, 0, step);
  return { ...story, steps };
}

export function removeStep(story: DraftStory, stepId: string): DraftStory {
  const steps = story.steps.filter((step) => step.id !== stepId);
  return steps.length === story.steps.length ? story : { ...story, steps };
}
