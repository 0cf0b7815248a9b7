// Cytoscape ids of actors and relations. Cytoscape needs ids unique across nodes and edges, and
// its layouts keep them as keys of plain objects: an actor "constructor" or a relation with the
// same id as an actor broke drawing. Every id the view gives cytoscape is namespaced here, and
// every id it reads back goes through `modelId`; nothing else in the view builds or reads them.

const ACTOR = "a:";
const RELATION = "r:";

export const actorElementId = (id: string): string => ACTOR + id;
export const relationElementId = (id: string): string => RELATION + id;

/** The cytoscape id of the selected (or any) actor or relation. */
export const elementIdOf = (target: { type: "actor" | "relation"; id: string }): string =>
  target.type === "actor" ? actorElementId(target.id) : relationElementId(target.id);

/** The model id behind a cytoscape id made here (both prefixes are two characters long). */
export const modelId = (elementId: string): string => elementId.slice(ACTOR.length);

/** The model id of a cytoscape element. */
export const modelIdOf = (element: { id(): string }): string => modelId(element.id());
