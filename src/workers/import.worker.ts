// Decodes, parses and validates picked files off the main thread: a 20k-actor file or a hostile
// one (a million brackets, 50 MB of attributes) must not freeze the page (DESIGN §5). An accepted
// file is also kept in the library from here (storing it clones the whole dataset).
import { importWithWorkbooks } from "../io/importBytes";
import { keepImported, openEditorStore } from "../io/store";
import { handleImport } from "./handleImport";
import type { ImportRequest, ImportWorkerMessage } from "./importMessages";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleImport(event.data, (message) => scope.postMessage(message), {
    read: importWithWorkbooks,
    keep: async (dataset, at) => keepImported(await openEditorStore(), dataset, at),
  });
};
