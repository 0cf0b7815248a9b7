// The tables of Tangle's lossless CSV export (one .zip): every field of the dataset has a column.
// Plain text fields are written as they are; numbers, booleans, lists and objects as JSON, so that
// reading them back gives the very same values. An empty cell is an absent field.

export type CellKind = "text" | "json";

/** A column: its header (lower case), the field it holds, and how the value is written. */
export type Column = readonly [header: string, field: string, kind: CellKind];

export const TABLE_FILES = {
  dataset: "dataset.csv",
  sources: "sources.csv",
  kinds: "kinds.csv",
  actors: "actors.csv",
  relations: "relations.csv",
  claims: "claims.csv",
  stories: "stories.csv",
} as const;

export type TableName = keyof typeof TABLE_FILES;

export const DATASET_COLUMNS: readonly Column[] = [
  ["schema_version", "schemaVersion", "json"],
  ["id", "id", "text"],
  ["title", "title", "text"],
  ["summary", "summary", "text"],
  ["as_of", "asOf", "text"],
  ["language", "language", "text"],
  ["origin", "origin", "json"],
];

export const SOURCE_COLUMNS: readonly Column[] = [
  ["id", "id", "text"],
  ["title", "title", "text"],
  ["publisher", "publisher", "text"],
  ["published", "published", "text"],
  ["relays", "relays", "text"],
  ["url", "url", "text"],
];

/** `collection` says whose vocabulary a row belongs to: "actor" or "relation". */
export const KIND_COLUMNS: readonly Column[] = [
  ["collection", "collection", "text"],
  ["id", "id", "text"],
  ["label", "label", "text"],
  ["directed", "directed", "json"],
  ["description", "description", "text"],
];

export const ACTOR_COLUMNS: readonly Column[] = [
  ["id", "id", "text"],
  ["name", "name", "text"],
  ["kind", "kind", "text"],
  ["aliases", "aliases", "json"],
  ["summary", "summary", "text"],
  ["tags", "tags", "json"],
  ["sources", "sources", "json"],
  ["attributes", "attributes", "json"],
  ["display", "display", "json"],
];

/**
 * One row per relation, unsourced ones included. `source`/`target` are the names graph tools
 * expect; `directed` and `status` are written for them (and for people) and not read back: the
 * kind and the claims say both.
 */
export const RELATION_COLUMNS: readonly Column[] = [
  ["id", "id", "text"],
  ["source", "from", "text"],
  ["target", "to", "text"],
  ["kind", "kind", "text"],
  ["weight", "weight", "json"],
  ["attributes", "attributes", "json"],
];
export const RELATION_DERIVED_COLUMNS = ["directed", "status", "claims"] as const;

/** One row per claim, in the order of its relation's claims. */
export const CLAIM_COLUMNS: readonly Column[] = [
  ["relation_id", "relationId", "text"],
  ["id", "id", "text"],
  ["text", "text", "text"],
  ["status", "status", "text"],
  ["claimed_by", "claimedBy", "text"],
  ["time", "time", "json"],
  ["quantities", "quantities", "json"],
  ["sources", "sources", "json"],
];

/** One row per story step; the story's own fields repeat on each of its steps' rows. */
export const STORY_COLUMNS: readonly Column[] = [
  ["story_id", "storyId", "text"],
  ["story_title", "storyTitle", "text"],
  ["audience", "audience", "text"],
  ["id", "id", "text"],
  ["title", "title", "text"],
  ["text", "text", "text"],
  ["focus", "focus", "json"],
  ["hide_statuses", "hideStatuses", "json"],
  ["time", "time", "json"],
];
