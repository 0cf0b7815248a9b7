import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { datasetJsonSchemaText } from "../../scripts/datasetJsonSchema";

it("the committed JSON Schema matches the zod schema (run `npm run schema` if not)", () => {
  expect(readFileSync("data/schema/dataset.schema.json", "utf8")).toBe(datasetJsonSchemaText());
});
