// Node sizes (0..1 from a chosen metric or the file's sizes), community colours and the file's
// colours, from the metrics worker's output and the dataset's display hints.
import { useMemo } from "react";
import { fileColourMap, fileSizeMap, type ColourBy, type LoadedDataset, type SizeBy } from "../../state";
import type { MetricsState } from "./useMetrics";

const EMPTY = new Map<string, number>();

/** `colourBy`: the one shown (colourByShown), not the state's, which may be absent. */
export function useNodeAppearance(metrics: MetricsState, sizeBy: SizeBy, colourBy: ColourBy, loaded: LoadedDataset) {
  const { dataset } = loaded;
  const sizes = useMemo(() => {
    if (sizeBy === "file") return fileSizeMap(dataset.actors);
    if (sizeBy === "none" || metrics.status !== "ready") return EMPTY;
    const values = Object.entries(metrics.metrics).map(([id, figures]) => [id, figures[sizeBy]] as const);
    const max = Math.max(...values.map(([, value]) => value), Number.EPSILON);
    return new Map(values.map(([id, value]) => [id, value / max]));
  }, [metrics, sizeBy, dataset]);
  const communities = useMemo(() => {
    if (colourBy !== "community" || metrics.status !== "ready") return undefined;
    return new Map(Object.entries(metrics.communities.communityOf));
  }, [metrics, colourBy]);
  const fileColours = useMemo(
    () => (colourBy === "file" ? fileColourMap(dataset.actors) : undefined),
    [colourBy, dataset],
  );
  return { sizes, communities, fileColours };
}
