// The one wrapper around cytoscape. Panels never touch `cy`: they call these methods.
import cytoscape, { type Core, type EventObject } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { ActorGraph, Dataset } from "../model";
import { exportCaption } from "./exportCaption";
import { composePng, composeSvg } from "./exportImage";
import type { HiddenMode, LayoutName, Selection, Theme } from "../state";
import { graphToElements } from "./elements";
import { runLayout } from "./layouts";
import { seedFrom } from "./seededRandom";
import { buildStylesheet, type Vocabulary } from "./stylesheet";

cytoscape.use(fcose);

export interface GraphViewCallbacks {
  onSelect: (selection: Selection | undefined) => void;
}

/** Read-only numbers for tests and the status line: what is on screen now. */
export interface GraphSnapshot {
  nodeCount: number;
  edgeCount: number;
  visibleNodes: string[];
  visibleEdges: string[];
  selected: string[];
  focusedNodes: string[];
  pathNodes: string[];
  zoom: number;
}

export class GraphView {
  private readonly cy: Core;
  private vocabulary: Vocabulary = { actorKinds: [], relationKinds: [] };
  private theme: Theme = "light";
  private seed = 1;

  constructor(container: HTMLElement, private readonly callbacks: GraphViewCallbacks) {
    this.cy = cytoscape({ container, minZoom: 0.05, maxZoom: 6, wheelSensitivity: 0.3, boxSelectionEnabled: false });
    this.cy.on("tap", "node", (event: EventObject) => callbacks.onSelect({ type: "actor", id: targetId(event) }));
    this.cy.on("tap", "edge", (event: EventObject) => callbacks.onSelect({ type: "relation", id: targetId(event) }));
    this.cy.on("tap", (event: EventObject) => {
      if (event.target === this.cy) callbacks.onSelect(undefined);
    });
    this.cy.on("mouseover", "node", (event: EventObject) => this.highlightNeighbourhood(targetId(event)));
    this.cy.on("mouseout", "node", () => this.cy.elements().removeClass("dimmed neighbour"));
  }

  load(graph: ActorGraph, vocabulary: Vocabulary, theme: Theme): void {
    this.vocabulary = vocabulary;
    this.theme = theme;
    this.seed = seedFrom(graph.getAttribute("datasetId"));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(graphToElements(graph));
    });
    this.cy.style(buildStylesheet(vocabulary, theme));
    this.layout("force");
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.cy.style(buildStylesheet(this.vocabulary, theme));
  }

  layout(name: LayoutName, root?: string): void {
    runLayout(this.cy, name, this.seed, root);
  }

  /** Hides or fades every element not in the given sets. */
  applyVisibility(actors: ReadonlySet<string>, relations: ReadonlySet<string>, mode: HiddenMode): void {
    const cls = mode === "hide" ? "hidden" : "faded";
    this.cy.batch(() => {
      this.cy.elements().removeClass("hidden faded");
      this.cy.nodes().forEach((node) => {
        if (!actors.has(node.id())) node.addClass(cls);
      });
      this.cy.edges().forEach((edge) => {
        if (!relations.has(edge.id())) edge.addClass(cls);
      });
    });
  }

  /** Emphasises a focus (story step, ego network) and fades the rest; undefined clears it. */
  setFocus(focus: { actors: ReadonlySet<string>; relations: ReadonlySet<string> } | undefined): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass("focused dimmed");
      if (!focus) return;
      this.cy.nodes().forEach((node) => {
        node.addClass(focus.actors.has(node.id()) ? "focused" : "dimmed");
      });
      this.cy.edges().forEach((edge) => {
        edge.addClass(focus.relations.has(edge.id()) ? "focused" : "dimmed");
      });
    });
  }

  setPath(actors: ReadonlySet<string>, relations: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass("on-path");
      this.cy.nodes().filter((node) => actors.has(node.id())).addClass("on-path");
      this.cy.edges().filter((edge) => relations.has(edge.id())).addClass("on-path");
    });
  }

  select(selection: Selection | undefined, centre = false): void {
    this.cy.elements().unselect();
    if (!selection) return;
    const element = this.cy.getElementById(selection.id);
    if (element.empty()) return;
    element.select();
    if (centre) this.cy.animate({ center: { eles: element }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: prefersReducedMotion() ? 0 : 300 });
  }

  /** 0..1 per actor, mapped to node size; an empty map resets sizes. */
  setNodeSizes(sizes: ReadonlyMap<string, number>): void {
    this.cy.batch(() => this.cy.nodes().forEach((node) => void node.data("size", sizes.get(node.id()) ?? 0)));
  }

  setCommunities(communityOf: ReadonlyMap<string, number> | undefined): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.data("community", communityOf?.get(node.id()) ?? -1);
        node.toggleClass("by-community", communityOf !== undefined);
      });
    });
  }

  fit(elementIds?: readonly string[]): void {
    const target = elementIds
      ? this.cy.elements().filter((element) => elementIds.includes(element.id()))
      : this.cy.elements().not(".hidden");
    this.cy.animate({ fit: { eles: target, padding: 50 } }, { duration: prefersReducedMotion() ? 0 : 400 });
  }

  zoomBy(factor: number): void {
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  camera(): { zoom: number; pan: { x: number; y: number } } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setCamera(camera: { zoom: number; pan: { x: number; y: number } }): void {
    this.cy.viewport({ zoom: camera.zoom, pan: camera.pan });
  }

  /** PNG of the visible graph with title, legend and sources burned in. */
  pngDataUrl(dataset: Dataset, scale = 2): Promise<string> {
    return composePng(this.cy, exportCaption(dataset, this.shownKinds()), scale);
  }

  svgText(dataset: Dataset): Promise<string> {
    return composeSvg(this.cy, exportCaption(dataset, this.shownKinds()));
  }

  private shownKinds(): Set<string> {
    return new Set(this.cy.nodes().not(".hidden").map((node) => node.data("kind") as string));
  }

  resize(): void {
    this.cy.resize();
  }

  snapshot(): GraphSnapshot {
    const ids = (collection: { map: (fn: (element: { id: () => string }) => string) => string[] }) =>
      collection.map((element) => element.id());
    const shown = this.cy.elements().not(".hidden, .faded");
    return {
      nodeCount: this.cy.nodes().length,
      edgeCount: this.cy.edges().length,
      visibleNodes: ids(shown.nodes()),
      visibleEdges: ids(shown.edges()),
      selected: ids(this.cy.elements(":selected")),
      focusedNodes: ids(this.cy.nodes(".focused")),
      pathNodes: ids(this.cy.nodes(".on-path")),
      zoom: this.cy.zoom(),
    };
  }

  destroy(): void {
    this.cy.destroy();
  }

  private highlightNeighbourhood(id: string): void {
    const node = this.cy.getElementById(id);
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().not(neighbourhood).addClass("dimmed");
      neighbourhood.addClass("neighbour");
    });
  }
}

const targetId = (event: EventObject): string => (event.target as cytoscape.SingularElementArgument).id();

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
