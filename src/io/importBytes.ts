// The whole import of picked files as the app does it (in the import worker): workbooks read to
// their sheets, bytes decoded (saying which encoding when it is not UTF-8), spreadsheets read with
// the column mapping chosen or remembered for their headers, and kept apart from the shipped datasets.
import { error, uniqueId, warning, type Issue, type IssueCode, type IssueValues } from "../model";
import { decodeText, encodingName, type DecodedText } from "./decodeText";
import { headerKeyOf, importFiles, type ImportResult, type PickedFile } from "./importFiles";
import type { ReadResult } from "./readDataset";
import type { SpreadsheetMapping } from "./spreadsheet/columnMapping";
import { unzipCsvTables } from "./tables/fromCsvZip";

export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Ids the import must not take (the shipped datasets'): a file reusing one gets a fresh id. */
  reservedIds?: readonly string[];
  /** The column mapping a person just chose for these spreadsheets. */
  mapping?: SpreadsheetMapping;
  /**
   * Mappings chosen earlier, by header set (localStorage, read on the main thread: a worker has
   * none); used when `mapping` is not given and the files' headers match one.
   */
  rememberedMappings?: Readonly<Record<string, SpreadsheetMapping>>;
  /** Notes from an earlier decoding of the same files (a re-read after the mapping step). */
  decodingNotes?: readonly Issue[];
}

export interface BytesImport {
  result: ImportResult;
  /** The files as decoded text (a workbook as its sheets): what is kept for the next visit. */
  files: PickedFile[];
  /** The spreadsheets' header set, under which a chosen mapping is remembered ("" otherwise). */
  headerKey: string;
  /** What decoding said about the files (the encoding used), for a re-read to repeat. */
  decodingNotes: Issue[];
}

/** What to say about a file not read as plain UTF-8, if anything. */
function decodingNote(name: string, decoded: DecodedText): Issue | undefined {
  if (decoded.note === undefined) {
    if (decoded.encoding === "utf-8") return undefined;
    const encoding = encodingName(decoded.encoding);
    return warning(name, `read as ${encoding}`, "decode.readAs", { encoding });
  }
  const message = `${decoded.note}; check accented letters`;
  if (decoded.unknownDeclared === undefined) return warning(name, message, "decode.notUtf8");
  return warning(
    name,
    message,
    decoded.encoding === "utf-8" ? "decode.unknownDeclared" : "decode.unknownDeclaredNotUtf8",
    { encoding: decoded.unknownDeclared },
  );
}

/** Decodes every file; warns about each one not read as plain UTF-8. */
export function decodeFiles(raw: readonly RawFile[]): { files: PickedFile[]; notes: Issue[] } {
  const notes: Issue[] = [];
  const files = raw.map(({ name, bytes }) => {
    const decoded = decodeText(bytes);
    const note = decodingNote(name, decoded);
    if (note) notes.push(note);
    return { name, text: decoded.text };
  });
  return { files, notes };
}

/**
 * A dataset whose id is taken by a shipped one is given a fresh id, the same for the same file
 * every time (so that a reload finds it again), and the import says so.
 */
export function apartFromShipped<Result extends ReadResult>(
  result: Result,
  reservedIds: readonly string[] = [],
): Result {
  const dataset = result.ok ? result.dataset : result.partial?.dataset;
  if (!dataset || !reservedIds.includes(dataset.id)) return result;
  const taken = new Set(reservedIds);
  const original = dataset.id;
  const id = uniqueId(`${original}-imported`, (candidate) => taken.has(candidate));
  const apart = warning(
    "(root)",
    `this file's id "${original}" is that of a dataset that comes with Tangle; it was opened as "${id}", and the one that comes with Tangle is unchanged`,
    "import.shippedIdTaken",
    { original, id },
  );
  if (result.ok) return { ...result, dataset: { ...dataset, id }, warnings: [apart, ...result.warnings] };
  // The valid part of a file with bad rows, offered for import: it gets the fresh id too.
  return result.partial
    ? { ...result, partial: { ...result.partial, dataset: { ...dataset, id } }, issues: [...result.issues, apart] }
    : result;
}

