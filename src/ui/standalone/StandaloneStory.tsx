// The app inside a story page (src/io/storyPage.ts): reads the page's data block, checks it like
// any dataset, and plays the story with the presenter. No explorer, no network, no storage.
import { useCallback, useEffect, useMemo, useState } from "react";
import { readStoryPage, STORY_PAGE_DATA_ID } from "../../io/storyPage";
import { DEFAULT_STATE, loadDataset, playStory, type AppState, type Transition } from "../../state";
import { IssueList } from "../app/IssueList";
import { Presenter } from "../story/Presenter";
import { useT } from "../i18n/I18nProvider";

const pageText = (): string => document.getElementById(STORY_PAGE_DATA_ID)?.textContent ?? "";

export function StandaloneStory() {
  const t = useT();
  const read = useMemo(() => readStoryPage(pageText()), []);
  const loaded = useMemo(() => (read.ok ? loadDataset(read.data.dataset, "shipped") : undefined), [read]);
  const [state, setState] = useState<AppState>(() => ({
    ...DEFAULT_STATE,
    datasetId: read.ok ? read.data.dataset.id : undefined,
    theme: read.ok && read.data.projector ? "projector" : "light",
    story: read.ok
      ? { id: read.data.storyId, step: 0, hideUnconfirmed: read.data.hideUnconfirmed || undefined }
      : undefined,
  }));
  const update = useCallback((transition: Transition) => setState(transition), []);

  useEffect(() => {
    document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  if (!read.ok || !loaded)
    return (
      <IssueList title={t("standalone.damaged")} file={t("standalone.pageData")} issues={read.ok ? [] : read.issues} />
    );
  if (!state.story) {
    return (
      <p className="loading">
        <button type="button" onClick={() => update(playStory(read.story.id, 0))}>
          {t("standalone.playAgain", { title: read.story.title })}
        </button>
      </p>
    );
  }
  return (
    <Presenter loaded={loaded} story={read.story} position={state.story} state={state} update={update} standalone />
  );
}
