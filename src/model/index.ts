// Public surface of the model layer.
export * from "./types";
export * from "./issue";
export * from "./partialDate";
export * from "./claimStatus";
export { DatasetSchema, SCHEMA_VERSION, LIMITS, claimStatuses, qualifiers, periods } from "./schema";
export { migrate, parseRate, type MigrateResult } from "./migrate";
export { validate, parseDataset, type ParseResult } from "./validate";
export { buildGraph, type ActorGraph, type ActorNode, type RelationEdge, type GraphInfo } from "./buildGraph";
export { subsetDataset } from "./subsetDataset";
export { seededRandom, seededSquare } from "./seededRandom";
export { slugify, uniqueId } from "./slug";
