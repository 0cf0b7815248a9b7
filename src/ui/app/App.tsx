// Top level: loads the dataset named in the link (or the first shipped one), then the explorer.
import { useEffect } from "react";
import { IssueList } from "./IssueList";
import { Notices } from "./Notices";
import { useShippedDataset } from "./useDataset";
import { useHashState } from "./useHashState";
import { Explorer } from "./Explorer";
import { exposeTestHook } from "./testHook";

export function App() {
  const { state, update, notices, addNotice, dismissNotice } = useHashState();
  const [status, setLoaded] = useShippedDataset(state.datasetId, addNotice);

  useEffect(() => exposeTestHook({ state: () => state }), [state]);
  useEffect(() => {
    document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  return (
    <div className="app">
      <Notices notices={notices} onDismiss={dismissNotice} />
      {status.kind === "loading" && <p className="loading">Loading the network…</p>}
      {status.kind === "failed" && <IssueList title="This dataset could not be opened" file={status.file} issues={status.issues} />}
      {status.kind === "ready" && (
        <Explorer loaded={status.loaded} state={state} update={update} onImported={setLoaded} addNotice={addNotice} />
      )}
    </div>
  );
}