const rememberedFor = (files: readonly PickedFile[], options: ImportOptions): SpreadsheetMapping | undefined => {
  if (options.mapping) return options.mapping;
  if (!options.rememberedMappings) return undefined;
  const key = headerKeyOf(files);
  return key === "" ? undefined : options.rememberedMappings[key];
};

/** Never throws. Texts already decoded (stored imports) skip the decoding. */
export function importDecoded(
  files: readonly PickedFile[],
  notes: readonly Issue[],
  options: ImportOptions = {},
): ImportResult {
  const result = apartFromShipped(importFiles(files, rememberedFor(files, options)), options.reservedIds);
  if (notes.length === 0) return result;
  return result.ok
    ? { ...result, warnings: [...notes, ...result.warnings] }
    : { ...result, issues: [...result.issues, ...notes] };
}

/** Never throws. Workbooks must have been read to their sheets first (`importWithWorkbooks`). */
export function importBytes(raw: readonly RawFile[], options: ImportOptions = {}): BytesImport {
  const name = raw.map((file) => file.name).join(", ");
  try {
    // A .zip of Tangle's CSV tables becomes its tables (written as UTF-8 by Tangle).
    const zipped = raw.filter((file) => /\.zip$/i.test(file.name)).map((file) => unzipCsvTables(file.name, file.bytes));
    const refused = zipped.flatMap((zip) => (zip.ok ? [] : zip.issues));
    if (refused.length > 0) return refusedImport(refused);
    const decodedFiles = decodeFiles(raw.filter((file) => !/\.zip$/i.test(file.name)));
    const files = [...zipped.flatMap((zip) => (zip.ok ? zip.files : [])), ...decodedFiles.files];
    const decoded = decodedFiles.notes;
    const notes = [...(options.decodingNotes ?? []), ...decoded];
    return { result: importDecoded(files, notes, options), files, headerKey: headerKeyOf(files), decodingNotes: notes };
  } catch (cause) {
    const reason = String(cause).slice(0, 200);
    return failedImport(name, [
      `unexpected error while reading this file (${reason})`,
      "import.unexpectedFile",
      { reason },
    ]);
  }
}

const refusedImport = (issues: Issue[]): BytesImport => ({
  result: { ok: false, issues },
  files: [],
  headerKey: "",
  decodingNotes: [],
});

const failedImport = (name: string, [message, code, values]: [string, IssueCode, IssueValues?]): BytesImport =>
  refusedImport([error(name, message, code, values)]);

const isWorkbook = (file: RawFile) => /\.xlsx$/i.test(file.name);

/**
 * Never rejects. An .xlsx workbook becomes its sheets as CSV texts ("book.xlsx › Sheet"), then
 * everything is read like CSV files; read-excel-file is loaded only then, and needs no DOM, so
 * this runs in the import worker.
 */
export async function importWithWorkbooks(raw: readonly RawFile[], options: ImportOptions = {}): Promise<BytesImport> {
  if (!raw.some(isWorkbook)) return importBytes(raw, options);
  try {
    const { readWorkbook } = await import("./spreadsheet/readWorkbook");
    const encoder = new TextEncoder();
    const files: RawFile[] = [];
    for (const file of raw) {
      if (!isWorkbook(file)) {
        files.push(file);
        continue;
      }
      const book = await readWorkbook(file.name, file.bytes.slice().buffer);
      if (!book.ok) return refusedImport(book.issues);
      files.push(...book.sheets.map((sheet) => ({ name: sheet.name, bytes: encoder.encode(sheet.text) })));
    }
    return importBytes(files, options);
  } catch (cause) {
    const reason = String(cause).slice(0, 200);
    return failedImport(raw.map((file) => file.name).join(", "), [
      `unexpected error while reading this workbook (${reason})`,
      "import.unexpectedWorkbook",
      { reason },
    ]);
  }
}
