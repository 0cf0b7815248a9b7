// Opens a dataset file (JSON, GEXF, GraphML). Bad files get a list of problems with where they
// are; the network on screen stays as it was.
import { useRef } from "react";
import { importFile, serializeDataset, type ReadResult } from "../../io";
import type { Dataset, Issue } from "../../model";
import { saveImported } from "./importedStore";

export interface ImportOutcome {
  file: string;
  result: ReadResult;
}

const MAX_BYTES = 50 * 1024 * 1024;

export async function readImport(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_BYTES) {
    const issue: Issue = { path: file.name, message: `is ${Math.round(file.size / 1048576)} MB; the limit is 50 MB`, severity: "error" };
    return { file: file.name, result: { ok: false, issues: [issue] } };
  }
  const text = await file.text();
  return { file: file.name, result: importFile(file.name, text) };
}

export function rememberImport(dataset: Dataset): boolean {
  return saveImported(dataset.id, serializeDataset(dataset));
}

export function ImportButton({ onOutcome }: { onOutcome: (outcome: ImportOutcome) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.gexf,.graphml,.xml,application/json"
        className="visually-hidden"
        aria-label="Import a dataset file"
        data-testid="import-input"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void readImport(file).then(onOutcome);
        }}
      />
    </>
  );
}
