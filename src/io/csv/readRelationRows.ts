// relations.csv rows (one per claim) → relations, grouped by relation_id in order of first appearance.
import { error, type Claim, type ClaimStatus, type Issue, type Relation, type TimeSpan } from "../../model";
import type { CsvRow } from "./csvTable";
import { readBoolean, readOptional, readQuantities, readSourceRefs } from "./readCsvCells";

export interface RelationRows {
  relations: Relation[];
  /** Where each relation's first row is, and each claim's row. */
  relationWhere: string[];
  claimWhere: string[][];
  /** The `directed` column per kind, for kinds the dataset does not describe. */
  directedByKind: Map<string, boolean>;
}

function readTime(row: CsvRow, issues: Issue[]): TimeSpan | undefined {
  const from = readOptional(row, "time_from");
  const to = readOptional(row, "time_to");
  const approximate = readBoolean(row, "approximate", issues);
  if (from === undefined && to === undefined && approximate === undefined) return undefined;
  return {
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    ...(approximate !== undefined && { approximate }),
  };
}

function readClaim(row: CsvRow, issues: Issue[]): Claim {
  const claimedBy = readOptional(row, "claimed_by");
  const time = readTime(row, issues);
  return {
    id: row.get("claim_id").trim(),
    text: row.get("claim_text"),
    status: row.get("status").trim() as ClaimStatus, // checked when the dataset is validated
    ...(claimedBy !== undefined && { claimedBy }),
    ...(time !== undefined && { time }),
    quantities: readQuantities(row, "quantities", issues),
    sources: readSourceRefs(row, "sources", issues),
  };
}

export function readRelationRows(rows: readonly CsvRow[], issues: Issue[]): RelationRows {
  const byId = new Map<string, number>();
  const result: RelationRows = { relations: [], relationWhere: [], claimWhere: [], directedByKind: new Map() };
  for (const row of rows) {
    const id = row.get("relation_id").trim();
    const from = row.get("from").trim();
    const to = row.get("to").trim();
    const kind = row.get("kind").trim();
    const directed = readBoolean(row, "directed", issues);
    if (directed !== undefined && !result.directedByKind.has(kind)) result.directedByKind.set(kind, directed);
    // Empty claim columns: an unsourced relation (no claim), as toCsv writes it.
    const unsourced = ["claim_id", "claim_text", "status", "sources"].every((column) => row.get(column).trim() === "");
    const claims = unsourced ? [] : [readClaim(row, issues)];
    const index = byId.get(id);
    const relation = index === undefined ? undefined : result.relations[index];
    if (index === undefined || relation === undefined) {
      byId.set(id, result.relations.length);
      result.relations.push({ id, from, to, kind, claims });
      result.relationWhere.push(row.where);
      result.claimWhere.push(unsourced ? [] : [row.where]);
    } else if (relation.from !== from || relation.to !== to || relation.kind !== kind) {
      issues.push(
        error(
          row.where,
          `relation "${id}" has another from, to or kind than on ${result.relationWhere[index] ?? "its first row"}`,
          "csv.relationRowsDiffer",
          { id, first: result.relationWhere[index] ?? "" },
        ),
      );
    } else {
      relation.claims.push(...claims);
      if (!unsourced) result.claimWhere[index]?.push(row.where);
    }
  }
  return result;
}
