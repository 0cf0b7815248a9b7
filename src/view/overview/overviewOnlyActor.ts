// Browser tests of large graphs: an actor drawn only in the overview (not in cytoscape's detail),
// clear of others and of the canvas's edges, and where it is on screen.
import type { Core } from "cytoscape";
import { actorElementId } from "../elementIds";
import type { OverviewLayer } from "./OverviewLayer";

export function overviewOnlyActor(
  cy: Core,
  overview: OverviewLayer | undefined,
): { id: string; x: number; y: number } | undefined {
  const scene = overview?.current;
  if (!overview || !scene) return undefined;
  const { x1, y1, x2, y2 } = { x1: 40, y1: 40, x2: cy.width() - 40, y2: cy.height() - 40 };
  const detail = cy.nodes().map((node) => node.renderedPosition());
  for (let i = 0; i < scene.ids.length; i++) {
    const id = scene.ids[i] ?? "";
    if (cy.getElementById(actorElementId(id)).nonempty()) continue;
    const model = { x: scene.xs[i] ?? 0, y: scene.ys[i] ?? 0 };
    const x = model.x * cy.zoom() + cy.pan().x;
    const y = model.y * cy.zoom() + cy.pan().y;
    if (x < x1 || x > x2 || y < y1 || y > y2 || overview.actorAt(model) !== id) continue;
    if (detail.some((point) => Math.hypot(point.x - x, point.y - y) < 20)) continue;
    return { id, x, y };
  }
  return undefined;
}
