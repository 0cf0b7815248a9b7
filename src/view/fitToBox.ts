import type { Core } from "cytoscape";
import type { Box } from "./detail/chooseDetail";

/**
 * Points the camera at a box of model coordinates. cy.fit() measures every label and edge for
 * its bounding box, which takes seconds at 20k elements; node centres are enough here.
 */
export function fitToBox(cy: Core, box: Box, padding = 40): void {
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min((cy.width() - 2 * padding) / width, (cy.height() - 2 * padding) / height, 1.5);
  const clamped = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  cy.viewport({
    zoom: clamped,
    pan: { x: cy.width() / 2 - clamped * (box.x1 + width / 2), y: cy.height() / 2 - clamped * (box.y1 + height / 2) },
  });
}

/** A small margin around a fitted graph: 3 % of the canvas's shorter side, 12–36 px. */
export function fitPadding(cy: Core): number {
  return Math.round(Math.max(12, Math.min(36, 0.03 * Math.min(cy.width(), cy.height()))));
}
