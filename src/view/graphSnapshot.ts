// What the view shows, as plain data: for the browser tests (through the e2e test hook).
import type { Core } from "cytoscape";
import type { ActorGraph } from "../model";
import { modelId } from "./elementIds";

/** Read-only numbers for tests and the status line: what is on screen now. */
export interface GraphSnapshot {
  /** Actors and relations of the graph shown (large graphs draw only part of them). */
  nodeCount: number;
  edgeCount: number;
  drawnNodes: number;
  drawnEdges: number;
  visibleNodes: string[];
  visibleEdges: string[];
  selected: string[];
  emphasisedNodes: string[];
  pathNodes: string[];
  zoom: number;
}

const ids = (collection: { map: (fn: (element: { id: () => string }) => string) => string[] }) => collection.map((element) => modelId(element.id()));

/** `graph` is the whole graph when only part of it is drawn (large graphs). */
export function graphSnapshot(cy: Core, graph: ActorGraph | undefined): GraphSnapshot {
  const shown = cy.elements().not(".hidden, .faded");
  return {
    nodeCount: graph?.order ?? cy.nodes().length,
    edgeCount: graph?.size ?? cy.edges().length,
    drawnNodes: cy.nodes().length,
    drawnEdges: cy.edges().length,
    visibleNodes: ids(shown.nodes()),
    visibleEdges: ids(shown.edges()),
    selected: ids(cy.elements(":selected")),
    emphasisedNodes: ids(cy.nodes(".emphasised")),
    pathNodes: ids(cy.nodes(".on-path")),
    zoom: cy.zoom(),
  };
}
