// Level of detail for large graphs: which actors and relations cytoscape draws for a viewport.
// Cytoscape spends ~100 µs per element on style and drawing here (2 cores, software rendering),
// so a 20k-actor graph drawn whole takes tens of seconds and hundreds of MiB. Instead the view
// draws, within a budget, the best-connected actors in view and the relations among them, plus
// whatever must be seen wherever it is (selection, focus, path). Zooming in brings more detail.
import type { ActorGraph } from "../../model";

export interface Point {
  x: number;
  y: number;
}

/** A rectangle in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DetailBudget {
  actors: number;
  relations: number;
}

export interface DetailRequest {
  graph: ActorGraph;
  /** Every actor, most important first. */
  ranked: readonly string[];
  positions: ReadonlyMap<string, Point>;
  box: Box;
  /** Whether filters let an actor or relation be drawn at all. */
  drawableActor: (id: string) => boolean;
  drawableRelation: (id: string) => boolean;
  /** Drawn wherever they are: the selection, a focus, a path. Relations bring their two actors. */
  pinnedActors: Iterable<string>;
  pinnedRelations: Iterable<string>;
  /** Considered before the ranking (a focus), still only inside the box and the budget. */
  preferredActors: Iterable<string>;
  budget: DetailBudget;
}

export interface Detail {
  actors: Set<string>;
  relations: Set<string>;
  /** Drawable actors inside the box, drawn or not: "showing 800 of 5,000 here". */
  actorsInView: number;
}

const inside = (point: Point | undefined, box: Box): boolean =>
  point !== undefined && point.x >= box.x1 && point.x <= box.x2 && point.y >= box.y1 && point.y <= box.y2;

export function chooseDetail(request: DetailRequest): Detail {
  const { graph, budget } = request;
  const actors = new Set<string>();
  const relations = new Set<string>();
  for (const id of request.pinnedRelations) {
    if (!graph.hasEdge(id)) continue;
    relations.add(id);
    actors.add(graph.source(id));
    actors.add(graph.target(id));
  }
  for (const id of request.pinnedActors) if (graph.hasNode(id)) actors.add(id);

  for (const id of request.preferredActors) {
    if (actors.size >= budget.actors) break;
    if (graph.hasNode(id) && request.drawableActor(id) && inside(request.positions.get(id), request.box))
      actors.add(id);
  }
  let actorsInView = 0;
  for (const id of request.ranked) {
    if (!request.drawableActor(id) || !inside(request.positions.get(id), request.box)) continue;
    actorsInView++;
    if (actors.size < budget.actors) actors.add(id);
  }

  // Relations among drawn actors, those of the most important actors first.
  let room = budget.relations - relations.size;
  for (const id of actors) {
    if (room <= 0) break;
    graph.forEachEdge(id, (edge, _attributes, source, target) => {
      if (room <= 0 || relations.has(edge) || !request.drawableRelation(edge)) return;
      if (!actors.has(source) || !actors.has(target)) return;
      relations.add(edge);
      room--;
    });
  }
  return { actors, relations, actorsInView };
}

/** The box around points, grown by `margin` of its size on each side. */
export function boxAround(points: Iterable<Point>, margin = 0): Box | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  if (!Number.isFinite(x1)) return undefined;
  const dx = (x2 - x1) * margin;
  const dy = (y2 - y1) * margin;
  return { x1: x1 - dx, y1: y1 - dy, x2: x2 + dx, y2: y2 + dy };
}

/**
 * The relations of an actor that filters let through, at most `limit` (a hub can have
 * thousands): drawn with a selected actor, wherever its neighbours are, so that selecting an
 * actor shows its connections.
 */
export function relationsAround(
  graph: ActorGraph,
  actor: string,
  drawableRelation: (id: string) => boolean,
  limit: number,
): string[] {
  const found: string[] = [];
  if (!graph.hasNode(actor)) return found;
  for (const edge of graph.edges(actor)) {
    if (found.length >= limit) break;
    if (drawableRelation(edge)) found.push(edge);
  }
  return found;
}
