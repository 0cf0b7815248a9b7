// The columns of Tangle's two CSV files, in the order they are written.

export const ACTORS_FILE = "actors.csv";
export const RELATIONS_FILE = "relations.csv";

export const ACTOR_COLUMNS = ["id", "name", "kind", "aliases", "summary", "tags", "sources"] as const;
export const REQUIRED_ACTOR_COLUMNS = ["id", "name", "kind"] as const;

/** One row per claim; the relation's own columns repeat on each of its claims' rows. */
export const RELATION_COLUMNS = [
  "relation_id",
  "from",
  "to",
  "kind",
  "directed",
  "claim_id",
  "claim_text",
  "status",
  "claimed_by",
  "time_from",
  "time_to",
  "approximate",
  "quantities",
  "sources",
] as const;
export const REQUIRED_RELATION_COLUMNS = [
  "relation_id",
  "from",
  "to",
  "kind",
  "claim_id",
  "claim_text",
  "status",
  "sources",
] as const;
