// Top level: loads the dataset named in the link (or the first shipped one), then the explorer.
// Imports replace the dataset only when they are valid; otherwise their problems are listed
// and the network on screen stays as it was.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Dataset } from "../../model";
import { openDataset, openInTangleUrl, playStory, setLanguage, type UiLanguage } from "../../state";
import type { ImportOutcome } from "../files/ImportButton";
import { ImportFlow } from "../files/ImportFlow";
import { saveImported } from "../files/importedStore";
import { useSavedStories } from "../story/useSavedStories";
import { useStoryRoute } from "../story/useStoryRoute";
import { Explorer } from "./Explorer";
import { IssueList } from "./IssueList";
import { Notices } from "./Notices";
import { exposeTestHook } from "./testHook";
import { useDataset } from "./useDataset";
import { useHashState } from "./useHashState";
import { focusedElement, returnFocus } from "./useReturnFocus";
import { I18nProvider, useT } from "../i18n/I18nProvider";
import { initialLanguage, saveLanguage } from "../i18n/language";
import { loadEditor, useEditorMount } from "../editor/useEditorMount"; // editor (issue 19), light: the editor loads on demand

// Classroom views load when first opened, keeping the first page light.
const Presenter = lazy(() => import("../story/Presenter").then((module) => ({ default: module.Presenter })));
const EmbedView = lazy(() => import("../share/EmbedView").then((module) => ({ default: module.EmbedView })));
const StoryEditor = lazy(() => import("../story/StoryEditor").then((module) => ({ default: module.StoryEditor })));

export function App() {
  const hashState = useHashState();
  // The link's language wins; else the saved setting or the browser's, read once.
  const [fallbackLanguage] = useState(initialLanguage);
  const chooseLanguage = (lang: UiLanguage) => {
    saveLanguage(lang);
    hashState.update(setLanguage(lang));
  };
  return (
    <I18nProvider lang={hashState.state.lang ?? fallbackLanguage} onChoose={chooseLanguage}>
      <Screens {...hashState} />
    </I18nProvider>
  );
}

function Screens({ state, update, notices, addNotice, dismissNotice }: ReturnType<typeof useHashState>) {
  const t = useT();
  const [status, openLoaded, openLoadedInSlices] = useDataset(state.datasetId, addNotice);
  const [importProblems, setImportProblems] = useState<ImportOutcome | undefined>();
  // Kept here, not in the explorer, so the panel is still open after previewing a story.
  const [storiesOpen, setStoriesOpen] = useState(false);
  const ready = status.kind === "ready" ? status.loaded : undefined;
  const saved = useSavedStories(ready?.dataset.id, addNotice);
  const story = useStoryRoute(ready?.dataset, saved.drafts, state.story, update, addNotice);
  // The dataset's own first story, else the teacher's first saved one that has steps.
  const firstStory = ready?.dataset.stories[0]?.id ?? saved.drafts.find((draft) => draft.steps.length > 0)?.id;
  // EDITOR MOUNT (issue 19): editing session, network bar and editor panel.
  const show = useCallback((dataset: Dataset) => openLoaded(dataset, "edited"), [openLoaded]);
  const editor = useEditorMount({ dataset: ready?.dataset, show, state, update, notice: addNotice });
  // The control that started a story gets focus back when it ends (the explorer is redrawn).
  const presentedFrom = useRef<HTMLElement | undefined>(undefined);
  const play = (id: string, step: number) => {
    presentedFrom.current = focusedElement();
    update(playStory(id, step));
  };
  const presenting = Boolean(ready && story && state.story);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    const ended = wasPresenting.current && !presenting;
    wasPresenting.current = presenting;
    if (!ended) return;
    const opener = presentedFrom.current;
    presentedFrom.current = undefined;
    requestAnimationFrame(() => returnFocus(opener, () => document.getElementById("graph-canvas")));
  }, [presenting]);

  useEffect(() => exposeTestHook({ state: () => state }), [state]);
  useEffect(() => {
    document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  const onImport = (outcome: ImportOutcome) => {
    const { result } = outcome;
    if (!result.ok) {
      setImportProblems(outcome);
      return;
    }
    // The report of an accepted file lists its warnings only: it keeps no file texts (a 20k
    // file's text is 42 MiB of heap), which only a mapping step or a partial import reads again.
    setImportProblems(result.warnings.length > 0 ? { ...outcome, files: [] } : undefined);
    accept(result.dataset, outcome);
  };

  // An import the person accepted (whole, or the valid part of a file with bad rows). Its graph is
  // built between frames (a 20k-actor graph is ~0.6 s of work); the app switches to it once built.
  const accept = (dataset: Dataset, outcome: ImportOutcome) =>
    openLoadedInSlices(dataset, "imported", () => {
      performance.mark("tangle:graph-built");
      update(openDataset(dataset.id));
      addNotice({
        id: "app.opened",
        values: { file: outcome.file, actors: dataset.actors.length, relations: dataset.relations.length },
      });
      // EDITOR MOUNT (issue 19): imports are listed in the library; likely duplicates are pointed out.
      // The import worker keeps a valid file there itself (storing clones the dataset: ~0.5 s of main
      // thread at 20k); the valid part of a file, or one the worker could not keep, is kept from here.
      void loadEditor().then((editorCode) => editorCode.afterImport(dataset, addNotice, outcome.keptInLibrary));
      void saveImported(dataset.id, outcome.files).then((kept) => {
        if (!kept) addNotice({ id: "app.notKept", values: { file: outcome.file } });
      });
    });

  return (
    <div className="app">
      <Notices notices={notices} onDismiss={dismissNotice} />
      {editor.host /* EDITOR MOUNT (issue 19): the editing session, once the editor's code is loaded */}
      {importProblems && (
        <ImportFlow
          outcome={importProblems}
          onOutcome={onImport}
          onAccept={(dataset) => {
            setImportProblems(undefined);
            accept(dataset, importProblems);
          }}
          onClose={() => setImportProblems(undefined)}
        />
      )}
      {status.kind === "loading" && <p className="loading">{t("app.loadingNetwork")}</p>}
      {status.kind === "failed" && (
        <IssueList title={t("app.datasetFailed")} file={status.file} issues={status.issues} />
      )}
      {ready && story && state.story && (
        <Suspense fallback={<p className="loading">{t("app.openingStory")}</p>}>
          <Presenter
            loaded={ready}
            story={story}
            position={state.story}
            state={state}
            update={update}
            standalone={state.embed}
            openInTangle={state.embed ? openInTangleUrl(window.location.href, state) : undefined}
          />
        </Suspense>
      )}
      {ready && !story && state.embed && (
        <Suspense fallback={<p className="loading">{t("app.loadingNetwork")}</p>}>
          <EmbedView loaded={ready} state={state} update={update} />
        </Suspense>
      )}
      {ready && !story && !state.embed && (
        <Explorer
          loaded={ready}
          state={state}
          update={update}
          onImport={onImport}
          onPresent={firstStory ? () => play(firstStory, 0) : undefined}
          editor={editor} /* EDITOR MOUNT (issue 19) */
          storiesPanel={{ open: storiesOpen, onToggle: () => setStoriesOpen((open) => !open) }}
          storyPanel={(capture) => (
            <Suspense fallback={<p className="loading">{t("app.openingStories")}</p>}>
              <StoryEditor
                dataset={ready.dataset}
                drafts={saved.drafts}
                onDrafts={saved.save}
                capture={capture}
                onPlay={play}
                onNotice={addNotice}
              />
            </Suspense>
          )}
        />
      )}
    </div>
  );
}
