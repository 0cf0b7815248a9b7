// The search index of the dataset. Small datasets index at once; large ones after the first
// render (building takes ~1 s at 20k actors), so opening a file draws the graph first.
import { useEffect, useMemo, useState } from "react";
import { buildSearchIndex, type ActorSearchIndex } from "../../analysis";
import type { Dataset } from "../../model";

const BUILD_AT_ONCE = 2000;

export function useSearchIndex(dataset: Dataset): ActorSearchIndex | undefined {
  const immediate = useMemo(() => (dataset.actors.length <= BUILD_AT_ONCE ? buildSearchIndex(dataset.actors) : undefined), [dataset]);
  const [deferred, setDeferred] = useState<{ dataset: Dataset; index: ActorSearchIndex }>();
  useEffect(() => {
    if (immediate) return;
    const timer = setTimeout(() => setDeferred({ dataset, index: buildSearchIndex(dataset.actors) }), 300);
    return () => clearTimeout(timer);
  }, [dataset, immediate]);
  return immediate ?? (deferred?.dataset === dataset ? deferred.index : undefined);
}
