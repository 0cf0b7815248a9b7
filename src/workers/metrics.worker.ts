// Computes metrics and communities off the main thread (DESIGN §5: no long main-thread tasks).
// Load with `new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module" })`.
import { answerMetricsRequest, type MetricsResponse } from "./metricsMessages";
import { unpackMetricsRequest, type PackedMetricsRequest } from "./packedMetricsRequest";

// The project's lib set has no WebWorker globals; this is the part of the worker scope we use.
interface WorkerScope {
  onmessage: ((event: MessageEvent<PackedMetricsRequest>) => void) | null;
  postMessage(message: MetricsResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  let response: MetricsResponse;
  try {
    response = answerMetricsRequest(unpackMetricsRequest(event.data));
  } catch (error) {
    // A bug or a malformed message: answer anyway, so the UI can show it instead of waiting.
    response = { requestId: event.data?.requestId, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
