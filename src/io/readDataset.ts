import { parseDataset, type Dataset, type Issue } from "../model";
import { parseJson } from "./parseJson";

export type ReadResult = { ok: true; dataset: Dataset; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** Text of a dataset file → validated dataset, or every issue found. Never throws. */
export function readDataset(text: string): ReadResult {
  const json = parseJson(text);
  if (!json.ok) return json;
  const result = parseDataset(json.value);
  if (!result.ok) return result;
  return { ok: true, dataset: result.dataset, warnings: result.issues };
}
