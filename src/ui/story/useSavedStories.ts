// The drafts of the dataset on screen: read once per dataset from browser storage, written back on
// every change. Reasons for anything left out on reading are shown once as notices.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DraftStory } from "../../state";
import { readSavedStories, writeSavedStories, type ReadStories } from "./storyStorage";
import { useT } from "../i18n/I18nProvider";
import type { Notice } from "../app/notice";
import { savedStoriesMessage } from "./savedStoriesMessage";

export interface SavedStories {
  drafts: DraftStory[];
  save: (drafts: DraftStory[]) => void;
}

const NOTHING: ReadStories = { stories: [], dropped: [], storageNotes: [] };

export function useSavedStories(datasetId: string | undefined, addNotice: (notice: Notice) => void): SavedStories {
  const t = useT();
  const restored = useMemo(() => (datasetId === undefined ? NOTHING : readSavedStories(datasetId)), [datasetId]);
  const [edited, setEdited] = useState<{ datasetId: string; drafts: DraftStory[] } | undefined>();
  const announced = useRef<ReadStories | undefined>(undefined);
  // One message per run of failed saves, not one per keystroke.
  const failing = useRef(false);

  useEffect(() => {
    if (announced.current === restored) return;
    announced.current = restored;
    restored.dropped.forEach((problem) =>
      addNotice({ id: "story.savedPrefix", values: { reason: savedStoriesMessage(problem) } }),
    );
    // Whole catalogue messages ("Your saved stories could not be read: …"), in the language on screen.
    restored.storageNotes.forEach((id) => addNotice({ id }));
  }, [restored, addNotice, t]);

  const drafts = edited !== undefined && edited.datasetId === datasetId ? edited.drafts : restored.stories;
  const save = useCallback(
    (next: DraftStory[]) => {
      if (datasetId === undefined) return;
      setEdited({ datasetId, drafts: next });
      const problem = writeSavedStories(datasetId, next);
      if (problem !== undefined && !failing.current) addNotice(t(problem));
      failing.current = problem !== undefined;
    },
    [datasetId, addNotice, t],
  );
  return { drafts, save };
}
