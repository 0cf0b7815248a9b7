// Present mode: a story played one step at a time over the whole window. The step lives in the
// URL (story id, step, hide-unconfirmed), so every step has its own link; this component only
// reads it and asks `update` to move.
import { useEffect, useMemo, useRef, useState } from "react";
import type { Story } from "../../model";
import {
  closeStory,
  exploreStep,
  goToStep,
  handoutContent,
  shownElements,
  stepRelationRows,
  toggleHideUnconfirmed,
  toggleProjector,
  firstStep,
  jumpToStep,
  lastStep,
  nextStep,
  previousStep,
  startStory,
  stepView,
  type AppState,
  type LoadedDataset,
  type PlaybackAction,
  type Selection,
  type StoryPlayback,
  type StoryPosition,
  colourByShown,
  fileColourMap,
  layoutShown,
} from "../../state";
import type { GraphView, Scene } from "../../view";
import type { StateUpdate } from "../app/useHashState";
import { GraphCanvas } from "../graph/GraphCanvas";
import { StoryPageDialog } from "../share/StoryPageDialog";
import { Handout } from "./Handout";
import { PresenterBar } from "./PresenterBar";
import { StepCaption } from "./StepCaption";
import { StepRelationList } from "./StepRelationList";
import { useFitOnResize } from "./useFitOnResize";
import { useFullscreen } from "./useFullscreen";
import { useHandout } from "./useHandout";
import { usePlaybackKeys } from "./usePlaybackKeys";
import "./story.css";
import { useT } from "../i18n/I18nProvider";

export interface PresenterProps {
  loaded: LoadedDataset;
  story: Story;
  position: StoryPosition;
  state: AppState;
  update: StateUpdate;
  /** Played from a page of its own (a story handed out as a file): no explorer to leave to. */
  standalone?: boolean;
  /** Embedded in another page: read-only like a story page, with this link to the full app. */
  openInTangle?: string;
}

const NO_SIZES: ReadonlyMap<string, number> = new Map();

export function Presenter({
  loaded,
  story,
  position,
  state,
  update,
  standalone = false,
  openInTangle,
}: PresenterProps) {
  const t = useT();
  const { dataset, lookup } = loaded;
  const root = useRef<HTMLDivElement>(null);
  const graphBox = useRef<HTMLDivElement>(null);
  const viewRef = useRef<GraphView | null>(null);
  const [selection, setSelection] = useState<Selection | undefined>();
  const playback = startStory(story, position.step);
  const hideUnconfirmed = position.hideUnconfirmed === true;
  const view = useMemo(
    () => stepView(dataset, story, playback.step, { hideUnconfirmed }),
    [dataset, story, playback.step, hideUnconfirmed],
  );
  const focus = useMemo(() => ({ actors: view.focusActors, relations: view.focusRelations }), [view]);
  const colourBy = colourByShown(state, loaded.display);
  const fileColours = useMemo(
    () => (colourBy === "file" ? fileColourMap(dataset.actors) : undefined),
    [colourBy, dataset],
  );
  const scene = useMemo<Scene>(() => {
    const shown = shownElements(view);
    return {
      visible: shown.visible,
      hiddenMode: shown.mode,
      emphasis: focus,
      path: undefined,
      sizes: NO_SIZES,
      communities: undefined,
      fileColours,
    };
  }, [view, focus, fileColours]);
  const focusIds = useMemo(() => [...focus.actors, ...focus.relations], [focus]);
  const rows = useMemo(() => stepRelationRows(lookup, view), [lookup, view]);
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen(root);
  const handout = useHandout(viewRef, dataset, story, hideUnconfirmed, () => {
    viewRef.current?.setScene(scene);
  });
  const printed =
    handout.images?.storyId === story.id && handout.images.hideUnconfirmed === hideUnconfirmed
      ? handout.images
      : undefined;
  const content = useMemo(
    () => (printed ? handoutContent(lookup, story, printed.hideUnconfirmed) : undefined),
    [printed, lookup, story],
  );

  // The camera follows the focus once the canvas has applied it (child effects run first).
  useEffect(() => viewRef.current?.fit(focusIds.length > 0 ? focusIds : undefined), [focusIds]);
  useFitOnResize(graphBox, viewRef, focusIds);

  const goTo = (next: StoryPlayback) => {
    if (next === playback || handout.preparing) return;
    update(goToStep(next.step));
  };
  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    update(closeStory);
  };
  const explore = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    update(exploreStep(loaded.graph, view));
  };
  const onAction = (action: PlaybackAction) => {
    if (action === "next") goTo(nextStep(playback));
    else if (action === "previous") goTo(previousStep(playback));
    else if (action === "first") goTo(firstStep(playback));
    else if (action === "last") goTo(lastStep(playback));
    else if (action === "exit") {
      if (!standalone) exit();
    } else if (action === "fullscreen") toggleFullscreen();
    else goTo(jumpToStep(playback, action.jump));
  };
  usePlaybackKeys(onAction);

  return (
    <div className="presenter" ref={root}>
      <PresenterBar
        title={story.title}
        lang={dataset.language}
        playback={playback}
        hideUnconfirmed={hideUnconfirmed}
        fullscreen={fullscreen}
        preparingHandout={handout.preparing}
        onPrevious={() => onAction("previous")}
        onNext={() => onAction("next")}
        onExplore={standalone ? undefined : explore}
        onHideUnconfirmed={() => update(toggleHideUnconfirmed)}
        onFullscreen={toggleFullscreen}
        projector={state.theme === "projector"}
        onProjector={() => update(toggleProjector)}
        onPrint={handout.print}
        onExit={standalone ? undefined : exit}
        extraControls={
          openInTangle !== undefined ? (
            <a className="presenter-open" href={openInTangle} target="_blank" rel="noopener">
              Open in Tangle<span aria-hidden="true"> ↗</span>
            </a>
          ) : standalone ? undefined : (
            <StoryPageDialog
              dataset={dataset}
              story={story}
              hideUnconfirmed={hideUnconfirmed}
              projector={state.theme === "projector"}
            />
          )
        }
      />
      {handout.error && (
        <p className="presenter-error" role="alert">
          {t("handout.failed")}
        </p>
      )}
      <main className="presenter-main" aria-label={t("presenter.stepRegion")}>
        <div className="presenter-graph" ref={graphBox}>
          <GraphCanvas
            loaded={loaded}
            theme={state.theme}
            scene={scene}
            layout={layoutShown(state, loaded.display)}
            selection={selection}
            onSelect={setSelection}
            viewRef={viewRef}
            keyboard={false}
            label={t("presenter.graphLabel", {
              step: playback.step + 1,
              actors: focus.actors.size,
              relations: focus.relations.size,
            })}
          />
        </div>
        <StepRelationList rows={rows} hidden={view.hiddenStatuses} lang={dataset.language} />
      </main>
      <StepCaption caption={view.caption} lang={dataset.language} />
      {printed && content && (
        <Handout
          dataset={dataset}
          story={story}
          content={content}
          images={printed.urls}
          hideUnconfirmed={printed.hideUnconfirmed}
        />
      )}
    </div>
  );
}
