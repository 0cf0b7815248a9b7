// Embedded in another page (`embed=1` in the link): the graph, a legend and the details of what
// is selected, nothing to edit. The view (filters, focus, path, layout) comes from the link;
// "Open in Tangle" opens the same view in the full app, in a new tab.
import { useMemo, useRef } from "react";
import {
  colourByShown,
  fileColourMap,
  layoutShown,
  openInTangleUrl,
  select as selectTransition,
  type AppState,
  type LoadedDataset,
  type Selection,
} from "../../state";
import type { GraphView, Scene } from "../../view";
import { DetailsPanel } from "../details/DetailsPanel";
import { GraphCanvas } from "../graph/GraphCanvas";
import type { StateUpdate } from "../app/useHashState";
import { useExplorerView } from "../app/useExplorerView";
import { useT } from "../i18n/I18nProvider";
import { EmbedLegend } from "./EmbedLegend";
import "./share.css";

export interface EmbedViewProps {
  loaded: LoadedDataset;
  state: AppState;
  update: StateUpdate;
}

const NO_SIZES: ReadonlyMap<string, number> = new Map();

export function EmbedView({ loaded, state, update }: EmbedViewProps) {
  const { dataset } = loaded;
  const t = useT();
  const viewRef = useRef<GraphView | null>(null);
  const view = useExplorerView(loaded, state);
  const fitKey = state.focus ? `${state.focus.actor}:${state.focus.depth}` : undefined;
  const colourBy = colourByShown(state, loaded.display);
  const fileColours = useMemo(
    () => (colourBy === "file" ? fileColourMap(dataset.actors) : undefined),
    [colourBy, dataset],
  );
  const scene = useMemo<Scene>(
    () => ({
      visible: view.visible,
      hiddenMode: state.filters.mode,
      emphasis: view.pathElements,
      path: view.pathElements,
      sizes: NO_SIZES,
      communities: undefined,
      fileColours,
      fitKey,
    }),
    [view.visible, state.filters.mode, view.pathElements, fileColours, fitKey],
  );
  const select = (selection: Selection | undefined) => update(selectTransition(selection));
  const fullApp = openInTangleUrl(window.location.href, state);
  const shown = { actors: view.visible.actors.size, relations: view.visible.relations.size };
  const counts = t("embed.counts", shown);

  return (
    <div className="embed">
      <header className="embed-bar">
        <h1 className="embed-title" title={dataset.title} lang={dataset.language}>
          {dataset.title}
        </h1>
        <span className="embed-counts">{counts}</span>
        <a className="embed-open" href={fullApp} target="_blank" rel="noopener">
          {t("embed.open")}
          <span aria-hidden="true"> ↗</span>
        </a>
      </header>
      <main className="embed-main">
        <div className="embed-graph">
          <GraphCanvas
            loaded={loaded}
            theme={state.theme}
            scene={scene}
            layout={layoutShown(state, loaded.display)}
            selection={state.selection}
            onSelect={select}
            viewRef={viewRef}
            label={t("embed.graphLabel", shown)}
          />
          <EmbedLegend dataset={dataset} counts={view.counts} />
        </div>
        {state.selection && (
          <div className="embed-details">
            <button
              type="button"
              className="embed-close"
              onClick={() => select(undefined)}
              aria-label={t("embed.closeDetails")}
            >
              ×
            </button>
            <DetailsPanel
              selection={state.selection}
              lookup={view.lookup}
              visibleRelations={view.filtered.relations}
              shownClaims={view.filtered.claims}
              onSelect={select}
            />
          </div>
        )}
      </main>
    </div>
  );
}
