// A file imported over the network being edited, once its difference has been shown: either it
// replaces the network (the network keeps its own id, so its links and versions stay), or what it
// has is added and updated while everything else is kept. Either is one edit, so one undo.
import type { Dataset } from "../../model";
import type { Edit } from "./applyEdit";
import { diffDatasets } from "./diff";
import { COLLECTIONS, type AnyItem, type EditOp } from "./operations";
import { deepEqual } from "./deepEqual";

/** The file as the network it would become: the network's id, everything else the file's. */
export function asNetwork(current: Dataset, file: Dataset): Dataset {
  return { ...file, id: current.id };
}

/** The network becomes the file (its id kept). */
export function replaceWith(current: Dataset, file: Dataset, fileName: string): Edit {
  return { label: { action: "replace", file: fileName }, op: diffDatasets(current, asNetwork(current, file)).op };
}

/**
 * The file's items are added, or replace the network's items of the same id; nothing of the
 * network is removed and its own fields (title, summary…) stay.
 */
export function mergeFrom(current: Dataset, file: Dataset, fileName: string): Edit {
  const ops: EditOp[] = [];
  for (const collection of COLLECTIONS) {
    const mine = new Map((current[collection] as readonly AnyItem[]).map((item) => [item.id, item]));
    for (const item of file[collection] as readonly AnyItem[]) {
      const old = mine.get(item.id);
      if (!old || !deepEqual(old, item)) ops.push({ type: "put", collection, item });
    }
  }
  return { label: { action: "update", file: fileName }, op: { type: "batch", ops } };
}
