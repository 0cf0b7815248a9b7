// A large graph in the view: laid out on the model (ForceAtlas2 in a worker, or concentric and
// breadth-first computed here), drawn in part for the current camera (LevelOfDetail).
import type { Core } from "cytoscape";
import type { ActorGraph } from "../../model";
import type { LayoutName, Selection } from "../../state";
import type { ElementFactory } from "../elements";
import { elementIdOf, modelIdOf } from "../elementIds";
import type { ElementState } from "../elementState";
import { fitToBox } from "../fitToBox";
import type { LayoutWorkerClient } from "../../workers/layoutClient";
import { boxAround, relationsAround, type Box, type Point } from "./chooseDetail";
import { LevelOfDetail, type DetailInfo } from "./LevelOfDetail";
import { breadthFirstPositions, clusteredPositions, concentricPositions, seededPositions } from "./modelLayouts";
import { fileLayout, filePositions } from "./filePositions";
import type { OverviewLayer } from "../overview/OverviewLayer";
import { buildScene, sceneBase, type SceneBase } from "../overview/overviewScene";

/** A selected actor is drawn with up to this many of its relations and their other actors. */
const SELECTED_RELATIONS = 60;

export class LargeGraph {
  private readonly detail: LevelOfDetail;
  private stopped = false;
  /** The overview's scene no longer matches positions or state: rebuilt on the next refresh. */
  private sceneStale = true;
  /** A file's own positions are used for the first layout only; asking again runs ForceAtlas2. */
  private fileLayoutUsed = false;
  private readonly sceneBase: SceneBase;

  constructor(
    private readonly cy: Core,
    readonly graph: ActorGraph,
    make: ElementFactory,
    private readonly seed: number,
    private readonly worker: LayoutWorkerClient,
    /** How much of what is in view is drawn; undefined when all of it is. */
    private readonly onDetail: (info: DetailInfo | undefined) => void,
    /** Asks the view to redraw the detail soon (several changes in one task redraw once). */
    private readonly requestRefresh: () => void,
    /** Draws every shown actor and relation under cytoscape's detail. */
    private readonly overview: OverviewLayer,
    private readonly kindIndex: (kind: string) => number,
  ) {
    // Positions come from layout(), which the view runs right after.
    this.detail = new LevelOfDetail(cy, graph, make);
    this.sceneBase = sceneBase(graph);
  }

  /** Lays out the actors the filters let through; the camera then shows them all. */
  layout(name: LayoutName, root: string | undefined, state: ElementState): void {
    const ids = this.detail.ranked.filter(state.drawableActor);
    const place = (positions: Map<string, Point>) => {
      this.moveTo(positions);
      this.fit(ids, state);
    };
    if (name === "concentric") return place(concentricPositions(ids));
    if (name === "breadthfirst") return place(breadthFirstPositions(this.graph, ids, root ?? ids[0]));
    const asFiled = name === "file" ? fileLayout(this.graph, ids) : undefined;
    this.fileLayoutUsed ||= name === "file";
    if (asFiled) {
      const box = boxAround(seededPositions(ids, this.seed).values());
      return place(box ? scaledInto(asFiled, box) : asFiled);
    }
    // Drawn at once where the file put every actor (scaled like ForceAtlas2's answer, for room
    // for labels); otherwise on its clusters (label propagation), refined by ForceAtlas2 in the
    // worker, which starts from the same clusters.
    const fromFile = this.fileLayoutUsed ? undefined : filePositions(this.graph, ids);
    this.fileLayoutUsed = true;
    if (fromFile) {
      const box = boxAround(seededPositions(ids, this.seed).values());
      return place(box ? scaledInto(fromFile, box) : fromFile);
    }
    const start = clusteredPositions(this.graph, ids, this.seed);
    const seedBox = boxAround(start.values());
    place(start);
    const camera = this.cameraKey();
    // In a task of its own: collecting the relations for the worker and sending them (~40 ms at
    // 60k relations under load) need not lengthen the task that shows the first picture.
    setTimeout(() => {
      if (this.stopped) return;
      this.worker.run(this.graph, ids, this.seed, (outcome) => {
        if (this.stopped || !("positions" in outcome)) return;
        // Scaled into the starting box, which gives each actor room for its label when zoomed
        // in (ForceAtlas2's own scale packs 5k actors tighter than their names).
        const positions = seedBox ? scaledInto(outcome.positions, seedBox) : outcome.positions;
        if (this.cameraKey() === camera) return place(positions);
        // Someone who zoomed or panned meanwhile keeps their camera; the detail is redrawn.
        this.moveTo(positions);
        this.requestRefresh();
      });
    }, 0);
  }

