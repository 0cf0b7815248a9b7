// The neighbours of an actor in a stable reading order, for walking the graph by keyboard.
import type { ActorGraph } from "../model";

/**
 * Distinct neighbours of `id` reachable through allowed relations (either direction), sorted by
 * label so that arrow keys move through them predictably. Unknown ids have none.
 */
export function neighbourOrder(graph: ActorGraph, id: string, allowedRelations?: ReadonlySet<string>): string[] {
  if (!graph.hasNode(id)) return [];
  const neighbours = new Set<string>();
  graph.forEachEdge(id, (edge, _attributes, source, target) => {
    if (allowedRelations && !allowedRelations.has(edge)) return;
    const other = source === id ? target : source;
    if (other !== id) neighbours.add(other);
  });
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  return [...neighbours].sort((a, b) => label(a).localeCompare(label(b)) || a.localeCompare(b));
}

/** The best place to start walking: the actor with the most shown relations. */
export function busiestActor(
  graph: ActorGraph,
  actors: ReadonlySet<string>,
  relations: ReadonlySet<string>,
): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const id of actors) {
    let count = 0;
    graph.forEachEdge(id, (edge) => {
      if (relations.has(edge)) count++;
    });
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}
