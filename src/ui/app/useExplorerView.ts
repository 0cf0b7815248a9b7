// The explorer's derived state (src/state/explorerView.ts), memoised step by step so that a
// selection change recomputes nothing and a filter change only what follows it; plus the search index.
import { useMemo } from "react";
import type { ActorSearchIndex } from "../../analysis";
import type { DatasetLookup } from "../../model";
import {
  applyFilters,
  filterCounts,
  findPaths,
  focusNetwork,
  pathElements,
  visibleElements,
  type AppState,
  type ExplorerView,
  type LoadedDataset,
} from "../../state";
import { useSearchIndex } from "./useSearchIndex";

export interface ExplorerViewWithSearch extends ExplorerView {
  lookup: DatasetLookup;
  /** Undefined while a large dataset is still being indexed. */
  searchIndex: ActorSearchIndex | undefined;
}

export function useExplorerView(loaded: LoadedDataset, state: AppState): ExplorerViewWithSearch {
  const { dataset, graph, lookup } = loaded;
  const searchIndex = useSearchIndex(dataset);
  const filtered = useMemo(() => applyFilters(dataset, state.filters), [dataset, state.filters]);
  const counts = useMemo(() => filterCounts(dataset, filtered), [dataset, filtered]);
  const focus = useMemo(() => focusNetwork(graph, state.focus, filtered), [graph, state.focus, filtered]);
  const visible = useMemo(() => visibleElements(filtered, focus), [filtered, focus]);
  const pathResult = useMemo(() => findPaths(graph, state.path, filtered), [graph, state.path, filtered]);
  const path = useMemo(() => pathElements(pathResult), [pathResult]);
  return { lookup, searchIndex, filtered, counts, visible, focus, pathResult, pathElements: path };
}
