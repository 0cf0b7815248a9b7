// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods.
import cytoscape, { type Core, type EventObject } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ActorGraph, Dataset } from "../model";
import { exportCaption } from "./exportCaption";
import { composePng, composeSvg } from "./exportImage";
import type { HiddenMode, LayoutName, Selection, Theme } from "../state";
import { graphToElements, type Vocabulary } from "./elements";
import { COMMUNITY_COLOUR_COUNT, communityColour } from "./palette";
import { fitToPositions } from "./fitToPositions";
import { LARGE_GRAPH, runLayout, seedPositions } from "./layouts";
import { LayoutWorkerClient } from "./layoutWorkerClient";
import { seedFrom } from "./seededRandom";
import { syncClass, syncData } from "./syncClasses";
import { watchLabelScale } from "./labelScale";
import { prefersReducedMotion, skipLayeredTextures } from "./rendererTweaks";
import { buildStylesheet } from "./stylesheet";

cytoscape.use(fcose);

export interface GraphViewCallbacks {
  onSelect: (selection: Selection | undefined) => void;
}

/** Read-only numbers for tests and the status line: what is on screen now. */
export interface GraphSnapshot {
  nodeCount: number;
  edgeCount: number;
  visibleNodes: string[];
  visibleEdges: string[];
  selected: string[];
  focusedNodes: string[];
  pathNodes: string[];
  zoom: number;
}

