// Tangle's lossless CSV tables (toCsvTables) → dataset: each row's cells decoded by its column,
// claims and story steps grouped under their relation and story in the order of the rows, then
// validated like a dataset file (with the valid part offered when some rows are bad).
import { error, parseDataset, type DatasetInput, type Issue } from "../../model";
import { readTable, type CsvRow } from "../csv/csvTable";
import { salvage } from "../exchange/salvage";
import { parseJson } from "../parseJson";
import type { ReadResult } from "../readDataset";
import {
  ACTOR_COLUMNS,
  CLAIM_COLUMNS,
  DATASET_COLUMNS,
  KIND_COLUMNS,
  RELATION_COLUMNS,
  RELATION_DERIVED_COLUMNS,
  SOURCE_COLUMNS,
  STORY_COLUMNS,
  TABLE_FILES,
  type Column,
  type TableName,
} from "./tableColumns";

export interface TableFile {
  name: string;
  text: string;
}

type Item = Record<string, unknown>;

/** The table a file is, by its name ("actors.csv", "book.zip › actors.csv", "dir/actors.csv"). */
export function tableNameOf(fileName: string): TableName | undefined {
  const base = fileName
    .split(/ › |\//)
    .pop()
    ?.toLowerCase();
  return (Object.keys(TABLE_FILES) as TableName[]).find((name) => TABLE_FILES[name] === base);
}

/** True when the files are Tangle's tables (at least the dataset, actors and relations tables). */
export const areCsvTables = (files: readonly { name: string }[]): boolean => {
  const names = new Set(files.map((file) => tableNameOf(file.name)));
  return (
    files.length >= 3 && !names.has(undefined) && names.has("dataset") && names.has("actors") && names.has("relations")
  );
};

function readRows(file: TableFile, columns: readonly Column[], extra: readonly string[], issues: Issue[]): Item[] {
  const headers = columns.map(([header]) => header);
  const table = readTable(file.text, file.name, [...headers, ...extra], headers.slice(0, 1));
  if (!table.ok) {
    issues.push(...table.issues);
    return [];
  }
  issues.push(...table.warnings);
  return table.rows.map((row) => itemOf(row, columns, issues));
}

function itemOf(row: CsvRow, columns: readonly Column[], issues: Issue[]): Item {
  const item: Item = {};
  for (const [header, field, kind] of columns) {
    const text = row.get(header);
    if (text === "") continue;
    if (kind === "text") {
      item[field] = text;
      continue;
    }
    const json = parseJson(text);
    if (json.ok) item[field] = json.value;
    else {
      const cause = json.issues[0];
      issues.push(
        cause
          ? { ...cause, path: `${row.where}, column ${header}` }
          : error(`${row.where}, column ${header}`, "is not valid JSON", "json.notValid"),
      );
    }
  }
  return item;
}

/** Groups rows under their owner's id (claims under relations, steps under stories), keeping order. */
function groupBy(rows: readonly Item[], key: string): Map<unknown, Item[]> {
  const groups = new Map<unknown, Item[]>();
  for (const { [key]: owner, ...rest } of rows) groups.set(owner, [...(groups.get(owner) ?? []), rest]);
  return groups;
}

export function fromCsvTables(files: readonly TableFile[]): ReadResult {
  const issues: Issue[] = [];
  const byName = new Map(files.map((file) => [tableNameOf(file.name), file]));
  const rows = (name: TableName, columns: readonly Column[], extra: readonly string[] = []): Item[] => {
    const file = byName.get(name);
    return file ? readRows(file, columns, extra, issues) : [];
  };
  const [envelope = {}] = rows("dataset", DATASET_COLUMNS);
  const kinds = rows("kinds", KIND_COLUMNS);
  const claims = groupBy(rows("claims", CLAIM_COLUMNS), "relationId");
  const steps = rows("stories", STORY_COLUMNS);
  const stories = [...groupBy(steps, "storyId")].map(([id, group]) => {
    const { storyTitle, audience } = group[0] ?? {};
    return {
      id,
      title: storyTitle,
      ...(audience !== undefined && { audience }),
      steps: group.map(({ storyTitle: _title, audience: _audience, ...step }) => step),
    };
  });
  const kindsOf = (collection: string) =>
    kinds.filter((kind) => kind.collection === collection).map(({ collection: _collection, ...kind }) => kind);
  const json = {
    ...envelope,
    sources: rows("sources", SOURCE_COLUMNS),
    actorKinds: kindsOf("actor"),
    relationKinds: kindsOf("relation"),
    actors: rows("actors", ACTOR_COLUMNS),
    relations: rows("relations", RELATION_COLUMNS, RELATION_DERIVED_COLUMNS).map((relation) => ({
      ...relation,
      claims: claims.get(relation.id) ?? [],
    })),
    stories,
  };
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };
  const result = parseDataset(json);
  if (result.ok) return { ok: true, dataset: result.dataset, warnings: [...issues, ...result.issues] };
  const partial = salvage(json as unknown as DatasetInput, result.issues);
  return partial
    ? { ok: false, issues: [...issues, ...result.issues], partial }
    : { ok: false, issues: [...issues, ...result.issues] };
}
