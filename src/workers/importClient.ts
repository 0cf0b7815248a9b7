// Runs an import in a worker of its own (one per import, so that cancelling is terminating it).
// Whatever happens there — a reader's bug, memory running out, a file too slow to read — the
// promise resolves with issues naming the file; it never rejects.
import type { BytesImport, ImportOptions, RawFile } from "../io/importBytes";
import type { IssueCode, IssueValues } from "../model";
import type { ImportRequest, ImportWorkerMessage, KeepNow, KeptInLibrary } from "./importMessages";
import { OutcomeAssembler } from "./outcomeParts";

/** Longer than any accepted file takes (50 MB reads in a few seconds here); then it is a hang. */
const TIME_LIMIT_MS = 120_000;
/** Keeping a dataset in the library after answering: a few seconds at most, else it is given up. */
const KEEP_LIMIT_MS = 60_000;

export interface ImportRun {
  outcome: Promise<BytesImport>;
  /**
   * Whether the worker kept the valid dataset in the library (asked with `keepInLibrary`);
   * "failed" when it was not asked, the file was not valid, or storage failed: the caller may
   * keep it itself.
   */
  keptInLibrary: Promise<KeptInLibrary>;
  /** Lets the worker keep the dataset now (the page has drawn its first picture). */
  keepNow(): void;
  cancel(): void;
}

const NOT_KEPT: KeptInLibrary = { result: "failed", at: 0 };

const failed = (name: string, message: string, code: IssueCode, values?: IssueValues): BytesImport => ({
  result: { ok: false, issues: [{ path: name, message, severity: "error", code, ...(values && { values }) }] },
  files: [],
  headerKey: "",
  decodingNotes: [],
});

/** Without Worker (tests in jsdom), the same import on this thread; nothing is kept here. */
function inThisThread(files: readonly RawFile[], options: ImportOptions): ImportRun {
  return {
    outcome: import("../io/importBytes").then(({ importWithWorkbooks }) => importWithWorkbooks(files, options)),
    keptInLibrary: Promise.resolve(NOT_KEPT),
    keepNow: () => undefined,
    cancel: () => undefined,
  };
}

/** A worker started ahead of the next import, its code loaded while the page was idle. */
let spare: Worker | undefined;
const startWorker = () => new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });

/**
 * Starts the next import's worker now (call it when the page is idle): fetching and compiling the
 * readers took the first import ~0.1 s before it could begin reading.
 */
export function prepareImportWorker(): void {
  if (typeof Worker !== "undefined") spare ??= startWorker();
}

export function importInWorker(
  files: readonly RawFile[],
  options: ImportOptions = {},
  keepInLibrary = false,
): ImportRun {
  if (typeof Worker === "undefined") return inThisThread(files, options);
  const name = files.map((file) => file.name).join(" + ");
  const worker = spare ?? startWorker();
  spare = undefined;
  let answered = false;
  let settle: (outcome: BytesImport) => void = () => undefined;
  let settleKept: (kept: KeptInLibrary) => void = () => undefined;
  const keptInLibrary = new Promise<KeptInLibrary>((resolve) => {
    settleKept = (kept) => {
      settleKept = () => undefined;
      worker.terminate();
      resolve(kept);
    };
  });
  const outcome = new Promise<BytesImport>((resolve) => {
    const timer = setTimeout(
      () =>
        settle(
          failed(name, `took longer than ${TIME_LIMIT_MS / 1000} s to read; it was stopped`, "worker.timeout", {
            seconds: TIME_LIMIT_MS / 1000,
          }),
        ),
      TIME_LIMIT_MS,
    );
    settle = (result) => {
      clearTimeout(timer);
      settle = () => undefined;
      answered = true;
      resolve(result);
      // The worker stays until it has kept the dataset (or gives up), when that was asked of it.
      if (!keepInLibrary || !result.result.ok) settleKept(NOT_KEPT);
      else setTimeout(() => settleKept(NOT_KEPT), KEEP_LIMIT_MS);
    };
  });
  const assembler = new OutcomeAssembler();
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    if (event.data.type === "kept") return settleKept(event.data.kept);
    if (answered) return;
    const whole = assembler.take(event.data);
    // Parts that do not add up are a bug: said like a result that could not be passed back.
    if (whole instanceof Error)
      settle(failed(name, "unexpected error: the result could not be passed back", "worker.noResult"));
    else if (whole) settle(whole);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (answered) return settleKept(NOT_KEPT);
    settle(
      failed(
        name,
        `unexpected error while reading this file (${event.message || "the reader stopped"}); please report it with the file`,
        "worker.crashed",
        { reason: event.message || "the reader stopped" },
      ),
    );
  };
  worker.onmessageerror = () => {
    if (answered) settleKept(NOT_KEPT);
    else settle(failed(name, "unexpected error: the result could not be passed back", "worker.noResult"));
  };
  const buffers = files
    .map((file) => file.bytes.buffer)
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
  const request: ImportRequest = { files: [...files], options, keepInLibrary };
  worker.postMessage(request, buffers);
  let kept = false;
  void keptInLibrary.then(() => (kept = true));
  return {
    outcome,
    keptInLibrary,
    keepNow: () => {
      if (!kept) worker.postMessage({ type: "keep-now" } satisfies KeepNow);
    },
    cancel: () => {
      settle(failed(name, "the import was cancelled; nothing was changed", "worker.cancelled"));
      settleKept(NOT_KEPT);
    },
  };
}
