// Edits as data: every change to a dataset is one of these operations, and every operation has an
// exact inverse. Undo, redo, saved history and the diff of two versions all speak this language,
// so "apply the diff of A→B to A" and "undo the last edit" run the same code.
import type { Dataset } from "../../model";

/** The lists of a dataset whose items carry an `id`. Claims live inside their relation. */
export const COLLECTIONS = ["sources", "actorKinds", "relationKinds", "actors", "relations", "stories"] as const;
export type Collection = (typeof COLLECTIONS)[number];
export type Item<C extends Collection> = Dataset[C][number];
export type AnyItem = Item<Collection>;

/** The dataset's own fields (title, summary…): everything that is not a collection. */
export type MetaField = Exclude<keyof Dataset, Collection>;
export type MetaPatch = Partial<Record<MetaField, unknown>>;

export type EditOp =
  /** Adds the item (at `index`, else at the end) or replaces the item with the same id in place. */
  | { type: "put"; collection: Collection; item: AnyItem; index?: number }
  | { type: "remove"; collection: Collection; id: string }
  /** Reorders the listed ids into this order; items not listed keep their slots. */
  | { type: "order"; collection: Collection; ids: string[] }
  /** Sets the dataset's own fields; `undefined` removes an optional field. */
  | { type: "meta"; patch: MetaPatch }
  | { type: "batch"; ops: EditOp[] };

type Items = readonly AnyItem[];

function listOf(dataset: Dataset, collection: Collection): Items {
  return dataset[collection];
}

function withList(dataset: Dataset, collection: Collection, items: AnyItem[]): Dataset {
  return { ...dataset, [collection]: items };
}

function put(items: Items, item: AnyItem, index: number | undefined): AnyItem[] {
  const at = items.findIndex((candidate) => candidate.id === item.id);
  const next = [...items];
  if (at >= 0) next[at] = item;
  else next.splice(Math.min(Math.max(index ?? next.length, 0), next.length), 0, item);
  return next;
}

function reorder(items: Items, ids: readonly string[]): AnyItem[] {
  const wanted = new Set(ids);
  const byId = new Map(items.map((item) => [item.id, item]));
  const queue = ids.filter((id) => byId.has(id)).map((id) => byId.get(id) as AnyItem);
  return items.map((item) => (wanted.has(item.id) ? (queue.shift() as AnyItem) : item));
}

function setMeta(dataset: Dataset, patch: MetaPatch): Dataset {
  const next: Record<string, unknown> = { ...dataset };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as Dataset;
}

/** The dataset after `op`, with no validation (see applyEdit). Pure: `dataset` is not changed. */
export function applyOp(dataset: Dataset, op: EditOp): Dataset {
  switch (op.type) {
    case "put":
      return withList(dataset, op.collection, put(listOf(dataset, op.collection), op.item, op.index));
    case "remove":
      return withList(
        dataset,
        op.collection,
        listOf(dataset, op.collection).filter((item) => item.id !== op.id),
      );
    case "order":
      return withList(dataset, op.collection, reorder(listOf(dataset, op.collection), op.ids));
    case "meta":
      return setMeta(dataset, op.patch);
    case "batch":
      return op.ops.reduce(applyOp, dataset);
  }
}

/** The operation that takes `applyOp(dataset, op)` back to `dataset`. */
export function invertOp(dataset: Dataset, op: EditOp): EditOp {
  switch (op.type) {
    case "put": {
      const items = listOf(dataset, op.collection);
      const index = items.findIndex((item) => item.id === op.item.id);
      const before = items[index];
      return before
        ? { type: "put", collection: op.collection, item: before }
        : { type: "remove", collection: op.collection, id: op.item.id };
    }
    case "remove": {
      const items = listOf(dataset, op.collection);
      const index = items.findIndex((item) => item.id === op.id);
      const before = items[index];
      return before ? { type: "put", collection: op.collection, item: before, index } : { type: "batch", ops: [] };
    }
    case "order":
      return {
        type: "order",
        collection: op.collection,
        ids: listOf(dataset, op.collection)
          .map((item) => item.id)
          .filter((id) => op.ids.includes(id)),
      };
    case "meta": {
      const record = dataset as Record<string, unknown>;
      const patch: MetaPatch = {};
      for (const key of Object.keys(op.patch) as MetaField[]) patch[key] = record[key];
      return { type: "meta", patch };
    }
    case "batch": {
      const inverses: EditOp[] = [];
      let current = dataset;
      for (const step of op.ops) {
        inverses.unshift(invertOp(current, step));
        current = applyOp(current, step);
      }
      return { type: "batch", ops: inverses };
    }
  }
}

/** Whether `op` changes nothing (an empty batch, say). */
export function isEmptyOp(op: EditOp): boolean {
  return op.type === "batch" && op.ops.every(isEmptyOp);
}
