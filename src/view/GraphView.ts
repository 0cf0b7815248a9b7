// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods.
import cytoscape, { type Core, type EventObject } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ActorGraph, Dataset } from "../model";
import { exportCaption } from "./exportCaption";
import { composePng, composeSvg } from "./exportImage";
import type { Camera, HiddenMode, LayoutName, Selection, Theme } from "../state";
import { elementFactory, graphToElements, type Vocabulary } from "./elements";
import { ElementState, type ElementSets } from "./elementState";
import { DetailScheduler } from "./detail/DetailScheduler";
import { LargeGraph } from "./detail/LargeGraph";
import { graphSnapshot, type GraphSnapshot } from "./graphSnapshot";
import type { DetailInfo } from "./detail/LevelOfDetail";
import { LARGE_GRAPH, runLayout } from "./layouts";
import { LayoutWorkerClient } from "./layoutWorkerClient";
import { seedFrom } from "./seededRandom";
import { labelScaleFor, largeNodeScaleFor, watchLabelScale } from "./labelScale";
import { THEME_TOKENS } from "./palette";

const PROJECTOR_LABEL_PX = 24;
import { prefersReducedMotion, skipLayeredTextures } from "./rendererTweaks";
import { buildStylesheet } from "./stylesheet";
import { LabelLayer } from "./labels/LabelLayer";
import { actorsOffCanvas, drawnLabels, type DrawnLabel } from "./labels/drawnLabels";
import { fitPadding } from "./fitToBox";

cytoscape.use(fcose);

export interface GraphViewCallbacks {
  onSelect: (selection: Selection | undefined) => void;
  /** Large graphs: how much of what is in view is drawn (undefined when everything is). */
  onDetail?: (info: DetailInfo | undefined) => void;
  /** The person moved the camera (pan, zoom) and it came to rest: small graphs only. */
  onCamera?: (camera: Camera) => void;
}

