// Loads test fixtures as parsed JSON; each test gets its own deep copy to mutate.
import { readFileSync } from "node:fs";
import { parseDataset, type Dataset } from "../../src/model";

export function placeholderJson(): Record<string, any> {
  return JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")) as Record<string, any>;
}

export function placeholderDataset(): Dataset {
  const result = parseDataset(placeholderJson());
  if (!result.ok) throw new Error(`placeholder fixture is invalid: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}
