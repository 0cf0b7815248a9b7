// "Add step from current view": what a teacher is looking at, as the focus of a new story step.
import type { AppState, CapturedStep } from "../../state";
import type { GraphView } from "../../view";
import type { ExplorerViewWithSearch as ExplorerView } from "./useExplorerView";

/**
 * The focus is the most specific thing on screen: a path, else the selection (an actor with its
 * shown relations, or one relation with its two ends), else everything shown (filters and ego).
 */
export function captureView(state: AppState, view: ExplorerView, graphView: GraphView | null): CapturedStep {
  const focus = pickFocus(state, view);
  // A step hides claim statuses; unsourced relations follow them (see stepView).
  const hideStatuses = state.filters.hiddenStatuses.filter((status) => status !== "unsourced");
  return {
    focus,
    hideStatuses: hideStatuses.length > 0 ? hideStatuses : undefined,
    // The time filter (a brushed period, an "as of" month) becomes the step's period.
    time:
      state.filters.timeFrom !== undefined || state.filters.timeTo !== undefined
        ? { from: state.filters.timeFrom, to: state.filters.timeTo }
        : undefined,
    camera: graphView?.camera(),
    filters: state.filters,
  };
}

function pickFocus(state: AppState, view: ExplorerView): { actors: string[]; relations: string[] } {
  if (view.pathElements) return { actors: [...view.pathElements.actors], relations: [...view.pathElements.relations] };
  const selection = state.selection;
  if (selection?.type === "relation") {
    const relation = view.lookup.relations.get(selection.id);
    if (relation) return { actors: [relation.from, relation.to], relations: [relation.id] };
  }
  if (selection?.type === "actor" && view.visible.actors.has(selection.id)) {
    const relations = (view.lookup.relationsOf.get(selection.id) ?? []).filter((relation) =>
      view.visible.relations.has(relation.id),
    );
    const actors = new Set([selection.id, ...relations.flatMap((relation) => [relation.from, relation.to])]);
    return { actors: [...actors], relations: relations.map((relation) => relation.id) };
  }
  return { actors: [...view.visible.actors], relations: [...view.visible.relations] };
}
