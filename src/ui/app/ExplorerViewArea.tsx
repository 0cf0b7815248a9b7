// The explorer's main region: the focus bar, "as of" playback, and the graph (with its toolbar and
// community legend), the table or the timeline, whichever the state shows.
import { Activity, Suspense } from "react";
import {
  fitCamera,
  moveCamera,
  setAppearance,
  setFocus,
  setLayout,
  type ColourBy,
  type DisplayOffer,
  type LayoutName,
} from "../../state";
import type { Scene } from "../../view";
import { CommunityLegend } from "../connections/CommunityLegend";
import { FocusBar } from "../connections/FocusBar";
import { GraphCanvas, rootOf } from "../graph/GraphCanvas";
import { GraphToolbar } from "../graph/GraphToolbar";
import { useT } from "../i18n/I18nProvider";
import { AsOfSlot } from "../timeline/AsOfSlot";
import { TableView, TimelineSlot } from "./preloadedViews";
import type { ExplorerParts } from "./explorerParts";
import type { MetricsState } from "./useMetrics";

const AREA_LABEL = {
  graph: "explorer.graphRegion",
  table: "explorer.tableRegion",
  timeline: "explorer.timelineRegion",
} as const;

export interface ExplorerViewAreaProps extends ExplorerParts {
  /** The layout and colouring shown (layoutShown, colourByShown), and what the dataset offers. */
  layout: LayoutName;
  colourBy: ColourBy;
  offer: DisplayOffer & { weights: boolean };
  metrics: MetricsState;
  scene: Scene;
  graphLabel: string;
  graphDescription: string;
  asOfOpen: boolean;
  onCloseAsOf: () => void;
  /** Whether the table is rendered, shown or kept hidden (useTableMounted). */
  tableMounted: boolean;
}

export function ExplorerViewArea({
  loaded,
  state,
  update,
  view,
  viewRef,
  onSelect,
  layout,
  colourBy,
  offer,
  metrics,
  scene,
  graphLabel,
  graphDescription,
  asOfOpen,
  onCloseAsOf,
  tableMounted,
}: ExplorerViewAreaProps) {
  const t = useT();
  return (
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
        <AsOfSlot dataset={loaded.dataset} state={state} update={update} onClose={onCloseAsOf} />
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
      {state.view === "graph" && colourBy === "community" && <CommunityLegend metrics={metrics} lookup={view.lookup} />}
      <div className="graph-host" hidden={state.view !== "graph"}>
        <GraphCanvas
          loaded={loaded}
          theme={state.theme}
          scene={scene}
          layout={layout}
          selection={state.selection}
          onSelect={onSelect}
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
              graph={loaded.graph}
              lookup={view.lookup}
              actors={view.visible.actors}
              relations={view.visible.relations}
              shownClaims={view.filtered.claims}
              selection={state.selection}
              onSelect={onSelect}
            />
          </Suspense>
        </Activity>
      )}
      {state.view === "timeline" && (
        <Suspense fallback={<p className="loading">{t("explorer.openingTimeline")}</p>}>
          <TimelineSlot state={state} update={update} view={view} onSelect={onSelect} />
        </Suspense>
      )}
    </section>
  );
}
