// Runs an import in a worker of its own (one per import, so that cancelling is terminating it).
// Whatever happens there — a reader's bug, memory running out, a file too slow to read — the
// promise resolves with issues naming the file; it never rejects.
import type { BytesImport, ImportOptions, RawFile } from "../io/importBytes";
import type { ImportWorkerMessage } from "./importMessages";

/** Longer than any accepted file takes (50 MB reads in a few seconds here); then it is a hang. */
const TIME_LIMIT_MS = 120_000;

export interface ImportRun {
  outcome: Promise<BytesImport>;
  cancel(): void;
}

const failed = (name: string, message: string): BytesImport => ({
  result: { ok: false, issues: [{ path: name, message, severity: "error" }] },
  files: [],
});

/** Without Worker (tests in jsdom), the same import on this thread. */
function inThisThread(files: readonly RawFile[], options: ImportOptions): ImportRun {
  return {
    outcome: import("../io/importBytes").then(({ importBytes }) => importBytes(files, options)),
    cancel: () => undefined,
  };
}

export function importInWorker(files: readonly RawFile[], options: ImportOptions = {}): ImportRun {
  if (typeof Worker === "undefined") return inThisThread(files, options);
  const name = files.map((file) => file.name).join(" + ");
  const worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
  let settle: (outcome: BytesImport) => void = () => undefined;
  const outcome = new Promise<BytesImport>((resolve) => {
    const timer = setTimeout(
      () => settle(failed(name, `took longer than ${TIME_LIMIT_MS / 1000} s to read; it was stopped`)),
      TIME_LIMIT_MS,
    );
    settle = (result) => {
      clearTimeout(timer);
      worker.terminate();
      settle = () => undefined;
      resolve(result);
    };
  });
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    if (event.data.type === "done") settle(event.data.outcome);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(
      failed(
        name,
        `unexpected error while reading this file (${event.message || "the reader stopped"}); please report it with the file`,
      ),
    );
  };
  worker.onmessageerror = () => settle(failed(name, "unexpected error: the result could not be passed back"));
  const buffers = files
    .map((file) => file.bytes.buffer)
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
  worker.postMessage({ files, options }, buffers);
  return { outcome, cancel: () => settle(failed(name, "the import was cancelled; nothing was changed")) };
}
