// Draws an overview scene on a 2D canvas for a camera (cytoscape's: rendered = model × zoom +
// pan). Software canvas friendly: one path per colour for actors (squares when small), one path
// for all relations, thin and translucent; what lies outside the canvas is skipped.
import type { OverviewScene } from "./overviewScene";

export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

export interface DrawOptions {
  width: number;
  height: number;
  /** Radius of an actor on screen, in pixels, before its size metric. */
  radius: number;
  edgeColour: string;
  /** Clear the canvas first (false when drawing into a picture with a background). */
  clear?: boolean;
}

/** How opaque relations are: dense graphs get fainter lines, so structure shows, not a blot. */
export const edgeAlpha = (edgeCount: number): number =>
  Math.min(0.5, Math.max(0.07, 0.5 * Math.sqrt(2000 / Math.max(edgeCount, 1))));

let screenX = new Float32Array(0);
let screenY = new Float32Array(0);

export function drawOverview(
  context: CanvasRenderingContext2D,
  scene: OverviewScene,
  camera: Camera,
  options: DrawOptions,
): void {
  const { width, height, radius } = options;
  const count = scene.ids.length;
  if (screenX.length < count) {
    screenX = new Float32Array(count);
    screenY = new Float32Array(count);
  }
  const { zoom, pan } = camera;
  for (let i = 0; i < count; i++) {
    screenX[i] = (scene.xs[i] ?? 0) * zoom + pan.x;
    screenY[i] = (scene.ys[i] ?? 0) * zoom + pan.y;
  }
  if (options.clear ?? true) context.clearRect(0, 0, width, height);

  const alpha = edgeAlpha(scene.edgeFrom.length);
  context.lineWidth = 1;
  context.strokeStyle = options.edgeColour;
  for (const fadedPass of [1, 0]) {
    context.globalAlpha = fadedPass ? alpha * 0.25 : alpha;
    context.beginPath();
    for (let e = 0; e < scene.edgeFrom.length; e++) {
      if ((scene.edgeFaded[e] ?? 0) !== fadedPass) continue;
      const a = scene.edgeFrom[e] ?? 0;
      const b = scene.edgeTo[e] ?? 0;
      const ax = screenX[a] ?? 0;
      const ay = screenY[a] ?? 0;
      const bx = screenX[b] ?? 0;
      const by = screenY[b] ?? 0;
      if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > width && bx > width) || (ay > height && by > height))
        continue;
      context.moveTo(ax, ay);
      context.lineTo(bx, by);
    }
    context.stroke();
  }

  const round = radius >= 2.5;
  for (let slot = 0; slot < scene.colours.length; slot++) {
    context.fillStyle = scene.colours[slot] ?? "#999999";
    for (const fadedPass of [1, 0]) {
      context.globalAlpha = fadedPass ? 0.15 : 0.95;
      context.beginPath();
      for (let i = 0; i < count; i++) {
        if (scene.colourOf[i] !== slot || scene.faded[i] !== fadedPass) continue;
        const r = radius * (1 + 1.4 * (scene.sizes[i] ?? 0));
        const x = screenX[i] ?? 0;
        const y = screenY[i] ?? 0;
        if (x < -r || y < -r || x > width + r || y > height + r) continue;
        if (round) {
          context.moveTo(x + r, y);
          context.arc(x, y, r, 0, Math.PI * 2);
        } else context.rect(x - r, y - r, 2 * r, 2 * r);
      }
      context.fill();
    }
  }
  context.globalAlpha = 1;
}
