// Browser tests time one search on the live index (window.__tangle.searchMs, testHook.ts).
import { useEffect } from "react";
import { searchActors, type ActorSearchIndex } from "../../analysis";
import { exposeTestHook } from "./testHook";

/** `searchIndex`: undefined while a large dataset is still being indexed (the timing is then NaN). */
export function useSearchTestHook(searchIndex: ActorSearchIndex | undefined): void {
  useEffect(() => {
    exposeTestHook({
      searchMs: (query) => {
        if (!searchIndex) return Number.NaN;
        const started = performance.now();
        searchActors(searchIndex, query, 12);
        return performance.now() - started;
      },
    });
  }, [searchIndex]);
}
