// Decides which labels cytoscape draws (small graphs): measures every label that would be drawn,
// ranks them (selection, path, story emphasis, then the size metric and degree) and keeps those
// that fit (placeLabels), short forms next, hiding the rest with classes the stylesheet knows.
// Runs when the camera rests, after layouts and whenever what is emphasised changes.
// Keys are cytoscape (namespaced) ids, never model ids: an actor and a relation may share a model
// id (elementIds.ts), and nothing keyed here leaves the view.
import { parsedStyle } from "./parsedStyle";
import type { BoundingBox12, Collection, Core, SingularElementArgument } from "cytoscape";
import { abbreviate } from "./abbreviate";
import { LABEL_HIDDEN, LABEL_HOVER, LABEL_ONLY, LABEL_SHORT, LABELLED_EDGES } from "./labelClasses";
import { placeLabels, type LabelBox, type LabelCandidate } from "./placeLabels";

/** Space kept between two labels, in screen pixels. */
const GAP_PX = 3;

export class LabelLayer {
  private hovered: string | undefined;
  private inView: LabelBox | undefined;
  private frame = 0;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly measure = document.createElement("canvas").getContext("2d");

  constructor(private readonly cy: Core) {
    cy.on("viewport", () => {
      clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => this.soon(), 160);
    });
  }

  /** Places labels before the next frame (several calls in one task place once). */
  soon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** `id`: the hovered actor's cytoscape id (actorElementId), or undefined. */
  hover(id: string | undefined): void {
    this.hovered = id;
    this.place();
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.restTimer);
  }

  /** Every label back at full length: layouts measure them to make room. */
  showAll(): void {
    this.cy.batch(() =>
      this.cy.elements(`.${LABEL_HIDDEN}, .${LABEL_SHORT}`).removeClass(`${LABEL_HIDDEN} ${LABEL_SHORT}`),
    );
  }

  /**
   * `inView`: a label that would run off the canvas counts as not fitting (on screen); exports
   * draw the whole graph and pass false.
   */
  place(inView = true): void {
    const cy = this.cy;
    if (cy.destroyed()) return;
    this.inView = inView ? viewBox(cy) : undefined;
    const candidates = [...cy.nodes().not(".hidden, .faded"), ...cy.edges(LABELLED_EDGES).not(".hidden, .faded")];
    // Measure every label at full length: shown first, with nothing hidden.
    cy.batch(() =>
      cy
        .elements(`.${LABEL_HIDDEN}, .${LABEL_SHORT}, .${LABEL_HOVER}`)
        .removeClass(`${LABEL_HIDDEN} ${LABEL_SHORT} ${LABEL_HOVER}`),
    );
    const gap = GAP_PX / cy.zoom();
    const offered = candidates.flatMap((element) => this.candidate(element));
    const placement = placeLabels(offered, gap);
    this.apply(cy.elements().not(".hidden"), placement);
    // The short forms' boxes were estimated: check what is drawn now and drop what still meets.
    const drawn = cy
      .elements()
      .not(`.hidden, .faded, .${LABEL_HIDDEN}`)
      .filter((element) => element.isNode() || element.is(LABELLED_EDGES));
    const checked = placeLabels(
      drawn.map((element) => ({
        ...this.rank(element),
        boxes: [labelBox(element)].filter((box) => box !== undefined),
      })),
      gap * 0.5,
    );
    cy.batch(() => drawn.filter((element) => !checked.has(element.id())).addClass(LABEL_HIDDEN));
  }

  private candidate(element: SingularElementArgument): LabelCandidate[] {
    const full = labelBox(element);
    if (!full) return [];
    const boxes: LabelBox[] = [full];
    const short = element.isNode() ? abbreviate(String(element.data("label") ?? "")) : undefined;
    if (short !== undefined) boxes.push(this.shortBox(element, full, short));
    const view = this.inView;
    // A form running off the canvas does not fit; one wholly outside it costs nothing to keep.
    const fitting = view ? boxes.map((box) => (within(box, view) || !touches(box, view) ? box : NOWHERE)) : boxes;
    return [{ ...this.rank(element), boxes: fitting }];
  }

  private rank(element: SingularElementArgument): Pick<LabelCandidate, "id" | "priority" | "forced"> {
    const id = element.id();
    const forced = id === this.hovered || element.selected();
    return { id, forced, priority: priorityOf(element) };
  }

  /** The short form is one line, starting where the full label starts (under the node). */
  private shortBox(element: SingularElementArgument, full: LabelBox, text: string): LabelBox {
    const fontSize = Number(parsedStyle(element, "font-size").pfValue);
    const outline = Number(parsedStyle(element, "text-outline-width").pfValue);
    let width = text.length * fontSize * 0.6;
    if (this.measure) {
      this.measure.font = `${String(parsedStyle(element, "font-weight").strValue)} ${fontSize}px ${String(parsedStyle(element, "font-family").strValue)}`;
      width = this.measure.measureText(text).width;
    }
    const half = width / 2 + outline + 1;
    const centre = (full.x1 + full.x2) / 2;
    return {
      x1: centre - half,
      x2: centre + half,
      y1: full.y1,
      y2: Math.min(full.y2, full.y1 + fontSize * 1.3 + 2 * outline + 2),
    };
  }

  private apply(elements: Collection, placement: Map<string, number>): void {
    this.cy.batch(() => {
      elements.forEach((element) => {
        const form = placement.get(element.id());
        if (element.id() === this.hovered) element.addClass(LABEL_HOVER);
        if (form === undefined) element.addClass(LABEL_HIDDEN);
        else if (form === 1)
          element.addClass(LABEL_SHORT).data("shortLabel", abbreviate(String(element.data("label"))));
      });
    });
  }
}

/**
 * Selection first (forced), then the path, the selected actor's neighbours and relations, the
 * story's emphasis, then the chosen size metric and the number of connections.
 */
export function priorityOf(element: SingularElementArgument): number {
  if (element.hasClass("on-path")) return 4e6 + (element.isNode() ? 1 : 0);
  // Who the selected actor is connected to comes before what the connections are called.
  if (element.isNode() && element.neighborhood("node:selected").nonempty()) return 3.5e6;
  if (element.hasClass("of-selection")) return 3e6;
  if (element.hasClass("emphasised")) return 2e6;
  if (element.isEdge()) return 1e6;
  const size = Number(element.data("size") ?? 0);
  return size * 1e4 + element.degree(false);
}

/** The label's box in model coordinates, or undefined when it draws no label. */
export function labelBox(element: SingularElementArgument): LabelBox | undefined {
  if (String(parsedStyle(element, "label").strValue ?? "") === "") return undefined;
  const box: BoundingBox12 & { w: number; h: number } = element.boundingBox(LABEL_ONLY);
  if (!(box.w > 0 && box.h > 0)) return undefined;
  return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
}

/** A form that never fits (placeLabels skips boxes that are not numbers). */
const NOWHERE: LabelBox = { x1: Number.NaN, y1: Number.NaN, x2: Number.NaN, y2: Number.NaN };

/** The canvas in model coordinates. */
function viewBox(cy: Core): LabelBox {
  const extent = cy.extent();
  return { x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2 };
}

const within = (box: LabelBox, view: LabelBox) =>
  box.x1 >= view.x1 && box.y1 >= view.y1 && box.x2 <= view.x2 && box.y2 <= view.y2;
const touches = (box: LabelBox, view: LabelBox) =>
  box.x1 < view.x2 && view.x1 < box.x2 && box.y1 < view.y2 && view.y1 < box.y2;
