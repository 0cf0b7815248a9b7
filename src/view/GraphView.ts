// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods.
import cytoscape, { type Core, type EventObject } from "cytoscape";
import type { ActorGraph, Dataset } from "../model";
import { exportCaption } from "./exportCaption";
import { composePng, composeSvg } from "./exportImage";
import { roundCamera, type Camera, type ElementSets, type HiddenMode, type LayoutName, type Selection, type Theme } from "../state";
import { elementFactory, graphToElements, type Vocabulary } from "./elements";
import { ElementState } from "./elementState";
import { NO_ELEMENTS, type Scene } from "./scene";
import { actorElementId, elementIdOf, modelIdOf } from "./elementIds";
import { DetailScheduler } from "./detail/DetailScheduler";
import { fileLayout } from "./detail/filePositions";
import { LargeGraph } from "./detail/LargeGraph";
import { graphSnapshot, type GraphSnapshot } from "./graphSnapshot";
import type { DetailInfo } from "./detail/LevelOfDetail";
import { LARGE_GRAPH, runLayout } from "./layouts";
import { OverviewLayer } from "./overview/OverviewLayer";
import { composeLargePng, composeLargeSvg, coverageLine } from "./overview/exportLarge";
import { LayoutWorkerClient } from "../workers/layoutClient";
import { seedFrom } from "./seededRandom";
import { labelScaleFor, largeNodeScaleFor, watchLabelScale } from "./labelScale";
import { THEME_TOKENS } from "./palette";
import { prefersReducedMotion, skipLayeredTextures } from "./rendererTweaks";
import { buildStylesheet } from "./stylesheet";
import { LabelLayer } from "./labels/LabelLayer";
import { actorsOffCanvas, drawnLabels, type DrawnLabel } from "./labels/drawnLabels";
import { fitPadding } from "./fitToBox";
import { applyDiffMarks, DIFF_STYLES, type DiffMark } from "./diffMarks"; // editor (issue 19)

