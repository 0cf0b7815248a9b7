// Runs the force layout of large graphs off the main thread (DESIGN §5).
import { forceLayout, type ForceLayoutRequest, type ForceLayoutResponse } from "../analysis/forceLayout";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ForceLayoutRequest>) => void) | null;
  postMessage(message: ForceLayoutResponse | { error: string }): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    scope.postMessage(forceLayout(event.data));
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
