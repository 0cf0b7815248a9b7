// Names for people, not ids: what undo/redo and the comparison of two versions call an actor, a
// relation ("Rami Makhlouf → Coastal Fighters"), a claim or a source. Ids are the fallback only
// when the item is gone from every dataset at hand.
import type { Dataset, Relation } from "../../model";
import type { Collection } from "./operations";

type Named = { id: string; name?: string; title?: string; label?: string };

/** The actor's name in the first dataset that has it (a removed actor is named by the older one). */
export function actorName(id: string, ...datasets: readonly Dataset[]): string {
  for (const dataset of datasets) {
    const actor = dataset.actors.find((candidate) => candidate.id === id);
    if (actor) return actor.name;
  }
  return id;
}

/** "From → To" for a directed kind, "From — To" otherwise, named in the first dataset that has them. */
export function relationName(
  relation: Pick<Relation, "from" | "to" | "kind">,
  ...datasets: readonly Dataset[]
): string {
  const kind = datasets.flatMap((dataset) => dataset.relationKinds).find((candidate) => candidate.id === relation.kind);
  const arrow = kind?.directed === false ? "—" : "→";
  return `${actorName(relation.from, ...datasets)} ${arrow} ${actorName(relation.to, ...datasets)}`;
}

/** A relation by id, named by its ends; its id when no dataset has it. */
export function relationNameById(id: string, ...datasets: readonly Dataset[]): string {
  for (const dataset of datasets) {
    const relation = dataset.relations.find((candidate) => candidate.id === id);
    if (relation) return relationName(relation, ...datasets);
  }
  return id;
}

/** An item of any collection as a person calls it. */
export function itemName(collection: Collection, item: Named | Relation, ...datasets: readonly Dataset[]): string {
  if (collection === "relations" && "from" in item) return relationName(item, ...datasets);
  const named = item as Named;
  return named.name ?? named.title ?? named.label ?? named.id;
}

/** The item with this id in the first dataset that has it, named; its id otherwise. */
export function itemNameById(collection: Collection, id: string, ...datasets: readonly Dataset[]): string {
  for (const dataset of datasets) {
    const item = (dataset[collection] as readonly Named[]).find((candidate) => candidate.id === id);
    if (item) return itemName(collection, item, ...datasets);
  }
  return id;
}

const SNIPPET = 40;

/** The start of a claim's text, cut at 40 characters with an ellipsis. */
export function claimSnippet(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SNIPPET ? `${trimmed.slice(0, SNIPPET - 1).trimEnd()}…` : trimmed;
}
