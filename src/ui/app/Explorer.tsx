// The main screen: header, legend and filters, graph or table, paths and details.
import { useCallback, useMemo, useRef } from "react";
import { hasRelationWeights } from "../../analysis";
import {
  colourByShown,
  displayOffer,
  layoutShown,
  select as selectTransition,
  setFilters,
  type AppState,
  type CapturedStep,
  type LoadedDataset,
  type Selection,
} from "../../state";
import type { GraphView } from "../../view";
import type { EditorMount } from "../editor/useEditorMount"; // editor (issue 19)
import type { ImportOutcome } from "../files/ImportButton";
import { FilterPanel } from "../filters/FilterPanel";
import { useT } from "../i18n/I18nProvider";
import { announceSelection } from "./announceSelection";
import { captureView } from "./captureView";
import { ExplorerHeader } from "./ExplorerHeader";
import { ExplorerSidePanel } from "./ExplorerSidePanel";
import type { ExplorerParts } from "./explorerParts";
import { ExplorerViewArea } from "./ExplorerViewArea";
import { PanelToggles } from "./PanelToggles";
import { useTableMounted } from "./preloadedViews";
import { SkipLinks } from "./SkipLinks";
import { useDrawers } from "./useDrawers";
import { useExplorerPanels } from "./useExplorerPanels";
import { useExplorerTexts } from "./useExplorerTexts";
import { useExplorerView } from "./useExplorerView";
import { useGraphScene } from "./useGraphScene";
import type { StateUpdate } from "./useHashState";
import { useMetrics } from "./useMetrics";
import { useNarrowLayout } from "./useNarrowLayout";
import { useNodeAppearance } from "./useNodeAppearance";
import { useSearchTestHook } from "./useSearchTestHook";

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
  const panels = useExplorerPanels(state, storiesPanel);
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
  const appearance = useNodeAppearance(metrics, state.sizeBy, colourBy, loaded);
  const capture = () => captureView(state, view, viewRef.current);
  useSearchTestHook(view.searchIndex);
  const tableMounted = useTableMounted(view.lookup, state.view);
  // The same function across renders: the table, kept rendered while hidden, is memoised on it.
  const select = useCallback((selection: Selection | undefined) => update(selectTransition(selection)), [update]);
  const parts: ExplorerParts = { loaded, state, update, view, viewRef, onSelect: select };
  // Narrow windows: the side panels are drawers over the graph (reflow.css).
  const narrow = useNarrowLayout();
  const drawers = useDrawers(narrow, state.selection, viewRef);
  const drawerState = (name: "filters" | "details") =>
    narrow ? (drawers.open === name ? "open" : "closed") : undefined;
  const scene = useGraphScene(view, state, appearance);
  const texts = useExplorerTexts(loaded, state, view);

  return (
    <div className="explorer">
      <SkipLinks drawers={drawers} />
      <p className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
        {announceSelection(state.selection, view, t)}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcement">
        {texts.shownText}
      </p>
      <ExplorerHeader
        {...parts}
        counts={texts.counts}
        panels={panels}
        stories={storyPanel !== undefined}
        editorTools={editor?.headerTools}
        onImport={onImport}
        onPresent={onPresent}
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
          <ExplorerViewArea
            {...parts}
            layout={layout}
            colourBy={colourBy}
            offer={offer}
            metrics={metrics}
            scene={scene}
            graphLabel={texts.graphLabel}
            graphDescription={texts.graphDescription}
            asOfOpen={panels.asOfOpen}
            onCloseAsOf={panels.closeAsOf}
            tableMounted={tableMounted}
          />
          <div
            className="side-panel"
            id="side-panel"
            data-drawer={drawerState("details")}
            onKeyDown={drawers.onKeyDown("details")}
          >
            <ExplorerSidePanel
              {...parts}
              panels={panels}
              metrics={metrics}
              weighted={offer.weights}
              editor={editor}
              storyPanel={storyPanel}
              capture={capture}
            />
          </div>
        </div>
      </main>
    </div>
  );
}
