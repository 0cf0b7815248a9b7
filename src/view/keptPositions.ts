// Editor (issue 19): an edit redraws the same network without moving anyone. Actors drawn before
// keep their model positions; new ones go next to their neighbours, else at the view's centre.
import type { Core } from "cytoscape";
import type { ActorGraph } from "../model";
import { modelIdOf } from "./elementIds";
import { placeNewActors, type Point } from "./placeNewActors";

/** Where each drawn actor is, by model id. */
export function drawnPositions(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((node) => [modelIdOf(node), { ...node.position() }] as const));
}

/** Puts every actor back where it was, placing the new ones; no layout runs. */
export function restorePositions(cy: Core, graph: ActorGraph, kept: ReadonlyMap<string, Point>, centre: Point): void {
  const fresh = graph.nodes().filter((id) => !kept.has(id));
  const placed = placeNewActors(fresh, (id) => graph.neighbors(id), kept, centre);
  cy.batch(() => {
    for (const node of cy.nodes()) {
      const id = modelIdOf(node);
      const point = kept.get(id) ?? placed.get(id);
      if (point) node.position(point);
    }
  });
}

/** For browser tests: each drawn actor's place on the page (client pixels) and in the model. */
export function actorPagePoints(
  cy: Core,
  container: HTMLElement,
): Record<string, { x: number; y: number; modelX: number; modelY: number }> {
  const box = container.getBoundingClientRect();
  const points: Record<string, { x: number; y: number; modelX: number; modelY: number }> = {};
  cy.nodes().forEach((node) => {
    const rendered = node.renderedPosition();
    points[modelIdOf(node)] = {
      x: box.left + rendered.x,
      y: box.top + rendered.y,
      modelX: node.position("x"),
      modelY: node.position("y"),
    };
  });
  return points;
}
