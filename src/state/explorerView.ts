// What the explorer derives from the dataset and the app state, in one chain (Gephi Lite's shape):
// dataset → filtered → focus (ego network) → visible; and the paths between two actors. Each step
// is a pure function, so the UI can memoise them one by one (src/ui/app/useExplorerView.ts).
import { egoNetwork, pathsWithEvidence, type EgoNetwork, type PathResult } from "../analysis";
import type { ActorGraph } from "../model";
import type { AppState, ElementSets, Focus, PathQuery } from "./appState";
import { applyFilters, type FilterResult } from "./filters";
import { filterCounts, type FilterCounts } from "./filterCounts";
import type { LoadedDataset } from "./loadedDataset";

export interface ExplorerView {
  filtered: FilterResult;
  counts: FilterCounts;
  /** The ego network of the focused actor, within the filters. */
  focus: EgoNetwork | undefined;
  /** What the graph and table show: filters, narrowed by the ego focus when there is one. */
  visible: ElementSets;
  pathResult: PathResult | undefined;
  pathElements: ElementSets | undefined;
}

const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((id) => b.has(id)));

export function focusNetwork(
  graph: ActorGraph,
  focus: Focus | undefined,
  filtered: FilterResult,
): EgoNetwork | undefined {
  if (!focus || !graph.hasNode(focus.actor)) return undefined;
  return egoNetwork(graph, focus.actor, focus.depth, { allowedRelations: filtered.relations });
}

export function visibleElements(filtered: FilterResult, focus: ElementSets | undefined): ElementSets {
  if (!focus) return { actors: filtered.actors, relations: filtered.relations };
  return {
    actors: intersect(filtered.actors, focus.actors),
    relations: intersect(filtered.relations, focus.relations),
  };
}

export function findPaths(
  graph: ActorGraph,
  path: PathQuery | undefined,
  filtered: FilterResult,
): PathResult | undefined {
  if (!path) return undefined;
  return pathsWithEvidence(graph, path.from, path.to, {
    factsOnly: path.factsOnly,
    ignoreDirection: path.ignoreDirection,
    allowedRelations: filtered.relations,
    maxPaths: 10,
  });
}

/** Every actor and relation on any of the paths found. */
export function pathElements(result: PathResult | undefined): ElementSets | undefined {
  if (result?.kind !== "found") return undefined;
  const actors = new Set<string>();
  const relations = new Set<string>();
  for (const found of result.paths) {
    found.actors.forEach((id) => actors.add(id));
    found.hops.forEach((hop) => relations.add(hop.relationId));
  }
  return { actors, relations };
}

/** The whole chain at once; the UI runs the same steps memoised. */
export function explorerView(
  { dataset, graph }: LoadedDataset,
  state: Pick<AppState, "filters" | "focus" | "path">,
): ExplorerView {
  const filtered = applyFilters(dataset, state.filters);
  const focus = focusNetwork(graph, state.focus, filtered);
  const pathResult = findPaths(graph, state.path, filtered);
  return {
    filtered,
    counts: filterCounts(dataset, filtered),
    focus,
    visible: visibleElements(filtered, focus),
    pathResult,
    pathElements: pathElements(pathResult),
  };
}
