// Turns enumerated steps into paths that carry their evidence.
import { weakestStatus, type ActorGraph } from "../../model";
import type { Step } from "./enumeratePaths";
import type { ActorPath, PathHop } from "./types";
import type { WalkRules } from "./walkRules";

export function toActorPath(graph: ActorGraph, steps: readonly Step[], rules: WalkRules): ActorPath {
  const hops = steps.map((step): PathHop => {
    const { relation, kind, directed } = graph.getEdgeAttributes(step.edge);
    // Enumerated steps only cross walkable relations, which always have evidence.
    const evidence = rules.evidence(step.edge) ?? { claims: [], status: "denied" as const };
    return {
      relationId: step.edge,
      from: step.from,
      to: step.to,
      kind,
      directed,
      forward: relation.from === step.from,
      claims: evidence.claims,
      status: evidence.status,
    };
  });
  const actors = steps.length === 0 ? [] : [steps[0]!.from, ...steps.map((step) => step.to)];
  return { actors, hops, weakest: weakestStatus(hops.map((hop) => hop.status)) ?? "denied" };
}
