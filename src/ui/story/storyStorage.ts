// The teacher's drafts in localStorage, one key per dataset. Storage can be full, switched off or
// hold something else entirely: every outcome is a value with a reason, never an exception.
import { encodeSavedStories, restoreSavedStories, type DraftStory, type RestoredStories } from "../../state";
import type { MessageId } from "../i18n/catalogues";

export const storiesKey = (datasetId: string): string => `tangle.stories.v1.${datasetId}`;

export function readSavedStories(datasetId: string): RestoredStories {
  let text: string | null;
  try {
    text = window.localStorage.getItem(storiesKey(datasetId));
  } catch {
    return { stories: [], dropped: ["Your saved stories could not be read: this browser's storage is switched off."] };
  }
  const restored = restoreSavedStories(text, datasetId);
  // A save that could not be read is kept apart before the next save overwrites it.
  if (text !== null && restored.stories.length === 0 && restored.dropped.length > 0) {
    try {
      window.localStorage.setItem(`${storiesKey(datasetId)}.set-aside`, text);
      return { ...restored, dropped: [...restored.dropped, "It was set aside in this browser's storage, not deleted."] };
    } catch {
      // Storage is full: the unreadable save stays where it was until the next save.
    }
  }
  return restored;
}

/** Undefined when saved; otherwise the catalogue message to show. */
export function writeSavedStories(datasetId: string, drafts: readonly DraftStory[]): MessageId | undefined {
  try {
    if (drafts.length === 0) window.localStorage.removeItem(storiesKey(datasetId));
    else window.localStorage.setItem(storiesKey(datasetId), encodeSavedStories(datasetId, drafts, new Date().toISOString()));
    return undefined;
  } catch {
    return "story.notSaved";
  }
}
