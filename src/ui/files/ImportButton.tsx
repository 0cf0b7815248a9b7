// Opens a dataset file (JSON, GEXF, GraphML, CSV pair). Files are decoded, read and checked in a
// worker (workers/importClient), so a large or hostile file never freezes the page; a large one
// shows that it is being read, with a button to stop. Bad files get a list of problems with where
// they are; the network on screen stays as it was.
import { useRef, useState } from "react";
import type { ReadResult } from "../../io";
import type { Issue } from "../../model";
import { importInWorker, type ImportRun } from "../../workers/importClient";
import { shippedDatasets } from "../data/shippedDatasets";
import type { KeptFile } from "./importedStore";
import { useT } from "../i18n/I18nProvider";

export interface ImportOutcome {
  file: string;
  result: ReadResult;
  /** The files as read, kept for the next visit when the import succeeds. */
  files: KeptFile[];
}

const MAX_BYTES = 50 * 1024 * 1024;
/** Files smaller than this read in a blink: no progress line for them. */
const SHOW_PROGRESS_BYTES = 512 * 1024;

/** The ids of the datasets that come with the app: an import never takes one of them. */
export const reservedDatasetIds = (): string[] => shippedDatasets().map((entry) => entry.id);

function tooBig(files: readonly File[], name: string): ImportOutcome | undefined {
  const big = files.find((file) => file.size > MAX_BYTES);
  if (!big) return undefined;
  const issue: Issue = {
    path: big.name,
    message: `is ${Math.round(big.size / 1048576)} MB; the limit is 50 MB`,
    severity: "error",
  };
  return { file: name, result: { ok: false, issues: [issue] }, files: [] };
}

async function startImport(files: readonly File[]): Promise<ImportRun> {
  const raw = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return importInWorker(raw, { reservedIds: reservedDatasetIds() });
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
  const open = async (files: File[]) => {
    const name = files.map((file) => file.name).join(" + ");
    const refused = tooBig(files, name);
    if (refused) return onOutcome(refused);
    const large = files.some((file) => file.size > SHOW_PROGRESS_BYTES);
    if (large) setReading({ name });
    const run = await startImport(files);
    if (large) setReading({ name, run });
    const { result, files: kept } = await run.outcome;
    setReading(undefined);
    // Marks for `npm run bench`, which prints where the time of opening a file goes.
    performance.mark("tangle:file-read");
    onOutcome({ file: name, result, files: kept });
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
        accept=".json,.gexf,.graphml,.xml,.csv,application/json"
        multiple
        className="visually-hidden"
        aria-label={t("import.label")}
        data-testid="import-input"
        tabIndex={-1}
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
