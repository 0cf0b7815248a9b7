// What the presenter's graph draws. With no claim status hidden, the step's focus is shown and the
// rest faded without labels, so that no faint name lies across a focused one. When the step hides
// statuses, a relation whose every claim is hidden must not be drawn at all; GraphView has one
// mode for everything outside the set, so the rest is then hidden rather than faded: the class
// sees only the step, and nothing of what was hidden.
import type { ElementSets, HiddenMode } from "../appState";
import type { StepView } from "./stepView";

export interface ShownElements {
  visible: ElementSets;
  mode: HiddenMode;
}

export function shownElements(
  view: Pick<StepView, "focusActors" | "focusRelations" | "hiddenStatuses">,
): ShownElements {
  return {
    visible: { actors: view.focusActors, relations: view.focusRelations },
    mode: view.hiddenStatuses.size === 0 ? "fade" : "hide",
  };
}
