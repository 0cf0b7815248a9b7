// The main screen: header, legend and filters, graph or table, paths and details.
import { Activity, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { hasRelationWeights, searchActors } from "../../analysis";
import type { DatasetLookup } from "../../model";
import {
  fitCamera,
  moveCamera,
  search,
  select as selectTransition,
  setAppearance,
  setFilters,
  setFocus,
  setLayout,
  setPath,
  setTheme,
  showView,
} from "../../state";
import {
  asOfMonth,
  colourByShown,
  displayOffer,
  layoutShown,
  type AppState,
  type CapturedStep,
  type LoadedDataset,
  type Selection,
} from "../../state";
import type { GraphView, Scene } from "../../view";
import { CommunityLegend } from "../connections/CommunityLegend";
import { FocusBar } from "../connections/FocusBar";
import { degreeOf, MetricsSection } from "../connections/MetricsSection";
import { PathFinder } from "../connections/PathFinder";
import { DetailsPanel } from "../details/DetailsPanel";
import { FilterPanel } from "../filters/FilterPanel";
import { GraphCanvas, rootOf } from "../graph/GraphCanvas";
import { GraphToolbar } from "../graph/GraphToolbar";
import { describeGraph, describeShown } from "../graph/describeGraph";
import { SearchBox } from "../search/SearchBox";
import { EmbedDialog } from "../share/EmbedDialog";
import { AsOfSlot } from "../timeline/AsOfSlot";
import { prefetchTable } from "../table/prefetchTable";
import { lazyWithPreload } from "./lazyWithPreload";

import { AppHeader } from "./AppHeader";
import { ExplorerTools } from "./ExplorerTools";
import type { ImportOutcome } from "../files/ImportButton";
import { ActorActions } from "./ActorActions";
import { useExplorerView } from "./useExplorerView";
import type { StateUpdate } from "./useHashState";
import { useMetrics } from "./useMetrics";
import { useNodeAppearance } from "./useNodeAppearance";
import { announceSelection } from "./announceSelection";
import { captureView } from "./captureView";
import { exposeTestHook } from "./testHook";
import { PanelToggles } from "./PanelToggles";
import { useDrawers } from "./useDrawers";
import { useNarrowLayout } from "./useNarrowLayout";
import { useT } from "../i18n/I18nProvider";
import { EditorPanelSlot, type EditorMount } from "../editor/useEditorMount"; // editor (issue 19)

export interface ExplorerProps {
  loaded: LoadedDataset;
  state: AppState;
  update: StateUpdate;
  onImport: (outcome: ImportOutcome) => void;
  onPresent?: () => void;
  /** The story authoring panel; `capture` describes the current view as a new step. */
  storyPanel?: (capture: () => CapturedStep) => React.ReactNode;
  /** Whether the story panel is open, when the caller keeps that across explorer visits. */
  storiesPanel?: { open: boolean; onToggle: () => void };
  /** EDITOR MOUNT (issue 19): the network bar in the header and the editor panel beside the graph. */
  editor?: EditorMount;
}

const TableView = lazyWithPreload(() => import("../table/TableView").then((module) => module.TableView));
const TimelineSlot = lazyWithPreload(() => import("../timeline/TimelineSlot").then((module) => module.TimelineSlot));
const preloadViews = () => {
  void TableView.preload();
  void TimelineSlot.preload();
};
const AREA_LABEL = {
  graph: "explorer.graphRegion",
  table: "explorer.tableRegion",
  timeline: "explorer.timelineRegion",
} as const;

export function Explorer({
  loaded,
  state,
  update,
  onImport,
  onPresent,
  storyPanel,
  storiesPanel,
  editor,
}: ExplorerProps) {
  const t = useT();
  const { dataset, graph } = loaded;
  const viewRef = useRef<GraphView | null>(null);
  const [pathsOpen, setPathsOpen] = useState(state.path !== undefined);
  const [storiesOpenHere, setStoriesOpenHere] = useState(false);
  // "As of" playback (src/ui/timeline): open when the link shows one month.
  const [asOfOpen, setAsOfOpen] = useState(asOfMonth(state) !== undefined);
  // The app may own this state, so the panel is still open after previewing a story.
  const storiesOpen = storiesPanel?.open ?? storiesOpenHere;
  const toggleStories = () => (storiesPanel ? storiesPanel.onToggle() : setStoriesOpenHere((open) => !open));
  // Bumped by "Find paths from here" so the path finder restarts with that actor as its start.
  const [pathStart, setPathStart] = useState<string | undefined>();
  const view = useExplorerView(loaded, state);
  const layout = layoutShown(state, loaded.display);
  const colourBy = colourByShown(state, loaded.display);
  const offer = useMemo(
    () => ({ ...displayOffer(loaded.display), weights: hasRelationWeights(graph) }),
    [loaded, graph],
  );
  const metrics = useMetrics(
    graph,
    (state.sizeBy !== "none" && state.sizeBy !== "file") ||
      colourBy === "community" ||
      state.selection?.type === "actor",
  );
  const { sizes, communities, fileColours } = useNodeAppearance(metrics, state.sizeBy, colourBy, loaded);
  const capture = () => captureView(state, view, viewRef.current);
  const searchIndex = view.searchIndex;
  useEffect(() => {
    exposeTestHook({
      searchMs: (query) => {
        if (!searchIndex) return Number.NaN;
        const started = performance.now();
        searchActors(searchIndex, query, 12);
        return performance.now() - started;
      },
    });
  }, [searchIndex]);
  // The table's and timeline's code and the table's name ranks, while idle: their first opening
  // then paints sooner.
  const [tableReadyFor, setTableReadyFor] = useState<DatasetLookup>();
  useEffect(() => prefetchTable(view.lookup, preloadViews, () => setTableReadyFor(view.lookup)), [view.lookup]);
  // Once ready, the table is kept rendered while hidden (React's Activity renders hidden content
  // when the page is idle), so that switching to it only shows it: at 80k rows its first render
  // took ~80 ms of the 100 ms budget for its first rows (docs/performance.md).
  const tableMounted = state.view === "table" || tableReadyFor === view.lookup;
  const select = (selection: Selection | undefined) => update(selectTransition(selection));
  // Narrow windows: the side panels are drawers over the graph (reflow.css).
  const narrow = useNarrowLayout();
  const drawers = useDrawers(narrow, state.selection, viewRef);
  const drawerState = (name: "filters" | "details") =>
    narrow ? (drawers.open === name ? "open" : "closed") : undefined;
  const fitKey = state.focus ? `${state.focus.actor}:${state.focus.depth}` : undefined;
  const scene = useMemo<Scene>(
    () => ({
      visible: view.visible,
      hiddenMode: state.filters.mode,
      emphasis: view.pathElements,
      path: view.pathElements,
      sizes,
      communities,
      fileColours,
      fitKey,
      camera: state.camera,
    }),
    [view.visible, state.filters.mode, view.pathElements, sizes, communities, fileColours, fitKey, state.camera],
  );
  const counts = t("explorer.counts", {
    actors: view.visible.actors.size,
    totalActors: dataset.actors.length,
    relations: view.visible.relations.size,
    totalRelations: dataset.relations.length,
  });
  const descriptionInput = {
    lookup: view.lookup,
    visible: view.visible,
    focus: view.focus ? state.focus : undefined,
    selection: state.selection,
    pathLength: view.pathElements?.relations.size,
  };
  const shownText = describeShown(descriptionInput, t);
  const graphDescription = describeGraph(descriptionInput, t);
  const graphLabel = useMemo(
    () => t("explorer.graphLabel", { actors: dataset.actors.length, relations: dataset.relations.length }),
    [dataset, t],
  );

  return (
    <div className="explorer">
      <nav className="skip-links" aria-label={t("explorer.skipLinks")}>
        {/* Buttons, not #anchors: the hash belongs to the app state. The graph comes first: it is what the page is for. */}
        <button type="button" onClick={skipToGraph}>
          {t("explorer.skipGraph")}
        </button>
        <button type="button" onClick={() => drawers.reveal("details")}>
          {t("explorer.skipDetails")}
        </button>
        <button type="button" onClick={() => drawers.reveal("filters")}>
          {t("explorer.skipFilters")}
        </button>
      </nav>
      <p className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
        {announceSelection(state.selection, view, t)}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcement">
        {shownText}
      </p>
      <AppHeader
        title={dataset.title}
        lang={dataset.language}
        counts={counts}
        view={state.view}
        onView={(mode) => update(showView(mode))}
        search={
          <SearchBox
            index={view.searchIndex}
            query={state.query}
            shortcut
            onQuery={(query) => update(search(query))}
            onPick={(id) => select({ type: "actor", id })}
          />
        }
        tools={
          <>
            {editor?.headerTools /* EDITOR MOUNT (issue 19) */}
            <button type="button" aria-pressed={pathsOpen} onClick={() => setPathsOpen((open) => !open)}>
              {t("explorer.paths")}
            </button>
            <button type="button" aria-pressed={asOfOpen} onClick={() => setAsOfOpen((open) => !open)}>
              {t("explorer.asOf")}
            </button>
            {storyPanel && (
              <button type="button" aria-pressed={storiesOpen} onClick={toggleStories}>
                {t("explorer.stories")}
              </button>
            )}
            <ExplorerTools
              dataset={dataset}
              visible={view.visible}
              viewRef={viewRef}
              theme={state.theme}
              onTheme={(theme) => update(setTheme(theme))}
              onImport={onImport}
              onPresent={onPresent}
            />
            <EmbedDialog dataset={dataset} state={state} />
          </>
        }
      />
      <main className="explorer-main">
        {narrow && <PanelToggles drawers={drawers} />}
        <div className="explorer-body">
          <div
            className="drawer-wrap"
            id="filters-drawer"
            data-drawer={drawerState("filters")}
            onKeyDown={drawers.onKeyDown("filters")}
          >
            <FilterPanel
              dataset={dataset}
              filters={state.filters}
              counts={view.counts}
              colourBy={colourBy}
              onChange={(filters) => update(setFilters(filters))}
            />
          </div>
          <section className="graph-area" id="graph-area" tabIndex={-1} aria-label={t(AREA_LABEL[state.view])}>
            {state.focus && view.focus && (
              <FocusBar
                focus={state.focus}
                lookup={view.lookup}
                shown={view.visible.actors.size}
                onChange={(focus) => update(setFocus(focus))}
              />
            )}
            {asOfOpen && state.view !== "table" && (
              <AsOfSlot dataset={dataset} state={state} update={update} onClose={() => setAsOfOpen(false)} />
            )}
            {state.view === "graph" && (
              <GraphToolbar
                layout={layout}
                sizeBy={state.sizeBy}
                colourBy={colourBy}
                offer={offer}
                onAppearance={(patch) => update(setAppearance(patch))}
                onLayout={(layout) => {
                  viewRef.current?.layout(layout, rootOf(state.selection));
                  update(setLayout(layout));
                }}
                onFit={() => {
                  viewRef.current?.fit();
                  update(fitCamera);
                }}
                onZoom={(factor) => viewRef.current?.zoomBy(factor)}
              />
            )}
            {state.view === "graph" && colourBy === "community" && (
              <CommunityLegend metrics={metrics} lookup={view.lookup} />
            )}
            <div className="graph-host" hidden={state.view !== "graph"}>
              <GraphCanvas
                loaded={loaded}
                theme={state.theme}
                scene={scene}
                layout={layout}
                selection={state.selection}
                onSelect={select}
                viewRef={viewRef}
                label={graphLabel}
                onCamera={(camera) => update(moveCamera(camera))}
                description={graphDescription}
              />
            </div>
            {tableMounted && (
              <Activity mode={state.view === "table" ? "visible" : "hidden"}>
                <Suspense fallback={<p className="loading">{t("explorer.openingTable")}</p>}>
                  <TableView
                    graph={graph}
                    lookup={view.lookup}
                    actors={view.visible.actors}
                    relations={view.visible.relations}
                    shownClaims={view.filtered.claims}
                    selection={state.selection}
                    onSelect={select}
                  />
                </Suspense>
              </Activity>
            )}
            {state.view === "timeline" && (
              <Suspense fallback={<p className="loading">{t("explorer.openingTimeline")}</p>}>
                <TimelineSlot state={state} update={update} view={view} onSelect={select} />
              </Suspense>
            )}
          </section>
          <div
            className="side-panel"
            id="side-panel"
            data-drawer={drawerState("details")}
            onKeyDown={drawers.onKeyDown("details")}
          >
            {editor && <EditorPanelSlot render={editor.panel} viewRef={viewRef} /> /* EDITOR MOUNT (issue 19) */}
            {storiesOpen && storyPanel && <StoryPanelSlot render={storyPanel} capture={capture} />}
            {pathsOpen && (
              <PathFinder
                key={pathStart}
                initialFrom={pathStart}
                index={view.searchIndex}
                lookup={view.lookup}
                query={state.path}
                result={view.pathResult}
                onQuery={(path) => update(setPath(path))}
                onSelect={select}
              />
            )}
            <DetailsPanel
              selection={state.selection}
              lookup={view.lookup}
              visibleRelations={view.filtered.relations}
              shownClaims={view.filtered.claims}
              onSelect={select}
              actorExtras={(id) => (
                <>
                  <ActorActions
                    actorId={id}
                    state={state}
                    update={update}
                    onPathFrom={(id) => {
                      setPathStart(id);
                      setPathsOpen(true);
                    }}
                  />
                  <MetricsSection
                    actorId={id}
                    metrics={metrics}
                    degree={degreeOf(graph, id)}
                    weighted={offer.weights}
                  />
                </>
              )}
            />
          </div>
        </div>
      </main>
    </div>
  );
}

/** The graph when it is shown, else the region that holds the tables. */
function skipToGraph() {
  const canvas = document.getElementById("graph-canvas");
  if (canvas && canvas.offsetParent !== null) canvas.focus();
  else document.getElementById("graph-area")?.focus();
}

/** Calls the story panel's render prop as a component, so `capture` (which reads the graph view) runs on click, not during render. */
function StoryPanelSlot({
  render,
  capture,
}: {
  render: (capture: () => CapturedStep) => React.ReactNode;
  capture: () => CapturedStep;
}) {
  return render(capture);
}
