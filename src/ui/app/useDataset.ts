// Loads a shipped dataset by id (or the first listed) and builds its graph. An imported dataset
// replaces it in memory; a failed load or import leaves the current dataset on screen.
import { useEffect, useState } from "react";
import { buildGraph, type ActorGraph, type Dataset, type Issue } from "../../model";
import type { ReadResult } from "../../io";
import { loadShippedDataset, shippedDatasets } from "../data/shippedDatasets";
import { loadImported } from "../files/importedStore";
import { rememberedMapping } from "../files/mappingStore";

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

/** A dataset imported earlier on this machine, read again from the files kept in browser storage. */
async function restoredImport(datasetId: string): Promise<ReadResult | undefined> {
  const files = await loadImported(datasetId);
  if (!files) return undefined;
  const { importFiles, headerKeyOf } = await import("../../io/importFiles");
  const result = importFiles(files, rememberedMapping(headerKeyOf(files)));
  // The valid part of a file with bad rows, when that is what the person chose to import.
  const dataset = result.ok ? result.dataset : result.partial?.dataset;
  return dataset?.id === datasetId ? { ok: true, dataset, warnings: [] } : undefined;
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
      const restored = notShipped ? await restoredImport(datasetId) : undefined;
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
