// Actions on the selected actor: focus on its neighbourhood, start a path from it.
import { startPathFrom, toggleNeighbourhood, type AppState } from "../../state";
import type { StateUpdate } from "./useHashState";

interface ActorActionsProps {
  actorId: string;
  state: AppState;
  update: StateUpdate;
  onPathFrom: (actorId: string) => void;
}

export function ActorActions({ actorId, state, update, onPathFrom }: ActorActionsProps) {
  const focused = state.focus?.actor === actorId;
  return (
    <div className="actor-actions">
      <button type="button" aria-pressed={focused} onClick={() => update(toggleNeighbourhood(actorId))}>
        {focused ? "Show everything" : "Focus on neighbourhood"}
      </button>
      <button
        type="button"
        onClick={() => {
          onPathFrom(actorId);
          update(startPathFrom(actorId));
        }}
      >
        Find paths from here
      </button>
    </div>
  );
}
