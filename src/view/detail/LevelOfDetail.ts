// Keeps cytoscape holding only the part of a large graph worth drawing for the current viewport
// (see chooseDetail.ts): elements that leave are removed, those that enter are added at their
// model positions. The caller styles what was added.
import type { Collection, Core, ElementDefinition } from "cytoscape";
import { rankedByDegree, type ActorGraph } from "../../model";
import type { ElementFactory } from "../elements";
import { actorElementId, modelIdOf, relationElementId } from "../elementIds";
import { chooseDetail, type Box, type DetailBudget, type Point } from "./chooseDetail";

/** Measured on the 2-core bench machine: about what cytoscape redraws in under 100 ms. */
export const DETAIL_BUDGET: DetailBudget = { actors: 400, relations: 800 };
/**
 * A new graph is drawn in growing shares of the budget, one per frame: styling elements is most
 * of the cost of opening a file, so the first picture comes sooner and no step blocks the page
 * for long (~100 ms each at 5k actors on the bench machine).
 */
const DRAW_SHARES = [0.35, 0.65, 1];
/**
 * At most this many elements enter cytoscape in one refresh; the rest come in the next frames.
 * Styling and drawing a new element costs ~0.25 ms here (more under load): selecting an actor
 * far away, or a new camera, replaced ~1,200 elements in one task of 300–900 ms.
 */
export const ENTERING_PER_REFRESH = 300;
/** Part of the viewport's size added on each side, so a small pan does not show an empty edge. */
const VIEW_MARGIN = 0.15;

export interface DetailInfo {
  /** In cytoscape's interactive detail (labels, hover): the best-connected in view. */
  drawnActors: number;
  drawnRelations: number;
  actorsInView: number;
  /** Drawn in the overview layer under the detail: every actor and relation filters let through. */
  shownActors?: number;
  shownRelations?: number;
}

export interface DetailWishes {
  drawableActor: (id: string) => boolean;
  drawableRelation: (id: string) => boolean;
  pinnedActors: Iterable<string>;
  pinnedRelations: Iterable<string>;
  preferredActors: Iterable<string>;
}

export class LevelOfDetail {
  readonly ranked: readonly string[];
  /** Every actor's place, drawn or not: set by the layouts (LargeGraph). */
  readonly positions = new Map<string, Point>();
  info: DetailInfo = { drawnActors: 0, drawnRelations: 0, actorsInView: 0 };
  private drawings = 0;
  /** The last refresh left chosen elements out (ENTERING_PER_REFRESH): another one adds them. */
  private unfinished = false;

  constructor(
    private readonly cy: Core,
    readonly graph: ActorGraph,
    private readonly make: ElementFactory,
    private readonly budget: DetailBudget = DETAIL_BUDGET,
  ) {
    // A large import ranked them already, between frames (model/firstLayout.ts).
    this.ranked = rankedByDegree(graph);
  }

  /** Updates what cytoscape holds; returns the elements added (to be given their classes). */
  refresh(wishes: DetailWishes): Collection {
    const share = DRAW_SHARES[this.drawings++] ?? 1;
    const budget = {
      actors: Math.round(this.budget.actors * share),
      relations: Math.round(this.budget.relations * share),
    };
    const detail = chooseDetail({
      graph: this.graph,
      ranked: this.ranked,
      positions: this.positions,
      box: this.viewBox(),
      budget,
      ...wishes,
    });
    const cy = this.cy;
    const stale = cy
      .elements()
      .filter((element) => !(element.isNode() ? detail.actors : detail.relations).has(modelIdOf(element)));
    // The pinned (selection, path, focus) come first in the chosen sets, so they enter first.
    const entering: ElementDefinition[] = [];
    const enteringActors = new Set<string>();
    for (const id of detail.actors) {
      if (entering.length >= ENTERING_PER_REFRESH) break;
      if (!cy.getElementById(actorElementId(id)).empty()) continue;
      entering.push({ ...this.make.node(id), position: { ...(this.positions.get(id) ?? { x: 0, y: 0 }) } });
      enteringActors.add(id);
    }
    const present = (id: string) => enteringActors.has(id) || !cy.getElementById(actorElementId(id)).empty();
    let missing = detail.actors.size - (cy.nodes().length - stale.nodes().length) - enteringActors.size;
    for (const id of detail.relations) {
      if (!cy.getElementById(relationElementId(id)).empty()) continue;
      if (
        entering.length >= ENTERING_PER_REFRESH ||
        !present(this.graph.source(id)) ||
        !present(this.graph.target(id))
      ) {
        missing++;
        continue;
      }
      entering.push(this.make.edge(id));
    }
    this.unfinished = missing > 0;
    let added = cy.collection();
    cy.batch(() => {
      stale.remove();
      if (entering.length > 0) added = cy.add(entering);
    });
    this.info = {
      drawnActors: detail.actors.size,
      drawnRelations: detail.relations.size,
      actorsInView: detail.actorsInView,
    };
    return added;
  }

  /**
   * Draws one actor now, alone (a selection not drawn yet), so that it can be selected and
   * centred before the next refresh chooses the rest around it. Returns it (drawn already or
   * now), or undefined for an unknown actor.
   */
  pin(id: string): Collection | undefined {
    if (!this.graph.hasNode(id)) return undefined;
    const drawn = this.cy.getElementById(actorElementId(id));
    if (drawn.nonempty()) return drawn;
    return this.cy.add({ ...this.make.node(id), position: { ...(this.positions.get(id) ?? { x: 0, y: 0 }) } });
  }

  /** The last drawing used part of the budget, or left chosen elements out: another refresh will add more. */
  get partial(): boolean {
    return this.drawings < DRAW_SHARES.length || this.unfinished;
  }

  /** New places for these actors (a layout ran); those drawn move at once. */
  move(positions: ReadonlyMap<string, Point>): void {
    for (const [id, position] of positions) this.positions.set(id, position);
    this.cy.batch(() =>
      this.cy.nodes().forEach((node) => {
        const position = positions.get(modelIdOf(node));
        if (position) node.position({ ...position });
      }),
    );
  }

  /** A node the user dragged keeps its place when it is drawn again. */
  remember(id: string, position: Point): void {
    this.positions.set(id, { ...position });
  }

  private viewBox(): Box {
    const { x1, y1, x2, y2, w, h } = this.cy.extent();
    return { x1: x1 - w * VIEW_MARGIN, y1: y1 - h * VIEW_MARGIN, x2: x2 + w * VIEW_MARGIN, y2: y2 + h * VIEW_MARGIN };
  }
}
