// Public surface of the actor search index (issue 4).
export { buildSearchIndex, buildSearchIndexInSteps } from "./buildSearchIndex";
export { searchActors, DEFAULT_SEARCH_LIMIT } from "./searchActors";
export { normalizeForSearch } from "./normalizeForSearch";
export { latinPhoneticKey } from "./latinPhoneticKey";
export { consonantSkeleton } from "./consonantSkeleton";
export { nameKeys, type NameKeys } from "./nameKeys";
export { NAME_PARTICLES } from "./nameParticles";
export type { ActorSearchIndex, SearchField, SearchHit, SearchRank } from "./types";
