// `npm run schema`: writes data/schema/dataset.schema.json from the zod schema (zod's own
// JSON Schema output), so editors and other tools validate with the same rules.
import { writeFileSync } from "node:fs";
import { datasetJsonSchemaText } from "./datasetJsonSchema";

const target = "data/schema/dataset.schema.json";
writeFileSync(target, datasetJsonSchemaText());
console.log(`wrote ${target}`);
