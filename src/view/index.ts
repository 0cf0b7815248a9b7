// Public surface of the view layer: the only place that imports cytoscape.
export { GraphView, type GraphSnapshot, type GraphViewCallbacks } from "./GraphView";
export { buildStylesheet, type Vocabulary } from "./stylesheet";
export { kindColour, kindShape, relationColour, communityColour, STATUS_LINE } from "./palette";
