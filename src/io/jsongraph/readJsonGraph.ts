// JSON Graph Format (jsongraphformat.info, v1 node lists and v2 node maps) and Cytoscape JSON
// (.cyjs, `elements.nodes/edges` with `data` and `position`) → graph draft.
import { error, warning, type Issue } from "../../model";
import {
  displayDraft,
  graphDraftRead,
  hexColor,
  type AttributeValue,
  type EdgeDraft,
  type GraphDraft,
  type NodeDraft,
} from "../exchange/graphDraft";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** Scalars kept as they are, objects and arrays as their JSON text. */
function attributesOf(record: Json, skip: ReadonlySet<string>): Map<string, AttributeValue> {
  const found = new Map<string, AttributeValue>();
  for (const [key, value] of Object.entries(record)) {
    if (skip.has(key) || value === null || value === undefined) continue;
    found.set(
      key.toLowerCase(),
      typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? value
        : JSON.stringify(value),
    );
  }
  return found;
}

export type GraphRead = { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] };

/** Does this JSON look like JGF or Cytoscape JSON (rather than a Tangle dataset)? */
export function jsonGraphKind(json: unknown): "jgf" | "cytoscape" | undefined {
  if (!isObject(json)) return undefined;
  if (isObject(json.graph) || Array.isArray(json.graphs)) return "jgf";
  if (isObject(json.elements) || (Array.isArray(json.elements) && !("schemaVersion" in json))) return "cytoscape";
  return undefined;
}

export function readJgf(json: Json): GraphRead {
  const graph = isObject(json.graph)
    ? json.graph
    : Array.isArray(json.graphs) && isObject(json.graphs[0])
      ? json.graphs[0]
      : undefined;
  if (!graph) return { ok: false, issues: [error("graph", "the JSON Graph file has no graph", "jsonGraph.noGraph")] };
  const warnings: Issue[] = [];
  if (Array.isArray(json.graphs) && json.graphs.length > 1)
    warnings.push(
      warning(
        "graphs",
        `the file holds ${json.graphs.length} graphs; only the first was imported`,
        "jsonGraph.onlyFirstGraph",
        {
          count: json.graphs.length,
        },
      ),
    );
  const rawNodes: Array<[string, unknown, string]> = Array.isArray(graph.nodes)
    ? graph.nodes.map((node, index) => [str(isObject(node) ? node.id : undefined) ?? "", node, `graph.nodes[${index}]`])
    : isObject(graph.nodes)
      ? Object.entries(graph.nodes).map(([id, node]) => [id, node, `graph.nodes.${id}`])
      : [];
  const nodes: NodeDraft[] = [];
  for (const [id, node, path] of rawNodes) {
    if (id === "" || !isObject(node)) {
      warnings.push(warning(path, "a node without an id was skipped", "import.nodeWithoutId"));
      continue;
    }
    const metadata = isObject(node.metadata) ? node.metadata : {};
    const label = str(node.label);
    nodes.push({
      id,
      ...(label !== undefined && { label }),
      attributes: attributesOf({ ...metadata, ...(node.type !== undefined && { type: node.type }) }, new Set()),
      line: path,
    });
  }
  const directed = graph.directed !== false;
  const edges: EdgeDraft[] = [];
  const rawEdges = Array.isArray(graph.edges) ? graph.edges : [];
  rawEdges.forEach((edge, index) => {
    const path = `graph.edges[${index}]`;
    const source = isObject(edge) ? str(edge.source) : undefined;
    const target = isObject(edge) ? str(edge.target) : undefined;
    if (!isObject(edge) || source === undefined || target === undefined) {
      warnings.push(warning(path, "an edge without source or target was skipped", "import.edgeWithoutEnds"));
      return;
    }
    const metadata = isObject(edge.metadata) ? edge.metadata : {};
    const weight = num(metadata.weight);
    const attributes = attributesOf(metadata, new Set(["weight"]));
    if (str(edge.relation) !== undefined) attributes.set("kind", str(edge.relation) ?? "");
    if (str(edge.label) !== undefined) attributes.set("label", str(edge.label) ?? "");
    const id = str(edge.id);
    edges.push({
      ...(id !== undefined && { id }),
      source,
      target,
      directed: typeof edge.directed === "boolean" ? edge.directed : directed,
      ...(weight !== undefined && { weight }),
      attributes,
      line: path,
    });
  });
  const metadata = isObject(graph.metadata) ? graph.metadata : {};
  return graphDraftRead({
    title: str(graph.label),
    description: str(metadata.description) ?? str(graph.type),
    nodes,
    edges,
    warnings,
  });
}

export function readCytoscape(json: Json): GraphRead {
  const elements = json.elements;
  const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
  const list: unknown[] = Array.isArray(elements)
    ? (elements as unknown[])
    : isObject(elements)
      ? [...listOf(elements.nodes), ...listOf(elements.edges)]
      : [];
  const warnings: Issue[] = [];
  const nodes: NodeDraft[] = [];
  const edges: EdgeDraft[] = [];
  list.forEach((element, index) => {
    const path = `elements[${index}]`;
    const data = isObject(element) && isObject(element.data) ? element.data : undefined;
    if (!isObject(element) || !data) {
      warnings.push(warning(path, "an element without data was skipped", "jsonGraph.elementWithoutData"));
      return;
    }
    const id = str(data.id);
    const source = str(data.source);
    const target = str(data.target);
    if (source !== undefined && target !== undefined) {
      const weight = num(data.weight);
      const attributes = attributesOf(
        data,
        new Set(["id", "source", "target", "weight", "SUID", "shared_name", "selected"]),
      );
      const interaction = str(data.interaction);
      if (interaction !== undefined && !attributes.has("kind")) attributes.set("kind", interaction);
      edges.push({
        ...(id !== undefined && { id }),
        source,
        target,
        directed: data.directed !== false,
        ...(weight !== undefined && { weight }),
        attributes,
        line: path,
      });
    } else if (id !== undefined) {
      const label = str(data.name) ?? str(data.label);
      const position = isObject(element.position) ? element.position : {};
      const display = displayDraft({ x: num(position.x), y: num(position.y), color: hexColor(str(data.color)) });
      const parent = str(data.parent);
      nodes.push({
        id,
        ...(label !== undefined && { label }),
        attributes: attributesOf(data, new Set(["id", "name", "label", "parent", "SUID", "shared_name", "selected"])),
        ...(display && { display }),
        ...(parent !== undefined && { parent }),
        line: path,
      });
    } else warnings.push(warning(path, "an element without an id was skipped", "jsonGraph.elementWithoutId"));
  });
  const data = isObject(json.data) ? json.data : {};
  return graphDraftRead({ title: str(data.name) ?? str(data.title), nodes, edges, warnings });
}
