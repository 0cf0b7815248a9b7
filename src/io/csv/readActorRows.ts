// actors.csv rows → actors.
import type { Actor, Issue } from "../../model";
import { splitList } from "../exchange/listCell";
import type { CsvRow } from "./csvTable";
import { readOptional, readSourceRefs } from "./readCsvCells";

export function readActorRows(rows: readonly CsvRow[], issues: Issue[]): Actor[] {
  return rows.map((row) => {
    const summary = readOptional(row, "summary");
    return {
      id: row.get("id").trim(),
      name: row.get("name"),
      kind: row.get("kind").trim(),
      aliases: splitList(row.get("aliases")),
      ...(summary !== undefined && { summary }),
      tags: splitList(row.get("tags")),
      sources: readSourceRefs(row, "sources", issues),
    };
  });
}
