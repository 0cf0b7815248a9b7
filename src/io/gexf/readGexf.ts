// GEXF element tree → graph draft: nodes, edges, their attribute values by name, and Tangle's envelope.
import { error, type Issue } from "../../model";
import { graphDraftRead, type EdgeDraft, type GraphDraft, type NodeDraft } from "../exchange/graphDraft";
import { jsonFromComment } from "../exchange/xmlText";
import { childElements, firstChild, type XmlElement } from "../exchange/xmlTree";
import { GEXF_ENVELOPE_LABEL } from "./toGexf";

interface Declared {
  name: string;
  fallback?: string;
}

const VIZ = new Set(["color", "position", "size", "shape", "thickness"]);

/** attribute id → lower-case title and default value, for one class ("node" or "edge"). */
function declarations(graph: XmlElement, kind: "node" | "edge"): Map<string, Declared> {
  const declared = new Map<string, Declared>();
  for (const group of childElements(graph, "attributes")) {
    if ((group.attributes.get("class") ?? "node") !== kind) continue;
    for (const attribute of childElements(group, "attribute")) {
      const id = attribute.attributes.get("id");
      if (id === undefined) continue;
      const fallback = firstChild(attribute, "default")?.text;
      declared.set(id, { name: (attribute.attributes.get("title") ?? id).trim().toLowerCase(), ...(fallback !== undefined && { fallback }) });
    }
  }
  return declared;
}

function values(element: XmlElement, declared: ReadonlyMap<string, Declared>): Map<string, string> {
  const found = new Map<string, string>();
  for (const attvalue of childElements(firstChild(element, "attvalues"), "attvalue")) {
    const id = attvalue.attributes.get("for") ?? attvalue.attributes.get("id"); // GEXF 1.1 said "id"
    const value = attvalue.attributes.get("value");
    if (id === undefined || value === undefined) continue;
    found.set(declared.get(id)?.name ?? id.trim().toLowerCase(), value);
  }
  for (const { name, fallback } of declared.values()) if (fallback !== undefined && !found.has(name)) found.set(name, fallback);
  return found;
}

const warning = (path: string, message: string): Issue => ({ path, message, severity: "warning" });

export function readGexf(root: XmlElement): { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] } {
  if (root.name !== "gexf") return { ok: false, issues: [error(`line ${root.line}`, `not a GEXF file: the root element is <${root.name}>, not <gexf>`)] };
  const graph = firstChild(root, "graph");
  if (!graph) return { ok: false, issues: [error(`line ${root.line}`, "the GEXF file has no <graph> element")] };
  const meta = firstChild(root, "meta");
  const warnings: Issue[] = [];
  let sawViz = false;
  let sawNested = false;

  const nodeAttributes = declarations(graph, "node");
  const nodes: NodeDraft[] = [];
  for (const node of childElements(firstChild(graph, "nodes"), "node")) {
    sawViz ||= node.children.some((child) => VIZ.has(child.name));
    sawNested ||= firstChild(node, "nodes") !== undefined;
    const id = node.attributes.get("id");
    if (id === undefined) {
      warnings.push(warning(`line ${node.line}`, "a node without an id was skipped"));
      continue;
    }
    const label = node.attributes.get("label");
    nodes.push({ id, ...(label !== undefined && { label }), attributes: values(node, nodeAttributes), line: node.line });
  }

  const edgeAttributes = declarations(graph, "edge");
  const defaultType = graph.attributes.get("defaultedgetype") ?? "undirected";
  const edges: EdgeDraft[] = [];
  for (const edge of childElements(firstChild(graph, "edges"), "edge")) {
    const { attributes } = edge;
    const source = attributes.get("source");
    const target = attributes.get("target");
    if (source === undefined || target === undefined) {
      warnings.push(warning(`line ${edge.line}`, "an edge without source or target was skipped"));
      continue;
    }
    const found = values(edge, edgeAttributes);
    const kind = attributes.get("kind");
    if (kind !== undefined && !found.has("kind")) found.set("kind", kind);
    const weight = Number(attributes.get("weight") ?? "1");
    const id = attributes.get("id");
    edges.push({
      ...(id !== undefined && { id }),
      source,
      target,
      directed: (attributes.get("type") ?? defaultType) === "directed",
      ...(weight !== 1 && { weight }),
      attributes: found,
      line: edge.line,
    });
  }
  if (sawViz) warnings.push(warning("(root)", "colours, sizes and positions (viz) were not imported: Tangle lays out and styles the graph itself"));
  if (sawNested) warnings.push(warning("(root)", "nested nodes (hierarchy) were not imported; only the top-level nodes were"));

  const envelopeJson = meta?.comments.map((comment) => jsonFromComment(GEXF_ENVELOPE_LABEL, comment)).find((json) => json !== undefined);
  const title = firstChild(meta, "title")?.text;
  const description = firstChild(meta, "description")?.text;
  return graphDraftRead({ title, description, envelopeJson, nodes, edges, warnings });
}
