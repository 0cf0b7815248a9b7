// What the editor keeps in IndexedDB, checked when read back: a record that does not match is
// corrupt and is kept aside (never deleted) with the reason. Each record carries its own format
// version so that older ones are lifted here, one step per version, as datasets are by migrate.
import { z } from "zod";
import { describeZodIssue, error, parseDataset, type Dataset, type Issue } from "../../model";

/** IndexedDB's own version of the database: its object stores and indexes. */
export const DATABASE_VERSION = 1;
/** The format of one record. */
export const RECORD_VERSION = 1;

export const networkKinds = ["own", "copy", "imported"] as const;
export type NetworkKind = (typeof networkKinds)[number];

const NetworkEnvelope = z.object({
  recordVersion: z.number().int().min(1),
  id: z.string().min(1),
  kind: z.enum(networkKinds),
  /** For a copy: the dataset it was copied from. */
  copiedFrom: z.string().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  deletedAt: z.number().optional(),
  dataset: z.unknown(),
  /** The undo history: checked by the editor state (readHistory); one that does not parse is moved to `historySetAside`. */
  history: z.unknown().optional(),
  /** Undo histories that could not be read, kept as they were (never deleted). */
  historySetAside: z.array(z.unknown()).optional(),
});

const VersionEnvelope = z.object({
  recordVersion: z.number().int().min(1),
  networkId: z.string().min(1),
  note: z.string().max(2000),
  savedAt: z.number(),
  dataset: z.unknown(),
});

export interface NetworkRecord {
  recordVersion: number;
  id: string;
  kind: NetworkKind;
  copiedFrom?: string;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
  dataset: Dataset;
  history?: unknown;
  historySetAside?: unknown[];
}

export interface VersionRecord {
  recordVersion: number;
  /** The store's own key, absent until saved. */
  key?: number;
  networkId: string;
  note: string;
  savedAt: number;
  dataset: Dataset;
}

/** A record that cannot be used: why, in English (`reason`, kept with it) and as an issue for the interface. */
export type ReadRecord<T> = { ok: true; record: T } | { ok: false; reason: string; issue: Issue };

const refused = (issue: Issue): { ok: false; reason: string; issue: Issue } => ({
  ok: false,
  reason: issue.message,
  issue,
});

const describe = (issues: readonly Issue[]) =>
  issues
    .slice(0, 3)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join("; ");

function checkVersion(raw: unknown): Issue | undefined {
  const version = (raw as { recordVersion?: unknown } | null)?.recordVersion;
  if (typeof version === "number" && version > RECORD_VERSION)
    return error(
      "recordVersion",
      `it was saved by a newer Tangle (record version ${version}; this one reads up to ${RECORD_VERSION})`,
      "store.newerRecord",
      { version, known: RECORD_VERSION },
    );
  return undefined;
}

/** Its dataset's first problems, in English; the first one for the interface to say. */
const invalidDataset = (issues: readonly Issue[]): Issue => ({
  ...error("dataset", `its dataset does not pass validation (${describe(issues)})`, "store.invalidDataset"),
  ...(issues[0] && { cause: issues[0] }),
});

export function readNetworkRecord(raw: unknown): ReadRecord<NetworkRecord> {
  const newer = checkVersion(raw);
  if (newer) return refused(newer);
  const envelope = NetworkEnvelope.safeParse(raw);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    const path = first?.path.join(".") ?? "";
    return refused({
      ...error("(root)", `the record is damaged (${path}: ${first?.message ?? ""})`, "store.damagedRecord", { path }),
      ...(first && { cause: describeZodIssue(first) }),
    });
  }
  const parsed = parseDataset(envelope.data.dataset);
  if (!parsed.ok) return refused(invalidDataset(parsed.issues));
  return { ok: true, record: { ...envelope.data, recordVersion: RECORD_VERSION, dataset: parsed.dataset } };
}

export function readVersionRecord(raw: unknown, key: number): ReadRecord<VersionRecord> {
  const newer = checkVersion(raw);
  if (newer) return refused(newer);
  const envelope = VersionEnvelope.safeParse(raw);
  if (!envelope.success) return refused(error("(root)", "the record is damaged", "store.damagedVersion"));
  const parsed = parseDataset(envelope.data.dataset);
  if (!parsed.ok) return refused(invalidDataset(parsed.issues));
  return { ok: true, record: { ...envelope.data, key, recordVersion: RECORD_VERSION, dataset: parsed.dataset } };
}
