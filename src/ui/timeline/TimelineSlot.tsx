// Where the explorer mounts the timeline: the view wired to the app state through named
// transitions (src/state/timeline.ts). Loaded on demand, like the table.
import { setTimeWindow, type AppState, type Selection } from "../../state";
import type { ExplorerViewWithSearch as ExplorerView } from "../app/useExplorerView";
import type { StateUpdate } from "../app/useHashState";
import { TimelineView } from "./TimelineView";

export interface TimelineSlotProps {
  state: AppState;
  update: StateUpdate;
  view: ExplorerView;
  onSelect: (selection: Selection) => void;
}

export function TimelineSlot({ state, update, view, onSelect }: TimelineSlotProps) {
  return (
    <TimelineView
      lookup={view.lookup}
      filters={state.filters}
      focusRelations={view.focus?.relations}
      shownClaims={view.filtered.claims}
      selection={state.selection}
      theme={state.theme}
      onSelect={onSelect}
      onWindow={(from, to) => update(setTimeWindow(from, to))}
    />
  );
}
