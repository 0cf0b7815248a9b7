import { z } from "zod";
import { DatasetSchema } from "../src/model";

/** The committed JSON Schema text; a unit test compares it with the file to catch staleness. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(DatasetSchema, { io: "input", target: "draft-2020-12" });
  return `${JSON.stringify({ ...schema, title: "Tangle dataset (schema version 1)" }, null, 2)}\n`;
}
