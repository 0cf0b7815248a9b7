// Public surface of the view layer: the only place that imports cytoscape.
export { GraphView, type GraphViewCallbacks } from "./GraphView";
export { loadForceLayout } from "./layouts";
export type { GraphSnapshot } from "./graphSnapshot";
export type { DetailInfo } from "./detail/LevelOfDetail";
export type { ElementSets } from "../state";
export { buildStylesheet } from "./stylesheet";
export type { DiffMark } from "./diffMarks"; // editor (issue 19)
export type { Vocabulary } from "./elements";
export { relationFamilies, isAppFamily, type RelationFamily } from "./relationFamilies";
export type { ExportWords } from "./exportCaption";
export { kindColour, kindShape, communityColour, COMMUNITY_COLOUR_COUNT } from "./palette";
export { NO_ELEMENTS, type Scene } from "./scene";
