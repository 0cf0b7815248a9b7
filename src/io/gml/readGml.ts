// GML tree → graph draft: `graph [ directed 0|1 node [...] edge [...] ]`, graphics as the
// file's layout and colours, every other key kept as an attribute.
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
import type { GmlEntry, GmlList, GmlValue } from "./parseGml";

const isList = (value: GmlValue | undefined): value is GmlList => Array.isArray(value);
const get = (list: GmlList, key: string): GmlValue | undefined => list.find((entry) => entry.key === key)?.value;
const text = (value: GmlValue | undefined): string | undefined =>
  value === undefined || isList(value) ? undefined : String(value);
const num = (value: GmlValue | undefined): number | undefined => (typeof value === "number" ? value : undefined);

/** Scalar entries other than `skip`, by lower-case key; a nested list is kept as its JSON. */
function attributesOf(list: GmlList, skip: ReadonlySet<string>): Map<string, AttributeValue> {
  const found = new Map<string, AttributeValue>();
  for (const { key, value } of list) {
    if (skip.has(key)) continue;
    found.set(
      key.toLowerCase(),
      isList(value)
        ? JSON.stringify(Object.fromEntries(value.map((entry) => [entry.key, isList(entry.value) ? "…" : entry.value])))
        : value,
    );
  }
  return found;
}

function graphicsOf(list: GmlList) {
  const graphics = get(list, "graphics");
  if (!isList(graphics)) return undefined;
  return displayDraft({
    x: num(get(graphics, "x")),
    y: num(get(graphics, "y")),
    size: num(get(graphics, "w")),
    color: hexColor(text(get(graphics, "fill"))),
  });
}

export function readGml(root: GmlList): { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] } {
  const graphEntry = root.find(
    (entry): entry is GmlEntry & { value: GmlList } => entry.key === "graph" && isList(entry.value),
  );
  if (!graphEntry)
    return { ok: false, issues: [error("line 1", "the GML file has no graph [ … ] list", "gml.noGraph")] };
  const graph = graphEntry.value;
  const directed = get(graph, "directed") === 1;
  const warnings: Issue[] = [];
  const nodes: NodeDraft[] = [];
  const edges: EdgeDraft[] = [];
  for (const entry of graph) {
    if (!isList(entry.value)) continue;
    const item = entry.value;
    if (entry.key === "node") {
      const id = text(get(item, "id"));
      if (id === undefined) {
        warnings.push(warning(`line ${entry.line}`, "a node without an id was skipped", "import.nodeWithoutId"));
        continue;
      }
      const label = text(get(item, "label")) ?? text(get(item, "name"));
      const display = graphicsOf(item);
      nodes.push({
        id,
        ...(label !== undefined && { label }),
        attributes: attributesOf(item, new Set(["id", "label", "name", "graphics"])),
        ...(display && { display }),
        line: entry.line,
      });
    } else if (entry.key === "edge") {
      const source = text(get(item, "source"));
      const target = text(get(item, "target"));
      if (source === undefined || target === undefined) {
        warnings.push(
          warning(`line ${entry.line}`, "an edge without source or target was skipped", "import.edgeWithoutEnds"),
        );
        continue;
      }
      const weight = num(get(item, "weight") ?? get(item, "value"));
      const id = text(get(item, "id"));
      edges.push({
        ...(id !== undefined && { id }),
        source,
        target,
        directed,
        ...(weight !== undefined && { weight }),
        attributes: attributesOf(item, new Set(["source", "target", "id", "weight", "value", "graphics"])),
        line: entry.line,
      });
    }
  }
  const title = text(get(graph, "name")) ?? text(get(graph, "label"));
  const description = text(get(graph, "comment"));
  return graphDraftRead({ title, description, nodes, edges, warnings });
}
