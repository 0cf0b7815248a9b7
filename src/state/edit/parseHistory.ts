// An undo history read back from storage is data from disk: checked before any of it is applied.
// A history that does not parse is not used (the dataset itself is kept), never half-applied; the
// editor keeps it aside in the record and says so. Older versions are lifted one step at a time,
// as records and datasets are: version 1 (no `version`) had English sentences as labels, read back
// into labels by legacyLabel.
import { z } from "zod";
import { COLLECTIONS, type EditOp } from "./operations";
import { HISTORY_VERSION, type EditHistory } from "./history";
import type { EditLabel } from "./editLabel";
import { legacyLabel } from "./legacyLabel";

const collection = z.enum(COLLECTIONS);
const item = z.looseObject({ id: z.string() });
const EditOpSchema: z.ZodType<EditOp> = z.lazy(() =>
  z.union([
    z.strictObject({ type: z.literal("put"), collection, item, index: z.number().int().optional() }),
    z.strictObject({ type: z.literal("remove"), collection, id: z.string() }),
    z.strictObject({ type: z.literal("order"), collection, ids: z.array(z.string()) }),
    z.strictObject({ type: z.literal("meta"), patch: z.record(z.string(), z.unknown()) }),
    z.strictObject({ type: z.literal("batch"), ops: z.array(EditOpSchema) }),
  ]),
) as z.ZodType<EditOp>;

const action = z.enum(["add", "edit", "delete"]);
const ends = z.strictObject({ from: z.string(), to: z.string(), directed: z.boolean() });
const LabelSchema: z.ZodType<EditLabel> = z.union([
  z.strictObject({ action, collection, name: z.string() }),
  z.strictObject({ action, collection: z.literal("relations"), relation: ends }),
  z.strictObject({ action, collection: z.literal("claims"), claim: z.string(), relation: ends }),
  z.strictObject({ action: z.literal("merge"), collection: z.literal("actors"), name: z.string(), into: z.string() }),
  z.strictObject({ action: z.enum(["replace", "update"]), file: z.string() }),
  z.strictObject({ action: z.literal("rename"), title: z.string(), to: z.string() }),
  z.strictObject({ action: z.literal("legacy"), text: z.string() }),
]);

const entry = <L extends z.ZodType>(label: L) =>
  z.strictObject({ label, op: EditOpSchema, inverse: EditOpSchema, at: z.number() });
const HistoryV1 = z.strictObject({ past: z.array(entry(z.string())), future: z.array(entry(z.string())) });
const HistoryV2 = z.strictObject({
  version: z.literal(2),
  past: z.array(entry(LabelSchema)),
  future: z.array(entry(LabelSchema)),
});

type HistoryV1 = z.infer<typeof HistoryV1>;

function liftV1(history: HistoryV1): EditHistory {
  const lift = (old: HistoryV1["past"][number]) => ({ ...old, label: legacyLabel(old.label) });
  return { version: HISTORY_VERSION, past: history.past.map(lift), future: history.future.map(lift) };
}

export type ReadHistory = { ok: true; history: EditHistory } | { ok: false; reason: "newer" | "damaged" };

export function readHistory(raw: unknown): ReadHistory {
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version > HISTORY_VERSION) return { ok: false, reason: "newer" };
  if (version === undefined) {
    const old = HistoryV1.safeParse(raw);
    return old.success ? { ok: true, history: liftV1(old.data) } : { ok: false, reason: "damaged" };
  }
  const parsed = HistoryV2.safeParse(raw);
  return parsed.success ? { ok: true, history: parsed.data } : { ok: false, reason: "damaged" };
}

export function parseHistory(raw: unknown): EditHistory | undefined {
  const read = readHistory(raw);
  return read.ok ? read.history : undefined;
}
