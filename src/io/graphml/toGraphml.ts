// Dataset → GraphML (yEd, Gephi, Gephi Lite, networkx, igraph). Keys are declared up front;
// weights, layout (x, y, size, r/g/b as Gephi writes them) and foreign attributes under their
// own names; claims and attributes travel as JSON and the dataset envelope as graph-level data,
// so that Tangle reads its own file back whole.
import type { Dataset } from "../../model";
import { datasetEnvelope } from "../exchange/datasetEnvelope";
import { exportColumns, type ExportColumn } from "../exchange/exportColumns";
import { actorAttributes, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, relationAttributes } from "../exchange/graphAttributes";
import { expandMutual, MIRROR_ATTRIBUTE, type ExportOptions } from "../exchange/mutualEdges";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "../exchange/xmlText";

/** attr.name of the graph-level key that carries the dataset envelope. */
export const GRAPHML_ENVELOPE_KEY = "tangle-dataset";

type Domain = "graph" | "node" | "edge";
const PREFIX: Record<Domain, string> = { graph: "g", node: "n", edge: "e" };
const keyId = (domain: Domain, name: string): string => `${PREFIX[domain]}-${name}`;

const NODE_DISPLAY = [
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
] as const;

const keys = (domain: Domain, names: readonly string[], type = "string"): string[] =>
  names.map((name) => `  <key id="${keyId(domain, name)}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);

const columnKeys = (domain: Domain, columns: readonly ExportColumn[]): string[] =>
  columns.map(
    (column) =>
      `  <key id="${attr(`${PREFIX[domain]}-${column.id}`)}" for="${domain}" attr.name="${attr(column.title)}" attr.type="${column.type}"/>`,
  );

const data = (domain: Domain, values: Iterable<[string, string]>): string =>
  [...values].map(([name, value]) => `<data key="${keyId(domain, name)}">${text(value)}</data>`).join("");

const columnData = (
  domain: Domain,
  columns: readonly ExportColumn[],
  record: Readonly<Record<string, string | number | boolean>> | undefined,
): string =>
  columns
    .flatMap((column) =>
      record?.[column.name] === undefined
        ? []
        : [`<data key="${attr(`${PREFIX[domain]}-${column.id}`)}">${text(String(record[column.name]))}</data>`],
    )
    .join("");

function displayData(display: Dataset["actors"][number]["display"]): Array<[string, string]> {
  if (!display) return [];
  const values: Array<[string, string]> = [];
  if (display.x !== undefined && display.y !== undefined)
    values.push(["x", String(display.x)], ["y", String(display.y)]);
  if (display.size !== undefined) values.push(["size", String(display.size)]);
  const hex =
    display.color?.length === 4 ? `#${[...display.color.slice(1)].map((c) => c + c).join("")}` : display.color;
  if (hex)
    values.push(
      ["r", String(parseInt(hex.slice(1, 3), 16))],
      ["g", String(parseInt(hex.slice(3, 5), 16))],
      ["b", String(parseInt(hex.slice(5, 7), 16))],
    );
  return values;
}

export function toGraphml(dataset: Dataset, options: ExportOptions = {}): string {
  const kinds = new Map(dataset.relationKinds.map((kind) => [kind.id, kind]));
  const edges = expandMutual(dataset, options);
  const allUndirected = edges.every((edge) => !edge.directed);
  const nodeColumns = exportColumns(
    dataset.actors.map((actor) => actor.attributes),
    ["label", ...NODE_ATTRIBUTES, ...NODE_DISPLAY.map(([name]) => name)],
  );
  const edgeColumns = exportColumns(
    dataset.relations.map((relation) => relation.attributes),
    ["label", "weight", MIRROR_ATTRIBUTE, ...EDGE_ATTRIBUTES],
  );
  const graphData: Array<[string, string]> = [["title", dataset.title]];
  if (dataset.summary !== undefined) graphData.push(["description", dataset.summary]);
  graphData.push([GRAPHML_ENVELOPE_KEY, JSON.stringify(datasetEnvelope(dataset))]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys("graph", ["title", "description", GRAPHML_ENVELOPE_KEY]),
    ...keys("node", ["label", ...NODE_ATTRIBUTES]),
    ...NODE_DISPLAY.map(([name, type]) => keys("node", [name], type)[0] ?? ""),
    ...columnKeys("node", nodeColumns),
    ...keys("edge", ["label", ...EDGE_ATTRIBUTES, MIRROR_ATTRIBUTE]),
    ...keys("edge", ["weight"], "double"),
    ...columnKeys("edge", edgeColumns),
    `  <graph id="${attr(dataset.id)}" edgedefault="${allUndirected ? "undirected" : "directed"}">`,
    `    ${data("graph", graphData)}`,
    ...dataset.actors.map(
      (actor) =>
        `    <node id="${attr(actor.id)}">${data("node", [["label", actor.name], ...actorAttributes(actor), ...displayData(actor.display)])}${columnData("node", nodeColumns, actor.attributes)}</node>`,
    ),
    ...edges.map(({ relation, id, from, to, directed, mirror }) => {
      const values: Array<[string, string]> = [
        ["label", kinds.get(relation.kind)?.label ?? relation.kind],
        ...relationAttributes(relation),
      ];
      if (mirror) values.push([MIRROR_ATTRIBUTE, "true"]);
      if (relation.weight !== undefined) values.push(["weight", String(relation.weight)]);
      // Per-edge direction only where it differs from the default, so that strict readers accept it.
      const direction = directed === !allUndirected ? "" : ` directed="${directed}"`;
      return `    <edge id="${attr(id)}" source="${attr(from)}" target="${attr(to)}"${direction}>${data("edge", values)}${columnData("edge", edgeColumns, relation.attributes)}</edge>`;
    }),
    "  </graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}
