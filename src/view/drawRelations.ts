// Editor (issue 19): a relation is drawn by dragging from one actor to another. cytoscape's own
// extension for it (cytoscape-edgehandles, by cytoscape's author) in its "draw mode", where an
// actor's whole body is the handle; loaded with import() the first time someone edits, so the
// explorer never carries it. The edge it draws is only a gesture: it is removed at once and the
// ends are handed over, for the editor to open the new relation's form.
import cytoscape, { type Core, type EventObject, type NodeSingular, type StylesheetJson } from "cytoscape";
import { modelIdOf } from "./elementIds";

interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

let registered: Promise<void> | undefined;
const register = (): Promise<void> =>
  (registered ??= import("cytoscape-edgehandles").then((module) => {
    cytoscape.use(module.default);
  }));

const DRAW = "#1d4ed8";

/** The gesture's line and the actors it joins, above everything else. */
export const DRAW_STYLES: StylesheetJson = [
  { selector: ".eh-ghost-node", style: { "background-opacity": 0, "border-width": 0, label: "", width: 1, height: 1 } },
  {
    selector: ".eh-ghost-edge, .eh-preview",
    style: {
      "line-color": DRAW,
      "target-arrow-color": DRAW,
      "target-arrow-shape": "triangle",
      "line-style": "dashed",
      width: 3,
      opacity: 1,
      label: "",
      "z-index": 200,
    },
  },
  {
    selector: "node.eh-source, node.eh-target, node.eh-hover",
    style: { "border-color": DRAW, "border-width": 5, "border-style": "solid" },
  },
];

export interface Drawing {
  stop(): void;
}

/** Turns on drawing relations on `cy` until `stop()`; `onDraw` gets the two actors' model ids. */
export async function startDrawing(cy: Core, onDraw: (from: string, to: string) => void): Promise<Drawing> {
  await register();
  const ghost = (node: NodeSingular) => node.hasClass("eh-ghost-node");
  const handles = (cy as unknown as { edgehandles(options: object): EdgeHandles }).edgehandles({
    // Between two shown actors only, never an actor to itself.
    canConnect: (source: NodeSingular, target: NodeSingular) =>
      !source.same(target) && !ghost(source) && !ghost(target) && !target.hasClass("hidden"),
    edgeParams: () => ({ data: { colour: DRAW, kindLabel: "" } }),
    snap: true,
    snapThreshold: 30,
    hoverDelay: 100,
  });
  handles.enableDrawMode();
  const complete = (
    _event: EventObject,
    source: NodeSingular,
    target: NodeSingular,
    added: cytoscape.CollectionReturnValue,
  ) => {
    added.remove();
    onDraw(modelIdOf(source), modelIdOf(target));
  };
  cy.on("ehcomplete", complete as unknown as cytoscape.EventHandler);
  return {
    stop() {
      cy.off("ehcomplete", complete as unknown as cytoscape.EventHandler);
      handles.disableDrawMode();
      handles.destroy();
    },
  };
}
