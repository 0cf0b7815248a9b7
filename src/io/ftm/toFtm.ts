// Dataset → FollowTheMoney entity stream (JSON lines) for Aleph and the FtM tools. Actors become
// things (Person, Organization, or LegalEntity); each claim becomes one link entity carrying its
// text, status, dates and sources, so that evidence travels with it. A relation without claims
// becomes one link without evidence. Kinds named like an FtM link schema keep that schema.
import type { Actor, Claim, Dataset, Relation } from "../../model";
import { FTM_EDGES } from "./ftmSchemata";

const THING_BY_KIND: Readonly<Record<string, string>> = {
  person: "Person",
  organisation: "Organization",
  organization: "Organization",
  company: "Company",
  "public-body": "PublicBody",
  publicbody: "PublicBody",
  family: "Family",
};

function linkSchema(kind: string): string {
  return Object.keys(FTM_EDGES).find((schema) => schema.toLowerCase() === kind.replace(/-/g, "")) ?? "UnknownLink";
}

function thing(actor: Actor): object {
  const properties: Record<string, string[]> = { name: [actor.name] };
  if (actor.aliases.length > 0) properties.alias = actor.aliases;
  if (actor.summary !== undefined) properties.summary = [actor.summary];
  if (actor.tags.length > 0) properties.keywords = actor.tags;
  return { id: actor.id, schema: THING_BY_KIND[actor.kind] ?? "LegalEntity", properties };
}

function link(dataset: Dataset, relation: Relation, claim: Claim | undefined, id: string): object {
  const schema = linkSchema(relation.kind);
  const ends = FTM_EDGES[schema] ?? { source: "subject", target: "object" };
  const properties: Record<string, string[]> = { [ends.source]: [relation.from], [ends.target]: [relation.to] };
  if (schema === "UnknownLink")
    properties.role = [dataset.relationKinds.find((kind) => kind.id === relation.kind)?.label ?? relation.kind];
  if (claim) {
    const sources = claim.sources
      .map((ref) => dataset.sources.find((source) => source.id === ref.source))
      .filter((source) => source !== undefined);
    properties.summary = [claim.text];
    properties.description = [`status: ${claim.status}`];
    if (claim.time?.from !== undefined) properties.startDate = [claim.time.from];
    if (claim.time?.to !== undefined) properties.endDate = [claim.time.to];
    const urls = sources.flatMap((source) => (source.url === undefined ? [] : [source.url]));
    if (urls.length > 0) properties.sourceUrl = urls;
    properties.publisher = sources.map((source) => source.publisher ?? source.title);
    const money = claim.quantities.find((quantity) => /^[A-Z]{3}$/.test(quantity.unit));
    if (schema === "Payment" && money) {
      properties.amount = [String(money.value)];
      properties.currency = [money.unit];
    }
  }
  return { id, schema, properties };
}

export function toFtm(dataset: Dataset): string {
  const entities = [
    ...dataset.actors.map(thing),
    ...dataset.relations.flatMap((relation) =>
      relation.claims.length === 0
        ? [link(dataset, relation, undefined, relation.id)]
        : relation.claims.map((claim) => link(dataset, relation, claim, `${relation.id}.${claim.id}`)),
    ),
  ];
  return entities.map((entity) => JSON.stringify(entity)).join("\n") + "\n";
}
