// Builders for the edits a person makes in the editor. Each returns an Edit (label as data + operation);
// applyEdit checks it against the dataset rules. Claims live inside their relation, so a claim
// edit is a relation put.
import { slugify, uniqueId, type Actor, type Claim, type Dataset, type Relation } from "../../model";
import type { Edit } from "./applyEdit";
import { relationEnds, type EditAction, type EditLabel } from "./editLabel";
import { claimSnippet, itemName } from "./labels";
import type { Collection, Item } from "./operations";

/** A fresh id in `collection` made from `text` ("Kamal Hassan" → "kamal-hassan", then "-2"…). */
export function freshId(dataset: Dataset, collection: Collection, text: string, fallback: string): string {
  const taken = new Set((dataset[collection] as readonly { id: string }[]).map((item) => item.id));
  return uniqueId(slugify(text) || fallback, (id) => taken.has(id));
}

/** Every claim id in the dataset: claim ids are unique across relations. */
export function freshClaimId(dataset: Dataset, relationId: string): string {
  const taken = new Set(dataset.relations.flatMap((relation) => relation.claims.map((claim) => claim.id)));
  return uniqueId(`cl-${relationId.replace(/^rel-/, "")}`.slice(0, 60), (id) => taken.has(id));
}

export function putItem<C extends Collection>(dataset: Dataset, collection: C, item: Item<C>): Edit {
  const exists = (dataset[collection] as readonly { id: string }[]).some((candidate) => candidate.id === item.id);
  return {
    label: itemLabel(exists ? "edit" : "add", dataset, collection, item),
    op: { type: "put", collection, item },
  };
}

export function removeItem(dataset: Dataset, collection: Collection, id: string): Edit {
  const item = (dataset[collection] as readonly { id: string }[]).find((candidate) => candidate.id === id);
  return { label: itemLabel("delete", dataset, collection, item ?? { id }), op: { type: "remove", collection, id } };
}

function itemLabel(action: EditAction, dataset: Dataset, collection: Collection, item: { id: string }): EditLabel {
  if (collection === "relations" && "from" in item)
    return { action, collection, relation: relationEnds(item as Relation, dataset) };
  return { action, collection, name: itemName(collection, item, dataset) };
}

export function newActor(dataset: Dataset, name: string, kind = dataset.actorKinds[0]?.id ?? ""): Actor {
  return { id: freshId(dataset, "actors", name, "actor"), name, kind, aliases: [], tags: [], sources: [] };
}

export function newRelation(
  dataset: Dataset,
  from: string,
  to: string,
  kind = dataset.relationKinds[0]?.id ?? "",
): Relation {
  const id = uniqueId(`rel-${from}-${to}`.slice(0, 70), (candidate) =>
    dataset.relations.some((relation) => relation.id === candidate),
  );
  return { id, from, to, kind, claims: [] };
}

function relationWith(
  dataset: Dataset,
  relationId: string,
  change: (claims: Claim[]) => Claim[],
): Relation | undefined {
  const relation = dataset.relations.find((candidate) => candidate.id === relationId);
  return relation && { ...relation, claims: change(relation.claims) };
}

/** Adds the claim to its relation, or replaces the claim with the same id. */
export function putClaim(dataset: Dataset, relationId: string, claim: Claim): Edit | undefined {
  const relation = relationWith(dataset, relationId, (claims) =>
    claims.some((candidate) => candidate.id === claim.id)
      ? claims.map((candidate) => (candidate.id === claim.id ? claim : candidate))
      : [...claims, claim],
  );
  if (!relation) return undefined;
  const exists = dataset.relations.some((candidate) => candidate.claims.some((old) => old.id === claim.id));
  return {
    label: claimLabel(exists ? "edit" : "add", claim.text, relation, dataset),
    op: { type: "put", collection: "relations", item: relation },
  };
}

export function removeClaim(dataset: Dataset, relationId: string, claimId: string): Edit | undefined {
  const relation = relationWith(dataset, relationId, (claims) => claims.filter((claim) => claim.id !== claimId));
  const claim = dataset.relations
    .find((candidate) => candidate.id === relationId)
    ?.claims.find((candidate) => candidate.id === claimId);
  return (
    relation && {
      label: claimLabel("delete", claim?.text ?? claimId, relation, dataset),
      op: { type: "put", collection: "relations", item: relation },
    }
  );
}

function claimLabel(action: EditAction, text: string, relation: Relation, dataset: Dataset): EditLabel {
  return { action, collection: "claims", claim: claimSnippet(text), relation: relationEnds(relation, dataset) };
}

/** Where an item sits in the dataset after an edit, as the prefix of its issues' paths. */
export function pathOf(dataset: Dataset, collection: Collection, id: string): string {
  const index = (dataset[collection] as readonly { id: string }[]).findIndex((item) => item.id === id);
  return `${collection}[${index < 0 ? dataset[collection].length : index}]`;
}

/** A new title for the network (its id, and so its links, stay). */
export function renameNetwork(dataset: Dataset, title: string): Edit {
  return {
    label: { action: "rename", title: dataset.title, to: title.trim() },
    op: { type: "meta", patch: { title: title.trim() } },
  };
}
