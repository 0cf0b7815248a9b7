// GraphML element tree → graph draft: nodes, edges, their data by key name, and Tangle's envelope.
import { error, type Issue } from "../../model";
import { graphDraftRead, type EdgeDraft, type GraphDraft, type NodeDraft } from "../exchange/graphDraft";
import { childElements, firstChild, type XmlElement } from "../exchange/xmlTree";
import { GRAPHML_ENVELOPE_KEY } from "./toGraphml";

interface Key {
  domain: string;
  name: string;
  fallback?: string;
}

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const key of childElements(root, "key")) {
    const id = key.attributes.get("id");
    if (id === undefined) continue;
    const fallback = firstChild(key, "default")?.text;
    const name = (key.attributes.get("attr.name") ?? id).trim().toLowerCase();
    keys.set(id, { domain: key.attributes.get("for") ?? "all", name, ...(fallback !== undefined && { fallback }) });
  }
  return keys;
}

/** yEd keeps node labels inside graphics data (`<y:NodeLabel>`), not in a named key. */
function graphicsLabel(element: XmlElement): string | undefined {
  for (const child of element.children) {
    if (child.name === "NodeLabel" && child.text.trim() !== "") return child.text.trim();
    const nested = graphicsLabel(child);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function values(element: XmlElement, domain: string, keys: ReadonlyMap<string, Key>): Map<string, string> {
  const found = new Map<string, string>();
  for (const item of childElements(element, "data")) {
    const id = item.attributes.get("key") ?? "";
    const key = keys.get(id);
    if (item.children.length > 0) {
      const label = graphicsLabel(item);
      if (label !== undefined && !found.has("label")) found.set("label", label);
    } else found.set(key?.name ?? id.toLowerCase(), item.text);
  }
  for (const key of keys.values()) {
    if ((key.domain === domain || key.domain === "all") && key.fallback !== undefined && !found.has(key.name)) found.set(key.name, key.fallback);
  }
  return found;
}

const warning = (path: string, message: string): Issue => ({ path, message, severity: "warning" });

/** Removes and returns the value of the first of `names` present. */
function take(found: Map<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = found.get(name);
    found.delete(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function readGraphml(root: XmlElement): { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] } {
  if (root.name !== "graphml") return { ok: false, issues: [error(`line ${root.line}`, `not a GraphML file: the root element is <${root.name}>, not <graphml>`)] };
  const graph = firstChild(root, "graph");
  if (!graph) return { ok: false, issues: [error(`line ${root.line}`, "the GraphML file has no <graph> element")] };
  const keys = readKeys(root);
  const warnings: Issue[] = [];
  const directedByDefault = graph.attributes.get("edgedefault") !== "undirected";

  const nodes: NodeDraft[] = [];
  for (const node of childElements(graph, "node")) {
    const id = node.attributes.get("id");
    if (id === undefined) {
      warnings.push(warning(`line ${node.line}`, "a node without an id was skipped"));
      continue;
    }
    if (firstChild(node, "graph")) warnings.push(warning(`line ${node.line}`, `the graph nested in node "${id}" was not imported`));
    const attributes = values(node, "node", keys);
    const label = take(attributes, "label", "name");
    nodes.push({ id, ...(label !== undefined && { label }), attributes, line: node.line });
  }

  const edges: EdgeDraft[] = [];
  for (const edge of childElements(graph, "edge")) {
    const source = edge.attributes.get("source");
    const target = edge.attributes.get("target");
    if (source === undefined || target === undefined) {
      warnings.push(warning(`line ${edge.line}`, "an edge without source or target was skipped"));
      continue;
    }
    const attributes = values(edge, "edge", keys);
    take(attributes, "label"); // Tangle writes the kind's label here; the kind itself is what counts
    const weight = Number(take(attributes, "weight") ?? "1");
    const directed = edge.attributes.get("directed");
    const id = edge.attributes.get("id");
    edges.push({
      ...(id !== undefined && { id }),
      source,
      target,
      directed: directed === undefined ? directedByDefault : directed === "true",
      ...(weight !== 1 && { weight }),
      attributes,
      line: edge.line,
    });
  }
  if (childElements(graph, "hyperedge").length > 0) warnings.push(warning("(root)", "hyperedges were not imported: a relation joins two actors"));

  const graphData = values(graph, "graph", keys);
  const title = take(graphData, "title", "name", "label");
  const description = take(graphData, "description");
  const envelopeJson = take(graphData, GRAPHML_ENVELOPE_KEY);
  return graphDraftRead({ title, description, envelopeJson, nodes, edges, warnings });
}
