// Public surface of the state layer.
export * from "./appState";
export {
  stateToHash,
  hashToState,
  roundCamera,
  type HashParseResult,
  type LinkNotice,
  type LinkSetting,
} from "./urlHash";
export {
  applyFilters,
  claimPasses,
  claimInWindow,
  filtersAreDefault,
  FACTS_ONLY_STATUSES,
  toggleListItem,
  type FilterResult,
} from "./filters";
export * from "./story";
export { filterCounts, type FilterCounts } from "./filterCounts";
export * from "./transitions";
export {
  loadDataset,
  loadDatasetInSteps,
  datasetReducer,
  INITIAL_DATASET_STATUS,
  type LoadedDataset,
  type DatasetStatus,
  type DatasetAction,
  type DatasetOrigin,
} from "./loadedDataset";
export {
  explorerView,
  focusNetwork,
  visibleElements,
  findPaths,
  pathElements,
  type ExplorerView,
} from "./explorerView";
export {
  STATUS_PRESENTATION,
  UNSOURCED_LINE,
  statusLabel,
  lineStyleNote,
  type StatusPresentation,
  type LineStyle,
} from "./statusPresentation";
export {
  embedUrl,
  openInTangleUrl,
  embedSnippet,
  attributeText,
  DEFAULT_EMBED_SIZE,
  type EmbedSize,
} from "./share/embedLinks";
export { setTimeWindow, clearTimeWindow, showAsOf, asOfMonth, showTimeline, setIncludeUndated } from "./timeline";
export {
  displayOffer,
  defaultLayout,
  defaultColourBy,
  layoutShown,
  colourByShown,
  fileColourMap,
  fileSizeMap,
  type DisplayOffer,
} from "./displayDefaults";