export class GraphView {
  private cy: Core;
  /** The core is built for large graphs (cheap viewport rendering). */
  private largeCore = false;
  private large: LargeGraph | undefined;
  private labelScale = 1;
  private nodeScale = 1;
  private theme: Theme = "light";
  private seed = 1;
  private state = new ElementState();
  private selection: Selection | undefined;
  private readonly detail = new DetailScheduler(() => this.drawDetail());
  private readonly layoutWorker = new LayoutWorkerClient();
  /** Small graphs: which labels are drawn so that none overlap (labels/). */
  private labels: LabelLayer | undefined;
  /** Camera moves before this time are the view's own (layout, fit): not reported. */
  private quietUntil = 0;
  private cameraTimer: ReturnType<typeof setTimeout> | undefined;

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
    if (large) {
      skipLayeredTextures(cy);
      cy.on("viewport", () => this.detail.afterRest());
      cy.on("free", "node", (event: EventObject) => this.large?.remember(targetId(event), (event.target as cytoscape.NodeSingular).position()));
    } else {
      watchLabelScale(
        cy,
        (scale) => {
          this.labelScale = scale;
          this.restyle();
        },
        (zoom) => this.labelScaleAt(zoom),
      );
      this.labels?.cancel();
      this.labels = new LabelLayer(cy);
      cy.on("viewport", () => {
        clearTimeout(this.cameraTimer);
        this.cameraTimer = setTimeout(() => {
          if (performance.now() >= this.quietUntil) this.callbacks.onCamera?.(this.centreCamera());
        }, 400);
      });
    }
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
    this.cy.on("mouseover", "node", (event: EventObject) => {
      this.highlightNeighbourhood(targetId(event));
      this.labels?.hover(targetId(event));
    });
    this.cy.on("mouseout", "node", () => {
      this.cy.elements(".dimmed, .neighbour").removeClass("dimmed neighbour");
      this.labels?.hover(undefined);
    });
    // An edge names its kind while hovered.
    this.cy.on("mouseover", "edge", (event: EventObject) => {
      (event.target as cytoscape.EdgeSingular).addClass("neighbour");
      this.labels?.place();
    });
    this.cy.on("mouseout", "edge", (event: EventObject) => {
      (event.target as cytoscape.EdgeSingular).removeClass("neighbour");
      this.labels?.place();
    });
  }

  load(graph: ActorGraph, vocabulary: Vocabulary, theme: Theme): void {
    this.theme = theme;
    this.seed = seedFrom(graph.getAttribute("datasetId"));
    this.state = new ElementState();
    this.selection = undefined;
    this.large?.stop();
    this.large = undefined;
    const large = graph.order > LARGE_GRAPH;
    if (large !== this.largeCore) {
      this.cy.destroy();
      this.largeCore = large;
      this.cy = this.createCore(large);
    }
    // Style first: adding 20k elements under the old style and restyling them costs twice.
    this.restyle();
    this.cy.batch(() => this.cy.elements().remove());
    this.callbacks.onDetail?.(undefined);
    if (large) this.large = new LargeGraph(this.cy, graph, elementFactory(graph, vocabulary), this.seed, this.layoutWorker, (info) => this.callbacks.onDetail?.(info), () => this.detail.soon());
    else this.cy.batch(() => this.cy.add(graphToElements(graph, vocabulary)));
    this.layout("force");
    // Marks for `npm run bench`: the view has the graph, then cytoscape has drawn it.
    performance.mark("tangle:view-loaded");
    this.cy.one("render", () => performance.mark("tangle:view-drawn", { detail: { drawnNodes: this.cy.nodes().length } }));
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    if (!this.largeCore) this.labelScale = this.labelScaleAt(this.cy.zoom());
    this.restyle();
  }

  /** The projector theme keeps labels at least 24 px tall on screen (read from the back of a room). */
  private labelScaleAt(zoom: number): number {
    return this.theme === "projector" ? labelScaleFor(zoom, PROJECTOR_LABEL_PX, THEME_TOKENS.projector.fontSize) : labelScaleFor(zoom);
  }

  private restyle(): void {
    this.cy.style(buildStylesheet(this.theme, this.largeCore, this.labelScale, this.nodeScale));
    this.labels?.soon();
  }

  layout(name: LayoutName, root?: string): void {
    this.quiet(0);
    if (this.large) this.large.layout(name, root, this.state);
    else {
      this.labels?.showAll();
      runLayout(this.cy, name, this.seed, root, fitPadding(this.cy));
      this.labels?.place();
    }
  }

  /** Large graphs: draws what the camera shows now (see DetailScheduler for when). */
  private drawDetail(): void {
    if (!this.large) return;
    const nodeScale = largeNodeScaleFor(this.cy.zoom());
    if (nodeScale !== this.nodeScale) {
      this.nodeScale = nodeScale;
      this.restyle();
    }
    this.large.refresh(this.state, this.selection);
  }

  /** Hides or fades every element not in the given sets. */
  applyVisibility(actors: ReadonlySet<string>, relations: ReadonlySet<string>, mode: HiddenMode): void {
    this.state.visibility = { actors, relations, mode };
    this.cy.batch(() => this.state.applyVisibility(this.cy.elements()));
    this.labels?.soon();
    this.detail.soon();
  }

  /** Emphasises a focus (story step, path) and fades the rest; undefined clears it. */
  setFocus(focus: ElementSets | undefined): void {
    this.state.focus = focus;
    this.cy.batch(() => this.state.applyFocus(this.cy.elements()));
    this.labels?.soon();
    this.detail.soon();
  }

  setPath(actors: ReadonlySet<string>, relations: ReadonlySet<string>): void {
    this.state.path = { actors, relations };
    this.cy.batch(() => this.state.applyPath(this.cy.elements()));
    this.labels?.soon();
    this.detail.soon();
  }

  select(selection: Selection | undefined, centre = false): void {
    this.selection = selection;
    // An actor not drawn yet (large graphs) is drawn at once, to be selected and centred.
    if (selection && this.cy.getElementById(selection.id).empty()) this.detail.now();
    else this.detail.soon();
    this.cy.elements().unselect();
    this.cy.edges(".of-selection").removeClass("of-selection");
    this.labels?.soon();
    if (!selection) return;
    const element = this.cy.getElementById(selection.id);
    if (element.empty()) return;
    element.select();
    // The selected actor's relations name their kind (where the label fits).
    if (element.isNode() && !this.largeCore) element.connectedEdges().not(".hidden").addClass("of-selection");
    if (centre) this.quiet(300);
    if (centre) this.cy.animate({ center: { eles: element }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: prefersReducedMotion() ? 0 : 300 });
  }

  /** 0..1 per actor, mapped to node size; an empty map resets sizes. */
  setNodeSizes(sizes: ReadonlyMap<string, number>): void {
    this.state.sizes = sizes;
    this.cy.batch(() => this.state.applySizes(this.cy.elements()));
    this.labels?.soon();
  }

  setCommunities(communityOf: ReadonlyMap<string, number> | undefined): void {
    this.state.communities = communityOf;
    this.cy.batch(() => this.state.applyCommunities(this.cy.elements()));
  }

  fit(elementIds?: readonly string[]): void {
    this.quiet(400);
    if (this.large) return this.large.fit(elementIds, this.state);
    const target = elementIds
      ? this.cy.elements().filter((element) => elementIds.includes(element.id()))
      : this.cy.elements().not(".hidden");
    this.cy.animate({ fit: { eles: target, padding: fitPadding(this.cy) } }, { duration: prefersReducedMotion() ? 0 : 400 });
  }

  zoomBy(factor: number): void {
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /** The camera as the URL keeps it: zoom and the model point at the canvas's centre. */
  centreCamera(): Camera {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    return { zoom, x: (this.cy.width() / 2 - pan.x) / zoom, y: (this.cy.height() / 2 - pan.y) / zoom };
  }

  /** Points the camera as a shared link says (see centreCamera). */
  showCamera(camera: Camera): void {
    this.quiet(0);
    const zoom = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), camera.zoom));
    this.cy.viewport({ zoom, pan: { x: this.cy.width() / 2 - camera.x * zoom, y: this.cy.height() / 2 - camera.y * zoom } });
  }

  private quiet(animationMs: number): void {
    this.quietUntil = performance.now() + animationMs + 500;
  }

  camera(): { zoom: number; pan: { x: number; y: number } } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setCamera(camera: { zoom: number; pan: { x: number; y: number } }): void {
    this.cy.viewport({ zoom: camera.zoom, pan: camera.pan });
  }

  /** PNG of the visible graph with title, legend and sources burned in. */
  pngDataUrl(dataset: Dataset, scale = 2): Promise<string> {
    return composePng(this.cy, exportCaption(dataset, this.shownKinds(), this.shownRelationKinds()), scale, () => this.placeLabelsForExport());
  }

  svgText(dataset: Dataset): Promise<string> {
    return composeSvg(this.cy, exportCaption(dataset, this.shownKinds(), this.shownRelationKinds()), THEME_TOKENS[this.theme].text, () => this.placeLabelsForExport());
  }

  /** Labels placed for the whole graph, not the canvas (what is shown may just have changed: the handout); the screen's come back next frame. */
  private placeLabelsForExport(): void {
    this.labels?.place(false);
    this.labels?.soon();
  }

  private shownRelationKinds(): Set<string> {
    return new Set(this.cy.edges().not(".hidden").map((edge) => edge.data("kind") as string));
  }

  private shownKinds(): Set<string> {
    return new Set(this.cy.nodes().not(".hidden").map((node) => node.data("kind") as string));
  }

  resize(): void {
    this.cy.resize();
  }

  snapshot(): GraphSnapshot {
    return graphSnapshot(this.cy, this.large?.graph);
  }

  /** The labels drawn now, in screen pixels (tests read them through the test hook). */
  labelBoxes(): DrawnLabel[] {
    return drawnLabels(this.cy);
  }

  /** As hovering an actor does: its name is drawn whatever it covers (undefined: none). */
  showLabelOf(id: string | undefined): void {
    this.labels?.hover(id);
  }

  /** Shown actors the camera leaves out (tests of fitting). */
  offCanvas(): string[] {
    return actorsOffCanvas(this.cy);
  }

  destroy(): void {
    this.detail.cancel();
    this.labels?.cancel();
    clearTimeout(this.cameraTimer);
    this.layoutWorker.destroy();
    this.cy.destroy();
  }

  private highlightNeighbourhood(id: string): void {
    const node = this.cy.getElementById(id);
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      // Dimming every other element costs a restyle of the whole graph: small graphs only.
      if (!this.largeCore) this.cy.elements().not(neighbourhood).addClass("dimmed");
      neighbourhood.addClass("neighbour");
    });
  }
}

const targetId = (event: EventObject): string => (event.target as cytoscape.SingularElementArgument).id();