/** The projector theme's smallest label on screen, in pixels (read from the back of a classroom). */
const PROJECTOR_LABEL_PX = 24;

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
  /** The graph shown (the file's layout reads its positions from the actors). */
  private graph: ActorGraph | undefined;
  /** Large graphs: every shown actor and relation, drawn under cytoscape's detail. */
  private overview: OverviewLayer | undefined;
  private labelScale = 1;
  private nodeScale = 1;
  private theme: Theme = "light";
  private seed = 1;
  private state = new ElementState();
  private selection: Selection | undefined;
  private keyboardFocus = false;
  private scene: Scene | undefined;
  private layoutName: LayoutName = "force";
  /** A layout other than force asked for at load: it runs once the first scene has set what is visible. */
  private pendingLayout: { name: LayoutName; root: string | undefined } | undefined;
  private readonly detail = new DetailScheduler(() => this.drawDetail());
  private readonly layoutWorker = new LayoutWorkerClient();
  /** Small graphs: which labels are drawn so that none overlap (labels/). */
  private labels: LabelLayer | undefined;
  /** Camera moves before this time are the view's own (layout, fit): not reported. */
  private quietUntil = 0;
  private cameraTimer: ReturnType<typeof setTimeout> | undefined;
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
    this.overview?.destroy();
    this.overview = undefined;
    if (large) {
      this.labels?.cancel();
      this.labels = undefined;
      skipLayeredTextures(cy);
      const overview = new OverviewLayer(
        this.container,
        () => ({ zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height() }),
        // Cytoscape draws large-graph nodes 10 wide (stylesheet.ts), larger when zoomed out: the
        // overview keeps them small there, so dense regions read as density and hubs (in the
        // detail) stand out.
        (zoom) => Math.max(1.5, 5 * zoom),
      );
      this.overview = overview;
      cy.on("viewport resize", () => overview.drawSoon());
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
    this.cy.on("tap", "edge", (event: EventObject) => {
      // An actor drawn in the overview under a detail edge wins: one aims at dots, not lines.
      const actor = this.overview?.actorAt(event.position);
      callbacks.onSelect(actor === undefined ? { type: "relation", id: targetId(event) } : { type: "actor", id: actor });
    });
    this.cy.on("tap", (event: EventObject) => {
      if (event.target !== this.cy) return;
      // Large graphs: most actors are drawn only in the overview layer, which finds them.
      const actor = this.overview?.actorAt(event.position);
      callbacks.onSelect(actor === undefined ? undefined : { type: "actor", id: actor });
    });
    this.cy.on("mouseover", "node", (event: EventObject) => {
      this.highlightNeighbourhood(targetId(event));
      this.labels?.hover(actorElementId(targetId(event)));
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

  /**
   * Shows a new graph, laid out by force at once; another `layout` (around `root` where it has one)
   * runs on what is visible after the first scene. The next scene is applied whole.
   */
  load(graph: ActorGraph, vocabulary: Vocabulary, theme: Theme, layout: LayoutName = "force", root?: string): void {
    this.theme = theme;
    this.scene = undefined;
    this.graph = graph;
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
    if (large && this.overview) {
      const kinds = new Map(vocabulary.actorKinds.map((kind, index) => [kind.id, index]));
      this.large = new LargeGraph(this.cy, graph, elementFactory(graph, vocabulary), this.seed, this.layoutWorker, (info) => this.callbacks.onDetail?.(info), () => this.detail.soon(), this.overview, (kind) => kinds.get(kind) ?? 0);
    }
    else this.cy.batch(() => this.cy.add(graphToElements(graph, vocabulary)));
    // The file's layout costs nothing, so it is drawn at once; the others wait for the first scene.
    const first = layout === "file" ? "file" : "force";
    this.layout(first);
    this.pendingLayout = layout === first ? undefined : { name: layout, root };
    if (this.diffMarks.size > 0) this.setDiffMarks(this.diffMarks); // editor (issue 19)
    // Marks for `npm run bench`: the view has the graph, then cytoscape has drawn it.
    performance.mark("tangle:view-loaded");
    // drawnNodes counts every actor in that picture, across the overview and cytoscape's detail.
    this.cy.one("render", () => performance.mark("tangle:view-drawn", { detail: { drawnNodes: this.large?.drawnActorCount() ?? this.cy.nodes().length } }));
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
    this.cy.style([...buildStylesheet(this.theme, this.largeCore, this.labelScale, this.nodeScale), ...DIFF_STYLES]);
    this.labels?.soon();
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
    this.quiet(0);
    this.layoutName = name;
    if (this.large) this.large.layout(name, root, this.state);
    else {
      this.labels?.showAll();
      const fromFile = name === "file" && this.graph ? fileLayout(this.graph, this.graph.nodes()) : undefined;
      runLayout(this.cy, name, this.seed, root, fitPadding(this.cy), fromFile);
      this.labels?.place();
      // Again from the end: a layout can take longer than the quiet time on a slow machine.
      this.quiet(0);
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
      if (last?.fileColours !== scene.fileColours) {
        this.state.fileColours = scene.fileColours;
        this.state.applyFileColours(elements);
      }
    });
    // The overview draws from the same state: emphasis, sizes and colours change its picture.
    if (last?.emphasis !== scene.emphasis || last?.sizes !== scene.sizes || last?.communities !== scene.communities || last?.fileColours !== scene.fileColours) this.large?.invalidate();
    // Emphasis, path and sizes change which labels come first.
    this.labels?.soon();
    this.detail.soon();
    const pending = this.pendingLayout;
    this.pendingLayout = undefined;
    if (pending) this.layout(pending.name, pending.root);
    this.pointCamera(scene, last);
  }

  /** A camera the scene names wins over fitting; otherwise a new focus or a new path is fitted. */
  private pointCamera(scene: Scene, last: Scene | undefined): void {
    if (scene.camera && (!last || (scene.camera !== last.camera && !sameCamera(scene.camera, roundCamera(this.centreCamera()))))) {
      this.showCamera(scene.camera);
      return;
    }
    if (scene.fitKey !== undefined && scene.fitKey !== last?.fitKey) this.fit([...scene.visible.actors]);
    // After the visibility above: the path's actors are drawn, so they can be fitted.
    if (scene.path && scene.path !== last?.path && scene.path.actors.size > 0) this.fit([...scene.path.actors]);
  }

  /** Hides or fades every element not in the given sets (also used alone to draw handout pictures). */
  applyVisibility(visible: ElementSets, mode: HiddenMode): void {
    this.state.visibility = { ...visible, mode };
    this.cy.batch(() => this.state.applyVisibility(this.cy.elements()));
    this.large?.invalidate();
    this.labels?.soon();
    this.detail.soon();
  }

  /** Rings the selected element while the canvas has keyboard focus (the graph's visible focus). */
  showKeyboardFocus(shown: boolean): void {
    this.keyboardFocus = shown;
    this.cy.elements(".keyboard-focus").removeClass("keyboard-focus");
    if (shown && this.selection) this.cy.getElementById(elementIdOf(this.selection)).addClass("keyboard-focus");
  }

  select(selection: Selection | undefined, centre = false): void {
    this.selection = selection;
    this.cy.elements(".keyboard-focus").removeClass("keyboard-focus");
    // An actor not drawn yet (large graphs) is drawn at once, to be selected and centred.
    if (selection && this.cy.getElementById(elementIdOf(selection)).empty()) this.detail.now();
    else this.detail.soon();
    this.cy.elements().unselect();
    this.cy.edges(".of-selection").removeClass("of-selection");
    this.labels?.soon();
    if (!selection) return;
    const element = this.cy.getElementById(elementIdOf(selection));
    if (element.empty()) return;
    element.select();
    // The selected actor's relations name their kind (where the label fits).
    if (element.isNode() && !this.largeCore) element.connectedEdges().not(".hidden").addClass("of-selection");
    if (this.keyboardFocus) element.addClass("keyboard-focus");
    if (centre) this.quiet(300);
    if (centre) this.moveCamera({ center: { eles: element }, zoom: Math.max(this.cy.zoom(), 1) }, 300);
  }

  fit(elementIds?: readonly string[]): void {
    this.quiet(400);
    if (this.large) return this.large.fit(elementIds, this.state);
    const wanted = new Set(elementIds);
    const target = elementIds
      ? this.cy.elements().filter((element) => wanted.has(modelIdOf(element)))
      : this.cy.elements().not(".hidden");
    this.moveCamera({ fit: { eles: target, padding: fitPadding(this.cy) } }, 400);
  }

  /** Glides the camera, or jumps when the person asked for less motion (not even a one-frame animation). */
  private moveCamera(to: { center?: { eles: cytoscape.CollectionArgument }; fit?: { eles: cytoscape.CollectionArgument; padding: number }; zoom?: number }, duration: number): void {
    if (!prefersReducedMotion()) {
      this.cy.animate(to, { duration });
      return;
    }
    if (to.zoom !== undefined) this.cy.zoom(to.zoom);
    if (to.center) this.cy.center(to.center.eles);
    if (to.fit) this.cy.fit(to.fit.eles, to.fit.padding);
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
    const scene = this.overview?.current;
    if (this.large && scene) return Promise.resolve(composeLargePng(scene, exportCaption(dataset, this.shownKinds(), this.shownRelationKinds()), this.coverage(), scale));
    return composePng(this.cy, exportCaption(dataset, this.shownKinds(), this.shownRelationKinds()), scale, () => this.placeLabelsForExport());
  }

  svgText(dataset: Dataset): Promise<string> {
    const large = this.large;
    const scene = this.overview?.current;
    if (large && scene) {
      const nameOf = (id: string) => large.graph.getNodeAttribute(id, "label");
      return Promise.resolve(composeLargeSvg(scene, exportCaption(dataset, this.shownKinds(), this.shownRelationKinds()), this.coverage(), nameOf));
    }
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
    const large = this.large;
    const scene = this.overview?.current;
    if (large && scene) return new Set(scene.ids.map((id) => large.graph.getNodeAttribute(id, "kind")));
    return new Set(this.cy.nodes().not(".hidden").map((node) => node.data("kind") as string));
  }

  /** Large exports say that they hold every shown element. */
  private coverage(): string {
    const scene = this.overview?.current;
    const graph = this.large?.graph;
    return scene && graph ? coverageLine(scene, graph.order, graph.size) : "";
  }

  resize(): void {
    this.cy.resize();
  }

  snapshot(): GraphSnapshot {
    return graphSnapshot(this.cy, this.large?.graph, this.large && { drawnNodes: this.large.drawnActorCount(), overviewNodes: this.overview?.drawnActors ?? 0, overviewEdges: this.overview?.drawnRelations ?? 0 });
  }

  /** Browser tests: an actor drawn only in the overview, clear of others, and where it is on screen. */
  overviewOnlyActor(): { id: string; x: number; y: number } | undefined {
    const scene = this.overview?.current;
    if (!scene) return undefined;
    const { x1, y1, x2, y2 } = { x1: 40, y1: 40, x2: this.cy.width() - 40, y2: this.cy.height() - 40 };
    const detail = this.cy.nodes().map((node) => node.renderedPosition());
    for (let i = 0; i < scene.ids.length; i++) {
      const id = scene.ids[i] ?? "";
      if (this.cy.getElementById(actorElementId(id)).nonempty()) continue;
      const model = { x: scene.xs[i] ?? 0, y: scene.ys[i] ?? 0 };
      const x = model.x * this.cy.zoom() + this.cy.pan().x;
      const y = model.y * this.cy.zoom() + this.cy.pan().y;
      if (x < x1 || x > x2 || y < y1 || y > y2 || this.overview?.actorAt(model) !== id) continue;
      if (detail.some((point) => Math.hypot(point.x - x, point.y - y) < 20)) continue;
      return { id, x, y };
    }
    return undefined;
  }

  /** The labels drawn now, in screen pixels (tests read them through the test hook). */
  labelBoxes(): DrawnLabel[] {
    return drawnLabels(this.cy);
  }

  /** As hovering an actor does: its name is drawn whatever it covers (undefined: none). */
  showLabelOf(id: string | undefined): void {
    this.labels?.hover(id === undefined ? undefined : actorElementId(id));
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
    this.overview?.destroy();
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

const sameCamera = (a: Camera, b: Camera) => a.zoom === b.zoom && a.x === b.x && a.y === b.y;

const targetId = (event: EventObject): string => modelIdOf(event.target as cytoscape.SingularElementArgument);
