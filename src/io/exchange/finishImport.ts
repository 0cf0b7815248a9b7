// Validates an imported dataset and points each problem at the place in the file it came from.
import { hasErrors, parseDataset, type Issue } from "../../model";
import type { ReadResult } from "../readDataset";
import { completeDataset, type DatasetDraft } from "./completeDataset";
import { salvage } from "./salvage";

/** Where each actor, relation and claim of the draft was read: "line 12", "relations.csv line 7". */
export interface ImportLocations {
  actors: readonly string[];
  relations: readonly string[];
  /** claims[relationIndex][claimIndex] */
  claims: ReadonlyArray<readonly string[]>;
}

const CLAIM_PATH = /^relations\[(\d+)\]\.claims\[(\d+)\]\.?(.*)$/;
const ITEM_PATH = /^(actors|relations)\[(\d+)\]\.?(.*)$/;

/** `relations[2].claims[0].text` → path "line 40", field "text", message "text: must not be empty". */
export function locateIssue(issue: Issue, locations: ImportLocations): Issue {
  const claim = CLAIM_PATH.exec(issue.path);
  const item = claim ? undefined : ITEM_PATH.exec(issue.path);
  let where: string | undefined;
  let rest = "";
  if (claim) {
    where = locations.claims[Number(claim[1])]?.[Number(claim[2])];
    rest = claim[3] ?? "";
  } else if (item) {
    where = (item[1] === "actors" ? locations.actors : locations.relations)[Number(item[2])];
    rest = item[3] ?? "";
  }
  if (where === undefined) return issue;
  return rest === ""
    ? { ...issue, path: where }
    : { ...issue, path: where, message: `${rest}: ${issue.message}`, field: rest };
}

/** Completes the draft, validates it and returns the dataset or every located problem. */
export function finishImport(draft: DatasetDraft, warnings: readonly Issue[], locations: ImportLocations): ReadResult {
  const completed = completeDataset(draft);
  const result = parseDataset(completed.dataset);
  const found = result.issues.map((issue) => locateIssue(issue, locations));
  const all = [...warnings, ...completed.warnings, ...found];
  if (!result.ok || hasErrors(found)) {
    const partial = salvage(completed.dataset, result.issues);
    return partial ? { ok: false, issues: all, partial } : { ok: false, issues: all };
  }
  return { ok: true, dataset: result.dataset, warnings: all };
}
