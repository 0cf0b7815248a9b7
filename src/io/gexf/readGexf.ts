// GEXF element tree → graph draft: nodes (nested ones flattened with their parent), edges, typed
// attribute values by name, the file's own layout and colours (viz), and Tangle's envelope.
import { error, warning, type Issue } from "../../model";
import {
  displayDraft,
  graphDraftRead,
  hexColor,
  typedValue,
  type AttributeValue,
  type EdgeDraft,
  type GraphDraft,
  type NodeDraft,
} from "../exchange/graphDraft";
import { jsonFromComment } from "../exchange/xmlText";
import { childElements, firstChild, type XmlElement } from "../exchange/xmlTree";
import { GEXF_ENVELOPE_LABEL } from "./toGexf";

interface Declared {
  name: string;
  type?: string;
  fallback?: string;
}

/** attribute id → lower-case title, type and default value, for one class ("node" or "edge"). */
function declarations(graph: XmlElement, kind: "node" | "edge"): Map<string, Declared> {
  const declared = new Map<string, Declared>();
  for (const group of childElements(graph, "attributes")) {
    if ((group.attributes.get("class") ?? "node") !== kind) continue;
    for (const attribute of childElements(group, "attribute")) {
      const id = attribute.attributes.get("id");
      if (id === undefined) continue;
      const fallback = firstChild(attribute, "default")?.text;
      const type = attribute.attributes.get("type");
      declared.set(id, {
        name: (attribute.attributes.get("title") ?? id).trim().toLowerCase(),
        ...(type !== undefined && { type }),
        ...(fallback !== undefined && { fallback }),
      });
    }
  }
  return declared;
}

/** Values by name. A dynamic attribute with several dated values keeps the latest one. */
function values(element: XmlElement, declared: ReadonlyMap<string, Declared>): Map<string, AttributeValue> {
  const found = new Map<string, AttributeValue>();
  for (const attvalue of childElements(firstChild(element, "attvalues"), "attvalue")) {
    const id = attvalue.attributes.get("for") ?? attvalue.attributes.get("id"); // GEXF 1.1 said "id"
    const value = attvalue.attributes.get("value");
    if (id === undefined || value === undefined) continue;
    const declaration = declared.get(id);
    found.set(declaration?.name ?? id.trim().toLowerCase(), typedValue(value, declaration?.type));
  }
  for (const { name, type, fallback } of declared.values())
    if (fallback !== undefined && !found.has(name)) found.set(name, typedValue(fallback, type));
  return found;
}

/** A node's or edge's own time (start/end, GEXF 1.1 start/endopen, spells, timestamps), kept as attributes. */
function timeAttributes(element: XmlElement, into: Map<string, AttributeValue>): void {
  const { attributes } = element;
  const start = attributes.get("start") ?? attributes.get("startopen");
  const end = attributes.get("end") ?? attributes.get("endopen");
  if (start !== undefined) into.set("start", start);
  if (end !== undefined) into.set("end", end);
  const timestamp = attributes.get("timestamp") ?? attributes.get("timestamps");
  if (timestamp !== undefined) into.set("timestamps", timestamp);
  const spells = childElements(firstChild(element, "spells"), "spell").map(
    (spell) => `${spell.attributes.get("start") ?? ""}..${spell.attributes.get("end") ?? ""}`,
  );
  if (spells.length > 0) into.set("spells", spells.join(" | "));
}

const number = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

function vizOf(node: XmlElement) {
  const color = firstChild(node, "color")?.attributes;
  const hex = color?.get("hex");
  const rgb = color ? [Number(color.get("r")), Number(color.get("g")), Number(color.get("b"))] : undefined;
  const position = firstChild(node, "position")?.attributes;
  return displayDraft({
    x: number(position?.get("x")),
    // GEXF's y axis points up, the screen's down.
    y: position?.get("y") === undefined ? undefined : 0 - Number(position.get("y")),
    color: hex !== undefined ? hexColor(hex) : hexColor(rgb),
    size: number(firstChild(node, "size")?.attributes.get("value")),
  });
}

function readNodes(
  container: XmlElement | undefined,
  parent: string | undefined,
  declared: ReadonlyMap<string, Declared>,
  nodes: NodeDraft[],
  warnings: Issue[],
  depth: number,
): void {
  for (const node of childElements(container, "node")) {
    const id = node.attributes.get("id");
    if (id === undefined) {
      warnings.push(warning(`line ${node.line}`, "a node without an id was skipped", "import.nodeWithoutId"));
      continue;
    }
    const label = node.attributes.get("label");
    const attributes = values(node, declared);
    timeAttributes(node, attributes);
    const display = vizOf(node);
    const parentId = parent ?? node.attributes.get("pid"); // GEXF 1.1 flat hierarchy
    nodes.push({
      id,
      ...(label !== undefined && { label }),
      attributes,
      ...(display && { display }),
      ...(parentId !== undefined && { parent: parentId }),
      line: node.line,
    });
    if (depth < 50) readNodes(firstChild(node, "nodes"), id, declared, nodes, warnings, depth + 1);
  }
}

export function readGexf(root: XmlElement): { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] } {
  if (root.name !== "gexf")
    return {
      ok: false,
      issues: [
        error(`line ${root.line}`, `not a GEXF file: the root element is <${root.name}>, not <gexf>`, "xml.wrongRoot", {
          format: "GEXF",
          root: root.name,
          expected: "gexf",
        }),
      ],
    };
  const graph = firstChild(root, "graph");
  if (!graph)
    return {
      ok: false,
      issues: [error(`line ${root.line}`, "the GEXF file has no <graph> element", "xml.noGraph", { format: "GEXF" })],
    };
  const meta = firstChild(root, "meta");
  const warnings: Issue[] = [];

  const nodes: NodeDraft[] = [];
  readNodes(firstChild(graph, "nodes"), undefined, declarations(graph, "node"), nodes, warnings, 0);

  const edgeAttributes = declarations(graph, "edge");
  const defaultType = graph.attributes.get("defaultedgetype") ?? "undirected";
  const edges: EdgeDraft[] = [];
  for (const edge of childElements(firstChild(graph, "edges"), "edge")) {
    const { attributes } = edge;
    const source = attributes.get("source");
    const target = attributes.get("target");
    if (source === undefined || target === undefined) {
      warnings.push(
        warning(`line ${edge.line}`, "an edge without source or target was skipped", "import.edgeWithoutEnds"),
      );
      continue;
    }
    const found = values(edge, edgeAttributes);
    timeAttributes(edge, found);
    for (const name of ["kind", "label"]) {
      const value = attributes.get(name);
      if (value !== undefined && !found.has(name)) found.set(name, value);
    }
    const weightText = attributes.get("weight");
    const weight = weightText === undefined ? undefined : Number(weightText);
    const id = attributes.get("id");
    edges.push({
      ...(id !== undefined && { id }),
      source,
      target,
      directed: (attributes.get("type") ?? defaultType) === "directed",
      ...(weight !== undefined && Number.isFinite(weight) && { weight }),
      attributes: found,
      line: edge.line,
    });
  }

  const envelopeJson = [...root.comments, ...(meta?.comments ?? [])]
    .map((comment) => jsonFromComment(GEXF_ENVELOPE_LABEL, comment))
    .find((json) => json !== undefined);
  const title = firstChild(meta, "title")?.text;
  const description = firstChild(meta, "description")?.text;
  return graphDraftRead({ title, description, envelopeJson, nodes, edges, warnings });
}
