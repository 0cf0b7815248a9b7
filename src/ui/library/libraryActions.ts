// Library operations on records: list, rename, duplicate, delete (kept, marked deleted, so that
// it can be restored) and keep an import. All go through the one editor store.
import type { Dataset } from "../../model";
import { shippedDatasets } from "../data/shippedDatasets";
import { editorStore } from "../editor/editorStoreHandle";
import { keepImported, type NetworkRecord } from "../../io/store";

export async function libraryRecords(): Promise<NetworkRecord[]> {
  const store = await editorStore();
  return (await store.networks()).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Ids in use: shipped datasets and every library network (deleted ones too, so that a restore cannot clash). */
export async function takenIds(): Promise<Set<string>> {
  return new Set([...shippedDatasets().map((entry) => entry.id), ...(await libraryRecords()).map((record) => record.id)]);
}

export async function updateRecord(record: NetworkRecord, patch: Partial<NetworkRecord>): Promise<boolean> {
  const store = await editorStore();
  return store.putNetwork({ ...record, ...patch, updatedAt: Date.now() });
}

export async function renameRecord(record: NetworkRecord, title: string): Promise<boolean> {
  return updateRecord(record, { dataset: { ...record.dataset, title } });
}

/** Keeps an imported dataset in the library (once per id), so that it is listed with the others. */
export async function keepImportInLibrary(dataset: Dataset): Promise<void> {
  await keepImported(await editorStore(), dataset, Date.now());
}
