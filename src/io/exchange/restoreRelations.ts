// Edges → relations: claims from Tangle's `claims` attribute when present; a foreign edge gets
// one synthesized claim ("Imported edge", reported) citing the import itself.
import { LIMITS, type Claim, type Issue, type Relation } from "../../model";
import { fitText } from "./fitText";
import { parseJson } from "../parseJson";
import { EDGE_ATTRIBUTES } from "./graphAttributes";
import type { EdgeDraft } from "./graphDraft";
import { createIdAllocator, describeChangedIds, isValidId } from "./idAllocator";
import { slugify } from "../../model";

export const FOREIGN_RELATION_KIND = "edge";
export const IMPORTED_CLAIM_TEXT = "Imported edge";

export interface RestoredRelations {
  relations: Relation[];
  lines: number[];
  directedByKind: Map<string, boolean>;
  ignored: Set<string>;
  /** How many relations got a synthesized claim citing the import source. */
  synthesized: number;
  /** Kind id → the file's wording, for kinds whose id was made from it. */
  kindLabels: Map<string, string>;
}

const warning = (path: string, message: string): Issue => ({ path, message, severity: "warning" });

/** "edge", in the direction of the first such edge; a graph mixing both gets a second kind for the other direction. */
function foreignKind(directedByKind: ReadonlyMap<string, boolean>, directed: boolean): string {
  const first = directedByKind.get(FOREIGN_RELATION_KIND);
  if (first === undefined || first === directed) return FOREIGN_RELATION_KIND;
  return directed ? "directed-edge" : "undirected-edge";
}

function readClaims(edge: EdgeDraft, warnings: Issue[]): Claim[] | undefined {
  const text = edge.attributes.get("claims");
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  // The claims' shape is checked when the whole dataset is validated, with this edge's line.
  const list: unknown = parsed.ok ? parsed.value : undefined;
  const isClaimList = Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === "object" && item !== null && !Array.isArray(item));
  if (isClaimList) return list as Claim[];
  warnings.push(warning(`line ${edge.line}`, `the edge's claims are not a JSON list of claims; it got the claim "${IMPORTED_CLAIM_TEXT}" instead`));
  return undefined;
}

function keepConnected(edges: readonly EdgeDraft[], actorIdOf: ReadonlyMap<string, string>, warnings: Issue[]): EdgeDraft[] {
  const kept: EdgeDraft[] = [];
  const dropped: EdgeDraft[] = [];
  for (const edge of edges) (actorIdOf.has(edge.source) && actorIdOf.has(edge.target) ? kept : dropped).push(edge);
  if (dropped.length > 0) {
    const lines = dropped.slice(0, 5).map((edge) => edge.line).join(", ");
    warnings.push(warning("(root)", `${dropped.length} edge${dropped.length === 1 ? "" : "s"} joined nodes that are not in the file and were dropped (line ${lines}${dropped.length > 5 ? ", …" : ""})`));
  }
  return kept;
}

function allocateRelationIds(edges: readonly EdgeDraft[], warnings: Issue[]): string[] {
  const allocator = createIdAllocator();
  const raws = edges.map((edge) => edge.attributes.get("relation") ?? edge.id ?? `${edge.source}-${edge.target}`);
  const ids: Array<string | undefined> = raws.map((raw) => (isValidId(raw) ? allocator.take(raw, "relation") : undefined));
  const all = ids.map((id, index) => id ?? allocator.take(raws[index] ?? "", "relation"));
  const changed = describeChangedIds("edge", allocator.changed);
  if (changed) warnings.push(warning("(root)", changed));
  return all;
}

export function restoreRelations(edges: readonly EdgeDraft[], actorIdOf: ReadonlyMap<string, string>, importSourceId: string, warnings: Issue[]): RestoredRelations {
  const kept = keepConnected(edges, actorIdOf, warnings);
  const claimsOf = kept.map((edge) => readClaims(edge, warnings));
  const claimIds = createIdAllocator();
  claimIds.reserve(claimsOf.flatMap((claims) => (claims ?? []).flatMap((claim) => (typeof claim.id === "string" ? [claim.id] : []))));
  const relationIds = allocateRelationIds(kept, warnings);
  const directedByKind = new Map<string, boolean>();
  const ignored = new Set<string>();
  const kindLabels = new Map<string, string>();
  let withoutKind = 0;
  let conflicts = 0;
  let synthesized = 0;
  const relations = kept.map((edge, index): Relation => {
    for (const name of edge.attributes.keys()) if (!(EDGE_ATTRIBUTES as readonly string[]).includes(name)) ignored.add(name);
    if (edge.weight !== undefined) ignored.add("weight");
    const rawKind = edge.attributes.get("kind")?.trim() ?? "";
    const kind = isValidId(rawKind) ? rawKind : slugify(rawKind) || foreignKind(directedByKind, edge.directed);
    if (kind !== rawKind && rawKind !== "" && !kindLabels.has(kind)) kindLabels.set(kind, fitText(rawKind, LIMITS.name).text ?? kind);
    if (rawKind === "") withoutKind++;
    const known = directedByKind.get(kind);
    if (known === undefined) directedByKind.set(kind, edge.directed);
    else if (known !== edge.directed) conflicts++;
    const id = relationIds[index] ?? `relation-${index + 1}`;
    let claims = claimsOf[index];
    if (claims === undefined) {
      synthesized++;
      claims = [{ id: claimIds.take(`cl-${id}`, "claim"), text: IMPORTED_CLAIM_TEXT, status: "reported", quantities: [], sources: [{ source: importSourceId }] }];
    }
    return { id, from: actorIdOf.get(edge.source) ?? edge.source, to: actorIdOf.get(edge.target) ?? edge.target, kind, claims };
  });
  const mixed = ["directed-edge", "undirected-edge"].find((kind) => directedByKind.has(kind));
  if (withoutKind > 0) warnings.push(warning("(root)", `${withoutKind} edge${withoutKind === 1 ? " has" : "s have"} no kind; they became relations of kind "${FOREIGN_RELATION_KIND}"${mixed ? ` or "${mixed}" for those of the other direction` : ""}`));
  if (conflicts > 0) warnings.push(warning("(root)", `${conflicts} edge${conflicts === 1 ? "" : "s"} differ in direction from the first edge of their kind; a kind has one direction, so the first one's was kept`));
  return { relations, lines: kept.map((edge) => edge.line), directedByKind, ignored, synthesized, kindLabels };
}
