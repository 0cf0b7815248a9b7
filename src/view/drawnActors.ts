// Where the shown actors are drawn now, in screen pixels: for browser tests of the camera.
import type { Core } from "cytoscape";
import { modelIdOf } from "./elementIds";

export interface DrawnActors {
  /** The canvas's size in pixels. */
  width: number;
  height: number;
  /** Actors neither hidden nor faded, with the box of their node (labels left out). */
  actors: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
}

export function drawnActors(cy: Core): DrawnActors {
  const body = { includeLabels: false, includeOverlays: false } as const;
  const actors = cy
    .nodes()
    .not(".hidden, .faded")
    .map((node) => {
      const { x1, y1, x2, y2 } = node.renderedBoundingBox(body);
      return { id: modelIdOf(node), x1, y1, x2, y2 };
    });
  return { width: cy.width(), height: cy.height(), actors };
}
