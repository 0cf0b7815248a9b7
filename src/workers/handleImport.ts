// The import worker's work for one request, apart from the worker's globals so that it can be
// tested: read the files, answer, then keep a valid dataset in the library if asked. The answer
// comes first, so the picture does not wait for storage; storing waits for the page's go-ahead
// (once the first picture is drawn), so that it does not take a core from it either.
import type { BytesImport, ImportOptions, RawFile } from "../io/importBytes";
import type { Dataset } from "../model";
import type { KeepResult } from "../io/store";
import type { ImportRequest, ImportWorkerMessage } from "./importMessages";
import { outcomeInParts } from "./outcomeParts";

export interface ImportWork {
  read(files: readonly RawFile[], options: ImportOptions): Promise<BytesImport>;
  /** Keeps the dataset in the library, dated `at`. */
  keep(dataset: Dataset, at: number): Promise<KeepResult>;
  /** Resolves when the page says to keep the dataset now. */
  goAhead(): Promise<void>;
}

export async function handleImport(
  request: ImportRequest,
  post: (message: ImportWorkerMessage) => void,
  work: ImportWork,
): Promise<void> {
  post({ type: "progress", stage: "reading" });
  const outcome = await work.read(request.files, request.options);
  for (const message of outcomeInParts(outcome)) post(message);
  if (!request.keepInLibrary) return;
  if (outcome.result.ok) await work.goAhead();
  const at = Date.now();
  const result = outcome.result.ok
    ? await work.keep(outcome.result.dataset, at).catch((): KeepResult => "failed")
    : "failed";
  post({ type: "kept", kept: { result, at } });
}
