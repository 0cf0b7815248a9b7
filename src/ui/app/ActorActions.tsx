// Actions on the selected actor: focus on its neighbourhood, start a path from it.
import type { AppState } from "../../state";
import type { StateUpdate } from "./useHashState";

export function ActorActions({ actorId, state, update, onPathFrom }: { actorId: string; state: AppState; update: StateUpdate; onPathFrom: (actorId: string) => void }) {
  const focused = state.focus?.actor === actorId;
  return (
    <div className="actor-actions">
      <button type="button" aria-pressed={focused} onClick={() => update((current) => ({ ...current, focus: focused ? undefined : { actor: actorId, depth: current.focus?.depth ?? 1 } }))}>
        {focused ? "Show everything" : "Focus on neighbourhood"}
      </button>
      <button
        type="button"
        onClick={() => {
          onPathFrom(actorId);
          update((current) => ({ ...current, path: current.path && current.path.to !== actorId ? { ...current.path, from: actorId } : undefined }));
        }}
      >
        Find paths from here
      </button>
    </div>
  );
}
