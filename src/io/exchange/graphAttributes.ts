// How actors and relations are written as node and edge attributes in GEXF and GraphML: the
// fields a person wants to see in Gephi as plain text, the rest as JSON so nothing is lost.
import { relationStatus, type Actor, type Relation } from "../../model";
import { joinList } from "./listCell";

export const NODE_ATTRIBUTES = ["kind", "aliases", "summary", "tags", "sources"] as const;
export const EDGE_ATTRIBUTES = ["relation", "kind", "status", "claims"] as const;

export type NodeAttribute = (typeof NODE_ATTRIBUTES)[number];
export type EdgeAttribute = (typeof EDGE_ATTRIBUTES)[number];

/** Attribute values of an actor's node; empty fields are left out. */
export function actorAttributes(actor: Actor): Map<NodeAttribute, string> {
  const values = new Map<NodeAttribute, string>([["kind", actor.kind]]);
  if (actor.aliases.length > 0) values.set("aliases", joinList(actor.aliases));
  if (actor.summary !== undefined) values.set("summary", actor.summary);
  if (actor.tags.length > 0) values.set("tags", joinList(actor.tags));
  if (actor.sources.length > 0) values.set("sources", JSON.stringify(actor.sources));
  return values;
}

/** Attribute values of a relation's edge. `status` is the strongest claim's, for styling in Gephi; `claims` is authoritative. */
export function relationAttributes(relation: Relation): Map<EdgeAttribute, string> {
  return new Map<EdgeAttribute, string>([
    ["relation", relation.id],
    ["kind", relation.kind],
    ["status", relationStatus(relation)],
    ["claims", JSON.stringify(relation.claims)],
  ]);
}
