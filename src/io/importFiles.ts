// One or more picked files → a dataset. A pair of CSV files (actors + relations, as Tangle
// exports them) is read together; anything else must be a single file.
import { error } from "../model";
import { fromCsv } from "./csv/fromCsv";
import { importFile, unexpectedError } from "./importFile";
import type { ReadResult } from "./readDataset";

export interface PickedFile {
  name: string;
  text: string;
}

const isCsv = (file: PickedFile) => /\.csv$/i.test(file.name);
const firstLine = (text: string) => text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";

/** Never throws (see importFile). */
export function importFiles(files: readonly PickedFile[]): ReadResult {
  try {
    return readFiles(files);
  } catch (cause) {
    return unexpectedError(files.map((file) => file.name).join(", ") || "(no file)", cause);
  }
}

function readFiles(files: readonly PickedFile[]): ReadResult {
  const [first, second] = files;
  if (!first) return { ok: false, issues: [error("(no file)", "no file was chosen")] };
  if (files.length === 1) return importFile(first.name, first.text);
  if (files.length !== 2 || !second || !isCsv(first) || !isCsv(second)) {
    return { ok: false, issues: [error(files.map((file) => file.name).join(", "), "choose one dataset file, or the two CSV files (actors and relations) together")] };
  }
  // The relations file is the one whose header has relation_id.
  const [relations, actors] = firstLine(first.text).includes("relation_id") ? [first, second] : [second, first];
  const title = actors.name.replace(/[-_]?actors?\.csv$/i, "").replace(/\.csv$/i, "") || "Imported CSV";
  return fromCsv(actors.text, relations.text, { title });
}
