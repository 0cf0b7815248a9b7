// What pointing at the graph does: select by tap (actors drawn only in the overview included),
// and show a neighbourhood and names while hovering.
import type { Core, EdgeSingular, EventObject, SingularElementArgument } from "cytoscape";
import type { Selection } from "../state";
import type { Point } from "./detail/chooseDetail";
import { actorElementId, modelIdOf } from "./elementIds";

export interface GraphEventHandlers {
  onSelect: (selection: Selection | undefined) => void;
  /** Large graphs: the actor the overview layer draws at a model point. */
  overviewActorAt: (at: Point) => string | undefined;
  /** The label placer: an actor's name always shows while hovered; a hovered edge names its kind. */
  hover: (elementId: string | undefined) => void;
  placeLabels: () => void;
  /** Dimming every other element restyles the whole graph: small graphs only. */
  dimOthers: boolean;
}

export function bindGraphEvents(cy: Core, handlers: GraphEventHandlers): void {
  cy.on("tap", "node", (event: EventObject) => handlers.onSelect({ type: "actor", id: targetId(event) }));
  cy.on("tap", "edge", (event: EventObject) => {
    // An actor drawn in the overview under a detail edge wins: one aims at dots, not lines.
    const actor = handlers.overviewActorAt(event.position);
    handlers.onSelect(actor === undefined ? { type: "relation", id: targetId(event) } : { type: "actor", id: actor });
  });
  cy.on("tap", (event: EventObject) => {
    if (event.target !== cy) return;
    // Large graphs: most actors are drawn only in the overview layer, which finds them.
    const actor = handlers.overviewActorAt(event.position);
    handlers.onSelect(actor === undefined ? undefined : { type: "actor", id: actor });
  });
  cy.on("mouseover", "node", (event: EventObject) => {
    highlightNeighbourhood(cy, targetId(event), handlers.dimOthers);
    handlers.hover(actorElementId(targetId(event)));
  });
  cy.on("mouseout", "node", () => {
    cy.elements(".dimmed, .neighbour").removeClass("dimmed neighbour");
    handlers.hover(undefined);
  });
  cy.on("mouseover", "edge", (event: EventObject) => {
    (event.target as EdgeSingular).addClass("neighbour");
    handlers.placeLabels();
  });
  cy.on("mouseout", "edge", (event: EventObject) => {
    (event.target as EdgeSingular).removeClass("neighbour");
    handlers.placeLabels();
  });
}

function highlightNeighbourhood(cy: Core, id: string, dimOthers: boolean): void {
  const neighbourhood = cy.getElementById(actorElementId(id)).closedNeighborhood();
  cy.batch(() => {
    if (dimOthers) cy.elements().not(neighbourhood).addClass("dimmed");
    neighbourhood.addClass("neighbour");
  });
}

export const targetId = (event: EventObject): string => modelIdOf(event.target as SingularElementArgument);
