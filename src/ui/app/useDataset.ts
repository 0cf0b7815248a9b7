// Loads a shipped dataset by id (or the first listed) and builds its graph. An imported dataset
// replaces it in memory; a failed load or import leaves the current dataset on screen.
import { useEffect, useState } from "react";
import { buildGraph, type ActorGraph, type Dataset, type Issue } from "../../model";
import type { ReadResult } from "../../io";
import { loadShippedDataset, shippedDatasets } from "../data/shippedDatasets";
import { loadImported } from "../files/importedStore";
import { importInWorker } from "../../workers/importClient";

export interface LoadedDataset {
  dataset: Dataset;
  graph: ActorGraph;
}

export type DatasetStatus =
  | { kind: "loading" }
  | { kind: "ready"; loaded: LoadedDataset }
  | { kind: "failed"; issues: Issue[]; file: string };

export function loaded(dataset: Dataset): LoadedDataset {
  return { dataset, graph: buildGraph(dataset) };
}

const NO_DATASET: DatasetStatus = {
  kind: "failed",
  file: "data/index.json",
  issues: [{ path: "datasets", message: "lists no dataset", severity: "error" }],
};

/**
 * A dataset imported earlier on this machine, read again from the files kept in browser storage
 * (read like any file: never throws; an entry that cannot be read is set aside and said so).
 */
async function restoredImport(datasetId: string, onNotice: (text: string) => void): Promise<ReadResult | undefined> {
  try {
    const loaded = await loadImported(datasetId);
    if (!loaded) return undefined;
    if ("setAside" in loaded) {
      onNotice(`The import kept from your last visit could not be read (${loaded.setAside}); it was set aside.`);
      return undefined;
    }
    // Read in the import worker, like a picked file: a large kept import must not freeze the start.
    const encoder = new TextEncoder();
    const raw = loaded.files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
    const { result } = await importInWorker(raw, { reservedIds: shippedDatasets().map((entry) => entry.id) }).outcome;
    if (!result.ok) onNotice(`The import kept from your last visit could not be read again (${result.issues[0]?.message ?? "invalid"}).`);
    return result.ok && result.dataset.id === datasetId ? result : undefined;
  } catch {
    return undefined;
  }
}

export function useShippedDataset(datasetId: string | undefined, onNotice: (text: string) => void): [DatasetStatus, (next: LoadedDataset) => void] {
  const [status, setStatus] = useState<DatasetStatus>({ kind: "loading" });
  const entries = shippedDatasets();
  const entry = entries.find((candidate) => candidate.id === datasetId) ?? entries[0];
  const showing = status.kind === "ready" ? status.loaded.dataset.id : undefined;
  // An imported dataset is not in the catalog: keep showing it rather than reloading.
  const wanted = showing !== undefined && showing === datasetId ? undefined : entry;

  useEffect(() => {
    if (!wanted || wanted.id === showing) return;
    let cancelled = false;
    const notShipped = datasetId !== undefined && wanted.id !== datasetId;
    void (async () => {
      const restored = notShipped ? await restoredImport(datasetId, onNotice) : undefined;
      if (cancelled) return;
      if (restored?.ok) return setStatus({ kind: "ready", loaded: loaded(restored.dataset) });
      if (notShipped) onNotice(`There is no dataset "${datasetId}" here; showing "${wanted.title}".`);
      const result = await loadShippedDataset(wanted);
      if (cancelled) return;
      setStatus(result.ok ? { kind: "ready", loaded: loaded(result.dataset) } : { kind: "failed", issues: result.issues, file: wanted.file });
    })();
    return () => {
      cancelled = true;
    };
  }, [wanted, showing, datasetId, onNotice]);

  return [entry ? status : NO_DATASET, (next) => setStatus({ kind: "ready", loaded: next })];
}
