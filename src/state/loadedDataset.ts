// The one place a dataset becomes usable: shipped, imported and restored datasets all go through
// `loadDataset`, which builds the graph and the id lookup once. `datasetReducer` is the loader's
// state machine; the UI only decides where the text comes from (src/ui/app/useDataset.ts).
import {
  buildGraphInSteps,
  datasetLookupInSteps,
  drain,
  displayCoverage,
  type ActorGraph,
  type Dataset,
  type DatasetLookup,
  type DisplayCoverage,
  type Issue,
} from "../model";

/**
 * Where a dataset came from: the app's own files, a user's import, that import kept from a previous
 * visit, or an edit of the network on screen (drawn with every actor kept where it was).
 */
export type DatasetOrigin = "shipped" | "imported" | "restored" | "edited";

export interface LoadedDataset {
  dataset: Dataset;
  graph: ActorGraph;
  lookup: DatasetLookup;
  origin: DatasetOrigin;
  /** How many actors carry the file's positions, colours and sizes (schema v2 `display`). */
  display: DisplayCoverage;
}

export type DatasetStatus =
  { kind: "loading" } | { kind: "ready"; loaded: LoadedDataset } | { kind: "failed"; issues: Issue[]; file: string };

export type DatasetAction =
  | { type: "loaded"; dataset: Dataset; origin: DatasetOrigin }
  /** A dataset already loaded (`loadDatasetInSteps`, run between frames). */
  | { type: "ready"; loaded: LoadedDataset }
  | { type: "failed"; issues: Issue[]; file: string };

export function loadDataset(dataset: Dataset, origin: DatasetOrigin): LoadedDataset {
  return drain(loadDatasetInSteps(dataset, origin));
}

/**
 * `loadDataset` in steps of a few milliseconds: at 20k actors and 60k relations the graph and the
 * lookup take ~0.7 s, which as one task would freeze the page while a file opens.
 */
export function* loadDatasetInSteps(dataset: Dataset, origin: DatasetOrigin): Generator<void, LoadedDataset> {
  const graph = yield* buildGraphInSteps(dataset);
  const lookup = yield* datasetLookupInSteps(dataset);
  return { dataset, graph, lookup, origin, display: displayCoverage(dataset.actors) };
}

export const INITIAL_DATASET_STATUS: DatasetStatus = { kind: "loading" };

/**
 * A failed shipped load shows its problems. A failed import never reaches here: the import
 * dialog lists its problems and the dataset on screen stays (DESIGN: imports replace only when valid).
 */
export function datasetReducer(_status: DatasetStatus, action: DatasetAction): DatasetStatus {
  if (action.type === "failed") return { kind: "failed", issues: action.issues, file: action.file };
  if (action.type === "ready") return { kind: "ready", loaded: action.loaded };
  return { kind: "ready", loaded: loadDataset(action.dataset, action.origin) };
}
