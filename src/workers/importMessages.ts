// What the import worker says back: how far it got, then the outcome.
import type { BytesImport } from "../io/importBytes";

export type ImportStage = "reading";
export type ImportWorkerMessage = { type: "progress"; stage: ImportStage } | { type: "done"; outcome: BytesImport };
