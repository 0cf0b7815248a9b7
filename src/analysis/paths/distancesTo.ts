// Breadth-first distances to a target, the layering every path enumeration below relies on.
import type { ActorGraph } from "../../model";
import { forEachStep, type WalkRules } from "./walkRules";

/**
 * Hops needed to walk from each actor to `target` under `rules`, for every actor no farther than
 * `start` (all that the enumerations need); farther or unreachable actors may be absent. If
 * `start` cannot reach `target`, the whole reachable set is returned, without `start`.
 */
export function distancesTo(graph: ActorGraph, target: string, start: string, rules: WalkRules): Map<string, number> {
  const distance = new Map<string, number>([[target, 0]]);
  const queue = [target];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const here = distance.get(node)!;
    const startDistance = distance.get(start);
    if (startDistance !== undefined && here >= startDistance) break;
    forEachStep(graph, node, rules, "in", (_edge, previous) => {
      if (distance.has(previous)) return;
      distance.set(previous, here + 1);
      queue.push(previous);
    });
  }
  return distance;
}
