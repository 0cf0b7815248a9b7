// The table's code and the ranks of the dataset's names, ready before the table is first opened:
// fetched and computed while the page is idle (in slices), so that switching from the graph to
// the table paints its first rows without them (graph → table at 20k: first rows within 100 ms, DESIGN §5).
import type { DatasetLookup } from "../../model";

/**
 * Starts when the page is idle; the returned function cancels what has not run. `preloadViews`
 * loads the code-split views themselves (lazyWithPreload), so that their first render does not suspend;
 * `onReady` is called once the names are ranked.
 */
export function prefetchTable(lookup: DatasetLookup, preloadViews: () => void, onReady: () => void): () => void {
  let cancelled = false;
  let stopWarming: (() => void) | undefined;
  const start = () => {
    preloadViews();
    void import("./TableView").then((module) => {
      if (!cancelled) stopWarming = module.warmTableView(lookup, onReady);
    });
  };
  let cancelIdle: () => void;
  if (typeof requestIdleCallback === "function") {
    const idle = requestIdleCallback(start, { timeout: 5000 });
    cancelIdle = () => cancelIdleCallback(idle);
  } else {
    const timer = setTimeout(start, 1000);
    cancelIdle = () => clearTimeout(timer);
  }
  return () => {
    cancelled = true;
    cancelIdle();
    stopWarming?.();
  };
}
