// What a person would call an edit, as data: an action, the kind of thing it touched, and the
// names of the things (the dataset's own words). The interface words it in its language
// (src/ui/editor/editLabelMessage.ts); the undo history stores it like this, so a history saved in
// one language reads in another. Names are the items' names at the time of the edit, never ids
// unless the item had no name at hand.
import type { Dataset, Relation } from "../../model";
import { actorName } from "./labels";
import type { Collection } from "./operations";

export type EditAction = "add" | "edit" | "delete";

/** A relation as its two ends, named, and whether its kind has a direction. */
export interface RelationEnds {
  from: string;
  to: string;
  directed: boolean;
}

export type EditLabel =
  /** An item named by one text (a name, a title, a label; a relation no dataset has, by its id). */
  | { action: EditAction; collection: Collection; name: string }
  | { action: EditAction; collection: "relations"; relation: RelationEnds }
  /** `claim` is the start of the claim's text. */
  | { action: EditAction; collection: "claims"; claim: string; relation: RelationEnds }
  | { action: "merge"; collection: "actors"; name: string; into: string }
  /** A file brought over the network: it replaced it, or what it has was added and updated. */
  | { action: "replace" | "update"; file: string }
  | { action: "rename"; title: string; to: string }
  /** A label stored as an English sentence by an older Tangle that could not be read as one of the above. */
  | { action: "legacy"; text: string };

export const EDIT_ACTIONS: readonly EditAction[] = ["add", "edit", "delete"];

/** The ends of a relation, named in the first dataset that has each actor. */
export function relationEnds(
  relation: Pick<Relation, "from" | "to" | "kind">,
  ...datasets: readonly Dataset[]
): RelationEnds {
  const kind = datasets.flatMap((dataset) => dataset.relationKinds).find((candidate) => candidate.id === relation.kind);
  return {
    from: actorName(relation.from, ...datasets),
    to: actorName(relation.to, ...datasets),
    directed: kind?.directed !== false,
  };
}
