// FollowTheMoney entities (an entity stream, one JSON object per line, or an Aleph network
// diagram `.ftm` with `entities` and a `layout`) → graph draft. Things become nodes; link
// schemata (Ownership, Directorship, Payment, Family…) become edges. A link that names its
// evidence (sourceUrl, publisher, proof) gets one claim citing it; one that does not stays
// unsourced. Dates and amounts go on that claim, or stay attributes when there is none.
import { error, warning, isPartialDate, type Claim, type ClaimStatus, type Issue, type Source } from "../../model";
import {
  displayDraft,
  graphDraftRead,
  hexColor,
  type AttributeValue,
  type EdgeDraft,
  type GraphDraft,
  type NodeDraft,
} from "../exchange/graphDraft";
import { joinList } from "../exchange/listCell";
import { EVIDENCE_PROPERTIES, FTM_EDGES, TIME_PROPERTIES } from "./ftmSchemata";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** "line 3" or "entities[4]" */
  where: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One entity from JSON, or undefined when it is not one. */
export function asEntity(value: unknown, where: string): FtmEntity | undefined {
  if (!isObject(value) || typeof value.id !== "string" || typeof value.schema !== "string") return undefined;
  const properties: Record<string, string[]> = {};
  if (isObject(value.properties)) {
    for (const [name, values] of Object.entries(value.properties)) {
      const list = (Array.isArray(values) ? values : [values])
        .filter((item) => typeof item === "string" || typeof item === "number")
        .map(String);
      if (list.length > 0) properties[name] = list;
    }
  }
  return { id: value.id, schema: value.schema, properties, where };
}

const first = (entity: FtmEntity, name: string): string | undefined => entity.properties[name]?.[0];
const date = (text: string | undefined): string | undefined => {
  const day = text?.slice(0, 10);
  return day !== undefined && isPartialDate(day) ? day : undefined;
};

function attributesOf(entity: FtmEntity, skip: ReadonlySet<string>): Map<string, AttributeValue> {
  const found = new Map<string, AttributeValue>();
  for (const [name, values] of Object.entries(entity.properties))
    if (!skip.has(name)) found.set(name.toLowerCase(), values.length === 1 ? (values[0] ?? "") : joinList(values));
  return found;
}

function evidence(
  entity: FtmEntity,
  names: ReadonlyMap<string, string>,
  sources: Map<string, Source>,
): Claim[] | undefined {
  const url = entity.properties.sourceUrl?.find((item) => /^https?:\/\/\S+$/i.test(item));
  const publisher = first(entity, "publisher");
  const proof = entity.properties.proof?.[0];
  if (url === undefined && publisher === undefined && proof === undefined) return undefined;
  const key = url ?? publisher ?? `proof ${proof}`;
  let source = sources.get(key);
  if (!source) {
    const title =
      (proof !== undefined && url === undefined && publisher === undefined ? names.get(proof) : undefined) ??
      publisher ??
      url ??
      `Document ${proof}`;
    source = {
      id: `src-ftm-${sources.size + 1}`,
      title: title.slice(0, 300),
      ...(publisher !== undefined && { publisher: publisher.slice(0, 200) }),
      ...(url !== undefined && { url }),
    };
    sources.set(key, source);
  }
  const from = date(first(entity, "startDate") ?? first(entity, "date"));
  const to = date(first(entity, "endDate"));
  const amount = Number(first(entity, "amount"));
  const currency = first(entity, "currency");
  const summary = first(entity, "summary") ?? first(entity, "description");
  // Tangle's own FtM export says each claim's status in the description ("status: claimed"); a
  // link from elsewhere is a source's own finding: reported.
  const written = /^status: (confirmed|reported|claimed|disputed|denied)$/.exec(
    first(entity, "description") ?? "",
  )?.[1];
  return [
    {
      id: `cl-ftm-${entity.id}`
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, "-")
        .slice(0, 80),
      text: (summary ?? `${entity.schema}, as given by ${source.title}`).slice(0, 4000),
      status: (written ?? "reported") as ClaimStatus,
      ...((from !== undefined || to !== undefined) && {
        time: { ...(from !== undefined && { from }), ...(to !== undefined && { to }) },
      }),
      quantities:
        Number.isFinite(amount) && first(entity, "amount") !== undefined
          ? [{ value: amount, unit: (currency ?? "amount").slice(0, 80) }]
          : [],
      sources: [{ source: source.id }],
    },
  ];
}

