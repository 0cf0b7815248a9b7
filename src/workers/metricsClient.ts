// Sends a graph's structure to the metrics worker and hands back metrics and communities, or why
// they failed. One worker per request; the returned function cancels it (a newer graph came).
import type { ActorMetrics, Communities } from "../analysis";
import type { ActorGraph } from "../model";
import type { MetricsResponse } from "./metricsMessages";
import { packedMetricsRequestInSteps, transferables } from "./packedMetricsRequest";

/** How long a slice of packing the request may run before handing the thread back. */
const SLICE_MS = 12;

/** `sampleSize`: betweenness and closeness estimated from that many sampled actors (large graphs). */
export type MetricsOutcome =
  { metrics: Record<string, ActorMetrics>; communities: Communities; sampleSize?: number } | { error: string };

export function requestMetrics(graph: ActorGraph, seed: number, onDone: (outcome: MetricsOutcome) => void): () => void {
  const worker = new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<MetricsResponse>) => {
    const data = event.data;
    onDone(
      "error" in data
        ? { error: data.error }
        : {
            metrics: data.metrics,
            communities: data.communities,
            ...(data.sampleSize === undefined ? {} : { sampleSize: data.sampleSize }),
          },
    );
    worker.terminate();
  };
  worker.onerror = () => onDone({ error: "the metrics worker stopped" });
  // After the frame that shows what asked for metrics (a selected actor's details): packing
  // 60k relations for the worker would otherwise delay that frame. A timer alone ran before
  // that frame (the bench's first selection at 20k waited ~100 ms for it); the task after the
  // next animation frame comes once it is painted, and the packing runs in ~12 ms slices.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const steps = packedMetricsRequestInSteps(graph, seed);
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done) return worker.postMessage(step.value, transferables(step.value));
      if (performance.now() >= until) break;
    }
    timer = setTimeout(slice, 0);
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(slice, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    worker.terminate();
  };
}
