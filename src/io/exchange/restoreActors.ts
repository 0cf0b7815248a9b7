// Nodes → actors: Tangle's attributes when present, otherwise what a foreign file offers (id, label).
import { LIMITS, type Actor, type Issue, type SourceRef } from "../../model";
import { parseJson } from "../parseJson";
import { NODE_ATTRIBUTES } from "./graphAttributes";
import type { NodeDraft } from "./graphDraft";
import { createIdAllocator, describeChangedIds, isValidId } from "./idAllocator";
import { slugify } from "../../model";
import { fitText } from "./fitText";
import { splitList } from "./listCell";

export const FOREIGN_ACTOR_KIND = "node";

export interface RestoredActors {
  actors: Actor[];
  /** Line of each actor's node. */
  lines: number[];
  /** Node id in the file → actor id. */
  idOf: Map<string, string>;
  /** Attribute names the dataset has no place for. */
  ignored: Set<string>;
  /** Kind id → the file's wording, for kinds whose id was made from it. */
  kindLabels: Map<string, string>;
}

const warning = (path: string, message: string): Issue => ({ path, message, severity: "warning" });

/** Valid ids first, so that a node "a" keeps its id even when a node "A" comes before it. */
function allocateIds(nodes: readonly NodeDraft[]): { idOf: Map<string, string>; changed: Array<[string, string]> } {
  const allocator = createIdAllocator();
  const idOf = new Map<string, string>();
  for (const node of nodes) if (isValidId(node.id)) idOf.set(node.id, allocator.take(node.id, "node"));
  for (const node of nodes) if (!idOf.has(node.id)) idOf.set(node.id, allocator.take(node.id, "node"));
  return { idOf, changed: allocator.changed };
}

function readSources(text: string | undefined, line: number, warnings: Issue[]): SourceRef[] {
  if (text === undefined) return [];
  const parsed = parseJson(text);
  if (parsed.ok && Array.isArray(parsed.value)) return parsed.value as SourceRef[]; // shape checked by validation
  warnings.push(warning(`line ${line}`, "the node's sources are not a JSON list and were dropped"));
  return [];
}

export function restoreActors(nodes: readonly NodeDraft[], warnings: Issue[]): RestoredActors {
  const seen = new Set<string>();
  const unique = nodes.filter((node) => {
    if (!seen.has(node.id)) return seen.add(node.id);
    warnings.push(warning(`line ${node.line}`, `node "${node.id}" appears twice; the second one was dropped`));
    return false;
  });
  const { idOf, changed } = allocateIds(unique);
  const ignored = new Set<string>();
  const kindLabels = new Map<string, string>();
  let withoutKind = 0;
  let cut = 0;
  const actors = unique.map((node): Actor => {
    const attr = node.attributes;
    for (const name of attr.keys()) if (!(NODE_ATTRIBUTES as readonly string[]).includes(name)) ignored.add(name);
    const rawKind = attr.get("kind")?.trim() ?? "";
    const kind = isValidId(rawKind) ? rawKind : slugify(rawKind) || FOREIGN_ACTOR_KIND;
    if (kind !== rawKind && rawKind !== "" && !kindLabels.has(kind)) kindLabels.set(kind, fitText(rawKind, LIMITS.name).text ?? kind);
    if (rawKind === "") withoutKind++;
    const name = fitText(node.label || node.id, LIMITS.name);
    const summary = fitText(attr.get("summary"), LIMITS.summary);
    if (name.cut || summary.cut) cut++;
    return {
      id: idOf.get(node.id) ?? node.id,
      name: name.text ?? "(unnamed)",
      kind,
      aliases: splitList(attr.get("aliases") ?? ""),
      ...(summary.text !== undefined && { summary: summary.text }),
      tags: splitList(attr.get("tags") ?? ""),
      sources: readSources(attr.get("sources"), node.line, warnings),
    };
  });
  const changedIds = describeChangedIds("node", changed);
  if (changedIds) warnings.push(warning("(root)", changedIds));
  if (withoutKind > 0) warnings.push(warning("(root)", `${withoutKind} node${withoutKind === 1 ? " has" : "s have"} no kind; they became actors of kind "${FOREIGN_ACTOR_KIND}"`));
  if (cut > 0) warnings.push(warning("(root)", `${cut} node label${cut === 1 ? " or summary was" : "s or summaries were"} too long and were shortened`));
  return { actors, lines: unique.map((node) => node.line), idOf, ignored, kindLabels };
}
