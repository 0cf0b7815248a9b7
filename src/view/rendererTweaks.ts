// Small adjustments to cytoscape's renderer and to the user's motion preference.
import type { Core } from "cytoscape";

/**
 * Cytoscape pre-renders the whole graph into layered bitmaps before drawing; at 5k nodes and
 * 15k edges that takes seconds, and every filter change rebuilds them. Large graphs skip the
 * layers and draw each element from its own cached bitmap (measured: 5k filter change 2 s →
 * 0.6 s; skipping the per-element bitmaps too made panning slow, so those stay). This reaches
 * into renderer internals; the bench and the large-graph browser test exercise it, and if a
 * cytoscape update renames them, the guard leaves rendering as it was.
 */
export function skipLayeredTextures(cy: Core): void {
  const data = (
    cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { getLayers: () => null } } } }
  ).renderer?.().data;
  if (data?.lyrTxrCache) data.lyrTxrCache.getLayers = () => null;
}

export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
