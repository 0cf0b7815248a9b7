// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods. Its parts live
// beside it: the core and what draws with it (GraphSurface), the scene (GraphScene), layouts and
// fitting (GraphLayouts), the selection (GraphSelection), the camera (camera/), a large graph's
// detail (detail/DetailDrawing, overview/), exports and the editor (GraphEditing); this class keeps
// them in step.
import type { ActorGraph, Dataset } from "../model";
import type { Camera, ElementSets, HiddenMode, LayoutName, Selection, Theme } from "../state";
import { GraphCamera } from "./camera/GraphCamera";
import { DetailDrawing } from "./detail/DetailDrawing";
import type { DetailInfo } from "./detail/LevelOfDetail";
import { GraphEditing } from "./GraphEditing";
import { actorElementId } from "./elementIds";
import { graphToElements, type Vocabulary } from "./elements";
import { exportPng, exportSvg } from "./graphExports";
import type { ExportWords } from "./exportCaption";
import { markViewLoaded, type GraphReadout } from "./graphReadout";
import { GraphLayouts } from "./GraphLayouts";
import { GraphScene } from "./GraphScene";
import { GraphSelection } from "./GraphSelection";
import { GraphSurface } from "./GraphSurface";
import { LARGE_GRAPH } from "./layouts";
import type { Scene } from "./scene";
import { pointCamera } from "./sceneCamera";
import { LayoutWorkerClient } from "../workers/layoutClient";

export interface GraphViewCallbacks {
  onSelect: (selection: Selection | undefined) => void;
  /** Large graphs: how much of what is in view is drawn (undefined when everything is). */
  onDetail?: (info: DetailInfo | undefined) => void;
  /** The person moved the camera (pan, zoom) and it came to rest: small graphs only. */
  onCamera?: (camera: Camera) => void;
}

export class GraphView {
  private readonly surface: GraphSurface;
  private readonly layoutWorker = new LayoutWorkerClient();
  private readonly cameraControl = new GraphCamera(() => this.surface.cy);
  private readonly detail = new DetailDrawing(
    () => this.surface.cy,
    () => this.scene.state,
    () => this.selection.current,
  );
  private readonly scene: GraphScene;
  private readonly selection: GraphSelection;
  private readonly layouts: GraphLayouts;
  /** Editor (issue 19): the diff marks and drawing relations by dragging. */
  readonly editing: GraphEditing;

  constructor(
    container: HTMLElement,
    private readonly callbacks: GraphViewCallbacks,
  ) {
    this.surface = new GraphSurface(
      container,
      {
        onSelect: callbacks.onSelect,
        onCamera: callbacks.onCamera,
        onViewport: () => this.detail.afterRest(),
        onActorMoved: (id, position) => this.detail.large?.remember(id, position),
      },
      this.cameraControl,
    );
    this.selection = new GraphSelection(this.surface, this.cameraControl, this.detail);
    this.scene = new GraphScene(this.surface, this.detail);
    this.layouts = new GraphLayouts(this.surface, this.cameraControl, this.detail, () => this.scene.state);
    this.editing = new GraphEditing(
      () => this.surface.cy,
      container,
      () => this.surface.large,
    );
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
    const kept = this.layouts.loaded(graph, keepPositions);
    this.scene.forget();
    this.selection.forget();
    this.detail.stop();
    const large = graph.order > LARGE_GRAPH;
    this.surface.prepare(large, theme);
    const cy = this.surface.cy;
    cy.batch(() => cy.elements().remove());
    this.callbacks.onDetail?.(undefined);
    const overview = this.surface.overview;
    if (large && overview)
      this.detail.start(graph, vocabulary, this.layouts.seed, this.layoutWorker, overview, (info) =>
        this.callbacks.onDetail?.(info),
      );
    else cy.batch(() => cy.add(graphToElements(graph, vocabulary)));
    this.layouts.first(graph, layout, root, kept);
    this.editing.reapplyMarks();
    markViewLoaded(cy, () => this.detail.large?.drawnActorCount() ?? this.surface.cy.nodes().length);
  }

  setTheme(theme: Theme): void {
    this.surface.setTheme(theme);
  }

  /** Runs a layout, also again when it is the current one ("lay out again"). */
  layout(name: LayoutName, root?: string): void {
    this.layouts.run(name, root);
  }

  /** Runs a layout only when it differs from the current one (a link or Back changed it). */
  showLayout(name: LayoutName, root?: string): void {
    this.layouts.show(name, root);
  }

  /** Applies what changed since the last scene (compared by reference), all of it after a load. */
  setScene(scene: Scene): void {
    const last = this.scene.apply(scene);
    this.layouts.runPending();
    pointCamera(this, scene, last);
  }

  /** Hides or fades every element not in the given sets (also used alone to draw handout pictures). */
  applyVisibility(visible: ElementSets, mode: HiddenMode): void {
    this.scene.applyVisibility(visible, mode);
  }

  /** Rings the selected element while the canvas has keyboard focus (the graph's visible focus). */
  showKeyboardFocus(shown: boolean): void {
    this.selection.showKeyboardFocus(shown);
  }

  /**
   * Selects an element; with `reveal`, the camera brings it and its shown neighbours into view
   * (large graphs: centres it, close enough to be drawn in detail).
   */
  select(selection: Selection | undefined, reveal = false): void {
    this.selection.select(selection, reveal);
  }

  /** Small graphs: the part of the canvas a drawer leaves free (screen pixels), for keeping a selection in view. */
  setFreeSpan(span: { start: number; end: number } | undefined): void {
    this.selection.setFreeSpan(span);
  }

  fit(elementIds?: readonly string[]): void {
    this.layouts.fit(elementIds);
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
    return exportPng(this.surface.exportSource(this.detail.large), dataset, scale, words);
  }

  svgText(dataset: Dataset, words?: ExportWords): Promise<string> {
    return exportSvg(this.surface.exportSource(this.detail.large), dataset, words);
  }

  /** The canvas changed size: a picture the view had fitted is fitted again (one the person moved stays). */
  resize(): void {
    // Hidden (the table or timeline is shown): keep the size and the drawn picture for the return,
    // rather than drawing an empty canvas now and everything again then.
    const cy = this.surface.cy;
    const container = cy.container();
    if (container && container.clientWidth === 0 && container.clientHeight === 0) return;
    cy.resize();
    const target = this.cameraControl.refitTarget();
    if (target) this.fit(target === "all" ? undefined : target);
  }

  /** What is drawn now, read at the moment of each call (tests, the status line). */
  readout(): GraphReadout {
    return this.surface.readout(this.detail.large);
  }

  /** As hovering an actor does: its name is drawn whatever it covers (undefined: none). */
  showLabelOf(id: string | undefined): void {
    this.surface.labels?.hover(id === undefined ? undefined : actorElementId(id));
  }

  destroy(): void {
    this.editing.stop();
    this.detail.cancel();
    this.cameraControl.stop();
    this.layoutWorker.destroy();
    this.surface.destroy();
  }
}
