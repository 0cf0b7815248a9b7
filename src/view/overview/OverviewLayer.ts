// The canvas under cytoscape that draws every shown actor and relation of a large graph from the
// model (cytoscape holds only the interactive detail on top: selection, hover, labels, path).
// It follows cytoscape's camera on every frame the camera moves, so both layers stay aligned,
// and finds the actor under the pointer for clicks on actors drawn only here.
import type { Point } from "../detail/chooseDetail";
import { drawOverview, type Camera } from "./drawOverview";
import type { OverviewScene } from "./overviewScene";
import { SpatialGrid } from "./SpatialGrid";

/** Pixels around an actor's centre that still count as a click on it. */
const HIT_SLOP = 4;
/** A full drawing slower than this is shown moved and scaled while the camera moves. */
const SLOW_DRAW_MS = 25;
/** How long the camera must rest before a moved picture is drawn again in full. */
const REST_MS = 120;

export class OverviewLayer {
  readonly canvas: HTMLCanvasElement;
  private scene: OverviewScene | undefined;
  private grid: SpatialGrid | undefined;
  private frame = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last full drawing and its camera: moved and scaled while the camera moves (large scenes). */
  private readonly still = document.createElement("canvas");
  private stillCamera: Camera | undefined;
  private lastDrawMs = 0;
  /** Actors in the last picture drawn (the browser tests and the bench read it). */
  drawnActors = 0;
  drawnRelations = 0;

  constructor(
    container: HTMLElement,
    private readonly camera: () => Camera & { width: number; height: number },
    /** Radius of an actor on screen in pixels for a zoom (cytoscape's node size for it). */
    private readonly radiusAt: (zoom: number) => number,
    private readonly edgeColour = "#3c3c50",
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "graph-overview";
    this.canvas.dataset.testid = "graph-overview";
    this.canvas.setAttribute("aria-hidden", "true");
    Object.assign(this.canvas.style, { position: "absolute", inset: "0", pointerEvents: "none", zIndex: "0" });
    if (getComputedStyle(container).position === "static") container.style.position = "relative";
    // Under cytoscape's own canvases, which it appends to the same container.
    container.prepend(this.canvas);
  }

  setScene(scene: OverviewScene): void {
    this.scene = scene;
    this.grid = undefined; // built on the first click: most scenes are never clicked
    this.draw();
  }

  /**
   * The camera moved: draws on the next animation frame (many camera events in one frame draw
   * once). When a full drawing is slow (60k relations on a software canvas), the last one is
   * shown moved and scaled instead, and drawn in full once the camera rests.
   */
  drawSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastDrawMs < SLOW_DRAW_MS || !this.moveStill()) return this.draw();
      clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => this.draw(), REST_MS);
    });
  }

  private moveStill(): boolean {
    const from = this.stillCamera;
    const context = this.canvas.getContext("2d");
    if (!from || !context) return false;
    const { zoom, pan, width, height } = this.camera();
    const scale = zoom / from.zoom;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    // rendered = model × zoom + pan, so the old picture maps by scale and offset.
    context.drawImage(
      this.still,
      pan.x - from.pan.x * scale,
      pan.y - from.pan.y * scale,
      this.still.width * scale,
      this.still.height * scale,
    );
    return true;
  }

  draw(): void {
    const scene = this.scene;
    const context = this.canvas.getContext("2d");
    if (!scene || !context) return;
    const { width, height, zoom, pan } = this.camera();
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    drawOverview(
      context,
      scene,
      { zoom, pan },
      { width, height, radius: this.radiusAt(zoom), edgeColour: this.edgeColour },
    );
    this.drawnActors = scene.ids.length;
    this.drawnRelations = scene.edgeFrom.length;
    this.canvas.dataset.drawnActors = String(this.drawnActors);
    this.canvas.dataset.drawnRelations = String(this.drawnRelations);
  }

  private keepStill(camera: Camera): void {
    this.still.width = this.canvas.width;
    this.still.height = this.canvas.height;
    this.still.getContext("2d")?.drawImage(this.canvas, 0, 0);
    this.stillCamera = camera;
  }

  /** The actor drawn at a point of the model (clicks on actors cytoscape does not hold). */
  actorAt(at: Point): string | undefined {
    const scene = this.scene;
    if (!scene) return undefined;
    this.grid ??= new SpatialGrid(scene.xs, scene.ys);
    const { zoom } = this.camera();
    const index = this.grid.nearest(at, (this.radiusAt(zoom) + HIT_SLOP) / zoom);
    return index === undefined ? undefined : scene.ids[index];
  }

  /** Whether the actor is in the overview (drawn, filters letting it through). */
  has(id: string): boolean {
    return this.scene?.indexOf.has(id) ?? false;
  }

  get current(): OverviewScene | undefined {
    return this.scene;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.restTimer);
    this.canvas.remove();
  }
}
