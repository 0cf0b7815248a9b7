// Library operations on records: list, rename, duplicate, delete (kept, marked deleted, so that
// it can be restored) and keep an import. All go through the one editor store.
import type { Dataset } from "../../model";
import { shippedDatasets } from "../data/shippedDatasets";
import { editorStore, keepingRecord } from "../editor/editorStoreHandle";
import { importedNetwork, keepImported, type KeepResult, type NetworkRecord } from "../../io/store";
import type { KeptInLibrary } from "../../workers/importMessages";

export async function libraryRecords(): Promise<NetworkRecord[]> {
  const store = await editorStore();
  return (await store.networks()).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Ids in use: shipped datasets and every library network (deleted ones too, so that a restore cannot clash). */
export async function takenIds(): Promise<Set<string>> {
  return new Set([
    ...shippedDatasets().map((entry) => entry.id),
    ...(await libraryRecords()).map((record) => record.id),
  ]);
}

export async function updateRecord(record: NetworkRecord, patch: Partial<NetworkRecord>): Promise<boolean> {
  const store = await editorStore();
  return store.putNetwork({ ...record, ...patch, updatedAt: Date.now() });
}

export async function renameRecord(record: NetworkRecord, title: string): Promise<boolean> {
  return updateRecord(record, { dataset: { ...record.dataset, title } });
}

/** Keeps an imported dataset in the library (once per id), so that it is listed with the others. */
export async function keepImportInLibrary(dataset: Dataset, now = Date.now()): Promise<KeepResult> {
  return keepImported(await editorStore(), dataset, now);
}

/**
 * An accepted import, kept in the library by the import worker (`keptInWorker`) or else from
 * here; the editor is handed the record written, so that it never reads the dataset back.
 */
export function keepAcceptedImport(dataset: Dataset, keptInWorker: Promise<KeptInLibrary> | undefined): void {
  const record = (async () => {
    let kept = keptInWorker ? await keptInWorker : undefined;
    if (!kept || kept.result === "failed") {
      const at = Date.now();
      kept = { result: await keepImportInLibrary(dataset, at), at };
    }
    return kept.result === "written" ? importedNetwork(dataset, new Set(), kept.at) : undefined;
  })();
  keepingRecord(dataset.id, record);
}