/** Aleph diagram layout: vertex positions and colours by entity id. */
function layoutDisplays(layout: unknown): Map<string, ReturnType<typeof displayDraft>> {
  const displays = new Map<string, ReturnType<typeof displayDraft>>();
  if (!isObject(layout) || !Array.isArray(layout.vertices)) return displays;
  for (const vertex of layout.vertices) {
    if (!isObject(vertex) || typeof vertex.entityId !== "string") continue;
    const position = isObject(vertex.position) ? vertex.position : {};
    // Aleph places vertices on a grid of unit cells; 40 px a cell keeps its picture's proportions.
    const x = typeof position.x === "number" ? position.x * 40 : undefined;
    const y = typeof position.y === "number" ? position.y * 40 : undefined;
    displays.set(
      vertex.entityId,
      displayDraft({ x, y, color: hexColor(typeof vertex.color === "string" ? vertex.color : undefined) }),
    );
  }
  return displays;
}

export function readFtm(
  entities: readonly FtmEntity[],
  layout?: unknown,
): { ok: true; graph: GraphDraft } | { ok: false; issues: Issue[] } {
  if (entities.length === 0)
    return {
      ok: false,
      issues: [error("(root)", "no FollowTheMoney entities found (each needs an id and a schema)", "ftm.noEntities")],
    };
  const warnings: Issue[] = [];
  const displays = layoutDisplays(layout);
  const names = new Map(
    entities.map((entity) => [entity.id, first(entity, "name") ?? first(entity, "title") ?? entity.id]),
  );
  const sources = new Map<string, Source>();
  const nodes: NodeDraft[] = [];
  const edges: EdgeDraft[] = [];
  const proofs = new Set(entities.flatMap((entity) => entity.properties.proof ?? []));
  for (const entity of entities) {
    const link = FTM_EDGES[entity.schema];
    if (!link) {
      if (proofs.has(entity.id) && /^(Document|Pages|PlainText|HyperText|Pdf|Folder)$/.test(entity.schema)) continue; // evidence, not an actor
      const [name, ...aliases] = entity.properties.name ?? [];
      const attributes = attributesOf(entity, new Set(["name"]));
      attributes.set("type", entity.schema);
      if (aliases.length > 0) attributes.set("aliases", joinList(aliases));
      const display = displays.get(entity.id);
      nodes.push({
        id: entity.id,
        ...(name !== undefined && { label: name }),
        attributes,
        ...(display && { display }),
        line: entity.where,
      });
      continue;
    }
    const sourceIds = entity.properties[link.source] ?? [];
    const targetIds = entity.properties[link.target] ?? [];
    if (sourceIds.length === 0 || targetIds.length === 0) {
      warnings.push(
        warning(
          entity.where,
          `a ${entity.schema} without ${sourceIds.length === 0 ? link.source : link.target} was skipped`,
          "ftm.linkWithoutEnd",
          { schema: entity.schema, property: sourceIds.length === 0 ? link.source : link.target },
        ),
      );
      continue;
    }
    const claims = evidence(entity, names, sources);
    const skip = new Set<string>([
      link.source,
      link.target,
      ...(claims ? [...EVIDENCE_PROPERTIES, ...TIME_PROPERTIES, "amount", "currency", "summary", "description"] : []),
    ]);
    const attributes = attributesOf(entity, skip);
    attributes.set("kind", entity.schema);
    for (const source of sourceIds)
      for (const target of targetIds)
        edges.push({
          id: entity.id,
          source,
          target,
          directed: link.directed,
          attributes,
          ...(claims && { claims }),
          line: entity.where,
        });
  }
  return graphDraftRead({ sources: [...sources.values()], nodes, edges, warnings });
}
