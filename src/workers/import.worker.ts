// Decodes, parses and validates picked files off the main thread: a 20k-actor file or a hostile
// one (a million brackets, 50 MB of attributes) must not freeze the page (DESIGN §5). An accepted
// file is also kept in the library from here (storing it clones the whole dataset).
import { importWithWorkbooks } from "../io/importBytes";
import { keepImported, openEditorStore } from "../io/store";
import { handleImport } from "./handleImport";
import type { ImportRequest, ImportWorkerMessage, KeepNow } from "./importMessages";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest | KeepNow>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

let keepNow: () => void = () => undefined;
const goAhead = new Promise<void>((resolve) => (keepNow = resolve));

scope.onmessage = (event) => {
  if ("type" in event.data) return keepNow();
  void handleImport(event.data, (message) => scope.postMessage(message), {
    read: importWithWorkbooks,
    keep: async (dataset, at) => keepImported(await openEditorStore(), dataset, at),
    goAhead: () => goAhead,
  });
};
