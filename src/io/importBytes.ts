// The whole import of picked files as the app does it (in the import worker): bytes decoded
// (saying which encoding when it is not UTF-8), read, and kept apart from the shipped datasets.
import { error, uniqueId, type Issue } from "../model";
import { decodeText, encodingName } from "./decodeText";
import { importFiles, type PickedFile } from "./importFiles";
import type { ReadResult } from "./readDataset";

export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Ids the import must not take (the shipped datasets'): a file reusing one gets a fresh id. */
  reservedIds?: readonly string[];
}

export interface BytesImport {
  result: ReadResult;
  /** The files as decoded text: what is kept for the next visit. */
  files: PickedFile[];
}

const note = (name: string, message: string): Issue => ({ path: name, message, severity: "warning" });

/** Decodes every file; warns about each one not read as plain UTF-8. */
export function decodeFiles(raw: readonly RawFile[]): { files: PickedFile[]; notes: Issue[] } {
  const notes: Issue[] = [];
  const files = raw.map(({ name, bytes }) => {
    const decoded = decodeText(bytes);
    if (decoded.note) notes.push(note(name, `${decoded.note}; check accented letters`));
    else if (decoded.encoding !== "utf-8") notes.push(note(name, `read as ${encodingName(decoded.encoding)}`));
    return { name, text: decoded.text };
  });
  return { files, notes };
}

/**
 * A dataset whose id is taken by a shipped one is given a fresh id, the same for the same file
 * every time (so that a reload finds it again), and the import says so.
 */
export function apartFromShipped(result: ReadResult, reservedIds: readonly string[] = []): ReadResult {
  if (!result.ok || !reservedIds.includes(result.dataset.id)) return result;
  const taken = new Set(reservedIds);
  const original = result.dataset.id;
  const id = uniqueId(`${original}-imported`, (candidate) => taken.has(candidate));
  const warning = note(
    "(root)",
    `this file's id "${original}" is that of a dataset that comes with Tangle; it was opened as "${id}", and the one that comes with Tangle is unchanged`,
  );
  return { ok: true, dataset: { ...result.dataset, id }, warnings: [warning, ...result.warnings] };
}

/** Never throws. Texts already decoded (stored imports) skip the decoding. */
export function importDecoded(
  files: readonly PickedFile[],
  notes: readonly Issue[],
  options: ImportOptions = {},
): ReadResult {
  const result = apartFromShipped(importFiles(files), options.reservedIds);
  if (notes.length === 0) return result;
  return result.ok
    ? { ...result, warnings: [...notes, ...result.warnings] }
    : { ok: false, issues: [...result.issues, ...notes] };
}

export function importBytes(raw: readonly RawFile[], options: ImportOptions = {}): BytesImport {
  try {
    const { files, notes } = decodeFiles(raw);
    return { result: importDecoded(files, notes, options), files };
  } catch (cause) {
    const name = raw.map((file) => file.name).join(", ");
    return {
      result: {
        ok: false,
        issues: [error(name, `unexpected error while reading this file (${String(cause).slice(0, 200)})`)],
      },
      files: [],
    };
  }
}
