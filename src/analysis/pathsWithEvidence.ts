// How is A connected to B? Shortest chains of relations, each hop carrying its claims.
import { STATUS_ORDER, type ActorGraph } from "../model";
import { distancesTo } from "./paths/distancesTo";
import { enumeratePaths } from "./paths/enumeratePaths";
import { toActorPath } from "./paths/toActorPath";
import type { ActorPath, PathAlternative, PathOptions, PathResult } from "./paths/types";
import { walkRules } from "./paths/walkRules";

export type { ActorPath, PathAlternative, PathHop, PathOptions, PathResult } from "./paths/types";
export { describePath } from "./paths/describePath";

const DEFAULT_MAX_PATHS = 10;

/**
 * All shortest paths (by hops) from `from` to `to`, up to `maxPaths`, plus up to `maxPaths`
 * simple paths one hop longer; parallel relations make distinct paths. Paths are listed by
 * weakest link, most certain first. When there is none, says why, and looks for a path after
 * relaxing first `factsOnly`, then direction, then both; filters are never relaxed.
 * Cost: one breadth-first search per attempt plus work proportional to the paths returned.
 */
export function pathsWithEvidence(graph: ActorGraph, from: string, to: string, options: PathOptions = {}): PathResult {
  for (const id of [from, to]) {
    if (!graph.hasNode(id)) return { kind: "none", reason: `Unknown actor "${id}"` };
  }
  if (from === to) return { kind: "none", reason: `${label(graph, from)} is both the start and the end` };

  const found = search(graph, from, to, options);
  if (found) return { kind: "found", ...found };
  return {
    kind: "none",
    reason: noPathReason(graph, from, to, options),
    alternative: alternative(graph, from, to, options),
  };
}

function search(graph: ActorGraph, from: string, to: string, options: PathOptions) {
  const rules = walkRules(graph, options);
  const distance = distancesTo(graph, to, from, rules);
  const length = distance.get(from);
  if (length === undefined) return undefined;
  const cap = maxPaths(options);
  const asPaths = (slack: 0 | 1) =>
    sortByWeakest(
      enumeratePaths(graph, from, distance, rules, slack, cap).map((steps) => toActorPath(graph, steps, rules)),
    );
  return { paths: asPaths(0), length, nextShortest: asPaths(1) };
}

function alternative(graph: ActorGraph, from: string, to: string, options: PathOptions): PathAlternative | undefined {
  const relaxFacts = options.factsOnly === true;
  const relaxDirection = !options.ignoreDirection && graph.directedSize > 0;
  const attempts: Array<[boolean, string]> = [
    [relaxFacts, "A path exists if unconfirmed claims are allowed"],
    [relaxDirection, "A path exists if directions are ignored"],
    [relaxFacts && relaxDirection, "A path exists if unconfirmed claims are allowed and directions are ignored"],
  ];
  for (const [index, [applicable, description]] of attempts.entries()) {
    if (!applicable) continue;
    const relaxed: PathOptions = {
      ...options,
      ...(index !== 1 ? { factsOnly: false } : {}),
      ...(index !== 0 ? { ignoreDirection: true } : {}),
    };
    const found = search(graph, from, to, relaxed);
    if (found) return { description, paths: found.paths, options: relaxed };
  }
  return undefined;
}

function noPathReason(graph: ActorGraph, from: string, to: string, options: PathOptions): string {
  const conditions: string[] = [];
  if (options.factsOnly) conditions.push("through confirmed or reported claims");
  if (!options.ignoreDirection && graph.directedSize > 0) conditions.push("following directions");
  if (options.allowedRelations) conditions.push("within the current filters");
  const suffix = conditions.length > 0 ? ` ${conditions.join(", ")}` : "";
  return `No path from ${label(graph, from)} to ${label(graph, to)}${suffix}`;
}

function maxPaths(options: PathOptions): number {
  const cap = options.maxPaths;
  return cap !== undefined && Number.isFinite(cap) ? Math.max(1, Math.floor(cap)) : DEFAULT_MAX_PATHS;
}

function sortByWeakest(paths: ActorPath[]): ActorPath[] {
  return paths.sort((a, b) => STATUS_ORDER.indexOf(a.weakest) - STATUS_ORDER.indexOf(b.weakest));
}

function label(graph: ActorGraph, id: string): string {
  return graph.getNodeAttribute(id, "label");
}
