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
export { parseHistory, readHistory, type ReadHistory } from "./parseHistory";
export { relationEnds, EDIT_ACTIONS, type EditLabel, type EditAction, type RelationEnds } from "./editLabel";
export { legacyLabel } from "./legacyLabel";
export { comparisonDataset, markMap, type Mark } from "./diffView";
export { actorName, relationName, relationNameById, itemName, itemNameById, claimSnippet } from "./labels";
export { asNetwork, replaceWith, mergeFrom } from "./reimport";
