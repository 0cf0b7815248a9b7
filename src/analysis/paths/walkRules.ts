// Which relations a path may cross, in which direction, and with what evidence.
import { isFactStatus, strongestStatus, type ActorGraph, type Claim, type ClaimStatus } from "../../model";
import type { PathOptions } from "./types";

export interface HopEvidence {
  claims: Claim[];
  status: ClaimStatus;
}

export interface WalkRules {
  ignoreDirection: boolean;
  /** The evidence a hop over `edge` cites, or undefined when the relation may not be walked. */
  evidence(edge: string): HopEvidence | undefined;
}

export function walkRules(graph: ActorGraph, options: PathOptions): WalkRules {
  const cache = new Map<string, HopEvidence | undefined>();
  const compute = (edge: string): HopEvidence | undefined => {
    if (options.allowedRelations && !options.allowedRelations.has(edge)) return undefined;
    const all = graph.getEdgeAttribute(edge, "relation").claims;
    const claims = options.factsOnly ? all.filter((claim) => isFactStatus(claim.status)) : all;
    return claims.length === 0 ? undefined : { claims, status: strongestStatus(claims) };
  };
  return {
    ignoreDirection: options.ignoreDirection ?? false,
    evidence(edge) {
      if (!cache.has(edge)) cache.set(edge, compute(edge));
      return cache.get(edge);
    },
  };
}

/**
 * Calls `visit` for each walkable relation at `node`: "out" gives the actors one can walk to from
 * `node`, "in" the actors one can walk from to reach `node`. Self-loops never help a path.
 */
export function forEachStep(
  graph: ActorGraph,
  node: string,
  rules: WalkRules,
  towards: "out" | "in",
  visit: (edge: string, other: string) => void,
): void {
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (source === target || rules.evidence(edge) === undefined) return;
    if (attributes.directed && !rules.ignoreDirection && (towards === "out" ? source : target) !== node) return;
    visit(edge, source === node ? target : source);
  });
}
