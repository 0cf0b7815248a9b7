// Laying out the graph shown, small or large, and fitting the camera to it: which layout is shown,
// one asked for at load that waits for the first scene (it runs on what that scene shows), and the
// places kept when an edit reloads the same network.
import type { ActorGraph } from "../model";
import type { LayoutName } from "../state";
import type { GraphCamera } from "./camera/GraphCamera";
import type { DetailDrawing } from "./detail/DetailDrawing";
import { fileLayout } from "./detail/filePositions";
import { modelIdOf } from "./elementIds";
import type { ElementState } from "./elementState";
import { fitPadding } from "./fitToBox";
import type { GraphSurface } from "./GraphSurface";
import { drawnPositions, restorePositions } from "./keptPositions"; // editor (issue 19)
import { LARGE_GRAPH, runLayout } from "./layouts";
import type { Point } from "./placeNewActors";
import { seedFrom } from "./seededRandom";

export class GraphLayouts {
  /** The graph shown (the file's layout reads its positions from the actors). */
  private graph: ActorGraph | undefined;
  /** The dataset id of the graph on screen: an edit of the same network keeps positions. */
  private loadedId: string | undefined;
  private layoutSeed = 1;
  private current: LayoutName = "force";
  /** A layout other than force asked for at load: it runs once the first scene has set what is visible. */
  private pending: { name: LayoutName; root: string | undefined } | undefined;

  constructor(
    private readonly surface: GraphSurface,
    private readonly camera: GraphCamera,
    private readonly detail: DetailDrawing,
    private readonly state: () => ElementState,
  ) {}

  /** The seed of the shown graph's layouts (from its dataset id: the same picture each time). */
  get seed(): number {
    return this.layoutSeed;
  }

  /**
   * A new graph is loaded, before the old one's elements go. Returns where the old one's actors
   * are when they keep their places (`keepPositions` and the same network, small graphs).
   */
  loaded(graph: ActorGraph, keepPositions: boolean): Map<string, Point> | undefined {
    // Editor (issue 19): the same network after an edit keeps every actor where it is.
    const sameNetwork = keepPositions && graph.getAttribute("datasetId") === this.loadedId;
    const kept =
      sameNetwork && !this.surface.large && graph.order <= LARGE_GRAPH ? drawnPositions(this.surface.cy) : undefined;
    this.loadedId = graph.getAttribute("datasetId");
    this.graph = graph;
    this.layoutSeed = seedFrom(graph.getAttribute("datasetId"));
    return kept;
  }

  /**
   * The loaded graph's elements were added: actors `kept` go back where they were, else force (or
   * the file's layout) is drawn at once and any other `layout` waits for the first scene.
   */
  first(graph: ActorGraph, layout: LayoutName, root: string | undefined, kept: Map<string, Point> | undefined): void {
    if (kept) {
      this.pending = undefined;
      restorePositions(this.surface.cy, graph, kept, this.camera.centre());
      this.surface.labels?.soon();
    } else {
      // The file's layout costs nothing, so it is drawn at once; the others wait for the first scene.
      const first = layout === "file" ? "file" : "force";
      this.run(first);
      this.pending = layout === first ? undefined : { name: layout, root };
    }
  }

  /** The first scene was applied: the layout asked for at load runs now. */
  runPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.run(pending.name, pending.root);
  }

  /** Runs a layout, also again when it is the current one. */
  run(name: LayoutName, root?: string): void {
    this.camera.quiet(0);
    this.current = name;
    this.camera.noteFitted(undefined); // every layout ends fitted
    const large = this.detail.large;
    if (large) large.layout(name, root, this.state());
    else {
      const { cy, labels } = this.surface;
      labels?.showAll();
      const fromFile = name === "file" && this.graph ? fileLayout(this.graph, this.graph.nodes()) : undefined;
      runLayout(cy, name, this.layoutSeed, root, fitPadding(cy), fromFile);
      labels?.place();
      // Again from the end: a layout can take longer than the quiet time on a slow machine.
      this.camera.quiet(0);
    }
  }

  /** Runs a layout only when it differs from the current one (or, before the first scene, the one waiting). */
  show(name: LayoutName, root?: string): void {
    if (this.pending) this.pending = { name, root };
    else if (name !== this.current) this.run(name, root);
  }

  /** Fits these elements (undefined: every shown one), and again when the canvas changes size. */
  fit(elementIds?: readonly string[]): void {
    this.camera.noteFitted(elementIds);
    const large = this.detail.large;
    if (large) {
      this.camera.quiet(400);
      return large.fit(elementIds, this.state());
    }
    const elements = this.surface.cy.elements();
    const wanted = new Set(elementIds);
    this.camera.fit(
      elementIds ? elements.filter((element) => wanted.has(modelIdOf(element))) : elements.not(".hidden"),
    );
  }
}