export class GraphView {
  private cy: Core;
  private large = false;
  private labelScale = 1;
  private theme: Theme = "light";
  private seed = 1;
  private readonly layoutWorker = new LayoutWorkerClient();

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: GraphViewCallbacks,
  ) {
    this.cy = this.createCore(false);
  }

  /**
   * Large graphs get cytoscape's cheap viewport rendering (edges hidden and a texture while
   * panning or zooming); these are construction options, so the core is rebuilt when needed.
   */
  private createCore(large: boolean): Core {
    const cy = cytoscape({
      container: this.container,
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : "auto",
    });
    if (large) skipLayeredTextures(cy);
    else
      watchLabelScale(cy, (scale) => {
        this.labelScale = scale;
        this.restyle();
      });
    this.bindEvents(cy, this.callbacks);
    return cy;
  }

  private bindEvents(cy: Core, callbacks: GraphViewCallbacks): void {
    this.cy = cy;
    this.cy.on("tap", "node", (event: EventObject) => callbacks.onSelect({ type: "actor", id: targetId(event) }));
    this.cy.on("tap", "edge", (event: EventObject) => callbacks.onSelect({ type: "relation", id: targetId(event) }));
    this.cy.on("tap", (event: EventObject) => {
      if (event.target === this.cy) callbacks.onSelect(undefined);
    });
    this.cy.on("mouseover", "node", (event: EventObject) => this.highlightNeighbourhood(targetId(event)));
    this.cy.on("mouseout", "node", () => this.cy.elements(".dimmed, .neighbour").removeClass("dimmed neighbour"));
  }

  load(graph: ActorGraph, vocabulary: Vocabulary, theme: Theme): void {
    this.theme = theme;
    this.seed = seedFrom(graph.getAttribute("datasetId"));
    const large = graph.order > LARGE_GRAPH;
    if (large !== this.large) {
      this.cy.destroy();
      this.large = large;
      this.cy = this.createCore(large);
    }
    // Style first: adding 20k elements under the old style and restyling them costs twice.
    this.restyle();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(graphToElements(graph, vocabulary));
    });
    this.layout("force");
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.restyle();
  }

  private restyle(): void {
    this.cy.style(buildStylesheet(this.theme, this.large, this.labelScale));
  }

  layout(name: LayoutName, root?: string): void {
    if (runLayout(this.cy, name, this.seed, root)) return;
    // Large graph: draw at once on seeded positions, refine with ForceAtlas2 in the worker.
    seedPositions(this.cy, this.seed);
    fitToPositions(this.cy);
    this.layoutWorker.run(this.cy, this.seed, (error) => {
      if (!error) fitToPositions(this.cy);
    });
  }

  /** Hides or fades every element not in the given sets. */
  applyVisibility(actors: ReadonlySet<string>, relations: ReadonlySet<string>, mode: HiddenMode): void {
    this.cy.batch(() => {
      const nodes = this.cy.nodes();
      const edges = this.cy.edges();
      syncClass(nodes, "hidden", (id) => mode === "hide" && !actors.has(id));
      syncClass(nodes, "faded", (id) => mode === "fade" && !actors.has(id));
      syncClass(edges, "hidden", (id) => mode === "hide" && !relations.has(id));
      syncClass(edges, "faded", (id) => mode === "fade" && !relations.has(id));
    });
  }

  /** Emphasises a focus (story step, path) and fades the rest; undefined clears it. */
  setFocus(focus: { actors: ReadonlySet<string>; relations: ReadonlySet<string> } | undefined): void {
    this.cy.batch(() => {
      syncClass(this.cy.nodes(), "focused", (id) => focus?.actors.has(id) ?? false);
      syncClass(this.cy.nodes(), "unfocused", (id) => focus !== undefined && !focus.actors.has(id));
      syncClass(this.cy.edges(), "focused", (id) => focus?.relations.has(id) ?? false);
      syncClass(this.cy.edges(), "unfocused", (id) => focus !== undefined && !focus.relations.has(id));
    });
  }

  setPath(actors: ReadonlySet<string>, relations: ReadonlySet<string>): void {
    this.cy.batch(() => {
      syncClass(this.cy.nodes(), "on-path", (id) => actors.has(id));
      syncClass(this.cy.edges(), "on-path", (id) => relations.has(id));
    });
  }

  select(selection: Selection | undefined, centre = false): void {
    this.cy.elements().unselect();
    if (!selection) return;
    const element = this.cy.getElementById(selection.id);
    if (element.empty()) return;
    element.select();
    if (centre) this.cy.animate({ center: { eles: element }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: prefersReducedMotion() ? 0 : 300 });
  }

  /** 0..1 per actor, mapped to node size; an empty map resets sizes. */
  setNodeSizes(sizes: ReadonlyMap<string, number>): void {
    this.cy.batch(() => syncData(this.cy.nodes(), "size", (id) => sizes.get(id) ?? 0));
  }

  setCommunities(communityOf: ReadonlyMap<string, number> | undefined): void {
    this.cy.batch(() => {
      syncData(this.cy.nodes(), "community", (id) => communityOf?.get(id) ?? -1);
      syncData(this.cy.nodes(), "communityColour", (id) => {
        const community = communityOf?.get(id);
        return community === undefined || community >= COMMUNITY_COLOUR_COUNT ? undefined : communityColour(community);
      });
      syncClass(this.cy.nodes(), "by-community", () => communityOf !== undefined);
    });
  }

  fit(elementIds?: readonly string[]): void {
    if (this.large && !elementIds) return fitToPositions(this.cy);
    const target = elementIds
      ? this.cy.elements().filter((element) => elementIds.includes(element.id()))
      : this.cy.elements().not(".hidden");
    this.cy.animate({ fit: { eles: target, padding: 50 } }, { duration: prefersReducedMotion() ? 0 : 400 });
  }

  zoomBy(factor: number): void {
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  camera(): { zoom: number; pan: { x: number; y: number } } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setCamera(camera: { zoom: number; pan: { x: number; y: number } }): void {
    this.cy.viewport({ zoom: camera.zoom, pan: camera.pan });
  }

  /** PNG of the visible graph with title, legend and sources burned in. */
  pngDataUrl(dataset: Dataset, scale = 2): Promise<string> {
    return composePng(this.cy, exportCaption(dataset, this.shownKinds()), scale);
  }

  svgText(dataset: Dataset): Promise<string> {
    return composeSvg(this.cy, exportCaption(dataset, this.shownKinds()));
  }

  private shownKinds(): Set<string> {
    return new Set(this.cy.nodes().not(".hidden").map((node) => node.data("kind") as string));
  }

  resize(): void {
    this.cy.resize();
  }

  snapshot(): GraphSnapshot {
    const ids = (collection: { map: (fn: (element: { id: () => string }) => string) => string[] }) =>
      collection.map((element) => element.id());
    const shown = this.cy.elements().not(".hidden, .faded");
    return {
      nodeCount: this.cy.nodes().length,
      edgeCount: this.cy.edges().length,
      visibleNodes: ids(shown.nodes()),
      visibleEdges: ids(shown.edges()),
      selected: ids(this.cy.elements(":selected")),
      focusedNodes: ids(this.cy.nodes(".focused")),
      pathNodes: ids(this.cy.nodes(".on-path")),
      zoom: this.cy.zoom(),
    };
  }

  destroy(): void {
    this.layoutWorker.destroy();
    this.cy.destroy();
  }

  private highlightNeighbourhood(id: string): void {
    const node = this.cy.getElementById(id);
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      // Dimming every other element costs a restyle of the whole graph: small graphs only.
      if (!this.large) this.cy.elements().not(neighbourhood).addClass("dimmed");
      neighbourhood.addClass("neighbour");
    });
  }
}

const targetId = (event: EventObject): string => (event.target as cytoscape.SingularElementArgument).id();
