// One or two spreadsheet tables (CSV/TSV files, or the sheets of one workbook) → dataset.
// Tangle's own CSV pair goes to its lossless reader; Gephi, Kumu and plain edge lists are
// recognised by their headers; anything else asks for a column mapping first.
import { error, type IssueCode, type IssueValues } from "../../model";
import { fromCsv } from "../csv/fromCsv";
import { restoreGraph } from "../exchange/restoreGraph";
import type { ReadResult } from "../readDataset";
import { guessEdgeColumns, guessNodeColumns, type SpreadsheetMapping } from "./columnMapping";
import { parseTable, type Table } from "./parseTable";
import { tablesToDraft } from "./tablesToDraft";

export interface SheetFile {
  name: string;
  text: string;
}

/** What the mapping step shows: the tables' headers and first rows, and the best guess so far. */
export interface MappingRequest {
  tables: Array<{ name: string; header: string[]; preview: string[][] }>;
  guess?: Partial<SpreadsheetMapping>;
}

export type SpreadsheetResult = ReadResult & { needsMapping?: MappingRequest };

const isOwnRelations = (table: Table) => table.header.includes("relation_id");
const isOwnActors = (table: Table) =>
  ["id", "name", "kind"].every((column) => table.header.includes(column)) && !isOwnRelations(table);

const request = (
  tables: readonly Table[],
  [message, code, values]: [string, IssueCode, IssueValues?],
  guess?: Partial<SpreadsheetMapping>,
): SpreadsheetResult => ({
  ok: false,
  issues: [error(tables.map((table) => table.name).join(", "), message, code, values)],
  needsMapping: {
    tables: tables.map((table) => ({ name: table.name, header: table.header, preview: table.rows.slice(0, 5) })),
    ...(guess && { guess }),
  },
});

const ASK_EDGE_COLUMNS = "which columns hold each relation's two ends? Choose them in the column mapping";

/** The header set a mapping is remembered by. */
export const headerKey = (tables: ReadonlyArray<{ header: readonly string[] }>): string =>
  tables.map((table) => table.header.join("\u241F")).join("\u241E");

export function fromSpreadsheets(
  files: readonly SheetFile[],
  mapping?: SpreadsheetMapping,
  title?: string,
): SpreadsheetResult {
  if (files.length === 0 || files.length > 2)
    return {
      ok: false,
      issues: [
        error(
          files.map((file) => file.name).join(", ") || "(no file)",
          "choose one spreadsheet (an edge list), or two: nodes and edges",
          "spreadsheet.oneOrTwo",
        ),
      ],
    };
  const parsed = files.map((file) => parseTable(file.name, file.text));
  const tables = parsed.map((item) => item.table);
  const warnings = parsed.flatMap((item) => item.warnings);
  const [first, second] = tables;
  if (!first) return { ok: false, issues: [error("(no file)", "no file was chosen", "import.noFile")] };
  if (tables.some((table) => table.header.length === 0))
    return {
      ok: false,
      issues: tables
        .filter((table) => table.header.length === 0)
        .map((table) => error(table.name, "the sheet is empty", "spreadsheet.emptySheet")),
    };

  const ownRelations = tables.find(isOwnRelations);
  const ownActors = tables.find(isOwnActors);
  if (!mapping && ownRelations && ownActors && second) {
    const actorsFile = files[tables.indexOf(ownActors)];
    const relationsFile = files[tables.indexOf(ownRelations)];
    return fromCsv(actorsFile?.text ?? "", relationsFile?.text ?? "", {
      title: title ?? ownActors.name.replace(/[-_]?actors?\.csv$/i, "").replace(/\.csv$/i, ""),
    });
  }

  const edgeTable = mapping
    ? (tables.find(
        (table) => table.header.includes(mapping.edges.source) && table.header.includes(mapping.edges.target),
      ) ?? first)
    : tables.find((table) => guessEdgeColumns(table.header));
  if (!edgeTable) return request(tables, [ASK_EDGE_COLUMNS, "spreadsheet.askEdgeColumns"]);
  const nodeTable = tables.find((table) => table !== edgeTable);
  const edges = mapping?.edges ?? guessEdgeColumns(edgeTable.header)?.columns;
  const nodes = nodeTable ? (mapping?.nodes ?? guessNodeColumns(nodeTable.header)) : undefined;
  if (!edges) return request(tables, [ASK_EDGE_COLUMNS, "spreadsheet.askEdgeColumns"]);
  if (nodeTable && !nodes)
    return request(
      tables,
      [
        `which column of ${nodeTable.name} names each actor? Choose it in the column mapping`,
        "spreadsheet.askNodeColumn",
        { table: nodeTable.name },
      ],
      { edges },
    );
  const read = tablesToDraft(edgeTable, edges, nodeTable, nodes);
  const format = mapping?.shape ?? guessEdgeColumns(edgeTable.header)?.shape ?? "edge list";
  const name = title ?? first.name.replace(/\.(csv|tsv|txt|xlsx)$/i, "");
  const result = restoreGraph(
    { ...read.graph, warnings: [...warnings, ...read.graph.warnings] },
    {
      fallbackTitle: name,
      origin: { file: files.map((file) => file.name).join(" + "), format: `spreadsheet (${format})` },
    },
  );
  return result;
}
