// Tables + a column mapping → graph draft. Nodes come from the node table, or from the edges'
// ends when there is none. Unmapped columns are kept as attributes. A row that names a source URL
// gets one claim citing it (dated by the date column); a row without one stays unsourced.
import { warning, type Claim, type Issue, type Source } from "../../model";
import {
  graphDraftRead,
  typedValue,
  type AttributeValue,
  type EdgeDraft,
  type GraphDraft,
  type NodeDraft,
} from "../exchange/graphDraft";
import { joinList, splitList } from "../exchange/listCell";
import type { EdgeColumns, NodeColumns } from "./columnMapping";
import type { Table } from "./parseTable";
import { partialDateOf } from "./partialDateOf";

const cell = (table: Table, row: readonly string[], column: string | undefined): string => {
  if (column === undefined) return "";
  const index = table.header.indexOf(column);
  return index < 0 ? "" : (row[index] ?? "").trim();
};

/** Numbers stay numbers (so weights and scores keep their type); empty cells are left out. */
function rest(
  table: Table,
  row: readonly string[],
  used: ReadonlySet<string | undefined>,
  multi: boolean,
): Map<string, AttributeValue> {
  const found = new Map<string, AttributeValue>();
  table.header.forEach((column, index) => {
    const value = (row[index] ?? "").trim();
    if (used.has(column) || value === "" || column === "") return;
    const typed = typedValue(value, /^-?\d+(\.\d+)?$/.test(value) ? "double" : "string");
    found.set(
      column.toLowerCase(),
      multi && typeof typed === "string" && typed.includes("|") ? joinList(splitList(typed)) : typed,
    );
  });
  return found;
}

export function tablesToDraft(
  edgeTable: Table,
  edges: EdgeColumns,
  nodeTable?: Table,
  nodes?: NodeColumns,
): { ok: true; graph: GraphDraft } {
  const warnings: Issue[] = [];
  const multi = nodes?.tags !== undefined || edges.label !== undefined; // Kumu separates values with |
  const nodeDrafts: NodeDraft[] = [];
  if (nodeTable && nodes) {
    nodeTable.rows.forEach((row, index) => {
      const where = `${nodeTable.name} row ${nodeTable.rowNumbers[index] ?? index + 2}`;
      const id = cell(nodeTable, row, nodes.id);
      if (id === "") {
        warnings.push(
          warning(where, `the row has no ${nodes.id} and was skipped`, "spreadsheet.rowWithoutColumn", {
            column: nodes.id,
          }),
        );
        return;
      }
      const attributes = rest(
        nodeTable,
        row,
        new Set([nodes.id, nodes.label, nodes.kind, nodes.description, nodes.tags]),
        multi,
      );
      const kind = cell(nodeTable, row, nodes.kind);
      if (kind !== "") attributes.set("kind", kind);
      const description = cell(nodeTable, row, nodes.description);
      if (description !== "") attributes.set("summary", description);
      const tags = splitList(cell(nodeTable, row, nodes.tags));
      if (tags.length > 0) attributes.set("tags", joinList(tags));
      const label = cell(nodeTable, row, nodes.label);
      nodeDrafts.push({ id, ...(label !== "" && { label }), attributes, line: where });
    });
  }
  const known = new Set(nodeDrafts.map((node) => node.id));
  const derive = !nodeTable;
  const sources = new Map<string, Source>();
  const edgeDrafts: EdgeDraft[] = [];
  edgeTable.rows.forEach((row, index) => {
    const where = `${edgeTable.name} row ${edgeTable.rowNumbers[index] ?? index + 2}`;
    const source = cell(edgeTable, row, edges.source);
    const target = cell(edgeTable, row, edges.target);
    if (source === "" || target === "") {
      const column = source === "" ? edges.source : edges.target;
      warnings.push(
        warning(where, `the row has no ${column} and was skipped`, "spreadsheet.rowWithoutColumn", { column }),
      );
      return;
    }
    for (const end of [source, target]) {
      if (derive && !known.has(end)) {
        known.add(end);
        nodeDrafts.push({ id: end, label: end, attributes: new Map(), line: where });
      }
    }
    const used = new Set([
      edges.source,
      edges.target,
      edges.kind,
      edges.direction,
      edges.weight,
      edges.id,
      edges.url,
      edges.date,
    ]);
    const attributes = rest(edgeTable, row, used, multi);
    const kind = cell(edgeTable, row, edges.kind);
    if (kind !== "") attributes.set("kind", kind);
    const weightText = cell(edgeTable, row, edges.weight);
    const weight = weightText === "" ? undefined : Number(weightText.replace(",", "."));
    const date = cell(edgeTable, row, edges.date);
    const url = cell(edgeTable, row, edges.url);
    let claims: Claim[] | undefined;
    if (/^https?:\/\/\S+$/i.test(url)) {
      let cited = sources.get(url);
      if (!cited) {
        cited = { id: `src-sheet-${sources.size + 1}`, title: url.replace(/^https?:\/\//i, "").slice(0, 300), url };
        sources.set(url, cited);
      }
      const time = partialDateOf(date);
      claims = [
        {
          id: `cl-row-${index + 1}`,
          text: `${kind || "Relation"}: ${source} – ${target}, as given in ${edgeTable.name}`.slice(0, 4000),
          status: "reported",
          ...(time !== undefined && { time: { from: time } }),
          quantities: [],
          sources: [{ source: cited.id }],
        },
      ];
    } else if (date !== "") attributes.set((edges.date ?? "date").toLowerCase(), date);
    const id = cell(edgeTable, row, edges.id);
    const direction = cell(edgeTable, row, edges.direction).toLowerCase();
    edgeDrafts.push({
      ...(id !== "" && { id }),
      source,
      target,
      directed: direction !== "undirected",
      ...(weight !== undefined && Number.isFinite(weight) && { weight }),
      attributes,
      ...(claims && { claims }),
      line: where,
    });
  });
  return graphDraftRead({ sources: [...sources.values()], nodes: nodeDrafts, edges: edgeDrafts, warnings });
}
