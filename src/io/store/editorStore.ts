// The editor's saved work in IndexedDB, through `idb` (promises and typed stores over the raw
// event API, ~1 kB). Never throws at the UI: a store that cannot be opened (private mode, a
// newer Tangle's database) is reported and the app runs without saving; a damaged record is moved
// to the `aside` store with the reason, never deleted.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { warning, type Issue } from "../../model";
import {
  DATABASE_VERSION,
  readNetworkRecord,
  readVersionRecord,
  type NetworkRecord,
  type VersionRecord,
} from "./records";

export const DATABASE_NAME = "tangle-editor";

interface AsideRecord {
  store: string;
  key: IDBValidKey;
  value: unknown;
  reason: string;
  at: number;
}

interface EditorDB extends DBSchema {
  networks: { key: string; value: NetworkRecord };
  versions: { key: number; value: VersionRecord; indexes: { byNetwork: string } };
  aside: { key: number; value: AsideRecord };
}

/** What could not be read or saved, in English (`what`: `reason`) and as an issue for the interface. */
export type StoreProblem = { what: string; reason: string; issue: Issue };

export interface EditorStore {
  /** Whether edits are being saved; when false, `problems` says why. */
  readonly saving: boolean;
  readonly problems: StoreProblem[];
  networks(): Promise<NetworkRecord[]>;
  network(id: string): Promise<NetworkRecord | undefined>;
  /** Whether a network of that id is kept, without reading (and checking) it: cheap at any size. */
  hasNetwork(id: string): Promise<boolean>;
  putNetwork(record: NetworkRecord): Promise<boolean>;
  versions(networkId: string): Promise<VersionRecord[]>;
  addVersion(record: VersionRecord): Promise<number | undefined>;
  /** How many damaged records are kept aside. */
  asideCount(): Promise<number>;
}

function upgrade(database: IDBPDatabase<EditorDB>, oldVersion: number): void {
  // One block per database version; each lifts the previous one.
  if (oldVersion < 1) {
    database.createObjectStore("networks", { keyPath: "id" });
    database.createObjectStore("versions", { autoIncrement: true }).createIndex("byNetwork", "networkId");
    database.createObjectStore("aside", { autoIncrement: true });
  }
}

function openProblem(error: unknown): StoreProblem {
  const what = "Saved networks";
  const name = (error as { name?: string } | null)?.name;
  const reason =
    name === "VersionError"
      ? "the saved work was made by a newer Tangle; it is kept unchanged. Edits in this tab are not saved"
      : `browser storage is not available (${name ?? "unknown error"}); edits in this tab are not saved`;
  const issue =
    name === "VersionError"
      ? warning(what, `${what}: ${reason}.`, "store.newerDatabase")
      : warning(what, `${what}: ${reason}.`, "store.unavailable", { error: name ?? "unknown error" });
  return { what, reason, issue };
}

/** A record that could not be read and was moved aside. */
function keptAside(
  what: string,
  name: string,
  read: { reason: string; issue: Issue },
  code: "store.networkKeptAside" | "store.versionKeptAside",
): StoreProblem {
  const reason = `${read.reason}; it was kept aside`;
  return { what, reason, issue: { ...warning(name, `${what}: ${reason}.`, code, { name }), cause: read.issue } };
}

/** An in-memory store for when IndexedDB cannot be used: the app works, nothing survives a reload. */
function memoryStore(problem: StoreProblem): EditorStore {
  const networks = new Map<string, NetworkRecord>();
  const versions: VersionRecord[] = [];
  return {
    saving: false,
    problems: [problem],
    networks: () => Promise.resolve([...networks.values()]),
    network: (id) => Promise.resolve(networks.get(id)),
    hasNetwork: (id) => Promise.resolve(networks.has(id)),
    putNetwork: (record) => Promise.resolve(Boolean(networks.set(record.id, record))),
    versions: (id) => Promise.resolve(versions.filter((version) => version.networkId === id)),
    addVersion: (record) => Promise.resolve(versions.push({ ...record, key: versions.length + 1 })),
    asideCount: () => Promise.resolve(0),
  };
}

async function keepAside(
  database: IDBPDatabase<EditorDB>,
  store: "networks" | "versions",
  key: IDBValidKey,
  reason: string,
): Promise<void> {
  const transaction = database.transaction([store, "aside"], "readwrite");
  const value: unknown = await transaction.objectStore(store).get(key as never);
  await transaction.objectStore("aside").add({ store, key, value, reason, at: Date.now() });
  await transaction.objectStore(store).delete(key as never);
  await transaction.done;
}

export async function openEditorStore(name = DATABASE_NAME): Promise<EditorStore> {
  let database: IDBPDatabase<EditorDB>;
  try {
    database = await openDB<EditorDB>(name, DATABASE_VERSION, { upgrade: (db, oldVersion) => upgrade(db, oldVersion) });
  } catch (error) {
    return memoryStore(openProblem(error));
  }
  const problems: StoreProblem[] = [];
  const attempt = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch {
      return fallback;
    }
  };
  const readOne = async (key: string): Promise<NetworkRecord | undefined> => {
    const raw: unknown = await database.get("networks", key);
    if (raw === undefined) return undefined;
    const read = readNetworkRecord(raw);
    if (read.ok) return read.record;
    problems.push(keptAside(`Saved network "${key}"`, key, read, "store.networkKeptAside"));
    await attempt(() => keepAside(database, "networks", key, read.reason), undefined);
    return undefined;
  };
  const readAll = async (): Promise<NetworkRecord[]> => {
    const out: NetworkRecord[] = [];
    for (const key of await database.getAllKeys("networks")) {
      const record = await readOne(key);
      if (record) out.push(record);
    }
    return out;
  };
  return {
    saving: true,
    problems,
    networks: () => attempt(readAll, []),
    network: (id) => attempt(() => readOne(id), undefined),
    hasNetwork: (id) => attempt(async () => (await database.getKey("networks", id)) !== undefined, false),
    putNetwork: (record) => attempt(async () => Boolean(await database.put("networks", record)), false),
    versions: (networkId) =>
      attempt(async () => {
        const keys = await database.getAllKeysFromIndex("versions", "byNetwork", networkId);
        const out: VersionRecord[] = [];
        for (const key of keys) {
          const read = readVersionRecord(await database.get("versions", key), key);
          if (read.ok) out.push(read.record);
          else {
            problems.push(keptAside(`A saved version of "${networkId}"`, networkId, read, "store.versionKeptAside"));
            await keepAside(database, "versions", key, read.reason);
          }
        }
        return out;
      }, []),
    addVersion: (record) => attempt(() => database.add("versions", record), undefined),
    asideCount: () => attempt(() => database.count("aside"), 0),
  };
}
