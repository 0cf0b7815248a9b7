// The column-mapping step: for spreadsheets whose headers Tangle does not recognise, the person
// says which column is what, looking at the first rows. Cells are shown as text, never HTML.
import { useId, useState } from "react";
import type { EdgeColumns, NodeColumns, SpreadsheetMapping } from "../../io/spreadsheet/columnMapping";
import type { MappingRequest } from "../../io/spreadsheet/fromSpreadsheets";
import type { MessageId } from "../i18n/catalogues";
import { useT } from "../i18n/I18nProvider";

type Table = MappingRequest["tables"][number];

const EDGE_FIELDS: ReadonlyArray<[keyof EdgeColumns, MessageId, boolean]> = [
  ["source", "mapping.edge.source", true],
  ["target", "mapping.edge.target", true],
  ["kind", "mapping.edge.kind", false],
  ["label", "mapping.edge.label", false],
  ["weight", "mapping.edge.weight", false],
  ["date", "mapping.edge.date", false],
  ["url", "mapping.edge.url", false],
];
const NODE_FIELDS: ReadonlyArray<[keyof NodeColumns, MessageId, boolean]> = [
  ["id", "mapping.node.id", true],
  ["label", "mapping.node.label", false],
  ["kind", "mapping.node.kind", false],
  ["description", "mapping.node.description", false],
];

function Preview({ table }: { table: Table }) {
  const t = useT();
  return (
    <table className="mapping-preview">
      <caption>{t("mapping.firstRows", { name: table.name })}</caption>
      <thead>
        <tr>
          {table.header.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.preview.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {table.header.map((_, index) => (
              <td key={index}>{(row[index] ?? "").slice(0, 80)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ColumnSelect({
  label,
  header,
  value,
  required,
  onChange,
}: {
  label: string;
  header: readonly string[];
  value: string | undefined;
  required: boolean;
  onChange: (value: string | undefined) => void;
}) {
  const id = useId();
  const t = useT();
  return (
    <div className="mapping-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        required={required}
        onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
      >
        <option value="">{required ? t("mapping.choose") : t("mapping.none")}</option>
        {header.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MappingStep({
  request,
  onChoose,
  onCancel,
}: {
  request: MappingRequest;
  onChoose: (mapping: SpreadsheetMapping) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [edgeTableIndex, setEdgeTableIndex] = useState(request.tables.length > 1 ? 1 : 0);
  const [edges, setEdges] = useState<Partial<EdgeColumns>>(request.guess?.edges ?? {});
  const [nodes, setNodes] = useState<Partial<NodeColumns>>(request.guess?.nodes ?? {});
  const edgeTable = request.tables[edgeTableIndex] ?? request.tables[0];
  const nodeTable = request.tables.find((_, index) => index !== edgeTableIndex);
  const complete = edges.source !== undefined && edges.target !== undefined && (!nodeTable || nodes.id !== undefined);
  const choose = () => {
    if (!complete || edges.source === undefined || edges.target === undefined) return;
    const edgeColumns: EdgeColumns = { ...edges, source: edges.source, target: edges.target };
    onChoose({
      shape: "chosen",
      edges: edgeColumns,
      ...(nodeTable && nodes.id !== undefined && { nodes: { ...nodes, id: nodes.id } }),
    });
  };
  if (!edgeTable) return null;
  return (
    <section className="import-dialog mapping-step" role="dialog" aria-modal="false" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t("mapping.title")}</h2>
      <p>{t("mapping.intro")}</p>
      {request.tables.length > 1 && (
        <fieldset>
          <legend>{t("mapping.sheet")}</legend>
          {request.tables.map((table, index) => (
            <label key={table.name}>
              <input
                type="radio"
                name="edge-table"
                checked={index === edgeTableIndex}
                onChange={() => setEdgeTableIndex(index)}
              />{" "}
              {table.name}
            </label>
          ))}
        </fieldset>
      )}
      <Preview table={edgeTable} />
      <div className="mapping-fields">
        {EDGE_FIELDS.map(([field, label, required]) => (
          <ColumnSelect
            key={field}
            label={t(label)}
            header={edgeTable.header}
            value={edges[field]}
            required={required}
            onChange={(value) => setEdges((current) => ({ ...current, [field]: value }))}
          />
        ))}
      </div>
      {nodeTable && (
        <>
          <Preview table={nodeTable} />
          <div className="mapping-fields">
            {NODE_FIELDS.map(([field, label, required]) => (
              <ColumnSelect
                key={field}
                label={t(label)}
                header={nodeTable.header}
                value={nodes[field]}
                required={required}
                onChange={(value) => setNodes((current) => ({ ...current, [field]: value }))}
              />
            ))}
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={!complete} onClick={choose}>
          {t("mapping.import")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("import.cancel")}
        </button>
      </div>
    </section>
  );
}
