// Where the dataset's text comes from: a shipped file by id (or the first listed), or an import
// kept from an earlier visit. Every dataset, imported ones too, then goes through one reducer
// (src/state/loadedDataset.ts). A failed load or import leaves the current dataset on screen.
import { useCallback, useEffect, useReducer, useRef } from "react";
import { error, type Dataset } from "../../model";
import type { ReadResult } from "../../io";
import {
  datasetReducer,
  INITIAL_DATASET_STATUS,
  loadDatasetInSteps,
  type DatasetOrigin,
  type DatasetStatus,
} from "../../state";
import { loadShippedDataset, shippedDatasets } from "../data/shippedDatasets";
import { loadImported } from "../files/importedStore";
import { importInWorker } from "../../workers/importClient";
import { rememberedMappings } from "../files/mappingStore";
import { loadForceLayout } from "../../view";
import type { Notice } from "./notice";
import { runInSlices } from "./runInSlices";

const NO_DATASET: DatasetStatus = {
  kind: "failed",
  file: "data/index.json",
  issues: [error("datasets", "lists no dataset", "app.noDataset")],
};

/**
 * A dataset imported earlier on this machine, read again from the files kept in browser storage
 * (read like any file: never throws; an entry that cannot be read is set aside and said so).
 */
async function restoredImport(datasetId: string, onNotice: (notice: Notice) => void): Promise<ReadResult | undefined> {
  try {
    // EDITOR MOUNT (issue 19): networks of the library (new and edited ones) come first.
    const edited = await import("../editor/editorStoreHandle").then((module) => module.libraryDataset(datasetId));
    if (edited) return { ok: true, dataset: edited, warnings: [] };
    const loaded = await loadImported(datasetId);
    if (!loaded) return undefined;
    if ("setAside" in loaded) {
      onNotice({
        id: "app.keptSetAside",
        values: { reason: loaded.setAside.message },
        reason: loaded.setAside,
        action: "downloadSetAside",
      });
      return undefined;
    }
    // Read in the import worker, like a picked file: a large kept import must not freeze the start.
    const encoder = new TextEncoder();
    const raw = loaded.files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
    const { result } = await importInWorker(raw, {
      reservedIds: shippedDatasets().map((entry) => entry.id),
      rememberedMappings: rememberedMappings(),
    }).outcome;
    // The valid part of a file with bad rows, when that is what the person chose to import.
    const dataset = result.ok ? result.dataset : result.partial?.dataset;
    if (!dataset)
      onNotice({
        id: "app.keptUnreadable",
        values: { reason: result.ok ? "" : (result.issues[0]?.message ?? "") },
        ...(!result.ok && result.issues[0] && { reason: result.issues[0] }),
      });
    return dataset?.id === datasetId ? { ok: true, dataset, warnings: [] } : undefined;
  } catch {
    return undefined;
  }
}

export type OpenDataset = (dataset: Dataset, origin: DatasetOrigin) => void;
/**
 * Declared out here: a closure made inside `openInSlices` would keep that call's context alive,
 * and with it the import's outcome (the file's text: 42 MiB at 20k actors).
 */
const NOTHING_TO_STOP = (): void => undefined;
/**
 * Opens a dataset whose graph and lookup are built in slices between frames (a large import):
 * `onOpened` runs in the same task as the switch to it, unless another dataset was opened first.
 */
export type OpenDatasetInSlices = (dataset: Dataset, origin: DatasetOrigin, onOpened: () => void) => void;

export function useDataset(
  datasetId: string | undefined,
  onNotice: (notice: Notice) => void,
): [DatasetStatus, OpenDataset, OpenDatasetInSlices] {
  const [status, dispatch] = useReducer(datasetReducer, INITIAL_DATASET_STATUS);
  /** Stops the dataset being built in slices, if any: the last one opened wins. */
  const stopBuilding = useRef<() => void>(NOTHING_TO_STOP);
  const openInSlices = useCallback<OpenDatasetInSlices>((dataset, origin, onOpened) => {
    stopBuilding.current();
    let done = false;
    const stop = runInSlices(
      loadDatasetInSteps(dataset, origin),
      (loaded) => {
        done = true;
        stopBuilding.current = NOTHING_TO_STOP;
        dispatch({ type: "ready", loaded });
        onOpened();
      },
      // A small dataset is built at once, in this task; a large one in slices well under 50 ms.
      { eager: true, sliceMs: 30 },
    );
    // Built at once: nothing left to stop (and nothing kept alive by holding on to `stop`).
    if (!done) stopBuilding.current = stop;
  }, []);
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
      // The force layout's code comes with the first dataset, fetched side by side (src/view/layouts.ts).
      const layoutCode = loadForceLayout();
      const restored = notShipped ? await restoredImport(datasetId, onNotice) : undefined;
      await layoutCode;
      if (cancelled) return;
      // A kept import can be large: its graph is built between frames, like a picked file's.
      if (restored?.ok) return openInSlices(restored.dataset, "restored", () => undefined);
      if (notShipped) onNotice({ id: "app.noSuchDataset", values: { id: datasetId, title: wanted.title } });
      const result = await loadShippedDataset(wanted);
      if (cancelled) return;
      stopBuilding.current();
      dispatch(
        result.ok
          ? { type: "loaded", dataset: result.dataset, origin: "shipped" }
          : { type: "failed", issues: result.issues, file: wanted.file },
      );
    })();
    return () => {
      cancelled = true;
    };
  }, [wanted, showing, datasetId, onNotice, openInSlices]);

  const open = useCallback<OpenDataset>((dataset, origin) => {
    stopBuilding.current();
    dispatch({ type: "loaded", dataset, origin });
  }, []);
  return [entry ? status : NO_DATASET, open, openInSlices];
}
