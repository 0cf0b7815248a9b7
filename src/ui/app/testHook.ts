// A read-only window.__tangle for browser tests (cytoscape's style: read numbers from the live
// instance instead of comparing pixels). Absent from production builds.
interface TestHook {
  snapshot?: () => unknown;
  state?: () => unknown;
  /** Milliseconds one search of `query` takes on the live index (NaN while it is being built). */
  searchMs?: (query: string) => number;
  /** The labels drawn now, in screen pixels (view/labels/drawnLabels.ts). */
  labelBoxes?: () => unknown;
  /** Shown actors outside the canvas; the camera (zoom, model centre); a hover by id. */
  offCanvas?: () => unknown;
  /** Where the shown actors are drawn, and the canvas size (view/drawnActors.ts). */
  actorBoxes?: () => unknown;
  camera?: () => unknown;
  hover?: (id: string) => unknown;
  [key: string]: ((query: string) => unknown) | undefined;
}

declare global {
  interface Window {
    __tangle?: TestHook;
  }
}

export function exposeTestHook(parts: TestHook): void {
  if (import.meta.env.MODE === "production") return;
  window.__tangle = { ...window.__tangle, ...parts };
}
