// Metrics and communities, computed in a Web Worker so large graphs never block the page.
import { useEffect, useState } from "react";
import { metricsRequest, type ActorMetrics, type Communities, type MetricsResponse } from "../../analysis";
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
    const worker = new Worker(new URL("../../workers/metrics.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<MetricsResponse>) => {
      const data = event.data;
      setResult({ graph, state: "error" in data ? { status: "failed", error: data.error } : { status: "ready", metrics: data.metrics, communities: data.communities, sampleSize: data.sampleSize } });
      worker.terminate();
    };
    worker.onerror = () => setResult({ graph, state: { status: "failed", error: "the metrics worker stopped" } });
    // After the frame that shows what asked for metrics (a selected actor's details): copying
    // 60k relations to the worker would otherwise delay that frame.
    const timer = setTimeout(() => worker.postMessage(metricsRequest(graph, 1)), 0);
    return () => {
      clearTimeout(timer);
      worker.terminate();
    };
  }, [graph, start]);

  if (result?.graph === graph) return result.state;
  return start ? { status: "computing" } : { status: "idle" };
}
