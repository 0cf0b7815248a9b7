// What the import worker is asked, and what it says back: how far it got, the outcome, then
// (when asked to) whether it kept the accepted dataset in the library. An accepted dataset comes
// back in parts (`head`, then slices of actors and relations, then `done`): each message is
// deserialised in a task of its own on the page, where one message of 80k items took ~0.4 s.
import type { BytesImport, ImportOptions, RawFile } from "../io/importBytes";
import type { KeepResult } from "../io/store";
import type { Actor, Relation } from "../model";

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
  /** The outcome of an accepted file, its dataset without actors and relations (they follow). */
  | { type: "head"; outcome: BytesImport; actors: number; relations: number }
  | { type: "actors"; items: Actor[] }
  | { type: "relations"; items: Relation[] }
  /** The whole outcome; without one, the outcome is the `head` with its slices put back. */
  | { type: "done"; outcome?: BytesImport }
  | { type: "kept"; kept: KeptInLibrary };

/** What became of keeping the dataset in the library, and the time it was kept at (the record's dates). */
export interface KeptInLibrary {
  result: KeepResult;
  at: number;
}
