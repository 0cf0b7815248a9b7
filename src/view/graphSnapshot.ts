// What the view shows, as plain data: for the browser tests (through the e2e test hook).
import type { Core } from "cytoscape";
import type { ActorGraph } from "../model";
import { modelId } from "./elementIds";

/** Read-only numbers for tests and the status line: what is on screen now. */
export interface GraphSnapshot {
  /** Actors and relations of the graph shown (large graphs draw only part of them). */
  nodeCount: number;
  edgeCount: number;
  /** Actors drawn across all layers (large graphs: the overview and cytoscape's detail). */
  drawnNodes: number;
  drawnEdges: number;
  /** Large graphs: in cytoscape's interactive detail, and in the overview layer under it. */
  detailNodes: number;
  overviewNodes: number;
  overviewEdges: number;
  visibleNodes: string[];
  visibleEdges: string[];
  selected: string[];
  emphasisedNodes: string[];
  pathNodes: string[];
  zoom: number;
  /** What carries the keyboard focus ring (the selection, while the canvas has keyboard focus). */
  keyboardFocus: string[];
  /** Whether the camera is gliding (never, when reduced motion is asked for). */
  animating: boolean;
}

const ids = (collection: { map: (fn: (element: { id: () => string }) => string) => string[] }) =>
  collection.map((element) => modelId(element.id()));

/** `graph` is the whole graph when only part of it is drawn (large graphs). */
export function graphSnapshot(
  cy: Core,
  graph: ActorGraph | undefined,
  layers?: { drawnNodes: number; overviewNodes: number; overviewEdges: number },
): GraphSnapshot {
  const shown = cy.elements().not(".hidden, .faded");
  return {
    nodeCount: graph?.order ?? cy.nodes().length,
    edgeCount: graph?.size ?? cy.edges().length,
    drawnNodes: layers?.drawnNodes ?? cy.nodes().length,
    drawnEdges: Math.max(layers?.overviewEdges ?? 0, cy.edges().length),
    detailNodes: cy.nodes().length,
    overviewNodes: layers?.overviewNodes ?? 0,
    overviewEdges: layers?.overviewEdges ?? 0,
    visibleNodes: ids(shown.nodes()),
    visibleEdges: ids(shown.edges()),
    selected: ids(cy.elements(":selected")),
    emphasisedNodes: ids(cy.nodes(".emphasised")),
    pathNodes: ids(cy.nodes(".on-path")),
    zoom: cy.zoom(),
    keyboardFocus: ids(cy.elements(".keyboard-focus")),
    animating: cy.animated(),
  };
}
