// Large graphs: the LargeGraph shown and the drawing of its detail, when (DetailScheduler) and with
// what (the node scale for the zoom, a selected actor not drawn yet pinned at once).
import type { Core } from "cytoscape";
import type { ActorGraph } from "../../model";
import type { Selection } from "../../state";
import type { LayoutWorkerClient } from "../../workers/layoutClient";
import { elementIdOf } from "../elementIds";
import { elementFactory, type Vocabulary } from "../elements";
import type { ElementState } from "../elementState";
import { largeNodeScaleFor } from "../labelScale";
import type { OverviewLayer } from "../overview/OverviewLayer";
import { DetailScheduler } from "./DetailScheduler";
import { LargeGraph } from "./LargeGraph";
import type { DetailInfo } from "./LevelOfDetail";

export class DetailDrawing {
  private shown: LargeGraph | undefined;
  private readonly scheduler = new DetailScheduler(() => this.draw());

  constructor(
    private readonly cy: () => Core,
    private readonly state: () => ElementState,
    private readonly selection: () => Selection | undefined,
  ) {}

  /** The large graph shown (undefined: a small one, all drawn by cytoscape). */
  get large(): LargeGraph | undefined {
    return this.shown;
  }

  /** A large graph was loaded: its detail is drawn by cytoscape over `overview`. */
  start(
    graph: ActorGraph,
    vocabulary: Vocabulary,
    seed: number,
    worker: LayoutWorkerClient,
    overview: OverviewLayer,
    onDetail: (info: DetailInfo | undefined) => void,
  ): void {
    const kinds = new Map(vocabulary.actorKinds.map((kind, index) => [kind.id, index]));
    this.shown = new LargeGraph(
      this.cy(),
      graph,
      elementFactory(graph, vocabulary),
      seed,
      worker,
      onDetail,
      () => this.scheduler.soon(),
      overview,
      (kind) => kinds.get(kind) ?? 0,
    );
  }

  /** Another graph is loaded: this one stops laying out and drawing. */
  stop(): void {
    this.shown?.stop();
    this.shown = undefined;
  }

  /** Redraws at the end of the current task (several changes in one task redraw once). */
  soon(): void {
    this.scheduler.soon();
  }

  /** Redraws once the camera rests. */
  afterRest(): void {
    this.scheduler.afterRest();
  }

  /** The selection changed (before the graph shows it): when the detail is redrawn for it. */
  selected(selection: Selection | undefined): void {
    // Large graphs: an actor not drawn yet is drawn at once, alone, to be selected and centred;
    // the detail around it (its relations, what the camera shows) is chosen after the frame that
    // shows its details is painted (choosing walks all actors: 30–170 ms at 20k). A relation not
    // drawn yet brings its actors, so it is drawn at once in full.
    const missing = selection !== undefined && this.cy().getElementById(elementIdOf(selection)).empty();
    if (!this.shown) this.scheduler.soon();
    else if (!missing) this.scheduler.afterPaint();
    else if (selection?.type === "actor" && this.shown.pin(selection.id, this.state())) this.scheduler.afterPaint();
    else this.scheduler.now();
  }

  cancel(): void {
    this.scheduler.cancel();
  }

  /** Large graphs: draws what the camera shows now (see DetailScheduler for when). */
  private draw(): void {
    if (!this.shown) return;
    const cy = this.cy();
    const state = this.state();
    // Elements entering take the scale with their other classes; those staying change class
    // after the stale ones left (a new stylesheet here restyled every element: see labelScale.ts).
    const nodeScale = largeNodeScaleFor(cy.zoom());
    const rescaled = nodeScale !== state.nodeScale;
    state.nodeScale = nodeScale;
    this.shown.refresh(state, this.selection());
    if (rescaled) cy.batch(() => state.applyNodeScale(cy.elements()));
  }
}
