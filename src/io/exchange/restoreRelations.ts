// Edges → relations: claims from Tangle's `claims` attribute, or the evidence a file itself
// carries (FollowTheMoney's sources). An edge without either becomes an *unsourced* relation:
// imports never invent evidence. Foreign attributes, weights and kinds (type, label) are kept.
import { LIMITS, warning, type Claim, type Issue, type Relation } from "../../model";
import { fitText } from "./fitText";
import { parseJson } from "../parseJson";
import { firstPresent, keptAttributes, RELATION_KIND_NAMES } from "./foreignAttributes";
import { EDGE_ATTRIBUTES, EDGE_ATTRIBUTES_JSON } from "./graphAttributes";
import { where, type EdgeDraft } from "./graphDraft";
import { createIdAllocator, describeChangedIds, isValidId } from "./idAllocator";
import { readOwnAttributes } from "./restoreActors";
import { slugify } from "../../model";

export const FOREIGN_RELATION_KIND = "edge";

export interface RestoredRelations {
  relations: Relation[];
  lines: Array<number | string>;
  directedByKind: Map<string, boolean>;
  /** How many relations carry no claim (unsourced). */
  unsourced: number;
  /** How many attributes were over the limit per relation and dropped. */
  dropped: number;
  /** Kind id → the file's wording, for kinds whose id was made from it. */
  kindLabels: Map<string, string>;
}

/** "edge", in the direction of the first such edge; a graph mixing both gets a second kind for the other direction. */
function foreignKind(directedByKind: ReadonlyMap<string, boolean>, directed: boolean): string {
  const first = directedByKind.get(FOREIGN_RELATION_KIND);
  if (first === undefined || first === directed) return FOREIGN_RELATION_KIND;
  return directed ? "directed-edge" : "undirected-edge";
}

function readClaims(edge: EdgeDraft, warnings: Issue[]): Claim[] | undefined {
  if (edge.claims) return edge.claims;
  const text = edge.attributes.get("claims");
  if (text === undefined) return undefined;
  const parsed = parseJson(String(text));
  // The claims' shape is checked when the whole dataset is validated, with this edge's line.
  const list: unknown = parsed.ok ? parsed.value : undefined;
  const isClaimList =
    Array.isArray(list) && list.every((item) => typeof item === "object" && item !== null && !Array.isArray(item));
  if (isClaimList) return list as Claim[];
  warnings.push(
    warning(
      where(edge.line),
      "the edge's claims are not a JSON list of claims; the relation was imported without claims (unsourced)",
      "import.claimsNotList",
    ),
  );
  return undefined;
}

function keepConnected(
  edges: readonly EdgeDraft[],
  actorIdOf: ReadonlyMap<string, string>,
  warnings: Issue[],
): EdgeDraft[] {
  const kept: EdgeDraft[] = [];
  const dropped: EdgeDraft[] = [];
  for (const edge of edges) (actorIdOf.has(edge.source) && actorIdOf.has(edge.target) ? kept : dropped).push(edge);
  if (dropped.length > 0) {
    const lines = dropped
      .slice(0, 5)
      .map((edge) => where(edge.line))
      .join(", ");
    warnings.push(
      warning(
        "(root)",
        `${dropped.length} edge${dropped.length === 1 ? "" : "s"} joined nodes that are not in the file and were dropped (${lines}${dropped.length > 5 ? ", …" : ""})`,
        "import.edgesToMissingNodes",
        { count: dropped.length, lines: `${lines}${dropped.length > 5 ? ", …" : ""}` },
      ),
    );
  }
  return kept;
}

function allocateRelationIds(edges: readonly EdgeDraft[], warnings: Issue[]): string[] {
  const allocator = createIdAllocator();
  const raws = edges.map((edge) =>
    String(edge.attributes.get("relation") ?? edge.id ?? `${edge.source}-${edge.target}`),
  );
  const ids: Array<string | undefined> = raws.map((raw) =>
    isValidId(raw) ? allocator.take(raw, "relation") : undefined,
  );
  const all = ids.map((id, index) => id ?? allocator.take(raws[index] ?? "", "relation"));
  const changed = describeChangedIds("edge", allocator.changed);
  if (changed) warnings.push(changed);
  return all;
}

