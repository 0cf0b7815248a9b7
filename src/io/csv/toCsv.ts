// Dataset → two CSV files for spreadsheets: one row per actor, one row per claim
// (one row with empty claim columns for an unsourced relation).
import type { Actor, Claim, Dataset, Relation } from "../../model";
import { joinList } from "../exchange/listCell";
import { ACTOR_COLUMNS, RELATION_COLUMNS } from "./csvColumns";
import { formatCsvRow } from "./csvText";
import { guardCell } from "./formulaGuard";

export interface CsvExport {
  actorsCsv: string;
  relationsCsv: string;
}

const jsonCell = (items: readonly unknown[]): string => (items.length === 0 ? "" : JSON.stringify(items));

const actorRow = (actor: Actor): string[] => [
  actor.id,
  actor.name,
  actor.kind,
  joinList(actor.aliases),
  actor.summary ?? "",
  joinList(actor.tags),
  jsonCell(actor.sources),
];

/** A relation without claims (unsourced) is one row whose claim columns are empty. */
const unsourcedRow = (relation: Relation, directed: boolean): string[] => [
  relation.id,
  relation.from,
  relation.to,
  relation.kind,
  String(directed),
  ...Array<string>(9).fill(""),
];

const claimRow = (relation: Relation, directed: boolean, claim: Claim): string[] => [
  relation.id,
  relation.from,
  relation.to,
  relation.kind,
  String(directed),
  claim.id,
  claim.text,
  claim.status,
  claim.claimedBy ?? "",
  claim.time?.from ?? "",
  claim.time?.to ?? "",
  claim.time?.approximate === undefined ? "" : String(claim.time.approximate),
  jsonCell(claim.quantities),
  JSON.stringify(claim.sources),
];

// CRLF line ends as RFC 4180 asks; every cell guarded against formula injection.
const toFile = (header: readonly string[], rows: readonly string[][]): string =>
  [header, ...rows].map((row) => `${formatCsvRow(row.map(guardCell))}\r\n`).join("");

export function toCsv(dataset: Dataset): CsvExport {
  const directed = new Map(dataset.relationKinds.map((kind) => [kind.id, kind.directed]));
  return {
    actorsCsv: toFile(ACTOR_COLUMNS, dataset.actors.map(actorRow)),
    relationsCsv: toFile(
      RELATION_COLUMNS,
      dataset.relations.flatMap((relation) => {
        const isDirected = directed.get(relation.kind) ?? true;
        if (relation.claims.length === 0) return [unsourcedRow(relation, isDirected)];
        return relation.claims.map((claim) => claimRow(relation, isDirected, claim));
      }),
    ),
  };
}
