// Partial import: when some actors or relations of an imported file are bad, the rest may still
// make a valid dataset. The bad ones (and relations left without an end) are set aside; the
// person decides, after reading the report, whether to import what is left.
import { hasErrors, parseDataset, type DatasetInput, type Issue } from "../../model";
import type { PartialImport } from "../readDataset";

const ITEM = /^(actors|relations)\[(\d+)\]/;

type Json = Record<string, unknown>;

/** The dataset without the items that `issues` (JSON paths, before locating) find errors in, when that is valid. */
export function salvage(dataset: DatasetInput, issues: readonly Issue[]): PartialImport | undefined {
  const bad = { actors: new Set<number>(), relations: new Set<number>() };
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const match = ITEM.exec(issue.path);
    if (!match) return undefined; // a problem with the dataset as a whole: nothing to keep apart
    bad[match[1] as "actors" | "relations"].add(Number(match[2]));
  }
  if (bad.actors.size + bad.relations.size === 0) return undefined;
  const source = dataset as unknown as { actors: Json[]; relations: Json[] };
  const actors = source.actors.filter((_, index) => !bad.actors.has(index));
  const kept = new Set(actors.map((actor) => actor.id));
  const claimants = (relation: Json) =>
    (Array.isArray(relation.claims) ? (relation.claims as Json[]) : []).flatMap((claim) =>
      claim.claimedBy === undefined ? [] : [claim.claimedBy],
    );
  const relations = source.relations.filter(
    (relation, index) =>
      !bad.relations.has(index) &&
      kept.has(relation.from) &&
      kept.has(relation.to) &&
      claimants(relation).every((actor) => kept.has(actor)),
  );
  const keptRelations = new Set(relations.map((relation) => relation.id));
  // Story steps keep their focus on what is left.
  const stories = ((dataset as unknown as { stories?: Json[] }).stories ?? []).map((story) => ({
    ...story,
    steps: (Array.isArray(story.steps) ? (story.steps as Json[]) : []).map((step) => {
      const focus = (step.focus ?? {}) as { actors?: unknown[]; relations?: unknown[] };
      return {
        ...step,
        focus: {
          actors: (focus.actors ?? []).filter((id) => kept.has(id)),
          relations: (focus.relations ?? []).filter((id) => keptRelations.has(id)),
        },
      };
    }),
  }));
  const result = parseDataset({ ...dataset, actors, relations, stories });
  if (!result.ok || hasErrors(result.issues) || (actors.length === 0 && relations.length === 0)) return undefined;
  return {
    dataset: result.dataset,
    skipped: { actors: source.actors.length - actors.length, relations: source.relations.length - relations.length },
  };
}
