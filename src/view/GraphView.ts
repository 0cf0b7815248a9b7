// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods. The camera
// (camera/), label placement (labels/), pointer events (graphEvents), exports (graphExports) and
// large graphs (detail/, overview/) live in their own modules; this class keeps them in step.
import type { Core, EventObject, NodeSingular } from "cytoscape";
import type { ActorGraph, Dataset } from "../model";
import {
  roundCamera,
  type Camera,
  type ElementSets,
  type HiddenMode,
  type LayoutName,
  type Selection,
  type Theme,
} from "../state";
import { GraphCamera } from "./camera/GraphCamera";
import { neighbourhoodOf } from "./camera/neighbourhood";
import { DetailScheduler } from "./detail/DetailScheduler";
import { fileLayout } from "./detail/filePositions";
import { LargeGraph } from "./detail/LargeGraph";
import type { DetailInfo } from "./detail/LevelOfDetail";
import { DIFF_STYLES } from "./diffMarks"; // editor (issue 19)
import { drawnPositions, restorePositions } from "./keptPositions"; // editor (issue 19)
import { DRAW_STYLES } from "./drawRelations"; // editor (issue 19)
import { GraphEditing } from "./GraphEditing";
import { actorElementId, elementIdOf, modelIdOf } from "./elementIds";
import { elementFactory, graphToElements, type Vocabulary } from "./elements";
import { ElementState } from "./elementState";
import { fitPadding } from "./fitToBox";
import { bindGraphEvents, targetId } from "./graphEvents";
import { exportPng, exportSvg, type ExportSource } from "./graphExports";
import type { ExportWords } from "./exportCaption";
import { graphReadout, type GraphReadout } from "./graphReadout";
import { largeNodeScaleFor, themeLabelScale, watchLabelScale } from "./labelScale";
import { LabelLayer } from "./labels/LabelLayer";
import { LARGE_GRAPH, runLayout } from "./layouts";
import type { OverviewLayer } from "./overview/OverviewLayer";
import { createCore, overviewUnder } from "./graphCore";
import { THEME_TOKENS } from "./palette";
import type { Scene } from "./scene";
import { seedFrom } from "./seededRandom";
import { buildStylesheet } from "./stylesheet";
import { LayoutWorkerClient } from "../workers/layoutClient";

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
  private readonly cameraControl = new GraphCamera(() => this.cy);
  /** Editor (issue 19): the diff marks and drawing relations by dragging. */
  readonly editing: GraphEditing;
  /** Small graphs: which labels are drawn so that none overlap (labels/). */
  private labels: LabelLayer | undefined;
  /** The dataset id of the graph on screen: an edit of the same network keeps positions. */
  private loadedId: string | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: GraphViewCallbacks,
  ) {
    this.cy = this.createCore(false);
    this.editing = new GraphEditing(
      () => this.cy,
      container,
      () => this.largeCore,
    );
  }

  /** A core for small or large graphs (graphCore.ts), with what draws over it. */
  private createCore(large: boolean): Core {
    const cy = createCore(this.container, large);
    this.cy = cy;
    this.overview?.destroy();
    this.overview = undefined;
    this.labels?.cancel();
    this.labels = undefined;
    if (large) {
      this.overview = overviewUnder(this.container, cy);
      cy.on("viewport", () => this.detail.afterRest());
      cy.on("free", "node", (event: EventObject) =>
        this.large?.remember(targetId(event), (event.target as NodeSingular).position()),
      );
    } else {
      watchLabelScale(
        cy,
        (scale) => {
          this.labelScale = scale;
          this.restyle();
        },
        (zoom) => themeLabelScale(this.theme, zoom),
      );
      this.labels = new LabelLayer(cy);
      this.cameraControl.watch(cy, this.callbacks.onCamera);
    }
    bindGraphEvents(cy, {
      onSelect: this.callbacks.onSelect,
      overviewActorAt: (at) => this.overview?.actorAt(at),
      hover: (elementId) => this.labels?.hover(elementId),
      placeLabels: () => this.labels?.place(),
      dimOthers: !large,
    });
    return cy;
  }

  /**
   * Shows a new graph, laid out by force at once; another `layout` (around `root` where it has one)
   * runs on what is visible after the first scene. The next scene is applied whole.
   */
  load(
    graph: ActorGraph,
    vocabulary: Vocabulary,
    theme: Theme,
    layout: LayoutName = "force",
    root?: string,
    keepPositions = false,
  ): void {
    // Editor (issue 19): the same network after an edit keeps every actor where it is.
    const sameNetwork = keepPositions && graph.getAttribute("datasetId") === this.loadedId;
    const kept = sameNetwork && !this.largeCore && graph.order <= LARGE_GRAPH ? drawnPositions(this.cy) : undefined;
    this.loadedId = graph.getAttribute("datasetId");
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
      this.large = new LargeGraph(
        this.cy,
        graph,
        elementFactory(graph, vocabulary),
        this.seed,
        this.layoutWorker,
        (info) => this.callbacks.onDetail?.(info),
        () => this.detail.soon(),
        this.overview,
        (kind) => kinds.get(kind) ?? 0,
      );
    } else this.cy.batch(() => this.cy.add(graphToElements(graph, vocabulary)));
    if (kept) {
      this.pendingLayout = undefined;
      restorePositions(this.cy, graph, kept, this.centreCamera());
      this.labels?.soon();
    } else {
      // The file's layout costs nothing, so it is drawn at once; the others wait for the first scene.
      const first = layout === "file" ? "file" : "force";
      this.layout(first);
      this.pendingLayout = layout === first ? undefined : { name: layout, root };
    }
    this.editing.reapplyMarks();
    // Marks for `npm run bench`: the view has the graph, then cytoscape has drawn it.
    performance.mark("tangle:view-loaded");
    // drawnNodes counts every actor in that picture, across the overview and cytoscape's detail.
    this.cy.one("render", () =>
      performance.mark("tangle:view-drawn", {
        detail: { drawnNodes: this.large?.drawnActorCount() ?? this.cy.nodes().length },
      }),
    );
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    if (!this.largeCore) this.labelScale = themeLabelScale(theme, this.cy.zoom());
    this.restyle();
  }

  private restyle(): void {
    this.cy.style([...buildStylesheet(this.theme, this.largeCore, this.labelScale), ...DIFF_STYLES, ...DRAW_STYLES]);
    this.labels?.soon();
  }

  /** Runs a layout, also again when it is the current one ("lay out again"). */
  layout(name: LayoutName, root?: string): void {
    this.cameraControl.quiet(0);
    this.layoutName = name;
    this.cameraControl.noteFitted(undefined); // every layout ends fitted
    if (this.large) this.large.layout(name, root, this.state);
    else {
      this.labels?.showAll();
      const fromFile = name === "file" && this.graph ? fileLayout(this.graph, this.graph.nodes()) : undefined;
      runLayout(this.cy, name, this.seed, root, fitPadding(this.cy), fromFile);
      this.labels?.place();
      // Again from the end: a layout can take longer than the quiet time on a slow machine.
      this.cameraControl.quiet(0);
    }
  }

  /** Large graphs: draws what the camera shows now (see DetailScheduler for when). */
  private drawDetail(): void {
    if (!this.large) return;
    // Elements entering take the scale with their other classes; those staying change class
    // after the stale ones left (a new stylesheet here restyled every element: see labelScale.ts).
    const nodeScale = largeNodeScaleFor(this.cy.zoom());
    const rescaled = nodeScale !== this.state.nodeScale;
    this.state.nodeScale = nodeScale;
    this.large.refresh(this.state, this.selection);
    if (rescaled) this.cy.batch(() => this.state.applyNodeScale(this.cy.elements()));
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
    let appearance = false;
    this.cy.batch(() => {
      if (last?.visible !== scene.visible || last.hiddenMode !== scene.hiddenMode)
        this.applyVisibility(scene.visible, scene.hiddenMode);
      appearance = this.state.applySceneChanges(elements, last, scene);
    });
    // The overview draws from the same state: emphasis, sizes and colours change its picture.
    if (appearance) this.large?.invalidate();
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
    if (
      scene.camera &&
      (!last || (scene.camera !== last.camera && !sameCamera(scene.camera, roundCamera(this.centreCamera()))))
    ) {
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

  /**
   * Selects an element; with `reveal`, the camera brings it and its shown neighbours into view
   * (large graphs: centres it, close enough to be drawn in detail).
   */
  select(selection: Selection | undefined, reveal = false): void {
    this.selection = selection;
    this.cy.elements(".keyboard-focus").removeClass("keyboard-focus");
    // Large graphs: an actor not drawn yet is drawn at once, alone, to be selected and centred;
    // the detail around it (its relations, what the camera shows) is chosen after the frame that
    // shows its details is painted (choosing walks all actors: 30–170 ms at 20k). A relation not
    // drawn yet brings its actors, so it is drawn at once in full.
    const missing = selection !== undefined && this.cy.getElementById(elementIdOf(selection)).empty();
    if (!this.large) this.detail.soon();
    else if (!missing) this.detail.afterPaint();
    else if (selection?.type === "actor" && this.large.pin(selection.id, this.state)) this.detail.afterPaint();
    else this.detail.now();
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
    if (!reveal) return;
    if (this.largeCore) this.cameraControl.centreOn(element);
    else this.cameraControl.keepInView(() => neighbourhoodOf(this.cy.getElementById(elementIdOf(selection))));
  }

  /** Small graphs: the part of the canvas a drawer leaves free (screen pixels), for keeping a selection in view. */
  setFreeSpan(span: { start: number; end: number } | undefined): void {
    if (!this.cameraControl.setFreeSpan(span) || !span || this.largeCore || !this.selection) return;
    // A drawer now covers part of the canvas: the selection moves out from under it.
    const selected = this.selection;
    this.cameraControl.keepInView(() => neighbourhoodOf(this.cy.getElementById(elementIdOf(selected))));
  }

  fit(elementIds?: readonly string[]): void {
    this.cameraControl.noteFitted(elementIds);
    if (this.large) {
      this.cameraControl.quiet(400);
      return this.large.fit(elementIds, this.state);
    }
    const wanted = new Set(elementIds);
    this.cameraControl.fit(
      elementIds
        ? this.cy.elements().filter((element) => wanted.has(modelIdOf(element)))
        : this.cy.elements().not(".hidden"),
    );
  }

  zoomBy(factor: number): void {
    this.cameraControl.zoomBy(factor);
  }

  /** The camera as the URL keeps it: zoom and the model point at the canvas's centre. */
  centreCamera(): Camera {
    return this.cameraControl.centre();
  }

  /** Points the camera as a shared link says (see centreCamera). */
  showCamera(camera: Camera): void {
    this.cameraControl.show(camera);
  }

  camera(): { zoom: number; pan: { x: number; y: number } } {
    return this.cameraControl.viewport();
  }

  setCamera(camera: { zoom: number; pan: { x: number; y: number } }): void {
    this.cameraControl.setViewport(camera);
  }

  /** PNG of the visible graph with title, legend and sources burned in. */
  pngDataUrl(dataset: Dataset, scale = 2, words?: ExportWords): Promise<string> {
    return exportPng(this.exportSource(), dataset, scale, words);
  }

  svgText(dataset: Dataset, words?: ExportWords): Promise<string> {
    return exportSvg(this.exportSource(), dataset, words);
  }

  private exportSource(): ExportSource {
    const scene = this.overview?.current;
    return {
      cy: this.cy,
      large: this.large && scene ? { graph: this.large.graph, scene } : undefined,
      textColour: THEME_TOKENS[this.theme].text,
      // Labels placed for the whole graph, not the canvas (what is shown may just have changed: the handout); the screen's come back next frame.
      placeLabels: () => {
        this.labels?.place(false);
        this.labels?.soon();
      },
    };
  }

  /** The canvas changed size: a picture the view had fitted is fitted again (one the person moved stays). */
  resize(): void {
    // Hidden (the table or timeline is shown): keep the size and the drawn picture for the return,
    // rather than drawing an empty canvas now and everything again then.
    const container = this.cy.container();
    if (container && container.clientWidth === 0 && container.clientHeight === 0) return;
    this.cy.resize();
    const target = this.cameraControl.refitTarget();
    if (target) this.fit(target === "all" ? undefined : target);
  }

  /** What is drawn now, read at the moment of each call (tests, the status line). */
  readout(): GraphReadout {
    return graphReadout(
      this.cy,
      this.large && { graph: this.large.graph, drawnActors: this.large.drawnActorCount(), overview: this.overview },
    );
  }

  /** As hovering an actor does: its name is drawn whatever it covers (undefined: none). */
  showLabelOf(id: string | undefined): void {
    this.labels?.hover(id === undefined ? undefined : actorElementId(id));
  }

  destroy(): void {
    this.editing.stop();
    this.detail.cancel();
    this.labels?.cancel();
    this.cameraControl.stop();
    this.layoutWorker.destroy();
    this.overview?.destroy();
    this.cy.destroy();
  }
}

const sameCamera = (a: Camera, b: Camera) => a.zoom === b.zoom && a.x === b.x && a.y === b.y;
