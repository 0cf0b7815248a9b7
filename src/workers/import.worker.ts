// Decodes, parses and validates picked files off the main thread: a 20k-actor file or a hostile
// one (a million brackets, 50 MB of attributes) must not freeze the page (DESIGN §5).
import { importBytes, type ImportOptions, type RawFile } from "../io/importBytes";
import type { ImportWorkerMessage } from "./importMessages";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ files: RawFile[]; options: ImportOptions }>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.postMessage({ type: "progress", stage: "reading" });
  scope.postMessage({ type: "done", outcome: importBytes(event.data.files, event.data.options) });
};
