// The main screen: header, filters and legend, graph, details.
import { useMemo, useRef, useState } from "react";
import { applyFilters, type AppState, type Selection } from "../../state";
import type { GraphView } from "../../view";
import { datasetLookup } from "../details/datasetLookup";
import { DetailsPanel } from "../details/DetailsPanel";
import { GraphCanvas } from "../graph/GraphCanvas";
import { GraphToolbar } from "../graph/GraphToolbar";
import type { LoadedDataset } from "./useDataset";
import type { StateUpdate } from "./useHashState";

export interface ExplorerProps {
  loaded: LoadedDataset;
  state: AppState;
  update: StateUpdate;
  onImported: (loaded: LoadedDataset) => void;
  addNotice: (text: string) => void;
}

export function Explorer({ loaded, state, update }: ExplorerProps) {
  const { dataset } = loaded;
  const viewRef = useRef<GraphView | null>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const lookup = useMemo(() => datasetLookup(dataset), [dataset]);
  const filtered = useMemo(() => applyFilters(dataset, state.filters), [dataset, state.filters]);
  const visible = useMemo(() => ({ actors: filtered.actors, relations: filtered.relations }), [filtered]);
  const noSizes = useMemo(() => new Map<string, number>(), []);
  const select = (selection: Selection | undefined) => update((current) => ({ ...current, selection }));

  return (
    <div className="explorer">
      <header className="app-header">
        <h1 className="dataset-title">{dataset.title}</h1>
        <p className="counts" aria-live="polite">
          {filtered.actors.size} of {dataset.actors.length} actors · {filtered.relations.size} of {dataset.relations.length} relations shown
        </p>
      </header>
      <main className="explorer-main">
        <section className="graph-area" aria-label="Network graph">
          <GraphToolbar
            layout={state.layout}
            onLayout={(layout) => {
              update((current) => ({ ...current, layout }));
              setLayoutRun((run) => run + 1);
            }}
            onFit={() => viewRef.current?.fit()}
            onZoom={(factor) => viewRef.current?.zoomBy(factor)}
          />
          <GraphCanvas
            loaded={loaded}
            theme={state.theme}
            visible={visible}
            hiddenMode={state.filters.mode}
            selection={state.selection}
            focus={undefined}
            path={undefined}
            layout={state.layout}
            layoutRun={layoutRun}
            sizes={noSizes}
            communities={undefined}
            onSelect={select}
            viewRef={viewRef}
            label={`Network of ${dataset.actors.length} actors and ${dataset.relations.length} relations. The table view lists the same data.`}
          />
        </section>
        <DetailsPanel selection={state.selection} lookup={lookup} visibleRelations={filtered.relations} shownClaims={filtered.claims} onSelect={select} />
      </main>
    </div>
  );
}
