// One editor store per page, opened on first use.
import { openEditorStore, type EditorStore } from "../../io/store";

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
