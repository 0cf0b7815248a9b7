// Metrics and communities, computed in a Web Worker so large graphs never block the page.
import { useEffect, useState } from "react";
import type { ActorMetrics, Communities } from "../../analysis";
import { requestMetrics } from "../../workers/metricsClient";
import type { ActorGraph } from "../../model";

export type MetricsState =
  | { status: "idle" }
  | { status: "computing" }
  | { status: "ready"; metrics: Record<string, ActorMetrics>; communities: Communities; sampleSize?: number }
  | { status: "failed"; error: string };

/** Above this, metrics wait until something asks for them: betweenness takes minutes at 20k. */
export const METRICS_ON_DEMAND = 2000;

/** `wanted`: whether the UI shows metrics now (details, size or colour by metric, table). */
export function useMetrics(graph: ActorGraph, wanted: boolean): MetricsState {
  const [result, setResult] = useState<{ graph: ActorGraph; state: MetricsState } | undefined>();
  const start = wanted || graph.order <= METRICS_ON_DEMAND;

  useEffect(() => {
    if (!start) return;
    return requestMetrics(graph, 1, (outcome) =>
      setResult({
        graph,
        state: "error" in outcome ? { status: "failed", error: outcome.error } : { status: "ready", ...outcome },
      }),
    );
  }, [graph, start]);

  if (result?.graph === graph) return result.state;
  return start ? { status: "computing" } : { status: "idle" };
}
