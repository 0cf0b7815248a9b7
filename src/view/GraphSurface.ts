// The cytoscape core on screen and what draws with it: its style (theme, label scale), the overview
// under a large graph's detail, the label layer of a small one, and the pointer events. Small and
// large cores differ in construction options (graphCore.ts): a graph crossing the line gets a new one.
import type { Core, EventObject, NodeSingular } from "cytoscape";
import type { Camera, Selection, Theme } from "../state";
import type { GraphCamera } from "./camera/GraphCamera";
import type { Point } from "./detail/chooseDetail";
import type { LargeGraph } from "./detail/LargeGraph";
import { DIFF_STYLES } from "./diffMarks"; // editor (issue 19)
import { DRAW_STYLES } from "./drawRelations"; // editor (issue 19)
import { createCore, overviewUnder } from "./graphCore";
import { bindGraphEvents, targetId } from "./graphEvents";
import type { ExportSource } from "./graphExports";
import { graphReadout, type GraphReadout } from "./graphReadout";
import { themeLabelScale, watchLabelScale } from "./labelScale";
import { LabelLayer } from "./labels/LabelLayer";
import type { OverviewLayer } from "./overview/OverviewLayer";
import { THEME_TOKENS } from "./palette";
import { buildStylesheet } from "./stylesheet";

export interface SurfaceHandlers {
  onSelect: (selection: Selection | undefined) => void;
  /** Small graphs: the person moved the camera and it came to rest. */
  onCamera: ((camera: Camera) => void) | undefined;
  /** Large graphs: the camera moved (the detail is redrawn once it rests). */
  onViewport: () => void;
  /** Large graphs: the person let go of a dragged actor here. */
  onActorMoved: (id: string, position: Point) => void;
}

export class GraphSurface {
  private core: Core;
  /** The core is built for large graphs (cheap viewport rendering). */
  private largeCore = false;
  /** Large graphs: every shown actor and relation, drawn under cytoscape's detail. */
  private overviewLayer: OverviewLayer | undefined;
  /** Small graphs: which labels are drawn so that none overlap (labels/). */
  private labelLayer: LabelLayer | undefined;
  private currentTheme: Theme = "light";
  private labelScale = 1;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: SurfaceHandlers,
    private readonly camera: GraphCamera,
  ) {
    this.core = this.createCore(false);
  }

  get cy(): Core {
    return this.core;
  }

  get large(): boolean {
    return this.largeCore;
  }

  get overview(): OverviewLayer | undefined {
    return this.overviewLayer;
  }

  get labels(): LabelLayer | undefined {
    return this.labelLayer;
  }

  get theme(): Theme {
    return this.currentTheme;
  }

  /** A core for small or large graphs (graphCore.ts), with what draws over it. */
  private createCore(large: boolean): Core {
    const cy = createCore(this.container, large);
    this.core = cy;
    this.overviewLayer?.destroy();
    this.overviewLayer = undefined;
    this.labelLayer?.cancel();
    this.labelLayer = undefined;
    if (large) {
      this.overviewLayer = overviewUnder(this.container, cy);
      cy.on("viewport", () => this.handlers.onViewport());
      cy.on("free", "node", (event: EventObject) =>
        this.handlers.onActorMoved(targetId(event), (event.target as NodeSingular).position()),
      );
    } else {
      watchLabelScale(
        cy,
        (scale) => {
          this.labelScale = scale;
          this.restyle();
        },
        (zoom) => themeLabelScale(this.currentTheme, zoom),
      );
      this.labelLayer = new LabelLayer(cy);
      this.camera.watch(cy, this.handlers.onCamera);
    }
    bindGraphEvents(cy, {
      onSelect: this.handlers.onSelect,
      overviewActorAt: (at) => this.overviewLayer?.actorAt(at),
      hover: (elementId) => this.labelLayer?.hover(elementId),
      placeLabels: () => this.labelLayer?.place(),
      dimOthers: !large,
    });
    return cy;
  }

  /** Before a graph is added: a core of its kind (a new one when it crossed the line), styled for `theme`. */
  prepare(large: boolean, theme: Theme): void {
    this.currentTheme = theme;
    if (large !== this.largeCore) {
      this.core.destroy();
      this.largeCore = large;
      this.core = this.createCore(large);
    }
    // Style first: adding 20k elements under the old style and restyling them costs twice.
    this.restyle();
  }

  setTheme(theme: Theme): void {
    if (theme === this.currentTheme) return;
    this.currentTheme = theme;
    if (!this.largeCore) this.labelScale = themeLabelScale(theme, this.core.zoom());
    this.restyle();
  }

  private restyle(): void {
    this.core.style([
      ...buildStylesheet(this.currentTheme, this.largeCore, this.labelScale),
      ...DIFF_STYLES,
      ...DRAW_STYLES,
    ]);
    this.labelLayer?.soon();
  }

  /** What the PNG and SVG exports draw from (`large`: the large graph shown, if any). */
  exportSource(large: LargeGraph | undefined): ExportSource {
    const scene = this.overviewLayer?.current;
    return {
      cy: this.core,
      large: large && scene ? { graph: large.graph, scene } : undefined,
      textColour: THEME_TOKENS[this.currentTheme].text,
      // Labels placed for the whole graph, not the canvas (what is shown may just have changed: the handout); the screen's come back next frame.
      placeLabels: () => {
        this.labelLayer?.place(false);
        this.labelLayer?.soon();
      },
    };
  }

  /** What is drawn now, read at the moment of each call (`large`: the large graph shown, if any). */
  readout(large: LargeGraph | undefined): GraphReadout {
    return graphReadout(
      this.core,
      large && { graph: large.graph, drawnActors: large.drawnActorCount(), overview: this.overviewLayer },
    );
  }

  destroy(): void {
    this.labelLayer?.cancel();
    this.overviewLayer?.destroy();
    this.core.destroy();
  }
}
