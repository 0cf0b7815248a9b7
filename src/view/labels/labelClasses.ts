// Classes that carry the label placer's choice to the stylesheet (LabelLayer sets them).
export const LABEL_HIDDEN = "label-hidden";
export const LABEL_SHORT = "label-short";
export const LABEL_HOVER = "label-hover";

/** Edges whose kind is written on them: selected, around the selected or hovered actor, on a path. */
export const LABELLED_EDGES = "edge:selected, edge.neighbour, edge.on-path, edge.of-selection";
