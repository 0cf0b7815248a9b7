// Shapes of the path finder's input and output (see pathsWithEvidence).
import type { Claim, ClaimStatus } from "../../model";

export interface PathOptions {
  /**
   * Walk only relations with at least one confirmed or reported claim; each hop then cites
   * only those claims as its evidence.
   */
  factsOnly?: boolean;
  /** Default false: a directed relation is walked from its source to its target only. */
  ignoreDirection?: boolean;
  /** Cap on each list of paths (shortest, next shortest). Default 10. */
  maxPaths?: number;
  /** Relation ids the current filters let through; absent means all relations. */
  allowedRelations?: ReadonlySet<string>;
}

/** One relation crossed by a path, with the evidence for it. */
export interface PathHop {
  relationId: string;
  /** Actor the hop starts from, in walking order. */
  from: string;
  /** Actor the hop arrives at, in walking order. */
  to: string;
  kind: string;
  directed: boolean;
  /** True when walked in the relation's own from → to order. */
  forward: boolean;
  /** The claims considered for this hop (only facts when `factsOnly`). */
  claims: Claim[];
  /** The most certain status among `claims`. */
  status: ClaimStatus;
}

export interface ActorPath {
  /** Actors in walking order, from the start to the end: one more than `hops`. */
  actors: string[];
  hops: PathHop[];
  /** Weakest link: the least certain hop status. A chain is only as sure as this. */
  weakest: ClaimStatus;
}

export interface PathAlternative {
  /** What was relaxed, e.g. "A path exists if unconfirmed claims are allowed". */
  description: string;
  paths: ActorPath[];
  /** The options under which `paths` were found, ready to apply. */
  options: PathOptions;
}

export type PathResult =
  | {
      kind: "found";
      /** Every shortest path (up to the cap); parallel relations give separate paths. */
      paths: ActorPath[];
      /** Number of hops of the shortest paths. */
      length: number;
      /** Simple paths one hop longer than the shortest (up to the cap). */
      nextShortest: ActorPath[];
    }
  | { kind: "none"; reason: string; alternative?: PathAlternative };
