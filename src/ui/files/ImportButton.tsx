// Opens a dataset or graph file (JSON, GEXF, GraphML, GML, FollowTheMoney, JSON Graph, Cytoscape,
// CSV/TSV, xlsx). Files are decoded, read and checked in a worker (workers/importClient), so a
// large or hostile file never freezes the page; a large one shows that it is being read, with a
// button to stop. Bad files get a list of problems with where they are; the network on screen
// stays as it was until the person accepts an import.
import { useEffect, useRef, useState } from "react";
import type { ImportResult } from "../../io/importFiles";
import type { SpreadsheetMapping } from "../../io/spreadsheet/columnMapping";
import { error, type Issue } from "../../model";
import { importInWorker, prepareImportWorker, type ImportRun } from "../../workers/importClient";
import type { KeptInLibrary } from "../../workers/importMessages";
import { shippedDatasets } from "../data/shippedDatasets";
import type { KeptFile } from "./importedStore";
import { rememberedMappings } from "./mappingStore";
import { useT } from "../i18n/I18nProvider";

export interface ImportOutcome {
  file: string;
  result: ImportResult;
  /** The files as read (a workbook as its sheets), kept for the next visit when the import succeeds. */
  files: KeptFile[];
  /** The spreadsheets' header set, under which a column mapping chosen for them is remembered. */
  headerKey?: string;
  /** What decoding said (the encoding used), repeated when the files are read again with a mapping. */
  decodingNotes?: Issue[];
  /** Whether the import worker kept the valid dataset in the library (then the page need not). */
  keptInLibrary?: Promise<KeptInLibrary>;
}

const MAX_BYTES = 50 * 1024 * 1024;

/** After the page's current work (at most 5 s later); a timer where idle callbacks are missing. */
const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 1000);
/** Files smaller than this read in a blink: no progress line for them. */
const SHOW_PROGRESS_BYTES = 512 * 1024;

/** The ids of the datasets that come with the app: an import never takes one of them. */
export const reservedDatasetIds = (): string[] => shippedDatasets().map((entry) => entry.id);

function tooBig(files: readonly File[], name: string): ImportOutcome | undefined {
  const big = files.find((file) => file.size > MAX_BYTES);
  if (!big) return undefined;
  const size = Math.round(big.size / 1048576);
  const issue = error(big.name, `is ${size} MB; the limit is 50 MB`, "app.fileTooBig", { size, limit: 50 });
  return { file: name, result: { ok: false, issues: [issue] }, files: [] };
}

async function startImport(files: readonly File[], keepInLibrary = false): Promise<ImportRun> {
  const raw = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  // The worker has no localStorage: the remembered column mappings go with the request.
  return importInWorker(
    raw,
    { reservedIds: reservedDatasetIds(), rememberedMappings: rememberedMappings() },
    keepInLibrary,
  );
}

/** The same files read again, in the worker, with the column mapping the person chose. */
export async function readWithMapping(outcome: ImportOutcome, mapping: SpreadsheetMapping): Promise<ImportOutcome> {
  const encoder = new TextEncoder();
  const raw = outcome.files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
  const run = importInWorker(raw, {
    reservedIds: reservedDatasetIds(),
    mapping,
    ...(outcome.decodingNotes && { decodingNotes: outcome.decodingNotes }),
  });
  const { result, files, headerKey, decodingNotes } = await run.outcome;
  return { file: outcome.file, result, files, headerKey, decodingNotes };
}

/** Reads files as the Import button does (in the worker), for other places that take a file (the editor's diff). */
export async function readImport(files: readonly File[]): Promise<ImportOutcome> {
  const name = files.map((file) => file.name).join(" + ");
  const refused = tooBig(files, name);
  if (refused) return refused;
  const { result, files: kept } = await (await startImport(files)).outcome;
  return { file: name, result, files: kept };
}

export function ImportButton({ onOutcome }: { onOutcome: (outcome: ImportOutcome) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<{ name: string; run?: ImportRun } | undefined>();
  // The import worker's code is loaded before the first file is picked.
  useEffect(() => void whenIdle(prepareImportWorker), []);
  const open = async (files: File[]) => {
    const name = files.map((file) => file.name).join(" + ");
    const refused = tooBig(files, name);
    if (refused) return onOutcome(refused);
    const large = files.some((file) => file.size > SHOW_PROGRESS_BYTES);
    if (large) setReading({ name });
    // A valid file is accepted at once (App): the worker keeps it in the library too.
    const run = await startImport(files, true);
    if (large) setReading({ name, run });
    const { result, files: kept, headerKey, decodingNotes } = await run.outcome;
    setReading(undefined);
    // Marks for `npm run bench`, which prints where the time of opening a file goes.
    performance.mark("tangle:file-read");
    onOutcome({ file: name, result, files: kept, headerKey, decodingNotes, keptInLibrary: run.keptInLibrary });
    // Storing the dataset takes the worker a second or two at 20k actors: once the page is idle
    // (its first picture drawn), not while it draws on a two-core machine.
    whenIdle(() => run.keepNow());
    whenIdle(prepareImportWorker);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={reading !== undefined}>
        {t("import.button")}
      </button>
      {reading && (
        <span className="import-progress" role="status">
          {t("import.reading")} <bdi>{reading.name}</bdi>…{" "}
          <button type="button" disabled={!reading.run} onClick={() => reading.run?.cancel()}>
            {t("import.cancel")}
          </button>
        </span>
      )}
      <input
        ref={input}
        type="file"
        accept=".json,.gexf,.graphml,.xml,.gml,.csv,.tsv,.tab,.xlsx,.zip,.ftm,.ijson,.jsonl,.ndjson,.cyjs,.jgf,application/json"
        multiple
        // Hidden from everyone, screen readers included: the button above is the one control.
        hidden
        data-testid="import-input"
        onChange={(event) => {
          performance.mark("tangle:file-chosen");
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) void open(files);
        }}
      />
    </>
  );
}
