// Top level: loads the dataset named in the link (or the first shipped one), then the explorer.
// Imports replace the dataset only when they are valid; otherwise their problems are listed
// and the network on screen stays as it was.
import { useEffect, useState } from "react";
import { DEFAULT_FILTERS } from "../../state";
import { rememberImport, type ImportOutcome } from "../files/ImportButton";
import { Explorer } from "./Explorer";
import { IssueList } from "./IssueList";
import { Notices } from "./Notices";
import { exposeTestHook } from "./testHook";
import { loaded, useShippedDataset } from "./useDataset";
import { useHashState } from "./useHashState";

export function App() {
  const { state, update, notices, addNotice, dismissNotice } = useHashState();
  const [status, setLoaded] = useShippedDataset(state.datasetId, addNotice);
  const [importProblems, setImportProblems] = useState<ImportOutcome | undefined>();

  useEffect(() => exposeTestHook({ state: () => state }), [state]);
  useEffect(() => {
    document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  const onImport = (outcome: ImportOutcome) => {
    const { result } = outcome;
    if (!result.ok) {
      setImportProblems(outcome);
      return;
    }
    setImportProblems(result.warnings.length > 0 ? outcome : undefined);
    setLoaded(loaded(result.dataset));
    const saved = rememberImport(result.dataset);
    update((current) => ({ ...current, datasetId: result.dataset.id, selection: undefined, focus: undefined, path: undefined, story: undefined, query: "", filters: DEFAULT_FILTERS }));
    addNotice(`Opened ${outcome.file}: ${result.dataset.actors.length} actors, ${result.dataset.relations.length} relations.${saved ? "" : " It could not be kept for the next visit (browser storage is full or off)."}`);
  };

  return (
    <div className="app">
      <Notices notices={notices} onDismiss={dismissNotice} />
      {importProblems && (
        <IssueList
          title={importProblems.result.ok ? "Imported with warnings" : "This file could not be imported; nothing was changed"}
          file={importProblems.file}
          issues={importProblems.result.ok ? importProblems.result.warnings : importProblems.result.issues}
          onClose={() => setImportProblems(undefined)}
        />
      )}
      {status.kind === "loading" && <p className="loading">Loading the network…</p>}
      {status.kind === "failed" && <IssueList title="This dataset could not be opened" file={status.file} issues={status.issues} />}
      {status.kind === "ready" && <Explorer loaded={status.loaded} state={state} update={update} onImport={onImport} />}
    </div>
  );
}
