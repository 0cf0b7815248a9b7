// The search index of the dataset. Small datasets index at once; large ones after the first
// render, in slices (building takes ~1 s at 20k actors), so that opening a file draws the graph
// first and the page stays responsive while the index is built.
import { useEffect, useMemo, useState } from "react";
import { buildSearchIndex, buildSearchIndexInSteps, searchActors, type ActorSearchIndex } from "../../analysis";
import type { Dataset } from "../../model";
import { runInSlices } from "./runInSlices";

/** ~15 ms of indexing at 400 actors; larger datasets would hold up their first render. */
const BUILD_AT_ONCE = 400;

export function useSearchIndex(dataset: Dataset): ActorSearchIndex | undefined {
  const immediate = useMemo(
    () => (dataset.actors.length <= BUILD_AT_ONCE ? buildSearchIndex(dataset.actors) : undefined),
    [dataset],
  );
  const [deferred, setDeferred] = useState<{ dataset: Dataset; index: ActorSearchIndex }>();
  useEffect(() => {
    if (immediate) return;
    return runInSlices(warmedUp(buildSearchIndexInSteps(dataset.actors)), (index) => setDeferred({ dataset, index }));
  }, [dataset, immediate]);
  return immediate ?? (deferred?.dataset === dataset ? deferred.index : undefined);
}

/**
 * One short and one two-word query once the index is built: the browser compiles the search
 * code then, not on the person's first keystroke (cold, a one-letter query took ~25 ms at 20k
 * actors; warm, ~4 ms).
 */
function* warmedUp(steps: Generator<void, ActorSearchIndex>): Generator<void, ActorSearchIndex> {
  const index = yield* steps;
  for (const query of ["a", "al ma"]) {
    yield;
    searchActors(index, query);
  }
  return index;
}