  /** Points the camera at the given actors (all drawable ones by default); the detail follows. */
  fit(ids: readonly string[] | undefined, state: ElementState): void {
    const positions = this.detail.positions;
    const box = boxAround(
      (ids ?? this.detail.ranked.filter(state.drawableActor)).flatMap((id) => positions.get(id) ?? []),
    );
    if (box) fitToBox(this.cy, box);
    this.requestRefresh();
  }

  private moveTo(positions: ReadonlyMap<string, Point>): void {
    this.detail.move(positions);
    this.sceneStale = true;
  }

  /** Positions or the app's state changed: the overview is rebuilt on the next refresh. */
  invalidate(): void {
    this.sceneStale = true;
  }

  /** Draws what the camera shows now and gives the new elements their classes. */
  refresh(state: ElementState, selection: Selection | undefined): void {
    if (this.sceneStale) {
      this.sceneStale = false;
      this.overview.setScene(
        buildScene({ base: this.sceneBase, positions: this.detail.positions, state, kindIndex: this.kindIndex }),
      );
    }
    const selected = selection ? [selection.id] : [];
    const around =
      selection?.type === "actor"
        ? relationsAround(this.graph, selection.id, state.drawableRelation, SELECTED_RELATIONS)
        : [];
    const added = this.detail.refresh({
      drawableActor: state.drawableActor,
      drawableRelation: state.drawableRelation,
      pinnedActors: [...selected, ...state.path.actors],
      pinnedRelations: [...selected, ...around, ...state.path.relations],
      preferredActors: state.emphasis?.actors ?? [],
    });
    if (added.nonempty()) this.cy.batch(() => state.applyAll(added));
    if (selection) this.cy.getElementById(elementIdOf(selection)).select();
    // The first picture is drawn with part of the budget; the rest comes after it is painted.
    if (this.detail.partial) requestAnimationFrame(() => setTimeout(() => this.stopped || this.requestRefresh(), 0));
    const { info } = this.detail;
    this.onDetail(
      info.drawnActors < info.actorsInView
        ? { ...info, shownActors: this.overview.drawnActors, shownRelations: this.overview.drawnRelations }
        : undefined,
    );
  }

  /** Draws a selected actor at once with its classes (see LevelOfDetail.pin); false for an unknown one. */
  pin(id: string, state: ElementState): boolean {
    const drawn = this.detail.pin(id);
    if (!drawn) return false;
    this.cy.batch(() => state.applyAll(drawn));
    return true;
  }

  /** Actors drawn across both layers: the overview's, and any detail it lacks (a pinned actor). */
  drawnActorCount(): number {
    let extra = 0;
    this.cy.nodes().forEach((node) => {
      if (!this.overview.has(modelIdOf(node))) extra++;
    });
    return this.overview.drawnActors + extra;
  }

  private cameraKey(): string {
    const { x, y } = this.cy.pan();
    return `${this.cy.zoom()} ${x} ${y}`;
  }

  remember(id: string, position: Point): void {
    this.detail.remember(id, position);
    this.sceneStale = true;
    this.requestRefresh();
  }

  /** A newer dataset replaced this one: late worker answers are dropped. */
  stop(): void {
    this.stopped = true;
  }
}

/** The positions moved and scaled (keeping their proportions) to fill `box`. */
export function scaledInto(positions: ReadonlyMap<string, Point>, box: Box): Map<string, Point> {
  const from = boxAround(positions.values());
  if (!from) return new Map(positions);
  const scale = Math.min(
    (box.x2 - box.x1) / Math.max(from.x2 - from.x1, 1e-9),
    (box.y2 - box.y1) / Math.max(from.y2 - from.y1, 1e-9),
  );
  const moved = new Map<string, Point>();
  for (const [id, { x, y }] of positions)
    moved.set(id, { x: box.x1 + (x - from.x1) * scale, y: box.y1 + (y - from.y1) * scale });
  return moved;
}
