import type { Core } from "cytoscape";

/**
 * Fits the camera to the node centres of the visible graph. cy.fit() measures every label and
 * edge for its bounding box, which takes seconds at 20k elements; the centres are enough here.
 */
export function fitToPositions(cy: Core, padding = 40): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  cy.nodes()
    .not(".hidden")
    .forEach((node) => {
      const { x, y } = node.position();
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    });
  if (!Number.isFinite(minX)) return;
  const width = Math.max(maxX - minX, 1);
  const height = Math.max(maxY - minY, 1);
  const zoom = Math.min((cy.width() - 2 * padding) / width, (cy.height() - 2 * padding) / height);
  const clamped = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  cy.viewport({ zoom: clamped, pan: { x: cy.width() / 2 - clamped * (minX + width / 2), y: cy.height() / 2 - clamped * (minY + height / 2) } });
}
