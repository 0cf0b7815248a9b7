// Dataset → Tangle's lossless CSV tables, zipped into one download. Every cell is guarded against
// formula injection (see csv/formulaGuard.ts); the reader removes the guards again.
import { zipSync, strToU8 } from "fflate";
import { relationStatus, type Dataset } from "../../model";
import { formatCsvRow } from "../csv/csvText";
import { guardCell } from "../csv/formulaGuard";
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

const cell = (value: unknown, kind: Column[2]): string => {
  if (value === undefined) return "";
  return kind === "text" && typeof value === "string" ? value : JSON.stringify(value);
};

const rowOf = (columns: readonly Column[], item: object): string[] =>
  columns.map(([, field, kind]) => cell((item as Record<string, unknown>)[field], kind));

// CRLF line ends as RFC 4180 asks.
const csvFile = (header: readonly string[], rows: readonly string[][]): string =>
  [header, ...rows].map((row) => `${formatCsvRow(row.map(guardCell))}\r\n`).join("");

const headerOf = (columns: readonly Column[]) => columns.map(([header]) => header);

/** The tables as CSV texts, by table name. */
export function toCsvTables(dataset: Dataset): Record<TableName, string> {
  const directed = new Map(dataset.relationKinds.map((kind) => [kind.id, kind.directed]));
  const { actors, relations, sources, stories, actorKinds, relationKinds, ...envelope } = dataset;
  return {
    dataset: csvFile(headerOf(DATASET_COLUMNS), [rowOf(DATASET_COLUMNS, envelope)]),
    sources: csvFile(
      headerOf(SOURCE_COLUMNS),
      sources.map((source) => rowOf(SOURCE_COLUMNS, source)),
    ),
    kinds: csvFile(headerOf(KIND_COLUMNS), [
      ...actorKinds.map((kind) => rowOf(KIND_COLUMNS, { collection: "actor", ...kind })),
      ...relationKinds.map((kind) => rowOf(KIND_COLUMNS, { collection: "relation", ...kind })),
    ]),
    actors: csvFile(
      headerOf(ACTOR_COLUMNS),
      actors.map((actor) => rowOf(ACTOR_COLUMNS, actor)),
    ),
    relations: csvFile(
      [...headerOf(RELATION_COLUMNS), ...RELATION_DERIVED_COLUMNS],
      relations.map((relation) => [
        ...rowOf(RELATION_COLUMNS, relation),
        String(directed.get(relation.kind) ?? true),
        relationStatus(relation),
        String(relation.claims.length),
      ]),
    ),
    claims: csvFile(
      headerOf(CLAIM_COLUMNS),
      relations.flatMap((relation) =>
        relation.claims.map((claim) => rowOf(CLAIM_COLUMNS, { relationId: relation.id, ...claim })),
      ),
    ),
    stories: csvFile(
      headerOf(STORY_COLUMNS),
      stories.flatMap((story) =>
        story.steps.map((step) =>
          rowOf(STORY_COLUMNS, { storyId: story.id, storyTitle: story.title, audience: story.audience, ...step }),
        ),
      ),
    ),
  };
}

/** One .zip holding every table, each named as in TABLE_FILES. */
export function toCsvZip(dataset: Dataset): Uint8Array {
  const tables = toCsvTables(dataset);
  const entries = Object.fromEntries(
    (Object.keys(TABLE_FILES) as TableName[]).map((name) => [TABLE_FILES[name], strToU8(tables[name])]),
  );
  // A fixed date keeps the same dataset's zip byte-identical.
  return zipSync(entries, { mtime: new Date("2000-01-01T00:00:00Z") });
}
