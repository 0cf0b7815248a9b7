// The curated dataset loaded once for its tests, with lookups by meaning (endpoints, kind,
// source title), so that tests never depend on the ids the editor happened to choose.
import { readFileSync } from "node:fs";
import { readDataset } from "../../src/io";
import type { Claim, Dataset, Relation } from "../../src/model";

export const DATASET_PATH = "data/assad-exile-network.json";
export const DOC_PATH = "docs/data/assad-exile-network.md";

export function loadCurated(): { dataset: Dataset; warnings: unknown[] } {
  const result = readDataset(readFileSync(DATASET_PATH, "utf8"));
  if (!result.ok)
    throw new Error(`dataset does not validate:\n${result.issues.map((i) => `${i.path}: ${i.message}`).join("\n")}`);
  return { dataset: result.dataset, warnings: result.warnings };
}

export const { dataset } = loadCurated();
export const directedKinds = new Set(dataset.relationKinds.filter((kind) => kind.directed).map((kind) => kind.id));
export const allClaims: Claim[] = dataset.relations.flatMap((relation) => relation.claims);

/** Relations of `kind` joining `a` and `b`: in that direction when the kind is directed, either way otherwise. */
export function relationsBetween(a: string, b: string, kind?: string): Relation[] {
  return dataset.relations.filter((relation) => {
    if (kind !== undefined && relation.kind !== kind) return false;
    if (relation.from === a && relation.to === b) return true;
    return !directedKinds.has(relation.kind) && relation.from === b && relation.to === a;
  });
}

export const claimsOf = (relations: Relation[]): Claim[] => relations.flatMap((relation) => relation.claims);

export function relationOf(claim: Claim): Relation {
  const relation = dataset.relations.find((candidate) => candidate.claims.includes(claim));
  if (!relation) throw new Error("claim without relation");
  return relation;
}

export const seedSources = dataset.sources.filter((source) => source.relays !== undefined);
export const firstReport = dataset.sources.find((source) => source.title.startsWith("Al-Assad’s inner circle plots"));
export const secondReport = dataset.sources.find((source) =>
  source.title.startsWith("Pro-Assad Russians reportedly plotting"),
);
export const actorByName = (pattern: RegExp) => dataset.actors.filter((actor) => pattern.test(actor.name));
