// Dataset → GraphML (yEd, Gephi, NetworkX, igraph). Keys are declared up front; claims travel as
// JSON and the dataset envelope as graph-level data, so that Tangle reads its own file back whole.
import type { Dataset } from "../../model";
import { datasetEnvelope } from "../exchange/datasetEnvelope";
import { actorAttributes, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, relationAttributes } from "../exchange/graphAttributes";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "../exchange/xmlText";

/** attr.name of the graph-level key that carries the dataset envelope. */
export const GRAPHML_ENVELOPE_KEY = "tangle-dataset";

type Domain = "graph" | "node" | "edge";
const PREFIX: Record<Domain, string> = { graph: "g", node: "n", edge: "e" };
const keyId = (domain: Domain, name: string): string => `${PREFIX[domain]}-${name}`;

const keys = (domain: Domain, names: readonly string[]): string[] =>
  names.map((name) => `  <key id="${keyId(domain, name)}" for="${domain}" attr.name="${name}" attr.type="string"/>`);

const data = (domain: Domain, values: Iterable<[string, string]>): string =>
  [...values].map(([name, value]) => `<data key="${keyId(domain, name)}">${text(value)}</data>`).join("");

export function toGraphml(dataset: Dataset): string {
  const kinds = new Map(dataset.relationKinds.map((kind) => [kind.id, kind]));
  const allUndirected = dataset.relationKinds.every((kind) => !kind.directed);
  const graphData: Array<[string, string]> = [["title", dataset.title]];
  if (dataset.summary !== undefined) graphData.push(["description", dataset.summary]);
  graphData.push([GRAPHML_ENVELOPE_KEY, JSON.stringify(datasetEnvelope(dataset))]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys("graph", ["title", "description", GRAPHML_ENVELOPE_KEY]),
    ...keys("node", ["label", ...NODE_ATTRIBUTES]),
    ...keys("edge", ["label", ...EDGE_ATTRIBUTES]),
    `  <graph id="${attr(dataset.id)}" edgedefault="${allUndirected ? "undirected" : "directed"}">`,
    `    ${data("graph", graphData)}`,
    ...dataset.actors.map(
      (actor) => `    <node id="${attr(actor.id)}">${data("node", [["label", actor.name], ...actorAttributes(actor)])}</node>`,
    ),
    ...dataset.relations.map((relation) => {
      const kind = kinds.get(relation.kind);
      const directed = kind?.directed !== false;
      const values: Array<[string, string]> = [["label", kind?.label ?? relation.kind], ...relationAttributes(relation)];
      return `    <edge id="${attr(relation.id)}" source="${attr(relation.from)}" target="${attr(relation.to)}" directed="${directed}">${data("edge", values)}</edge>`;
    }),
    "  </graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}
