// Dataset → GEXF 1.3 (Gephi, Gephi Lite, graphology). Plain-text attributes for looking at in Gephi;
// claims as JSON and the dataset envelope in a comment, so that Tangle reads its own file back whole.
import type { Dataset } from "../../model";
import { datasetEnvelope } from "../exchange/datasetEnvelope";
import { actorAttributes, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, relationAttributes } from "../exchange/graphAttributes";
import { escapeXmlAttribute as attr, escapeXmlText as text, jsonComment, quoteXmlAttribute } from "../exchange/xmlText";

/** Label of the comment that carries the dataset envelope. */
export const GEXF_ENVELOPE_LABEL = "tangle-dataset";

const declarations = (kind: "node" | "edge", names: readonly string[]): string[] => [
  `    <attributes class="${kind}">`,
  ...names.map((name) => `      <attribute id="${name}" title="${name}" type="string"/>`),
  "    </attributes>",
];

const attvalues = (values: ReadonlyMap<string, string>): string =>
  [...values].map(([name, value]) => `<attvalue for="${name}" value=${quoteXmlAttribute(value)}/>`).join("");

export function toGexf(dataset: Dataset): string {
  const kinds = new Map(dataset.relationKinds.map((kind) => [kind.id, kind]));
  const directions = new Set(dataset.relationKinds.map((kind) => kind.directed));
  const defaultType = directions.size === 2 ? "mixed" : directions.has(false) ? "undirected" : "directed";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta>",
    "    <creator>Tangle</creator>",
    `    <title>${text(dataset.title)}</title>`,
    ...(dataset.summary === undefined ? [] : [`    <description>${text(dataset.summary)}</description>`]),
    `    ${jsonComment(GEXF_ENVELOPE_LABEL, datasetEnvelope(dataset))}`,
    "  </meta>",
    `  <graph mode="static" defaultedgetype="${defaultType}">`,
    ...declarations("node", NODE_ATTRIBUTES),
    ...declarations("edge", EDGE_ATTRIBUTES),
    "    <nodes>",
    ...dataset.actors.map(
      (actor) => `      <node id="${attr(actor.id)}" label="${attr(actor.name)}"><attvalues>${attvalues(actorAttributes(actor))}</attvalues></node>`,
    ),
    "    </nodes>",
    "    <edges>",
    ...dataset.relations.map((relation) => {
      const kind = kinds.get(relation.kind);
      const type = kind?.directed === false ? "undirected" : "directed";
      const label = kind?.label ?? relation.kind;
      return `      <edge id="${attr(relation.id)}" source="${attr(relation.from)}" target="${attr(relation.to)}" type="${type}" kind="${attr(relation.kind)}" label="${attr(label)}"><attvalues>${attvalues(relationAttributes(relation))}</attvalues></edge>`;
    }),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ];
  return lines.join("\n");
}
