// The teacher's drafts in localStorage, one key per dataset. Storage can be full, switched off or
// hold something else entirely: every outcome is a value with a reason, never an exception.
import { encodeSavedStories, restoreSavedStories, type DraftStory, type RestoredStories } from "../../state";
import type { MessageId } from "../i18n/catalogues";

export const storiesKey = (datasetId: string): string => `tangle.stories.v1.${datasetId}`;

/** What was read, and the catalogue messages about the storage itself (shown after `dropped`). */
export interface ReadStories extends RestoredStories {
  storageNotes: MessageId[];
}

export function readSavedStories(datasetId: string): ReadStories {
  let text: string | null;
  try {
    text = window.localStorage.getItem(storiesKey(datasetId));
  } catch {
    return { stories: [], dropped: [], storageNotes: ["story.storageOff"] };
  }
  const restored = restoreSavedStories(text, datasetId);
  // A save that could not be read is kept apart before the next save overwrites it.
  if (text !== null && restored.stories.length === 0 && restored.dropped.length > 0) {
    try {
      window.localStorage.setItem(`${storiesKey(datasetId)}.set-aside`, text);
      return { ...restored, storageNotes: ["story.setAside"] };
    } catch {
      // Storage is full: the unreadable save stays where it was until the next save.
    }
  }
  return { ...restored, storageNotes: [] };
}

/** Undefined when saved; otherwise the catalogue message to show. */
export function writeSavedStories(datasetId: string, drafts: readonly DraftStory[]): MessageId | undefined {
  try {
    if (drafts.length === 0) window.localStorage.removeItem(storiesKey(datasetId));
    else
      window.localStorage.setItem(
        storiesKey(datasetId),
        encodeSavedStories(datasetId, drafts, new Date().toISOString()),
      );
    return undefined;
  } catch {
    return "story.notSaved";
  }
}
