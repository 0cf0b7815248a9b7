// Where the camera goes so that a selection and its neighbours are in view: the least movement
// from where the person left it. It pans only as far as needed, zooms out only when the
// neighbourhood is larger than the free area, and never zooms in.
import type { Box, Point } from "../detail/chooseDetail";

export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface KeepInViewInput {
  /** What must be in view, in model coordinates. */
  box: Box;
  /** The selected element, in model coordinates: it stays where it is on screen when zooming out. */
  anchor: Point;
  viewport: Viewport;
  /** The part of the canvas nothing covers, in screen pixels (a drawer may cover the rest). */
  area: Box;
  padding: number;
  minZoom: number;
}

export function keepInView({ box, anchor, viewport, area, padding, minZoom }: KeepInViewInput): Viewport {
  const roomX = Math.max(1, area.x2 - area.x1 - 2 * padding);
  const roomY = Math.max(1, area.y2 - area.y1 - 2 * padding);
  const needed = Math.min(roomX / Math.max(box.x2 - box.x1, 1e-9), roomY / Math.max(box.y2 - box.y1, 1e-9));
  const zoom = Math.max(minZoom, Math.min(viewport.zoom, needed));
  // Zooming out around the anchor keeps the selected element under the person's eyes.
  const pan = {
    x: anchor.x * (viewport.zoom - zoom) + viewport.pan.x,
    y: anchor.y * (viewport.zoom - zoom) + viewport.pan.y,
  };
  const shiftX = shiftInto(
    box.x1 * zoom + pan.x,
    box.x2 * zoom + pan.x,
    area.x1 + padding,
    area.x2 - padding,
    anchor.x * zoom + pan.x,
  );
  const shiftY = shiftInto(
    box.y1 * zoom + pan.y,
    box.y2 * zoom + pan.y,
    area.y1 + padding,
    area.y2 - padding,
    anchor.y * zoom + pan.y,
  );
  return { zoom, pan: { x: pan.x + shiftX, y: pan.y + shiftY } };
}

/** The smallest shift that brings [low, high] inside [min, max]; when it cannot fit, the anchor is centred. */
function shiftInto(low: number, high: number, min: number, max: number, anchor: number): number {
  if (high - low > max - min + 1e-6) return (min + max) / 2 - anchor;
  if (low < min) return min - low;
  if (high > max) return max - high;
  return 0;
}
