// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods.
import cytoscape, { type Core, type EventObject } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ActorGraph, Dataset } from "../model";
import { exportCaption } from "./exportCaption";
import { composePng, composeSvg } from "./exportImage";
import type { ElementSets, HiddenMode, LayoutName, Selection, Theme } from "../state";
import { elementFactory, graphToElements, type Vocabulary } from "./elements";
import { ElementState } from "./elementState";
import { NO_ELEMENTS, type Scene } from "./scene";
import { actorElementId, elementIdOf, modelIdOf } from "./elementIds";
import { DetailScheduler } from "./detail/DetailScheduler";
import { LargeGraph } from "./detail/LargeGraph";
import { graphSnapshot, type GraphSnapshot } from "./graphSnapshot";
import type { DetailInfo } from "./detail/LevelOfDetail";
import { LARGE_GRAPH, runLayout } from "./layouts";
import { LayoutWorkerClient } from "../workers/layoutClient";
import { seedFrom } from "./seededRandom";
import { largeNodeScaleFor, watchLabelScale } from "./labelScale";
import { prefersReducedMotion, skipLayeredTextures } from "./rendererTweaks";
import { buildStylesheet } from "./stylesheet";
import { applyDiffMarks, DIFF_STYLES, type DiffMark } from "./diffMarks"; // editor (issue 19)

cytoscape.use(fcose);

export interface GraphViewCallbacks {
  onSelect: (selection: Selection | undefined) => void;
  /** Large graphs: how much of what is in view is drawn (undefined when everything is). */
  onDetail?: (info: DetailInfo | undefined) => void;
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
  private scene: Scene | undefined;
  private layoutName: LayoutName = "force";
  /** A layout other than force asked for at load: it runs once the first scene has set what is visible. */
  private pendingLayout: { name: LayoutName; root: string | undefined } | undefined;
  private readonly detail = new DetailScheduler(() => this.drawDetail());
  private readonly layoutWorker = new LayoutWorkerClient();
  /** Editor (issue 19): the diff of two versions marked on the graph; kept across loads. */
  private diffMarks: ReadonlyMap<string, DiffMark> = new Map();

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
    } else
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

  /**
   * Shows a new graph, laid out by force at once; another `layout` (around `root` where it has one)
   * runs on what is visible after the first scene. The next scene is applied whole.
   */
  load(graph: ActorGraph, vocabulary: Vocabulary, theme: Theme, layout: LayoutName = "force", root?: string): void {
    this.theme = theme;
    this.scene = undefined;
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
    this.pendingLayout = layout === "force" ? undefined : { name: layout, root };
    if (this.diffMarks.size > 0) this.setDiffMarks(this.diffMarks); // editor (issue 19)
    // Marks for `npm run bench`: the view has the graph, then cytoscape has drawn it.
    performance.mark("tangle:view-loaded");
    this.cy.one("render", () => performance.mark("tangle:view-drawn", { detail: { drawnNodes: this.cy.nodes().length } }));
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.restyle();
  }

  private restyle(): void {
    this.cy.style([...buildStylesheet(this.theme, this.largeCore, this.labelScale, this.nodeScale), ...DIFF_STYLES]);
  }

  /** Editor (issue 19): marks added, removed and changed elements; an empty map clears them. */
  setDiffMarks(marks: ReadonlyMap<string, DiffMark>): void {
    this.diffMarks = marks;
    this.cy.batch(() => applyDiffMarks(this.cy.elements(), marks));
  }

  /** Editor (issue 19), for browser tests: the ids drawn with each diff class. */
  diffMarked(): Record<DiffMark, string[]> {
    const ids = (mark: DiffMark) => this.cy.elements(`.diff-${mark}`).map((element) => modelIdOf(element));
    return { added: ids("added"), removed: ids("removed"), changed: ids("changed") };
  }

  /** Runs a layout, also again when it is the current one ("lay out again"). */
  layout(name: LayoutName, root?: string): void {
    this.layoutName = name;
    if (this.large) this.large.layout(name, root, this.state);
    else runLayout(this.cy, name, this.seed, root);
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

  /** Runs a layout only when it differs from the current one (a link or Back changed it). */
  showLayout(name: LayoutName, root?: string): void {
    if (this.pendingLayout) this.pendingLayout = { name, root };
    else if (name !== this.layoutName) this.layout(name, root);
  }

  /** Applies what changed since the last scene (compared by reference), all of it after a load. */
  setScene(scene: Scene): void {
    const last = this.scene;
    this.scene = scene;
    const elements = this.cy.elements();
    this.cy.batch(() => {
      if (last?.visible !== scene.visible || last.hiddenMode !== scene.hiddenMode) this.applyVisibility(scene.visible, scene.hiddenMode);
      if (last?.emphasis !== scene.emphasis) {
        this.state.emphasis = scene.emphasis;
        this.state.applyEmphasis(elements);
      }
      if (last?.path !== scene.path) {
        this.state.path = scene.path ?? NO_ELEMENTS;
        this.state.applyPath(elements);
      }
      if (last?.sizes !== scene.sizes) {
        this.state.sizes = scene.sizes;
        this.state.applySizes(elements);
      }
      if (last?.communities !== scene.communities) {
        this.state.communities = scene.communities;
        this.state.applyCommunities(elements);
      }
    });
    this.detail.soon();
    const pending = this.pendingLayout;
    this.pendingLayout = undefined;
    if (pending) this.layout(pending.name, pending.root);
    if (scene.fitKey !== undefined && scene.fitKey !== last?.fitKey) this.fit([...scene.visible.actors]);
  }

  /** Hides or fades every element not in the given sets (also used alone to draw handout pictures). */
  applyVisibility(visible: ElementSets, mode: HiddenMode): void {
    this.state.visibility = { ...visible, mode };
    this.cy.batch(() => this.state.applyVisibility(this.cy.elements()));
    this.detail.soon();
  }

  select(selection: Selection | undefined, centre = false): void {
    this.selection = selection;
    // An actor not drawn yet (large graphs) is drawn at once, to be selected and centred.
    if (selection && this.cy.getElementById(elementIdOf(selection)).empty()) this.detail.now();
    else this.detail.soon();
    this.cy.elements().unselect();
    if (!selection) return;
    const element = this.cy.getElementById(elementIdOf(selection));
    if (element.empty()) return;
    element.select();
    if (centre) this.cy.animate({ center: { eles: element }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: prefersReducedMotion() ? 0 : 300 });
  }

  fit(elementIds?: readonly string[]): void {
    if (this.large) return this.large.fit(elementIds, this.state);
    const wanted = new Set(elementIds);
    const target = elementIds
      ? this.cy.elements().filter((element) => wanted.has(modelIdOf(element)))
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
    return graphSnapshot(this.cy, this.large?.graph);
  }

  destroy(): void {
    this.detail.cancel();
    this.layoutWorker.destroy();
    this.cy.destroy();
  }

  private highlightNeighbourhood(id: string): void {
    const node = this.cy.getElementById(actorElementId(id));
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      // Dimming every other element costs a restyle of the whole graph: small graphs only.
      if (!this.largeCore) this.cy.elements().not(neighbourhood).addClass("dimmed");
      neighbourhood.addClass("neighbour");
    });
  }
}

const targetId = (event: EventObject): string => modelIdOf(event.target as cytoscape.SingularElementArgument);
