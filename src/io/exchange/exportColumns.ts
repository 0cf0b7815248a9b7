// Foreign attributes written back as plain typed columns, so Gephi, networkx and igraph show
// them under their own names. Tangle reads its own files from the exact JSON copy instead.
import type { AttributeValue } from "./graphDraft";

export interface ExportColumn {
  /** The column's id in the file: its title (graphology-gexf names values by id, networkx by title). */
  id: string;
  /** The attribute's name, prefixed when it would collide with one of Tangle's own columns. */
  title: string;
  name: string;
  type: "double" | "boolean" | "string";
}

/** One column per attribute name found in `records`, typed by the values it holds. */
export function exportColumns(
  records: ReadonlyArray<Readonly<Record<string, AttributeValue>> | undefined>,
  reserved: readonly string[],
): ExportColumn[] {
  const types = new Map<string, Set<string>>();
  for (const record of records)
    for (const [name, value] of Object.entries(record ?? {}))
      (types.get(name) ?? types.set(name, new Set()).get(name))?.add(typeof value);
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return [...types].map(([name, seen]) => {
    let title = taken.has(name.toLowerCase()) ? `attribute ${name}` : name;
    while (taken.has(title.toLowerCase())) title += "_";
    taken.add(title.toLowerCase());
    const type =
      seen.size === 1 && seen.has("number") ? "double" : seen.size === 1 && seen.has("boolean") ? "boolean" : "string";
    return { id: title, name, title, type };
  });
}
