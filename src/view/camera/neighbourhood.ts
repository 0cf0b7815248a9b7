// What selecting an element brings into view: an actor with its shown neighbours (not hidden or
// faded by filters), or a relation with its two ends; in model coordinates, node bodies only.
import type { CollectionReturnValue } from "cytoscape";
import type { Box, Point } from "../detail/chooseDetail";

export function neighbourhoodOf(element: CollectionReturnValue): { box: Box; anchor: Point } | undefined {
  if (element.empty()) return undefined;
  const body = { includeLabels: false, includeOverlays: false } as const;
  // Not isEdge(): its type guard would narrow the other branch to never.
  const edge = element.group() === "edges";
  const anchor = edge ? element.connectedNodes() : element.nodes();
  const shown = edge ? anchor : anchor.union(anchor.neighborhood().nodes().not(".hidden, .faded"));
  const around = anchor.boundingBox(body);
  return { box: shown.boundingBox(body), anchor: { x: (around.x1 + around.x2) / 2, y: (around.y1 + around.y2) / 2 } };
}
