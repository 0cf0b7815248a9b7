// Versions of the network: "Save version" with a note, the list, and a comparison of any saved
// version (or of a file about to be imported) with the network now, listed and drawn on the graph.
import { useState } from "react";
import type { Dataset } from "../../model";
import type { VersionRecord } from "../../io/store";
import { readImport } from "../files/ImportButton";
import { downloadText } from "../files/download";

export interface Comparison {
  a: Dataset;
  b: Dataset;
  labels: { a: string; b: string };
}

export interface VersionsSectionProps {
  dataset: Dataset;
  versions: VersionRecord[];
  onSave: (note: string) => Promise<void>;
  onCompare: (comparison: Comparison) => void;
  notice: (text: string) => void;
}

const when = (time: number) => new Date(time).toLocaleString();

export async function exportDataset(dataset: Dataset, name = dataset.id): Promise<void> {
  const { serializeDataset } = await import("../../io/datasetJson");
  downloadText(`${name}.json`, serializeDataset(dataset), "application/json");
}

export function VersionsSection({ dataset, versions, onSave, onCompare, notice }: VersionsSectionProps) {
  const [note, setNote] = useState("");
  return (
    <details className="editor-section" open>
      <summary>Versions ({versions.length})</summary>
      <form
        className="editor-row"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(note.trim()).then(() => setNote(""));
        }}
      >
        <input aria-label="Version note" placeholder="What changed (optional)" value={note} onChange={(event) => setNote(event.target.value)} />
        <button type="submit">Save version</button>
      </form>
      <ol className="editor-versions" aria-label="Saved versions">
        {versions.map((version) => (
          <li key={version.key}>
            <span>
              {version.note || "(no note)"} · <small>{when(version.savedAt)}</small>
            </span>
            <button type="button" onClick={() => onCompare({ a: version.dataset, b: dataset, labels: { a: `version “${version.note || when(version.savedAt)}”`, b: "now" } })}>
              Compare with now
            </button>
            <button type="button" onClick={() => void exportDataset(version.dataset, `${version.networkId}-v${version.key ?? ""}`)}>
              Export
            </button>
          </li>
        ))}
      </ol>
      <label className="editor-file">
        Compare with a file…
        <input
          type="file"
          accept=".json,.gexf,.graphml,.xml,.csv,.gml"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length === 0) return;
            void readImport(files).then((outcome) => {
              if (!outcome.result.ok) notice(`${outcome.file} could not be read: ${outcome.result.issues[0]?.path ?? ""} ${outcome.result.issues[0]?.message ?? ""}`);
              else onCompare({ a: dataset, b: outcome.result.dataset, labels: { a: "now", b: outcome.file } });
            });
          }}
        />
      </label>
    </details>
  );
}
