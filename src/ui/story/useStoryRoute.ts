// Which story the URL asks to present, among the dataset's stories and the teacher's drafts. An
// unknown id (a stale link, a deleted draft) gives a notice and the explorer, not a blank page.
import { useEffect, useMemo, useRef } from "react";
import type { Dataset, Story } from "../../model";
import { dropMissingStory, withStories, type DraftStory, type StoryPosition } from "../../state";
import type { StateUpdate } from "../app/useHashState";
import { useT } from "../i18n/I18nProvider";
import type { Notice } from "../app/notice";

export function useStoryRoute(
  dataset: Dataset | undefined,
  drafts: readonly DraftStory[],
  position: StoryPosition | undefined,
  update: StateUpdate,
  addNotice: (notice: Notice) => void,
): Story | undefined {
  const t = useT();
  const playable = useMemo(() => (dataset ? withStories(dataset, drafts) : undefined), [dataset, drafts]);
  const storyId = position?.id;
  const story = storyId === undefined ? undefined : playable?.stories.find((candidate) => candidate.id === storyId);
  const missing = playable !== undefined && storyId !== undefined && story === undefined;
  // Once per missing id, also when React runs effects twice in development.
  const announced = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!missing) {
      announced.current = undefined;
      return;
    }
    if (announced.current === storyId) return;
    announced.current = storyId;
    addNotice({ id: "story.missing", values: { id: storyId } });
    update(dropMissingStory(storyId));
  }, [missing, storyId, update, addNotice, t]);

  return story;
}
