// Everything the explorer derives from the dataset and the app state, memoised: filters, focus,
// paths, search index. Pure functions from analysis/state do the work.
import { useMemo } from "react";
import { egoNetwork, pathsWithEvidence, type ActorSearchIndex, type PathResult } from "../../analysis";
import { applyFilters, type AppState, type FilterResult } from "../../state";
import { datasetLookup, type DatasetLookup } from "../../model";
import { filterCounts, type FilterCounts } from "../../state";
import type { ElementSets } from "../../view";
import type { LoadedDataset } from "./useDataset";
import { useSearchIndex } from "./useSearchIndex";

export interface ExplorerView {
  lookup: DatasetLookup;
  /** Undefined while a large dataset is still being indexed. */
  searchIndex: ActorSearchIndex | undefined;
  filtered: FilterResult;
  counts: FilterCounts;
  /** What the graph and table show: filters, narrowed by the ego focus when there is one. */
  visible: ElementSets;
  focus: ElementSets | undefined;
  pathResult: PathResult | undefined;
  pathElements: ElementSets | undefined;
}

const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((id) => b.has(id)));

export function useExplorerView(loaded: LoadedDataset, state: AppState): ExplorerView {
  const { dataset, graph } = loaded;
  const lookup = useMemo(() => datasetLookup(dataset), [dataset]);
  const searchIndex = useSearchIndex(dataset);
  const filtered = useMemo(() => applyFilters(dataset, state.filters), [dataset, state.filters]);
  const counts = useMemo(() => filterCounts(dataset, filtered), [dataset, filtered]);
  const focusActor = state.focus?.actor;
  const focusDepth = state.focus?.depth;
  const focus = useMemo(() => {
    if (focusActor === undefined || focusDepth === undefined || !graph.hasNode(focusActor)) return undefined;
    return egoNetwork(graph, focusActor, focusDepth, { allowedRelations: filtered.relations });
  }, [graph, focusActor, focusDepth, filtered]);
  const visible = useMemo(
    () => (focus ? { actors: intersect(filtered.actors, focus.actors), relations: intersect(filtered.relations, focus.relations) } : { actors: filtered.actors, relations: filtered.relations }),
    [filtered, focus],
  );
  const path = state.path;
  const pathResult = useMemo(() => {
    if (!path) return undefined;
    return pathsWithEvidence(graph, path.from, path.to, { factsOnly: path.factsOnly, ignoreDirection: path.ignoreDirection, allowedRelations: filtered.relations, maxPaths: 10 });
  }, [graph, path, filtered]);
  const pathElements = useMemo(() => {
    if (pathResult?.kind !== "found") return undefined;
    const actors = new Set<string>();
    const relations = new Set<string>();
    for (const found of pathResult.paths) {
      found.actors.forEach((id) => actors.add(id));
      found.hops.forEach((hop) => relations.add(hop.relationId));
    }
    return { actors, relations };
  }, [pathResult]);
  return { lookup, searchIndex, filtered, counts, visible, focus, pathResult, pathElements };
}
