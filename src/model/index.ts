// Public surface of the model layer.
import "./prototypeSafeGraphs";
export * from "./types";
export * from "./issue";
export * from "./partialDate";
export * from "./claimStatus";
export { DatasetSchema, SCHEMA_VERSION, LIMITS, ID_PATTERN, RULES, claimStatuses, qualifiers, periods } from "./schema";
export { migrate, parseRate, type MigrateResult } from "./migrate";
export { validate, parseDataset, type ParseResult } from "./validate";
export {
  buildGraph,
  buildGraphInSteps,
  drain,
  type ActorGraph,
  type ActorNode,
  type RelationEdge,
  type GraphInfo,
} from "./buildGraph";
export { describeZodIssue } from "./zodIssues";
export { ISSUE_CODES } from "./issueCodes";
export { subsetDataset } from "./subsetDataset";
export { seededRandom, seededSquare, seededPositions, seedFrom } from "./seededRandom";
export { clusteredStart, clusteredStartInSteps, propagateLabels, propagateLabelsInSteps } from "./clusteredStart";
export {
  clusteredLayoutInSteps,
  clusteredLayoutOf,
  clusterEdges,
  rankByDegree,
  rankedByDegree,
  FIRST_PICTURE_SPACING,
} from "./firstLayout";
export { slugify, uniqueId } from "./slug";
export {
  datasetLookup,
  datasetLookupInSteps,
  actorName,
  relationKindLabel,
  actorKindLabel,
  type DatasetLookup,
} from "./datasetLookup";
export { displayCoverage, coversAll, type DisplayCoverage } from "./displayHints";
