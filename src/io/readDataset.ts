import { parseDataset, type Dataset, type DatasetInput, type Issue } from "../model";
import { salvage } from "./exchange/salvage";
import { parseJson } from "./parseJson";

/** What an import can keep when some actors or relations are bad (see exchange/salvage.ts). */
export interface PartialImport {
  dataset: Dataset;
  skipped: { actors: number; relations: number };
}

export type ReadResult =
  { ok: true; dataset: Dataset; warnings: Issue[] } | { ok: false; issues: Issue[]; partial?: PartialImport };

/** Text of a dataset file → validated dataset, or every issue found. Never throws. */
export function readDataset(text: string): ReadResult {
  const json = parseJson(text);
  if (!json.ok) return json;
  const result = parseDataset(json.value);
  if (!result.ok) {
    const partial =
      typeof json.value === "object" && json.value !== null
        ? salvage(json.value as DatasetInput, result.issues)
        : undefined;
    return partial ? { ...result, partial } : result;
  }
  return { ok: true, dataset: result.dataset, warnings: result.issues };
}
