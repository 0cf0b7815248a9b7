// An undo history read back from storage is data from disk: checked before any of it is applied.
// A history that does not parse is dropped (the dataset itself is kept), never half-applied.
import { z } from "zod";
import { COLLECTIONS, type EditOp } from "./operations";
import type { EditHistory } from "./history";

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

const EntrySchema = z.strictObject({ label: z.string(), op: EditOpSchema, inverse: EditOpSchema, at: z.number() });
const HistorySchema = z.strictObject({ past: z.array(EntrySchema), future: z.array(EntrySchema) });

export function parseHistory(raw: unknown): EditHistory | undefined {
  const parsed = HistorySchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
