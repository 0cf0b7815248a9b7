// actors.csv + relations.csv → dataset. The CSV files hold actors, relations and claims; what
// they cannot hold (title, sources, kind labels, stories) comes from `base` or is synthesized.
import { hasErrors, type Issue } from "../../model";
import type { DatasetEnvelope } from "../exchange/datasetEnvelope";
import { finishImport } from "../exchange/finishImport";
import type { ReadResult } from "../readDataset";
import {
  ACTOR_COLUMNS,
  ACTORS_FILE,
  RELATION_COLUMNS,
  RELATIONS_FILE,
  REQUIRED_ACTOR_COLUMNS,
  REQUIRED_RELATION_COLUMNS,
} from "./csvColumns";
import { readTable } from "./csvTable";
import { readActorRows } from "./readActorRows";
import { readRelationRows } from "./readRelationRows";

/** What the CSV files do not carry: usually the rest of the dataset they were exported from. */
export type CsvBase = Partial<DatasetEnvelope>;

/** Never throws: every problem comes back as an issue naming the file and line. */
export function fromCsv(actorsCsv: string, relationsCsv: string, base: CsvBase = {}): ReadResult {
  const actorTable = readTable(actorsCsv, ACTORS_FILE, ACTOR_COLUMNS, REQUIRED_ACTOR_COLUMNS);
  const relationTable = readTable(relationsCsv, RELATIONS_FILE, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS);
  if (!actorTable.ok || !relationTable.ok) {
    return {
      ok: false,
      issues: [...(actorTable.ok ? [] : actorTable.issues), ...(relationTable.ok ? [] : relationTable.issues)],
    };
  }
  const issues: Issue[] = [...actorTable.warnings, ...relationTable.warnings];
  const actors = readActorRows(actorTable.rows, issues);
  const relations = readRelationRows(relationTable.rows, issues);
  if (hasErrors(issues)) return { ok: false, issues };
  return finishImport(
    { envelope: base, actors, relations: relations.relations, directedByKind: relations.directedByKind },
    issues,
    {
      actors: actorTable.rows.map((row) => row.where),
      relations: relations.relationWhere,
      claims: relations.claimWhere,
    },
  );
}
