// GraphML element tree → graph draft: nodes (nested graphs and yEd groups flattened with their
// parent), edges, typed data by key name, layout and colours (x/y/size/r/g/b keys or yEd
// graphics), and Tangle's envelope.
import { error, warning, type Issue } from "../../model";
import {
  displayDraft,
  graphDraftRead,
  hexColor,
  typedValue,
  type AttributeValue,
  type DisplayDraft,
  type EdgeDraft,
  type GraphDraft,
  type NodeDraft,
} from "../exchange/graphDraft";
import { childElements, firstChild, type XmlElement } from "../exchange/xmlTree";
import { GRAPHML_ENVELOPE_KEY } from "./toGraphml";

interface Key {
  domain: string;
  name: string;
  type?: string;
  fallback?: string;
}

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const key of childElements(root, "key")) {
    const id = key.attributes.get("id");
    if (id === undefined) continue;
    const fallback = firstChild(key, "default")?.text;
    const name = (key.attributes.get("attr.name") ?? id).trim().toLowerCase();
    const type = key.attributes.get("attr.type");
    keys.set(id, {
      domain: key.attributes.get("for") ?? "all",
      name,
      ...(type !== undefined && { type }),
      ...(fallback !== undefined && { fallback }),
    });
  }
  return keys;
}

/** The first descendant named `name` (depth first), e.g. yEd's `<y:NodeLabel>` inside graphics data. */
function descendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.name === name) return child;
    const nested = descendant(child, name);
    if (nested) return nested;
  }
  return undefined;
}

interface Graphics {
  label?: string;
  display?: DisplayDraft;
}

/** yEd graphics: label, and for nodes the geometry's centre, width and fill colour (first realizer). */
function yedGraphics(data: XmlElement): Graphics {
  const label = (descendant(data, "NodeLabel") ?? descendant(data, "EdgeLabel"))?.text.trim();
  const geometry = descendant(data, "Geometry")?.attributes;
  const fill = descendant(data, "Fill")?.attributes.get("color");
  const width = Number(geometry?.get("width"));
  const height = Number(geometry?.get("height"));
  const display = geometry
    ? displayDraft({
        x: Number(geometry.get("x")) + width / 2,
        y: Number(geometry.get("y")) + height / 2,
        color: hexColor(fill),
        size: width,
      })
    : displayDraft({ color: hexColor(fill) });
  return { ...(label && { label }), ...(display && { display }) };
}

function values(
  element: XmlElement,
  domain: string,
  keys: ReadonlyMap<string, Key>,
): { found: Map<string, AttributeValue>; graphics: Graphics } {
  const found = new Map<string, AttributeValue>();
  let graphics: Graphics = {};
  for (const item of childElements(element, "data")) {
    const id = item.attributes.get("key") ?? "";
    const key = keys.get(id);
    if (item.children.length > 0) graphics = { ...yedGraphics(item), ...graphics };
    else found.set(key?.name ?? id.toLowerCase(), typedValue(item.text, key?.type));
  }
  for (const key of keys.values()) {
    if ((key.domain === domain || key.domain === "all") && key.fallback !== undefined && !found.has(key.name))
      found.set(key.name, typedValue(key.fallback, key.type));
  }
  return { found, graphics };
}

