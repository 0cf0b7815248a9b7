// Public surface of the state layer.
export * from "./appState";
export { stateToHash, hashToState, roundCamera, type HashParseResult } from "./urlHash";
export { applyFilters, claimPasses, claimInWindow, filtersAreDefault, FACTS_ONLY_STATUSES, toggleListItem, type FilterResult } from "./filters";
export * from "./story";
