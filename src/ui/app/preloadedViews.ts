// The table and timeline, code-split and loaded while the page is idle; the table is also
// rendered ahead (hidden) once its names are ranked, so that switching to it only shows it.
import { useEffect, useState } from "react";
import type { DatasetLookup } from "../../model";
import type { ViewMode } from "../../state";
import { prefetchTable } from "../table/prefetchTable";
import { lazyWithPreload } from "./lazyWithPreload";

export const TableView = lazyWithPreload(() => import("../table/TableView").then((module) => module.TableView));
export const TimelineSlot = lazyWithPreload(() =>
  import("../timeline/TimelineSlot").then((module) => module.TimelineSlot),
);
const preloadViews = () => {
  void TableView.preload();
  void TimelineSlot.preload();
};

/** Whether the table is to be rendered now: while it is shown, or hidden once it is ready for `lookup`. */
export function useTableMounted(lookup: DatasetLookup, view: ViewMode): boolean {
  // The table's and timeline's code and the table's name ranks, while idle: their first opening
  // then paints sooner.
  const [tableReadyFor, setTableReadyFor] = useState<DatasetLookup>();
  useEffect(() => prefetchTable(lookup, preloadViews, () => setTableReadyFor(lookup)), [lookup]);
  // Once ready, the table is kept rendered while hidden (React's Activity renders hidden content
  // when the page is idle), so that switching to it only shows it: at 80k rows its first render
  // took ~80 ms of the 100 ms budget for its first rows (docs/performance.md).
  return view === "table" || tableReadyFor === lookup;
}
