import { S as ZodOptional, b as ZodDefault, p as DatasetSchema, x as ZodObject, y as ZodArray } from "./model-CG2iP_D6.js";
// src/io/datasetJson.ts
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isEmpty = (value) => Array.isArray(value) && value.length === 0 || isRecord(value) && Object.values(value).every((item) => item === void 0);
function ordered(value, schema) {
	if (schema instanceof ZodOptional || schema instanceof ZodDefault) return ordered(value, schema.unwrap());
	if (schema instanceof ZodArray && Array.isArray(value)) return value.map((item) => ordered(item, schema.element));
	if (!(schema instanceof ZodObject) || !isRecord(value)) return value;
	const shape = schema.shape;
	const out = {};
	for (const [key, field] of Object.entries(shape)) {
		const item = ordered(value[key], field);
		if (item === void 0 || field instanceof ZodDefault && isEmpty(item)) continue;
		out[key] = item;
	}
	for (const key of Object.keys(value).sort()) if (!(key in shape) && value[key] !== void 0) out[key] = value[key];
	return out;
}
/** Pretty-printed (2 spaces, final newline); `readDataset` of the result gives back an equal dataset. */
function serializeDataset(dataset) {
	return `${JSON.stringify(ordered(dataset, DatasetSchema), null, 2)}\n`;
}
export { serializeDataset };
