// The difference between two versions of a dataset, as data: the operations that turn A into B
// (so the diff can be applied, and its application is tested), plus a reading of it for people:
// what was added, removed and changed, and which claims changed status or sources.
import type { Claim, Dataset } from "../../model";
import { deepEqual } from "./deepEqual";
import { COLLECTIONS, type AnyItem, type Collection, type EditOp, type MetaPatch } from "./operations";

export type ClaimChangeKind = "added" | "removed" | "status" | "sources" | "text" | "other";

export interface ClaimChange {
  relationId: string;
  claimId: string;
  changes: ClaimChangeKind[];
  before?: Claim;
  after?: Claim;
}

export interface CollectionDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface DatasetDiff {
  /** Applying this to A gives B (applyOp). */
  op: EditOp;
  collections: Record<Collection, CollectionDiff>;
  claims: ClaimChange[];
  /** The dataset's own fields that differ (title, summary…). */
  meta: string[];
}

function byId(items: readonly AnyItem[]): Map<string, AnyItem> {
  return new Map(items.map((item) => [item.id, item]));
}

function collectionOps(
  collection: Collection,
  before: readonly AnyItem[],
  after: readonly AnyItem[],
): { ops: EditOp[]; diff: CollectionDiff } {
  const old = byId(before);
  const next = byId(after);
  const removed = before.filter((item) => !next.has(item.id)).map((item) => item.id);
  const ops: EditOp[] = removed.map((id) => ({ type: "remove", collection, id }));
  // Items kept in both must stand in B's order before new ones are inserted at B's positions.
  const keptInB = after.filter((item) => old.has(item.id)).map((item) => item.id);
  const keptInA = before.filter((item) => next.has(item.id)).map((item) => item.id);
  if (!deepEqual(keptInA, keptInB)) ops.push({ type: "order", collection, ids: keptInB });
  const added: string[] = [];
  const changed: string[] = [];
  after.forEach((item, index) => {
    const previous = old.get(item.id);
    if (!previous) {
      added.push(item.id);
      ops.push({ type: "put", collection, item, index });
    } else if (!deepEqual(previous, item)) {
      changed.push(item.id);
      ops.push({ type: "put", collection, item });
    }
  });
  return { ops, diff: { added, removed, changed } };
}

function claimChange(before: Claim | undefined, after: Claim | undefined): ClaimChangeKind[] {
  if (!before) return ["added"];
  if (!after) return ["removed"];
  const changes: ClaimChangeKind[] = [];
  if (before.status !== after.status) changes.push("status");
  if (!deepEqual(before.sources, after.sources)) changes.push("sources");
  if (before.text !== after.text) changes.push("text");
  if (changes.length === 0 && !deepEqual(before, after)) changes.push("other");
  return changes;
}

function claimChanges(a: Dataset, b: Dataset): ClaimChange[] {
  const claimsOf = (dataset: Dataset) =>
    new Map(
      dataset.relations.flatMap((relation) =>
        (relation.claims ?? []).map((claim) => [claim.id, { relationId: relation.id, claim }] as const),
      ),
    );
  const before = claimsOf(a);
  const after = claimsOf(b);
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.flatMap((claimId) => {
    const old = before.get(claimId);
    const next = after.get(claimId);
    const changes = claimChange(old?.claim, next?.claim);
    if (changes.length === 0) return [];
    return [{ relationId: (next ?? old)?.relationId ?? "", claimId, changes, before: old?.claim, after: next?.claim }];
  });
}

function metaPatch(a: Dataset, b: Dataset): MetaPatch {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const skip = new Set<string>(COLLECTIONS);
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => !skip.has(key));
  const patch: Record<string, unknown> = {};
  for (const key of keys) if (!deepEqual(left[key], right[key])) patch[key] = right[key];
  return patch;
}

export function diffDatasets(a: Dataset, b: Dataset): DatasetDiff {
  const ops: EditOp[] = [];
  const collections = {} as Record<Collection, CollectionDiff>;
  for (const collection of COLLECTIONS) {
    const result = collectionOps(collection, a[collection], b[collection]);
    ops.push(...result.ops);
    collections[collection] = result.diff;
  }
  const patch = metaPatch(a, b);
  if (Object.keys(patch).length > 0) ops.push({ type: "meta", patch });
  return { op: { type: "batch", ops }, collections, claims: claimChanges(a, b), meta: Object.keys(patch) };
}

/** Whether the diff has nothing in it. */
export function isSameDataset(diff: DatasetDiff): boolean {
  return diff.op.type === "batch" && diff.op.ops.length === 0;
}

/** Element ids for the graph: what was added, removed or changed (relations whose claims changed count as changed). */
export function diffMarks(diff: DatasetDiff): { added: Set<string>; removed: Set<string>; changed: Set<string> } {
  const { actors, relations } = diff.collections;
  const changedRelations = new Set([...relations.changed, ...diff.claims.map((change) => change.relationId)]);
  for (const id of relations.added) changedRelations.delete(id);
  for (const id of relations.removed) changedRelations.delete(id);
  return {
    added: new Set([...actors.added, ...relations.added]),
    removed: new Set([...actors.removed, ...relations.removed]),
    changed: new Set([...actors.changed, ...changedRelations]),
  };
}
