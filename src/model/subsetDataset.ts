// The part of a dataset a person is looking at (after filters or focus), as a dataset of its own
// that still passes validation: what kept items refer to comes along.
import type { Dataset, SourceRef } from "./types";

/**
 * Keeps the given actors, the given relations whose two ends are both kept, and everything those
 * need to stay valid: actors named as `claimedBy` of a kept claim, the sources cited (and the
 * sources they relay). The vocabulary is kept whole; story steps keep their text with the focus
 * narrowed to what survived. Order follows the original dataset.
 */
export function subsetDataset(
  dataset: Dataset,
  actorIds: ReadonlySet<string>,
  relationIds: ReadonlySet<string>,
): Dataset {
  const relations = dataset.relations.filter(
    (relation) => relationIds.has(relation.id) && actorIds.has(relation.from) && actorIds.has(relation.to),
  );
  const keptActors = new Set(actorIds);
  for (const relation of relations) {
    for (const claim of relation.claims) if (claim.claimedBy !== undefined) keptActors.add(claim.claimedBy);
  }
  const actors = dataset.actors.filter((actor) => keptActors.has(actor.id));

  const cited = new Set<string>();
  const cite = (refs: readonly SourceRef[]) => refs.forEach((ref) => cited.add(ref.source));
  actors.forEach((actor) => cite(actor.sources));
  relations.forEach((relation) => relation.claims.forEach((claim) => cite(claim.sources)));
  const relayOf = new Map(dataset.sources.map((source) => [source.id, source.relays]));
  for (const id of [...cited]) {
    // Follow the relay chain; the guard stops on a (invalid) cycle instead of looping.
    for (let relayed = relayOf.get(id); relayed !== undefined && !cited.has(relayed); relayed = relayOf.get(relayed))
      cited.add(relayed);
  }

  const actorSet = new Set(actors.map((actor) => actor.id));
  const relationSet = new Set(relations.map((relation) => relation.id));
  return {
    ...dataset,
    sources: dataset.sources.filter((source) => cited.has(source.id)),
    actors,
    relations,
    stories: dataset.stories.map((story) => ({
      ...story,
      steps: story.steps.map((step) => ({
        ...step,
        focus: {
          actors: step.focus.actors.filter((id) => actorSet.has(id)),
          relations: step.focus.relations.filter((id) => relationSet.has(id)),
        },
      })),
    })),
  };
}
