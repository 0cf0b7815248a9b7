// "Explore freely" from a story step: the explorer opened on the step's busiest actor and its
// neighbours, with the claims the step hid still hidden (a class must not meet them as facts).
import { STATUS_ORDER } from "../../model";
import type { AppState, StepView } from "../../state";
import type { DatasetLookup } from "../details/datasetLookup";

/** The focused actor touching the most focused relations; the first listed wins a tie. */
export function busiestActor(lookup: DatasetLookup, view: StepView): string | undefined {
  const counts = new Map<string, number>([...view.focusActors].map((id) => [id, 0]));
  for (const id of view.focusRelations) {
    const relation = lookup.relations.get(id);
    if (!relation) continue;
    counts.set(relation.from, (counts.get(relation.from) ?? 0) + 1);
    if (relation.to !== relation.from) counts.set(relation.to, (counts.get(relation.to) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = id;
  return best;
}

export function exploreFromStep(state: AppState, lookup: DatasetLookup, view: StepView): AppState {
  const hub = busiestActor(lookup, view);
  return {
    ...state,
    story: undefined,
    path: undefined,
    filters: { ...state.filters, hiddenStatuses: STATUS_ORDER.filter((status) => view.hiddenStatuses.has(status)) },
    focus: hub === undefined ? undefined : { actor: hub, depth: 1 },
    selection: hub === undefined ? undefined : { type: "actor", id: hub },
  };
}
