// What the import worker is asked, and what it says back: how far it got, the outcome, then
// (when asked to) whether it kept the accepted dataset in the library.
import type { BytesImport, ImportOptions, RawFile } from "../io/importBytes";
import type { KeepResult } from "../io/store";

export type ImportStage = "reading";

/** The page's go-ahead to keep the dataset in the library (sent once its first picture is drawn). */
export interface KeepNow {
  type: "keep-now";
}

export interface ImportRequest {
  files: RawFile[];
  options: ImportOptions;
  /** Keep a valid dataset in the library from the worker, after answering. */
  keepInLibrary?: boolean;
}

export type ImportWorkerMessage =
  | { type: "progress"; stage: ImportStage }
  | { type: "done"; outcome: BytesImport }
  | { type: "kept"; kept: KeptInLibrary };

/** What became of keeping the dataset in the library, and the time it was kept at (the record's dates). */
export interface KeptInLibrary {
  result: KeepResult;
  at: number;
}
