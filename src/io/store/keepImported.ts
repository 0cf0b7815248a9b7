// Keeping an accepted import in the library, once per id. Runs where the dataset already is:
// the import worker (storing clones the whole dataset, ~0.5 s for 80k items, which froze the
// page when done on the main thread), or the main thread for the valid part of a file.
import type { Dataset } from "../../model";
import type { EditorStore } from "./editorStore";
import { importedNetwork } from "./networkRecords";

/**
 * "written": kept now, as `importedNetwork(dataset, ∅, now)`; "present": the library already had
 * a network of that id (left as it was); "failed": storage refused.
 */
export type KeepResult = "written" | "present" | "failed";

export async function keepImported(store: EditorStore, dataset: Dataset, now: number): Promise<KeepResult> {
  if (await store.hasNetwork(dataset.id)) return "present";
  return (await store.putNetwork(importedNetwork(dataset, new Set(), now))) ? "written" : "failed";
}