/** Tangle's own edges say `claims`; their `relation` is an id, not a kind. */
const isOwn = (edge: EdgeDraft): boolean => edge.attributes.has("claims");

export function restoreRelations(
  edges: readonly EdgeDraft[],
  actorIdOf: ReadonlyMap<string, string>,
  warnings: Issue[],
): RestoredRelations {
  const kept = keepConnected(edges, actorIdOf, warnings);
  const claimsOf = kept.map((edge) => readClaims(edge, warnings));
  const relationIds = allocateRelationIds(kept, warnings);
  const directedByKind = new Map<string, boolean>();
  const kindLabels = new Map<string, string>();
  let withoutKind = 0;
  let conflicts = 0;
  let unsourced = 0;
  let dropped = 0;
  const relations = kept.map((edge, index): Relation => {
    const own = isOwn(edge);
    const kindFound = firstPresent(edge.attributes, own ? ["kind"] : RELATION_KIND_NAMES);
    const rawKind = kindFound?.value ?? "";
    const kind = isValidId(rawKind) ? rawKind : slugify(rawKind) || foreignKind(directedByKind, edge.directed);
    if (kind !== rawKind && rawKind !== "" && !kindLabels.has(kind))
      kindLabels.set(kind, fitText(rawKind, LIMITS.name).text ?? kind);
    if (rawKind === "") withoutKind++;
    const known = directedByKind.get(kind);
    if (known === undefined) directedByKind.set(kind, edge.directed);
    else if (known !== edge.directed) conflicts++;
    const claims = claimsOf[index] ?? [];
    if (claims.length === 0) unsourced++;
    const attributes = own
      ? readOwnAttributes(edge.attributes.get(EDGE_ATTRIBUTES_JSON)?.toString(), edge.line, warnings)
      : keptAttributes(
          edge.attributes,
          new Set([...(kindFound ? [kindFound.name] : []), ...EDGE_ATTRIBUTES.filter((name) => name !== "status")]),
        );
    dropped += attributes.dropped;
    const weight =
      edge.weight !== undefined && Number.isFinite(edge.weight) && edge.weight >= 0 ? edge.weight : undefined;
    const extra =
      weight === undefined && edge.weight !== undefined
        ? { ...attributes.attributes, weight: edge.weight }
        : attributes.attributes;
    return {
      id: relationIds[index] ?? `relation-${index + 1}`,
      from: actorIdOf.get(edge.source) ?? edge.source,
      to: actorIdOf.get(edge.target) ?? edge.target,
      kind,
      claims,
      ...(weight !== undefined && { weight }),
      ...(extra && { attributes: extra }),
    };
  });
  const mixed = ["directed-edge", "undirected-edge"].find((kind) => directedByKind.has(kind));
  if (withoutKind > 0)
    warnings.push(
      warning(
        "(root)",
        `${withoutKind} edge${withoutKind === 1 ? " has" : "s have"} no kind; they became relations of kind "${FOREIGN_RELATION_KIND}"${mixed ? ` or "${mixed}" for those of the other direction` : ""}`,
        mixed ? "import.edgesWithoutKindMixed" : "import.edgesWithoutKind",
        { count: withoutKind, kind: FOREIGN_RELATION_KIND, ...(mixed && { other: mixed }) },
      ),
    );
  if (conflicts > 0)
    warnings.push(
      warning(
        "(root)",
        `${conflicts} edge${conflicts === 1 ? "" : "s"} differ in direction from the first edge of their kind; a kind has one direction, so the first one's was kept`,
        "import.directionConflicts",
        { count: conflicts },
      ),
    );
  return { relations, lines: kept.map((edge) => edge.line), directedByKind, unsourced, dropped, kindLabels };
}
