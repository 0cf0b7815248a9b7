// Node sizes (0..1 from a chosen metric) and community colours, from the metrics worker's output.
import { useMemo } from "react";
import type { ColourBy, SizeBy } from "../../state";
import type { MetricsState } from "./useMetrics";

const EMPTY = new Map<string, number>();

export function useNodeAppearance(metrics: MetricsState, sizeBy: SizeBy, colourBy: ColourBy) {
  const sizes = useMemo(() => {
    if (sizeBy === "none" || metrics.status !== "ready") return EMPTY;
    const values = Object.entries(metrics.metrics).map(([id, figures]) => [id, figures[sizeBy]] as const);
    const max = Math.max(...values.map(([, value]) => value), Number.EPSILON);
    return new Map(values.map(([id, value]) => [id, value / max]));
  }, [metrics, sizeBy]);
  const communities = useMemo(() => {
    if (colourBy !== "community" || metrics.status !== "ready") return undefined;
    return new Map(Object.entries(metrics.communities.communityOf));
  }, [metrics, colourBy]);
  return { sizes, communities };
}
