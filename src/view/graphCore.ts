// Cytoscape cores as the view builds them. Large graphs get cheap viewport rendering (edges
// hidden and a texture while panning or zooming) and an overview layer under cytoscape's detail;
// these are construction options, so the view builds a new core when a graph crosses the line.
import cytoscape, { type Core } from "cytoscape";
import { OverviewLayer } from "./overview/OverviewLayer";
import { skipLayeredTextures } from "./rendererTweaks";

export function createCore(container: HTMLElement, large: boolean): Core {
  const cy = cytoscape({
    container,
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : "auto",
  });
  if (large) skipLayeredTextures(cy);
  return cy;
}

/** Large graphs: every shown actor and relation, drawn under cytoscape's detail and redrawn with the camera. */
export function overviewUnder(container: HTMLElement, cy: Core): OverviewLayer {
  const overview = new OverviewLayer(
    container,
    () => ({ zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() }),
    // Cytoscape draws large-graph nodes 10 wide (stylesheet.ts), larger when zoomed out: the
    // overview keeps them small there, so dense regions read as density and hubs (in the
    // detail) stand out.
    (zoom) => Math.max(1.5, 5 * zoom),
  );
  cy.on("viewport resize", () => overview.drawSoon());
  return overview;
}
