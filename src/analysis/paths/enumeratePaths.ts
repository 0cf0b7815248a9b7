// Output-sensitive enumeration of shortest and next-shortest paths over BFS layers.
import { STATUS_ORDER, type ActorGraph } from "../../model";
import { forEachStep, type WalkRules } from "./walkRules";

export interface Step {
  edge: string;
  from: string;
  to: string;
}

/**
 * Simple paths from `start` to the target of `distance` (see distancesTo) with exactly
 * `slack` (0 or 1) hops more than the shortest, at most `cap` of them.
 *
 * Why this never explores dead ends: a hop u → v is "tight" when distance(v) = distance(u) − 1;
 * a shortest path is all tight hops, and from any actor some tight hop exists. A path one hop
 * longer has exactly one "level" hop (distance(v) = distance(u)); before it the distances
 * strictly fall, after it they fall below distance(u), so no actor can repeat and the path is
 * simple. `canLevel` says whether a level hop is still reachable through tight hops, so every
 * branch the search enters ends in a path: the work is bounded by cap × length × degree.
 * Candidate hops are tried strongest evidence first, so the cap keeps the better-sourced paths.
 */
export function enumeratePaths(
  graph: ActorGraph,
  start: string,
  distance: ReadonlyMap<string, number>,
  rules: WalkRules,
  slack: 0 | 1,
  cap: number,
): Step[][] {
  const dist = (node: string) => distance.get(node) ?? Infinity;
  const levelMemo = new Map<string, boolean>();
  const canLevel = (node: string): boolean => {
    const known = levelMemo.get(node);
    if (known !== undefined) return known;
    let found = false;
    if (dist(node) > 0) {
      forEachStep(graph, node, rules, "out", (_edge, next) => {
        if (!found && (dist(next) === dist(node) || (dist(next) === dist(node) - 1 && canLevel(next)))) found = true;
      });
    }
    levelMemo.set(node, found);
    return found;
  };

  const results: Step[][] = [];
  const prefix: Step[] = [];
  const visit = (node: string, slackLeft: number): void => {
    if (dist(node) === 0) {
      if (slackLeft === 0) results.push([...prefix]);
      return;
    }
    for (const step of candidates(graph, node, rules)) {
      if (results.length >= cap) return;
      const tight = dist(step.to) === dist(node) - 1;
      const level = dist(step.to) === dist(node) && slackLeft === 1;
      if (!(tight && (slackLeft === 0 || canLevel(step.to))) && !level) continue;
      prefix.push(step);
      visit(step.to, tight ? slackLeft : 0);
      prefix.pop();
    }
  };
  if (dist(start) !== Infinity && cap > 0) visit(start, slack);
  return results;
}

function candidates(graph: ActorGraph, node: string, rules: WalkRules): Step[] {
  const steps: Array<Step & { rank: number }> = [];
  forEachStep(graph, node, rules, "out", (edge, to) => {
    const status = rules.evidence(edge)?.status ?? "denied";
    steps.push({ edge, from: node, to, rank: STATUS_ORDER.indexOf(status) });
  });
  return steps.sort((a, b) => a.rank - b.rank).map(({ edge, from, to }) => ({ edge, from, to }));
}
