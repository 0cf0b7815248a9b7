// What the view draws now, as plain numbers for browser tests (through the e2e build's test hook)
// and the status line: cytoscape's habit of reading the live instance instead of comparing pixels;
// and the marks `npm run bench` times a load by.
import type { Core } from "cytoscape";
import type { ActorGraph } from "../model";
import { drawnActors, type DrawnActors } from "./drawnActors";
import { graphSnapshot, type GraphSnapshot } from "./graphSnapshot";
import { actorsOffCanvas, drawnLabels, type DrawnLabel } from "./labels/drawnLabels";
import type { OverviewLayer } from "./overview/OverviewLayer";
import { overviewOnlyActor } from "./overview/overviewOnlyActor";

export interface GraphReadout {
  snapshot: () => GraphSnapshot;
  /** Large graphs: an actor drawn only in the overview, clear of others, and where it is on screen. */
  overviewOnlyActor: () => { id: string; x: number; y: number } | undefined;
  /** The labels drawn now, in screen pixels. */
  labelBoxes: () => DrawnLabel[];
  /** Shown actors the camera leaves out (tests of fitting). */
  offCanvas: () => string[];
  /** Where the shown, unfaded actors are on screen, and the canvas's size (tests of the camera). */
  actorBoxes: () => DrawnActors;
}

/** `large`: the whole graph and its overview, when only part of it is drawn by cytoscape. */
export function graphReadout(
  cy: Core,
  large: { graph: ActorGraph; drawnActors: number; overview: OverviewLayer | undefined } | undefined,
): GraphReadout {
  return {
    snapshot: () =>
      graphSnapshot(
        cy,
        large?.graph,
        large && {
          drawnNodes: large.drawnActors,
          overviewNodes: large.overview?.drawnActors ?? 0,
          overviewEdges: large.overview?.drawnRelations ?? 0,
        },
      ),
    overviewOnlyActor: () => overviewOnlyActor(cy, large?.overview),
    labelBoxes: () => drawnLabels(cy),
    offCanvas: () => actorsOffCanvas(cy),
    actorBoxes: () => drawnActors(cy),
  };
}

/**
 * Marks for `npm run bench`: the view has the graph, then cytoscape has drawn it. `drawnNodes`
 * counts every actor in that picture, across the overview and cytoscape's detail.
 */
export function markViewLoaded(cy: Core, drawnNodes: () => number): void {
  performance.mark("tangle:view-loaded");
  cy.one("render", () => performance.mark("tangle:view-drawn", { detail: { drawnNodes: drawnNodes() } }));
}
