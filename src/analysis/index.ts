// Public surface of the analysis layer: pure functions on the graph.
export * from "./search";
export { egoNetwork, type EgoNetwork, type EgoNetworkOptions } from "./egoNetwork";
export {
  pathsWithEvidence,
  describePath,
  type ActorPath,
  type PathAlternative,
  type PathHop,
  type PathOptions,
  type PathResult,
} from "./pathsWithEvidence";
export { corroboration, type Corroboration } from "./corroboration";
export { computeMetrics, hasRelationWeights, relationWeight, type ActorMetrics } from "./metrics";
export { detectCommunities, type Communities } from "./communities";
export { neighbourOrder, busiestActor } from "./neighbourOrder";
export * from "./timeline";
