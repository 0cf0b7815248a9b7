// Public surface of the state layer.
export * from "./appState";
export { stateToHash, hashToState, type HashParseResult } from "./urlHash";
export { applyFilters, claimPasses, claimInWindow, filtersAreDefault, FACTS_ONLY_STATUSES, toggleListItem, type FilterResult } from "./filters";
export * from "./story";
export { setTimeWindow, clearTimeWindow, showAsOf, asOfMonth, showTimeline } from "./timeline";
