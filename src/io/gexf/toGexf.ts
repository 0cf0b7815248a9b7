// Dataset → GEXF 1.3 (Gephi, Gephi Lite, graphology, networkx, igraph). Plain-text attributes for
// looking at in Gephi, foreign attributes under their own names, weights, and the file's layout
// and colours as viz; claims and attributes as JSON and the dataset envelope in a comment just
// inside <gexf> (not in <meta>, which graphology-gexf reads strictly), so that Tangle reads its
// own file back whole.
import type { Dataset } from "../../model";
import { datasetEnvelope } from "../exchange/datasetEnvelope";
import { exportColumns, type ExportColumn } from "../exchange/exportColumns";
import { actorAttributes, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, relationAttributes } from "../exchange/graphAttributes";
import { escapeXmlAttribute as attr, escapeXmlText as text, jsonComment, quoteXmlAttribute } from "../exchange/xmlText";
import { expandMutual, MIRROR_ATTRIBUTE, type ExportOptions } from "../exchange/mutualEdges";

/** Label of the comment that carries the dataset envelope. */
export const GEXF_ENVELOPE_LABEL = "tangle-dataset";

const declarations = (kind: "node" | "edge", names: readonly string[], columns: readonly ExportColumn[]): string[] => [
  `    <attributes class="${kind}">`,
  ...names.map((name) => `      <attribute id="${name}" title="${name}" type="string"/>`),
  ...columns.map(
    (column) => `      <attribute id="${attr(column.id)}" title="${attr(column.title)}" type="${column.type}"/>`,
  ),
  "    </attributes>",
];

const attvalues = (
  values: ReadonlyMap<string, string>,
  columns: readonly ExportColumn[],
  record: Readonly<Record<string, string | number | boolean>> | undefined,
): string =>
  [
    ...[...values].map(([name, value]) => `<attvalue for="${name}" value=${quoteXmlAttribute(value)}/>`),
    ...columns.flatMap((column) =>
      record?.[column.name] === undefined
        ? []
        : [`<attvalue for="${attr(column.id)}" value=${quoteXmlAttribute(String(record[column.name]))}/>`],
    ),
  ].join("");

function viz(display: Dataset["actors"][number]["display"]): string {
  if (!display) return "";
  const parts: string[] = [];
  const hex =
    display.color?.length === 4 ? `#${[...display.color.slice(1)].map((c) => c + c).join("")}` : display.color;
  if (hex)
    parts.push(
      `<viz:color r="${parseInt(hex.slice(1, 3), 16)}" g="${parseInt(hex.slice(3, 5), 16)}" b="${parseInt(hex.slice(5, 7), 16)}"/>`,
    );
  if (display.size !== undefined) parts.push(`<viz:size value="${display.size}"/>`);
  // GEXF's y axis points up; Tangle's (the screen's) down. Both coordinates or neither.
  if (display.x !== undefined && display.y !== undefined)
    parts.push(`<viz:position x="${display.x}" y="${0 - display.y}" z="0"/>`);
  return parts.join("");
}

export function toGexf(dataset: Dataset, options: ExportOptions = {}): string {
  const kinds = new Map(dataset.relationKinds.map((kind) => [kind.id, kind]));
  const edges = expandMutual(dataset, options);
  const directions = new Set(edges.map((edge) => edge.directed));
  const nodeColumns = exportColumns(
    dataset.actors.map((actor) => actor.attributes),
    NODE_ATTRIBUTES,
  );
  const edgeColumns = exportColumns(
    dataset.relations.map((relation) => relation.attributes),
    [...EDGE_ATTRIBUTES, MIRROR_ATTRIBUTE],
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  ${jsonComment(GEXF_ENVELOPE_LABEL, datasetEnvelope(dataset))}`,
    "  <meta>",
    "    <creator>Tangle</creator>",
    `    <title>${text(dataset.title)}</title>`,
    ...(dataset.summary === undefined ? [] : [`    <description>${text(dataset.summary)}</description>`]),
    "  </meta>",
    // A mixed graph says "directed" by default and marks each undirected edge (GEXF 1.3 has no "mixed" default).
    `  <graph mode="static" defaultedgetype="${directions.has(true) || directions.size === 0 ? "directed" : "undirected"}">`,
    ...declarations("node", NODE_ATTRIBUTES, nodeColumns),
    ...declarations("edge", [...EDGE_ATTRIBUTES, MIRROR_ATTRIBUTE], edgeColumns),
    "    <nodes>",
    ...dataset.actors.map(
      (actor) =>
        `      <node id="${attr(actor.id)}" label="${attr(actor.name)}"><attvalues>${attvalues(actorAttributes(actor), nodeColumns, actor.attributes)}</attvalues>${viz(actor.display)}</node>`,
    ),
    "    </nodes>",
    "    <edges>",
    ...edges.map(({ relation, id, from, to, directed, mirror }) => {
      const label = kinds.get(relation.kind)?.label ?? relation.kind;
      const values = new Map<string, string>(relationAttributes(relation));
      if (mirror) values.set(MIRROR_ATTRIBUTE, "true");
      const weight = relation.weight === undefined ? "" : ` weight="${relation.weight}"`;
      return `      <edge id="${attr(id)}" source="${attr(from)}" target="${attr(to)}" type="${directed ? "directed" : "undirected"}" kind="${attr(relation.kind)}" label="${attr(label)}"${weight}><attvalues>${attvalues(values, edgeColumns, relation.attributes)}</attvalues></edge>`;
    }),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ];
  return lines.join("\n");
}
