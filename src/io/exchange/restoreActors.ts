// Nodes → actors: Tangle's attributes when present, otherwise what a foreign file offers: id,
// label, a type or category as the kind, every other attribute kept, the file's layout and colours.
import { LIMITS, warning, type Actor, type Issue, type SourceRef } from "../../model";
import { parseJson } from "../parseJson";
import { ACTOR_KIND_NAMES, firstPresent, keptAttributes } from "./foreignAttributes";
import { NODE_ATTRIBUTES, NODE_ATTRIBUTES_JSON } from "./graphAttributes";
import { where, type NodeDraft } from "./graphDraft";
import { createIdAllocator, describeChangedIds, isValidId } from "./idAllocator";
import { slugify } from "../../model";
import { fitText } from "./fitText";
import { splitList } from "./listCell";

export const FOREIGN_ACTOR_KIND = "node";

export interface RestoredActors {
  actors: Actor[];
  /** Where each actor's node is in the file. */
  lines: Array<number | string>;
  /** Node id in the file → actor id. */
  idOf: Map<string, string>;
  /** How many attributes were over the limit per actor and dropped. */
  dropped: number;
  /** Kind id → the file's wording, for kinds whose id was made from it. */
  kindLabels: Map<string, string>;
}

/** Valid ids first, so that a node "a" keeps its id even when a node "A" comes before it. */
function allocateIds(nodes: readonly NodeDraft[]): { idOf: Map<string, string>; changed: Array<[string, string]> } {
  const allocator = createIdAllocator();
  const idOf = new Map<string, string>();
  for (const node of nodes) if (isValidId(node.id)) idOf.set(node.id, allocator.take(node.id, "node"));
  for (const node of nodes) if (!idOf.has(node.id)) idOf.set(node.id, allocator.take(node.id, "node"));
  return { idOf, changed: allocator.changed };
}

function readSources(text: string | undefined, line: number | string, warnings: Issue[]): SourceRef[] {
  if (text === undefined) return [];
  const parsed = parseJson(text);
  if (parsed.ok && Array.isArray(parsed.value)) return parsed.value as SourceRef[]; // shape checked by validation
  warnings.push(
    warning(where(line), "the node's sources are not a JSON list and were dropped", "import.sourcesNotList"),
  );
  return [];
}

/** Tangle's own files carry the attributes as JSON too, so that their types come back exactly. */
export function readOwnAttributes(
  text: string | undefined,
  line: number | string,
  warnings: Issue[],
): { attributes?: Record<string, string | number | boolean>; dropped: number } {
  if (text === undefined) return { dropped: 0 };
  const parsed = parseJson(text);
  if (parsed.ok && typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value))
    return { attributes: parsed.value as Record<string, string | number | boolean>, dropped: 0 }; // checked by validation
  warnings.push(
    warning(
      where(line),
      "the attributes stored as JSON are not a JSON object and were dropped",
      "import.attributesNotObject",
    ),
  );
  return { dropped: 0 };
}

export function restoreActors(nodes: readonly NodeDraft[], warnings: Issue[]): RestoredActors {
  const seen = new Set<string>();
  const unique = nodes.filter((node) => {
    if (!seen.has(node.id)) return seen.add(node.id);
    warnings.push(
      warning(where(node.line), `node "${node.id}" appears twice; the second one was dropped`, "import.duplicateNode", {
        id: node.id,
      }),
    );
    return false;
  });
  const { idOf, changed } = allocateIds(unique);
  const kindLabels = new Map<string, string>();
  let withoutKind = 0;
  let cut = 0;
  let dropped = 0;
  const actors = unique.map((node): Actor => {
    const attr = node.attributes;
    const own = attr.has(NODE_ATTRIBUTES_JSON);
    const kindFound = own ? firstPresent(attr, ["kind"]) : firstPresent(attr, ACTOR_KIND_NAMES);
    const rawKind = kindFound?.value ?? "";
    const kind = isValidId(rawKind) ? rawKind : slugify(rawKind) || FOREIGN_ACTOR_KIND;
    if (kind !== rawKind && rawKind !== "" && !kindLabels.has(kind))
      kindLabels.set(kind, fitText(rawKind, LIMITS.name).text ?? kind);
    if (rawKind === "") withoutKind++;
    const text = (name: string) => (attr.get(name) === undefined ? undefined : String(attr.get(name)));
    const summaryName = own || attr.has("summary") ? "summary" : "description";
    const name = fitText(node.label || node.id, LIMITS.name);
    const summary = fitText(text(summaryName), LIMITS.summary);
    if (name.cut || summary.cut) cut++;
    const kept = own
      ? readOwnAttributes(text(NODE_ATTRIBUTES_JSON), node.line, warnings)
      : keptAttributes(attr, new Set([...(kindFound ? [kindFound.name] : []), summaryName, ...NODE_ATTRIBUTES]));
    dropped += kept.dropped;
    return {
      id: idOf.get(node.id) ?? node.id,
      name: name.text ?? "(unnamed)",
      kind,
      aliases: splitList(text("aliases") ?? ""),
      ...(summary.text !== undefined && { summary: summary.text }),
      tags: splitList(text("tags") ?? ""),
      sources: readSources(text("sources"), node.line, warnings),
      ...(kept.attributes && { attributes: kept.attributes }),
      ...(node.display && { display: node.display }),
    };
  });
  const changedIds = describeChangedIds("node", changed);
  if (changedIds) warnings.push(changedIds);
  if (withoutKind > 0)
    warnings.push(
      warning(
        "(root)",
        `${withoutKind} node${withoutKind === 1 ? " has" : "s have"} no kind; they became actors of kind "${FOREIGN_ACTOR_KIND}"`,
        "import.nodesWithoutKind",
        { count: withoutKind, kind: FOREIGN_ACTOR_KIND },
      ),
    );
  if (cut > 0)
    warnings.push(
      warning(
        "(root)",
        `${cut} node label${cut === 1 ? " or summary was" : "s or summaries were"} too long and were shortened`,
        "import.textsShortened",
        { count: cut },
      ),
    );
  return { actors, lines: unique.map((node) => node.line), idOf, dropped, kindLabels };
}
