// One editor store per page, opened on first use.
import { openEditorStore, type EditorStore, type NetworkRecord } from "../../io/store";

let opening: Promise<EditorStore> | undefined;

export function editorStore(): Promise<EditorStore> {
  opening ??= openEditorStore();
  return opening;
}

/** A network of the library by dataset id, for the dataset loader (reload of an edited network). */
export async function libraryDataset(datasetId: string) {
  const store = await editorStore();
  const record = await store.network(datasetId);
  return record && !record.deletedAt ? record.dataset : undefined;
}

/**
 * Records of imports being kept in the library right now, by dataset id: the editor takes the
 * record from here instead of reading back (and checking) the dataset it just stored, which took
 * ~4 s of main thread at 20k actors. Resolves to undefined when the record must be read after all.
 */
const beingKept = new Map<string, Promise<NetworkRecord | undefined>>();

export function keepingRecord(datasetId: string, record: Promise<NetworkRecord | undefined>): void {
  beingKept.set(datasetId, record);
}

/** The record of an import just kept (once), or undefined. */
export async function recordJustKept(datasetId: string): Promise<NetworkRecord | undefined> {
  const record = beingKept.get(datasetId);
  beingKept.delete(datasetId);
  return record;
}
