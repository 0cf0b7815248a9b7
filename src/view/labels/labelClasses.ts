// Classes that carry the label placer's choice to the stylesheet (LabelLayer sets them).
export const LABEL_HIDDEN = "label-hidden";
export const LABEL_SHORT = "label-short";
export const LABEL_HOVER = "label-hover";

/** Edges whose kind is written on them: selected, around the selected or hovered actor, on a path. */
export const LABELLED_EDGES = "edge:selected, edge.neighbour, edge.on-path, edge.of-selection";

/** Bounding-box options for a label alone (cytoscape's boundingBox): what placement and the tests measure. */
export const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeOverlays: false,
} as const;
