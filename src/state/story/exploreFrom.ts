// "Explore freely" from a story step: the explorer opened on the step's busiest actor and its
// neighbours, with the claims the step hid still hidden (a class must not meet them as facts).
import { busiestActor } from "../../analysis";
import { STATUS_ORDER, type ActorGraph } from "../../model";
import type { AppState } from "../appState";
import type { StepView } from "./stepView";

export function exploreFromStep(state: AppState, graph: ActorGraph, view: StepView): AppState {
  const hub = busiestActor(graph, view.focusActors, view.focusRelations);
  return {
    ...state,
    story: undefined,
    path: undefined,
    filters: { ...state.filters, hiddenStatuses: STATUS_ORDER.filter((status) => view.hiddenStatuses.has(status)) },
    focus: hub === undefined ? undefined : { actor: hub, depth: 1 },
    selection: hub === undefined ? undefined : { type: "actor", id: hub },
  };
}
