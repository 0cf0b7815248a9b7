// Keeping an accepted import in the library, once per id. Runs where the dataset already is:
// the import worker (storing clones the whole dataset, ~0.5 s for 80k items, which froze the
// page when done on the main thread), or the main thread for the valid part of a file.
import type { Dataset } from "../../model";
import type { EditorStore } from "./editorStore";
import { importedNetwork } from "./networkRecords";

/** True when the library holds the dataset afterwards (kept now, or already there). */
export async function keepImported(store: EditorStore, dataset: Dataset, now: number): Promise<boolean> {
  if (await store.network(dataset.id)) return true;
  return store.putNetwork(importedNetwork(dataset, new Set(), now));
}
