// The camera of a small or large graph: fitting, keeping a selection in view, the camera a link
// names, and telling the app when the person moved it (never when the view moved it itself).
import type { Collection, Core } from "cytoscape";
import type { Camera } from "../../state";
import type { Box, Point } from "../detail/chooseDetail";
import { fitPadding } from "../fitToBox";
import { prefersReducedMotion } from "../rendererTweaks";
import { keepInView, type Viewport } from "./keepInView";

/** How long the camera must rest before a move counts as the person's (and reaches the URL). */
const REST_MS = 400;

export class GraphCamera {
  /** Camera moves before this time are the view's own (layout, fit): not reported. */
  private quietUntil = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  /** The part of the canvas a drawer leaves free, in screen pixels from its inline start (undefined: all of it). */
  private freeSpan: { start: number; end: number } | undefined;
  /** Glides under way, and what waits for them to end (it must start from where they end). */
  private moving = 0;
  private afterMoving: (() => void) | undefined;
  /** What the view fitted last ("all": every shown element), until anything else moves the camera. */
  private fitted: readonly string[] | "all" | undefined;
  private fittedSize = "";

  constructor(private readonly cy: () => Core) {}

  /** Reports camera moves that came to rest and were not the view's own (small graphs). */
  watch(core: Core, onCamera: ((camera: Camera) => void) | undefined): void {
    // A drag or a wheel on the canvas is the person's, even while the view's own move is quiet.
    let touched = Number.NEGATIVE_INFINITY; // not 0: performance.now() starts at 0 with the page
    const touch = () => (touched = performance.now());
    core.container()?.addEventListener("wheel", touch, { passive: true });
    core.container()?.addEventListener("pointerdown", touch);
    core.on("viewport", () => {
      // Only the person's moves unfit (the view's own glides can outlast their quiet time under load).
      if (performance.now() - touched < 1000) this.fitted = undefined;
      clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => {
        if (performance.now() >= this.quietUntil) onCamera?.(this.centre());
      }, REST_MS);
    });
  }

  /** The view moves the camera for the next `animationMs` (and a little after): not the person. */
  quiet(animationMs: number): void {
    this.quietUntil = performance.now() + animationMs + 500;
  }

  /** The view fitted these elements (undefined: every shown one): fitted again when the canvas changes size. */
  noteFitted(ids: readonly string[] | undefined): void {
    this.fitted = ids ?? "all";
    this.fittedSize = this.size();
  }

  /**
   * What to fit again now: what the view fitted last, when the canvas's size is no longer the one it
   * was fitted at and the camera has not moved since. (Compared with the size at the fit, not with the
   * one before a resize: cytoscape may have read the new size already, on the window's resize.)
   */
  refitTarget(): readonly string[] | "all" | undefined {
    return this.fitted !== undefined && this.size() !== this.fittedSize ? this.fitted : undefined;
  }

  private size(): string {
    const cy = this.cy();
    return `${cy.width()}x${cy.height()}`;
  }

  /** Fits the elements with a small margin. */
  fit(elements: Collection): void {
    this.quiet(400);
    const cy = this.cy();
    this.move({ fit: { eles: elements, padding: fitPadding(cy) } }, 400);
  }

  /**
   * Brings a selection and its neighbours into the free part of the canvas with the least
   * movement; the selection stays put on screen if the camera must zoom out. `measure` says, in
   * model coordinates, what must be seen and where the selection is (undefined: nothing).
   */
  keepInView(measure: () => { box: Box; anchor: Point } | undefined): void {
    if (this.moving > 0) {
      // Measured once the glide under way has ended: the move starts from there.
      this.afterMoving = () => this.keepInView(measure);
      return;
    }
    const wanted = measure();
    if (!wanted) return;
    const cy = this.cy();
    const current: Viewport = { zoom: cy.zoom(), pan: cy.pan() };
    const target = keepInView({
      ...wanted,
      viewport: current,
      area: this.freeArea(),
      padding: fitPadding(cy),
      minZoom: cy.minZoom(),
    });
    if (
      target.zoom === current.zoom &&
      Math.abs(target.pan.x - current.pan.x) < 0.5 &&
      Math.abs(target.pan.y - current.pan.y) < 0.5
    )
      return;
    this.quiet(300);
    this.fitted = undefined;
    this.move({ zoom: target.zoom, pan: target.pan }, 300);
  }

  /** Large graphs: centres an element, close enough to be drawn in detail. */
  centreOn(element: Collection): void {
    this.quiet(300);
    this.fitted = undefined;
    this.move({ center: { eles: element }, zoom: Math.max(this.cy().zoom(), 1) }, 300);
  }

  /** A drawer covers part of the canvas (screen pixels, physical left to right); undefined: none. Says whether that changed. */
  setFreeSpan(span: { start: number; end: number } | undefined): boolean {
    const changed = span?.start !== this.freeSpan?.start || span?.end !== this.freeSpan?.end;
    this.freeSpan = span;
    return changed;
  }

  private freeArea(): Box {
    const cy = this.cy();
    const span = this.freeSpan;
    const x1 = Math.max(0, span?.start ?? 0);
    const x2 = Math.min(cy.width(), span?.end ?? cy.width());
    // A free strip too narrow to show anything: the whole canvas then.
    return x2 - x1 < 120 ? { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() } : { x1, y1: 0, x2, y2: cy.height() };
  }

  zoomBy(factor: number): void {
    this.fitted = undefined;
    const cy = this.cy();
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** The camera as the URL keeps it: zoom and the model point at the canvas's centre. */
  centre(): Camera {
    const cy = this.cy();
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  }

  /** Points the camera as a shared link says (see centre). */
  show(camera: Camera): void {
    this.quiet(0);
    this.fitted = undefined;
    const cy = this.cy();
    const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), camera.zoom));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - camera.x * zoom, y: cy.height() / 2 - camera.y * zoom } });
  }

  viewport(): Viewport {
    const cy = this.cy();
    return { zoom: cy.zoom(), pan: { ...cy.pan() } };
  }

  setViewport(viewport: Viewport): void {
    this.cy().viewport({ zoom: viewport.zoom, pan: viewport.pan });
  }

  stop(): void {
    clearTimeout(this.restTimer);
    this.afterMoving = undefined;
  }

  private moved(): void {
    this.moving = Math.max(0, this.moving - 1);
    if (this.moving > 0) return;
    const next = this.afterMoving;
    this.afterMoving = undefined;
    next?.();
  }

  /** Glides the camera, or jumps when the person asked for less motion (not even a one-frame animation). */
  private move(
    to: {
      center?: { eles: Collection };
      fit?: { eles: Collection; padding: number };
      zoom?: number;
      pan?: { x: number; y: number };
    },
    duration: number,
  ): void {
    const cy = this.cy();
    if (!prefersReducedMotion()) {
      this.moving += 1;
      cy.animate(to, { duration, complete: () => this.moved() });
      return;
    }
    if (to.zoom !== undefined && to.pan !== undefined) cy.viewport({ zoom: to.zoom, pan: to.pan });
    else if (to.zoom !== undefined) cy.zoom(to.zoom);
    if (to.center) cy.center(to.center.eles);
    if (to.fit) cy.fit(to.fit.eles, to.fit.padding);
  }
}
