// Why part of a stories save was left out (src/state/story/savedStories.ts) as a catalogue
// message: `story.saved.<code>`, the saved texts as values (isolated when drawn), the story it
// concerns as a message of its own ("Story 2 “Tour”").
import type { SavedStoriesProblem, SavedStoryRef } from "../../state";
import type { NoticeMessage, NoticeValue } from "../app/notice";

const storyMessage = ({ number, title }: SavedStoryRef): NoticeMessage =>
  title === undefined
    ? { id: "story.saved.storyUntitled", values: { number } }
    : { id: "story.saved.story", values: { number, title } };

export function savedStoriesMessage(problem: SavedStoriesProblem): NoticeMessage {
  const { code, ...rest } = problem;
  const values: Record<string, NoticeValue> = {};
  for (const [key, value] of Object.entries<string | number | SavedStoryRef>(rest))
    values[key] = typeof value === "object" ? storyMessage(value) : value;
  return { id: `story.saved.${code}`, values };
}
