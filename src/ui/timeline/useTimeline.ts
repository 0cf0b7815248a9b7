// The timeline's rows for the relations shown. Up to a few thousand relations they are built at
// once; beyond, in short slices after the view opens (60k claims took one 150–400 ms task), and
// the view says it is placing them meanwhile.
import { useEffect, useMemo, useState } from "react";
import { timelineRows, timelineRowsInSteps, type Timeline } from "../../analysis";
import type { Relation } from "../../model";
import { runInSlices } from "../app/runInSlices";

/** Relations built in one go: ~20 ms here. */
export const TIMELINE_AT_ONCE = 5000;

/** Undefined while a large timeline is being built. */
export function useTimeline(relations: readonly Relation[], asOf: string | undefined): Timeline | undefined {
  const immediate = useMemo(
    () => (relations.length <= TIMELINE_AT_ONCE ? timelineRows(relations, asOf) : undefined),
    [relations, asOf],
  );
  const [built, setBuilt] = useState<{
    relations: readonly Relation[];
    asOf: string | undefined;
    timeline: Timeline;
  }>();
  useEffect(() => {
    if (immediate) return;
    return runInSlices(timelineRowsInSteps(relations, asOf), (timeline) => setBuilt({ relations, asOf, timeline }));
  }, [relations, asOf, immediate]);
  return immediate ?? (built?.relations === relations && built.asOf === asOf ? built.timeline : undefined);
}
