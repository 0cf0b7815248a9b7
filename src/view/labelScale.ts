// Keeps node labels readable on screen when a small graph is zoomed out to fit: the font grows
// as the zoom shrinks (up to 2.2×), in steps so that panning never restyles.
import type { Core } from "cytoscape";
import type { Theme } from "../state";
import { THEME_TOKENS } from "./palette";

const MAX_SCALE = 2.2;

/**
 * `minScreenPx` (the projector theme: 24 px, readable from the back of a classroom) makes the
 * font of `fontSize` model units at least that tall on screen, however far the camera is out.
 */
export function labelScaleFor(zoom: number, minScreenPx = 0, fontSize = 13): number {
  const scale = Math.min(MAX_SCALE, Math.max(1, 1 / zoom));
  const readable = minScreenPx / (fontSize * Math.max(zoom, 1e-6));
  return Math.max(Math.round(scale * 5) / 5, Math.ceil(readable * 5) / 5);
}

/** The projector theme's smallest label on screen, in pixels (read from the back of a classroom). */
const PROJECTOR_LABEL_PX = 24;

/** The projector theme keeps labels at least 24 px tall on screen; other themes follow labelScaleFor. */
export function themeLabelScale(theme: Theme, zoom: number): number {
  return theme === "projector"
    ? labelScaleFor(zoom, PROJECTOR_LABEL_PX, THEME_TOKENS.projector.fontSize)
    : labelScaleFor(zoom);
}

/** Calls `restyle(scale)` once per animation frame when the zoom crosses a step. */
export function watchLabelScale(
  cy: Core,
  restyle: (scale: number) => void,
  scaleFor: (zoom: number) => number = labelScaleFor,
): void {
  let current = 1;
  let pending = false;
  cy.on("zoom", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const next = scaleFor(cy.zoom());
      if (next === current) return;
      current = next;
      restyle(next);
    });
  });
}

/** The node scales of large graphs, one class each (`nodeScaleClass`): cytoscape's zoom stops at 0.02. */
export const LARGE_NODE_SCALES = [1, 2, 4, 8, 16, 32] as const;

/**
 * Large graphs: node size grows as the zoom shrinks, so that an overview shows dots of at least
 * ~5 px rather than specks. Powers of two, so that a change (when the camera rests) is rare.
 */
export function largeNodeScaleFor(zoom: number): number {
  return Math.min(32, 2 ** Math.max(0, Math.ceil(Math.log2(0.5 / Math.max(zoom, 1e-6)))));
}

/**
 * The class that sizes a large graph's node for a scale. A class, not a new stylesheet: a new
 * stylesheet restyled every element cytoscape held (nodes and edges, ~1,200 after zooming to a
 * selection at 20k, 0.2–0.5 s with their textures), where a class restyles only the nodes whose
 * scale changes.
 */
export const nodeScaleClass = (scale: number): string => `node-scale-${scale}`;
