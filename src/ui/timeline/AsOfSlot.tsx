// Where the explorer mounts "as of" playback, wired to the app state by named transitions.
import type { Dataset } from "../../model";
import { clearTimeWindow, setIncludeUndated, showAsOf, type AppState } from "../../state";
import type { StateUpdate } from "../app/useHashState";
import { AsOfBar } from "./AsOfBar";
import "./timeline.css";
import "./asOf.css";

export function AsOfSlot({
  dataset,
  state,
  update,
  onClose,
}: {
  dataset: Dataset;
  state: AppState;
  update: StateUpdate;
  onClose: () => void;
}) {
  return (
    <AsOfBar
      dataset={dataset}
      filters={state.filters}
      onMonth={(month) => update(showAsOf(month))}
      onIncludeUndated={(includeUndated) => update(setIncludeUndated(includeUndated))}
      onClose={() => {
        update(clearTimeWindow);
        onClose();
      }}
    />
  );
}
