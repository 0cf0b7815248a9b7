// Keeps the files of the last import in IndexedDB so that a reload (or a shared link on this
// machine) does not lose the user's work. The files are kept as read, not re-serialised: storing
// a string is a copy, while serialising a 20k-actor dataset blocked the page for a second, and
// localStorage holds only ~5 MB. Storage can be full or disabled: failures resolve to false or
// undefined, never throw.
import { error, type Issue } from "../../model";

export interface KeptFile {
  name: string;
  text: string;
}

interface KeptImport {
  datasetId: string;
  files: KeptFile[];
}

const DATABASE = "tangle";
const STORE = "imports";
const KEY = "last";

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB is not available"));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  makeRequest: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = makeRequest(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error("storage failed"));
    });
  } finally {
    database.close();
  }
}

export async function saveImported(datasetId: string, files: readonly KeptFile[]): Promise<boolean> {
  try {
    const kept: KeptImport = { datasetId, files: files.map(({ name, text }) => ({ name, text })) };
    await withStore("readwrite", (store) => store.put(kept, KEY));
    return true;
  } catch {
    return false;
  }
}

const SET_ASIDE = "set-aside";
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** What storage holds is checked like any file: another version of the app, or a damaged disk, may have written it. */
export function checkKeptImport(value: unknown): KeptImport | Issue {
  if (!isRecord(value)) return error("(root)", "it is not a record", "kept.notRecord");
  if (typeof value.datasetId !== "string") return error("datasetId", "its dataset id is not text", "kept.idNotText");
  if (!Array.isArray(value.files) || value.files.length === 0 || value.files.length > 2)
    return error("files", "it does not hold one or two files", "kept.fileCount");
  for (const [index, file] of (value.files as unknown[]).entries()) {
    if (!isRecord(file) || typeof file.name !== "string" || typeof file.text !== "string")
      return error(`files[${index}]`, `file ${index + 1} is not a name and a text`, "kept.fileShape", {
        number: index + 1,
      });
  }
  return { datasetId: value.datasetId, files: (value.files as KeptFile[]).map(({ name, text }) => ({ name, text })) };
}

export type LoadedImport = { files: KeptFile[] } | { setAside: Issue } | undefined;

/**
 * The files of the last import, if it was the dataset with this id. An entry that is not what
 * this app writes is set aside (kept under another key, never deleted) and the reason returned.
 */
export async function loadImported(datasetId: string): Promise<LoadedImport> {
  try {
    const raw: unknown = await withStore("readonly", (store) => store.get(KEY));
    if (raw === undefined) return undefined;
    const kept = checkKeptImport(raw);
    if (!("files" in kept)) {
      await setAside(raw);
      return { setAside: kept };
    }
    return kept.datasetId === datasetId ? { files: kept.files } : undefined;
  } catch {
    return undefined;
  }
}

/** Moves a stored entry that cannot be used out of the way, keeping it for the user to export. */
export async function setAside(raw: unknown): Promise<void> {
  try {
    await withStore("readwrite", (store) => store.put(raw, SET_ASIDE));
    await withStore("readwrite", (store) => store.delete(KEY));
  } catch {
    // Storage refused: the entry stays where it was; the app still starts without it.
  }
}

/** The last entry set aside, as JSON text (to download and inspect), if any. */
export async function setAsideText(): Promise<string | undefined> {
  try {
    const raw: unknown = await withStore("readonly", (store) => store.get(SET_ASIDE));
    return raw === undefined ? undefined : JSON.stringify(raw, null, 2);
  } catch {
    return undefined;
  }
}
