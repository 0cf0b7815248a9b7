// Opening another dataset: what belonged to the previous one (selection, focus, path, story,
// query, filters) is dropped; the view, layout, theme and appearance are the reader's and stay.
import { DEFAULT_FILTERS } from "../appState";
import type { Transition } from "./explorer";

export const openDataset =
  (datasetId: string): Transition =>
  (state) => ({
    ...state,
    datasetId,
    selection: undefined,
    focus: undefined,
    path: undefined,
    story: undefined,
    query: "",
    filters: DEFAULT_FILTERS,
  });

/** Opening a network of the editor's library: like openDataset, but the reader's filters stay. */
export const openNetwork =
  (datasetId: string): Transition =>
  (state) => ({ ...openDataset(datasetId)(state), filters: state.filters });
