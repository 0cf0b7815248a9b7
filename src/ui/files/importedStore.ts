// Keeps the files of the last import in IndexedDB so that a reload (or a shared link on this
// machine) does not lose the user's work. The files are kept as read, not re-serialised: storing
// a string is a copy, while serialising a 20k-actor dataset blocked the page for a second, and
// localStorage holds only ~5 MB. Storage can be full or disabled: failures resolve to false or
// undefined, never throw.
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

async function withStore<T>(mode: IDBTransactionMode, makeRequest: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
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

/** The files of the last import, if it was the dataset with this id. */
export async function loadImported(datasetId: string): Promise<KeptFile[] | undefined> {
  try {
    const kept = (await withStore("readonly", (store) => store.get(KEY))) as Partial<KeptImport> | undefined;
    return kept?.datasetId === datasetId && Array.isArray(kept.files) ? kept.files : undefined;
  } catch {
    return undefined;
  }
}
