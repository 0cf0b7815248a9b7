// What the explorer hands to each of its parts (header, view area, side panel): the dataset shown,
// the app state and how to change it, the filtered view of the dataset, the graph, and selecting.
import type { RefObject } from "react";
import type { AppState, LoadedDataset, Selection } from "../../state";
import type { GraphView } from "../../view";
import type { ExplorerViewWithSearch } from "./useExplorerView";
import type { StateUpdate } from "./useHashState";

export interface ExplorerParts {
  loaded: LoadedDataset;
  state: AppState;
  update: StateUpdate;
  view: ExplorerViewWithSearch;
  viewRef: RefObject<GraphView | null>;
  onSelect: (selection: Selection | undefined) => void;
}
