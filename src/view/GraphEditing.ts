// Editor (issue 19) on the graph: the diff of two versions marked on the elements (kept across
// loads) and relations drawn by dragging from one actor to another (cytoscape-edgehandles, which
// loads on demand). GraphView owns one and hands it the current core.
import type { Core } from "cytoscape";
import { applyDiffMarks, type DiffMark } from "./diffMarks";
import { startDrawing, type Drawing } from "./drawRelations";
import { modelIdOf } from "./elementIds";
import { actorPagePoints } from "./keptPositions";

export class GraphEditing {
  private marks: ReadonlyMap<string, DiffMark> = new Map();
  private drawing: Drawing | undefined;
  /** Bumped whenever drawing is turned on or off: an extension still loading for an older turn is stopped. */
  private ticket = 0;

  constructor(
    private readonly cy: () => Core,
    private readonly container: HTMLElement,
    /** A large graph's actors are mostly drawn outside cytoscape: no drawing there. */
    private readonly large: () => boolean,
  ) {}

  /** Marks added, removed and changed elements; an empty map clears them. */
  setDiffMarks(marks: ReadonlyMap<string, DiffMark>): void {
    this.marks = marks;
    const cy = this.cy();
    cy.batch(() => applyDiffMarks(cy.elements(), marks));
  }

  /** A new graph was loaded: the marks go on its elements again. */
  reapplyMarks(): void {
    if (this.marks.size > 0) this.setDiffMarks(this.marks);
  }

  /**
   * While `onDraw` is given, dragging from one actor to another draws a relation (handed to
   * `onDraw`) instead of moving the actor; undefined turns it off. Returns whether it is on.
   */
  drawRelations(onDraw: ((from: string, to: string) => void) | undefined): boolean {
    const ticket = ++this.ticket;
    this.drawing?.stop();
    this.drawing = undefined;
    if (!onDraw || this.large()) return false;
    const cy = this.cy();
    void startDrawing(cy, onDraw).then((drawing) => {
      // Turned off, or the core rebuilt, while the extension was loading.
      if (ticket !== this.ticket || cy !== this.cy()) drawing.stop();
      else this.drawing = drawing;
    });
    return true;
  }

  /** For browser tests: each drawn actor's place on the page (client pixels). */
  actorPoints(): Record<string, { x: number; y: number; modelX: number; modelY: number }> {
    return actorPagePoints(this.cy(), this.container);
  }

  /** For browser tests: the ids drawn with each diff class. */
  diffMarked(): Record<DiffMark, string[]> {
    const ids = (mark: DiffMark) =>
      this.cy()
        .elements(`.diff-${mark}`)
        .map((element) => modelIdOf(element));
    return { added: ids("added"), removed: ids("removed"), changed: ids("changed") };
  }

  stop(): void {
    this.ticket++;
    this.drawing?.stop();
  }
}
