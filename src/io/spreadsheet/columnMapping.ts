// Which column means what. Common shapes are recognised by their headers (Gephi's data
// laboratory, Kumu, a plain edge list); anything else needs a person to say, in the mapping step.
export interface EdgeColumns {
  source: string;
  target: string;
  /** The relation's kind (Kumu "Type", Gephi "Label", or chosen). */
  kind?: string;
  /** Gephi's "Type" column: Directed/Undirected. */
  direction?: string;
  label?: string;
  weight?: string;
  date?: string;
  /** A URL column: a row with one gets a claim citing it. */
  url?: string;
  id?: string;
}

export interface NodeColumns {
  /** The column edges refer to (Gephi "Id"; Kumu refers to "Label"). */
  id: string;
  label?: string;
  kind?: string;
  description?: string;
  /** Multi-valued with `|` (Kumu "Tags"). */
  tags?: string;
}

export interface SpreadsheetMapping {
  shape: "gephi" | "kumu" | "edge list" | "chosen";
  edges: EdgeColumns;
  nodes?: NodeColumns;
}

const find = (header: readonly string[], ...names: string[]): string | undefined =>
  names
    .map((name) => header.find((column) => column.trim().toLowerCase() === name))
    .find((column) => column !== undefined);

/** Edge columns recognised from a header, or undefined. */
export function guessEdgeColumns(
  header: readonly string[],
): { columns: EdgeColumns; shape: SpreadsheetMapping["shape"] } | undefined {
  const source = find(header, "source", "from", "source id", "sender");
  const target = find(header, "target", "to", "target id", "receiver");
  if (source === undefined || target === undefined) return undefined;
  const kumu = source.toLowerCase() === "from";
  const type = find(header, "type");
  const label = find(header, "label");
  const columns: EdgeColumns = { source, target };
  // Kumu's Type is the connection's kind; Gephi's Type is its direction, and its Label the kind.
  const kind = kumu ? type : (find(header, "kind", "relation", "relationship") ?? label);
  if (kind !== undefined) columns.kind = kind;
  if (!kumu && type !== undefined) columns.direction = type;
  if (kumu && label !== undefined) columns.label = label;
  const weight = find(header, "weight");
  if (weight !== undefined) columns.weight = weight;
  const id = find(header, "id");
  if (id !== undefined) columns.id = id;
  return { columns, shape: kumu ? "kumu" : type !== undefined ? "gephi" : "edge list" };
}

/** Node columns recognised from a header (Gephi Id/Label, Kumu Label/Type), or undefined. */
export function guessNodeColumns(header: readonly string[]): NodeColumns | undefined {
  const id = find(header, "id");
  const label = find(header, "label", "name");
  const key = id ?? label;
  if (key === undefined) return undefined;
  const kind = find(header, "type", "kind", "category");
  const description = find(header, "description", "summary");
  const tags = find(header, "tags");
  return {
    id: key,
    ...(label !== undefined && { label }),
    ...(kind !== undefined && { kind }),
    ...(description !== undefined && { description }),
    ...(tags !== undefined && { tags }),
  };
}

/** Which of two tables holds the edges: the one whose header names both ends. */
export const isEdgeHeader = (header: readonly string[]): boolean => guessEdgeColumns(header) !== undefined;