/** Removes and returns the value of the first of `names` present. */
function take(found: Map<string, AttributeValue>, ...names: string[]): AttributeValue | undefined {
  for (const name of names) {
    const value = found.get(name);
    found.delete(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

const asNumber = (value: AttributeValue | undefined): number | undefined =>
  value === undefined || value === "" ? undefined : Number(value);
const asText = (value: AttributeValue | undefined): string | undefined =>
  value === undefined ? undefined : String(value);

/** Gephi and others write layout as plain keys: x, y, size, r/g/b or color. */
function keyedDisplay(found: Map<string, AttributeValue>): DisplayDraft | undefined {
  const has = (name: string) => found.has(name);
  if (!["x", "y", "size", "r", "color", "colour"].some(has)) return undefined;
  const rgb =
    has("r") && has("g") && has("b")
      ? [asNumber(take(found, "r")) ?? NaN, asNumber(take(found, "g")) ?? NaN, asNumber(take(found, "b")) ?? NaN]
      : undefined;
  const color = rgb ? hexColor(rgb) : hexColor(asText(found.get("color") ?? found.get("colour")));
  if (!rgb && color !== undefined) take(found, "color", "colour");
  return displayDraft({
    x: asNumber(take(found, "x")),
    y: asNumber(take(found, "y")),
    size: asNumber(take(found, "size")),
    color,
  });
}

interface Reading {
  keys: ReadonlyMap<string, Key>;
  nodes: NodeDraft[];
  edges: EdgeDraft[];
  warnings: Issue[];
}

function readGraph(graph: XmlElement, parent: string | undefined, reading: Reading, depth: number): void {
  const directedByDefault = graph.attributes.get("edgedefault") !== "undirected";
  for (const node of childElements(graph, "node")) {
    const id = node.attributes.get("id");
    if (id === undefined) {
      reading.warnings.push(warning(`line ${node.line}`, "a node without an id was skipped", "import.nodeWithoutId"));
      continue;
    }
    const { found, graphics } = values(node, "node", reading.keys);
    const label = asText(take(found, "label", "name")) ?? graphics.label;
    const display = keyedDisplay(found) ?? graphics.display;
    reading.nodes.push({
      id,
      ...(label !== undefined && { label }),
      attributes: found,
      ...(display && { display }),
      ...(parent !== undefined && { parent }),
      line: node.line,
    });
    const nested = firstChild(node, "graph");
    if (nested && depth < 50) readGraph(nested, id, reading, depth + 1);
  }
  for (const edge of childElements(graph, "edge")) {
    const source = edge.attributes.get("source");
    const target = edge.attributes.get("target");
    if (source === undefined || target === undefined) {
      reading.warnings.push(
        warning(`line ${edge.line}`, "an edge without source or target was skipped", "import.edgeWithoutEnds"),
      );
      continue;
    }
    const { found, graphics } = values(edge, "edge", reading.keys);
    if (!found.has("label") && graphics.label !== undefined) found.set("label", graphics.label);
    const weight = asNumber(take(found, "weight"));
    const directed = edge.attributes.get("directed");
    const id = edge.attributes.get("id");
    reading.edges.push({
      ...(id !== undefined && { id }),
      source,
      target,
      directed: directed === undefined ? directedByDefault : directed === "true",
      ...(weight !== undefined && Number.isFinite(weight) && { weight }),
      attributes: found,
      line: edge.line,
    });
  }
  if (childElements(graph, "hyperedge").length > 0)
    reading.warnings.push(
      warning(`line ${graph.line}`, "hyperedges were not imported: a relation joins two actors", "graphml.hyperedges"),
    );
}

export function readGraphml(root: XmlElement): { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] } {
  if (root.name !== "graphml")
    return {
      ok: false,
      issues: [
        error(
          `line ${root.line}`,
          `not a GraphML file: the root element is <${root.name}>, not <graphml>`,
          "xml.wrongRoot",
          { format: "GraphML", root: root.name, expected: "graphml" },
        ),
      ],
    };
  const graph = firstChild(root, "graph");
  if (!graph)
    return {
      ok: false,
      issues: [
        error(`line ${root.line}`, "the GraphML file has no <graph> element", "xml.noGraph", { format: "GraphML" }),
      ],
    };
  const reading: Reading = { keys: readKeys(root), nodes: [], edges: [], warnings: [] };
  readGraph(graph, undefined, reading, 0);
  const graphData = values(graph, "graph", reading.keys).found;
  const title = asText(take(graphData, "title", "name", "label"));
  const description = asText(take(graphData, "description"));
  const envelopeJson = asText(take(graphData, GRAPHML_ENVELOPE_KEY));
  return graphDraftRead({
    title: title?.trim() === "" ? undefined : title,
    description: description?.trim() === "" ? undefined : description,
    envelopeJson,
    nodes: reading.nodes,
    edges: reading.edges,
    warnings: reading.warnings,
  });
}
