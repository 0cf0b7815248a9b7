// Actions on the selected actor: focus on its neighbourhood, start a path from it.
import { startPathFrom, toggleNeighbourhood, type AppState } from "../../state";
import type { StateUpdate } from "./useHashState";
import { useT } from "../i18n/I18nProvider";

interface ActorActionsProps {
  actorId: string;
  state: AppState;
  update: StateUpdate;
  onPathFrom: (actorId: string) => void;
}

export function ActorActions({ actorId, state, update, onPathFrom }: ActorActionsProps) {
  const t = useT();
  const focused = state.focus?.actor === actorId;
  return (
    <div className="actor-actions">
      <button type="button" aria-pressed={focused} onClick={() => update(toggleNeighbourhood(actorId))}>
        {focused ? t("actor.showEverything") : t("actor.focusNeighbourhood")}
      </button>
      <button
        type="button"
        onClick={() => {
          onPathFrom(actorId);
          update(startPathFrom(actorId));
        }}
      >
        {t("actor.pathsFromHere")}
      </button>
    </div>
  );
}
