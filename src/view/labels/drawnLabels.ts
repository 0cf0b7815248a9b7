// The label boxes cytoscape draws now, in screen pixels: for browser tests and exports' checks.
import { parsedStyle } from "./parsedStyle";
import type { Core } from "cytoscape";
import { LABEL_HIDDEN, LABEL_ONLY, LABELLED_EDGES } from "./labelClasses";
import { modelIdOf } from "../elementIds";

export interface DrawnLabel {
  /** The actor's or relation's model id (see `kind`). */
  id: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The font's size on screen, in pixels. */
  fontPx: number;
  kind: "node" | "edge";
}

export function drawnLabels(cy: Core): DrawnLabel[] {
  const zoom = cy.zoom();
  return cy
    .elements()
    .not(`.hidden, .faded, .${LABEL_HIDDEN}`)
    .filter((element) => element.isNode() || element.is(LABELLED_EDGES))
    .filter((element) => {
      const text = String(parsedStyle(element, "label").strValue ?? "");
      // Labels too small on screen are not drawn (min-zoomed-font-size).
      const drawnSize = Number(parsedStyle(element, "font-size").pfValue) * zoom;
      return (
        text !== "" &&
        drawnSize >= Number(parsedStyle(element, "min-zoomed-font-size").pfValue) &&
        Number(parsedStyle(element, "text-opacity").value) > 0
      );
    })
    .map((element) => {
      const box = element.renderedBoundingBox(LABEL_ONLY);
      const fontPx = parsedStyle(element, "font-size").pfValue * zoom;
      return {
        id: modelIdOf(element),
        text: String(parsedStyle(element, "label").strValue),
        x1: box.x1,
        y1: box.y1,
        x2: box.x2,
        y2: box.y2,
        fontPx,
        kind: element.isNode() ? "node" : "edge",
      };
    });
}

/** Shown actors whose centre lies outside the canvas (a fit that left them out). */
export function actorsOffCanvas(cy: Core): string[] {
  const width = cy.width();
  const height = cy.height();
  return cy
    .nodes()
    .not(".hidden")
    .nodes()
    .filter((node) => {
      const { x, y } = node.renderedPosition();
      return x < 0 || y < 0 || x > width || y > height;
    })
    .map((node) => modelIdOf(node));
}
