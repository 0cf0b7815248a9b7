// Why part of a stories save was left out (src/state/story/savedStories.ts) as a catalogue
// message: `story.saved.<code>`, the saved texts as values (isolated when drawn), the story it
// concerns as a message of its own ("Story 2 “Tour”").
import type { Issue } from "../../model";
import type { SavedStoriesProblem, SavedStoryRef } from "../../state";
import type { NoticeMessage, NoticeValue } from "../app/notice";
import { issueMessageId } from "../i18n/issueText";

const storyMessage = ({ number, title }: SavedStoryRef): NoticeMessage =>
  title === undefined
    ? { id: "story.saved.storyUntitled", values: { number } }
    : { id: "story.saved.story", values: { number, title } };

/** Where in the saved step or story, what is wrong there (in the interface language), and how many more. */
function detailMessage(issue: Issue, more: number): NoticeMessage {
  const id = issueMessageId(issue);
  const problem: NoticeValue = id === undefined ? issue.message : { id, values: { ...issue.values } };
  const hasPath = issue.path !== "(root)";
  return { id: "story.saved.detail", values: { hasPath: hasPath ? "yes" : "no", path: issue.path, problem, more } };
}

export function savedStoriesMessage(problem: SavedStoriesProblem): NoticeMessage {
  if (problem.code === "storyDropped" || problem.code === "stepDropped") {
    const { code, detail, more, story, ...rest } = problem;
    return {
      id: `story.saved.${code}`,
      values: { ...rest, story: storyMessage(story), detail: detailMessage(detail, more) },
    };
  }
  const { code, ...rest } = problem;
  const values: Record<string, NoticeValue> = {};
  for (const [key, value] of Object.entries<string | number | SavedStoryRef>(rest))
    values[key] = typeof value === "object" ? storyMessage(value) : value;
  return { id: `story.saved.${code}`, values };
}
