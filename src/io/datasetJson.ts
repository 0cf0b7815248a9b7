// Dataset → the JSON text of a data file: keys in the schema's order, so that saved files diff
// cleanly, and empty lists the schema fills in by default left out.
import { z } from "zod";
import { DatasetSchema, type Dataset } from "../model";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown): boolean =>
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.values(value).every((item) => item === undefined));

function ordered(value: unknown, schema: z.ZodType): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return ordered(value, schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray && Array.isArray(value))
    return value.map((item: unknown) => ordered(item, schema.element as z.ZodType));
  if (!(schema instanceof z.ZodObject) || !isRecord(value)) return value;
  const shape = schema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const item = ordered(value[key], field);
    if (item === undefined || (field instanceof z.ZodDefault && isEmpty(item))) continue;
    out[key] = item;
  }
  // A validated dataset has no other keys; anything else is kept, after the known ones, rather than lost.
  for (const key of Object.keys(value).sort()) if (!(key in shape) && value[key] !== undefined) out[key] = value[key];
  return out;
}

/** Pretty-printed (2 spaces, final newline); `readDataset` of the result gives back an equal dataset. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(ordered(dataset, DatasetSchema), null, 2)}\n`;
}
