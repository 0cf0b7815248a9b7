// Public surface of the editor's pure state: operations, edits, history, diff, duplicates.
export * from "./operations";
export * from "./applyEdit";
export * from "./edits";
export * from "./actorDeletion";
export * from "./history";
export * from "./diff";
export * from "./duplicates";
export * from "./mergeActors";
export * from "./fieldIssues";
export { deepEqual } from "./deepEqual";
export { parseHistory } from "./parseHistory";
export { comparisonDataset, markMap, type Mark } from "./diffView";
